"""Query plans for pages of events or quotes: every row is reached through its date-ordered ordinal.

Rows are numbered by (sort_key, id) at build time (`ordinal`), and the full-text index uses that
ordinal as its rowid, so a text match streams out already in date order and a page stops after
`limit` rows. A date selects (a) the rows that start inside it — one ordinal range — and, when
overlapping, (b) the few wide rows (months, years) that start before it and reach into it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any, Literal

from .dates import FuzzyDate, sort_key_bounds
from .filters import Filter, id_list
from .fts import match_query
from .schema import KIND_BITS, UNDATED_SORT_KEY

MANY_ROWS = 8000
# Relevance for text alone ranks at most this many matches, the latest in date order: bm25 over
# all 300,000 matches of a common term at a million quotes takes ~400 ms (2 cores, quiet); over
# the latest 10,000, ~40 ms. (With other conditions every match is ranked: finding the latest
# ones that meet them would read every match.)
RANK_CANDIDATES = 10_000


@dataclass
class Segment:
    """A stretch of ordinals to read in order: a range, optionally narrowed to a subquery's rows."""

    lo: int
    hi: int
    only: tuple[str, list[object]] | None = None


@dataclass
class Conditions:
    """SQL conditions on the table alias `x`, with their parameters."""

    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        """Add one condition."""
        self.clauses.append(clause)
        self.params.extend(params)


class Planner:
    """Pages and counts of one table under a Filter; EventPlanner and QuotePlanner say how the
    table links to people, to the other table, and to the kind of speech."""

    table = ""

    def __init__(self, conn: sqlite3.Connection, max_span: int, spans: dict[str, int] | None = None) -> None:
        self.conn, self.fts, self.max_span = conn, f"{self.table}_fts", max_span
        self.spans = spans if spans is not None else {p: max_span for p in ("day", "month", "year")}
        self._per_speaker: float | None = None
        self._has_published_days: bool | None = None  # (quotes: read once, on the first date searched)

    # --- public ------------------------------------------------------------------------

    def rows_at(self, ordinals: list[int]) -> list[sqlite3.Row]:
        """Rows by ordinal, in the order given."""
        if not ordinals:
            return []
        marks = ",".join("?" * len(ordinals))
        cur = self.conn.execute(f"SELECT x.* FROM [{self.table}] x WHERE x.ordinal IN ({marks})", ordinals)
        cur.row_factory = sqlite3.Row
        by_ordinal = {r["ordinal"]: r for r in cur.fetchall()}
        return [by_ordinal[o] for o in ordinals if o in by_ordinal]

    def page(
        self, f: Filter, after: int | None, limit: int, reverse: bool, what: str = "x.*"
    ) -> list[sqlite3.Row]:
        """Up to `limit` rows after (or, reversed, before) an ordinal, in ordinal order."""
        plan = self._plan(f)
        if plan is None:
            return []
        segments, cond, text = plan
        rows: list[sqlite3.Row] = []
        for seg in reversed(segments) if reverse else segments:
            lo, hi = seg.lo, seg.hi
            if after is not None:
                lo, hi = (lo, min(hi, after - 1)) if reverse else (max(lo, after + 1), hi)
            if lo > hi:
                continue
            rows += self._fetch(Segment(lo, hi, seg.only), cond, text, limit - len(rows), reverse, what)
            if len(rows) >= limit:
                break
        return rows[::-1] if reverse else rows

    def count(self, f: Filter) -> int:
        """How many rows match."""
        if f.is_empty():
            row = self.conn.execute(f"SELECT MAX(ordinal) FROM [{self.table}]").fetchone()
            return row[0] or 0
        plan = self._plan(f)
        if plan is None:
            return 0
        segments, cond, text = plan
        return sum(self._count(seg, cond, text) for seg in segments if seg.lo <= seg.hi)

    def ranked(self, f: Filter, limit: int) -> list[int]:
        """Ordinals of the best `limit` text matches by bm25 relevance (ties: date order); for text
        alone, among its latest RANK_CANDIDATES matches."""
        match = _match_expression(f.texts, f.excluded)
        if f.impossible or not isinstance(match, str):
            return []
        cond = self._conditions(f)
        self._dated(cond, f)
        where = "".join(f" AND {c}" for c in cond.clauses)
        matches = (
            f"SELECT t.rowid FROM [{self.fts}] t JOIN [{self.table}] x ON x.ordinal = t.rowid "
            f"WHERE [{self.fts}] MATCH ?{where}"
        )
        params = [match, *cond.params]
        oldest = (
            None
            if cond.clauses
            else self.conn.execute(
                f"SELECT rowid FROM [{self.fts}] WHERE [{self.fts}] MATCH ? ORDER BY rowid DESC "
                "LIMIT 1 OFFSET ?",
                [match, RANK_CANDIDATES - 1],
            ).fetchone()
        )
        if oldest is not None:  # text alone, more matches than candidates: rank the latest ones
            matches = f"SELECT t.rowid FROM [{self.fts}] t WHERE [{self.fts}] MATCH ? AND t.rowid >= ?"
            params = [match, oldest[0]]
        sql = f"{matches} ORDER BY t.rank, t.rowid LIMIT ?"
        return [r[0] for r in self.conn.execute(sql, [*params, limit])]

    def _dated(self, cond: Conditions, f: Filter) -> None:
        """The filter's dates, before and after as conditions on each row (for ranking, which reads no
        segments)."""
        for date, mode in f.dates:
            if mode == "within":
                cond.add("x.day_start >= ? AND x.day_end <= ?", date.day_start, date.day_end)
            else:
                cond.add("x.day_start <= ? AND x.day_end >= ?", date.day_end, date.day_start)
        if f.after is not None:
            cond.add("x.day_start > ?", f.after.day_end)
        if f.before is not None:
            cond.add("x.day_end < ?", f.before.day_start)

    def groups(self, f: Filter, columns: tuple[str, ...]) -> dict[tuple[Any, ...], int]:
        """Matching rows counted per value of `columns` (summed over the plan's segments)."""
        plan = self._plan(f)
        if plan is None:
            return {}
        segments, cond, text = plan
        totals: dict[tuple[Any, ...], int] = {}
        for seg in segments:
            if seg.lo > seg.hi:
                continue
            sql, params = self._select(f"{', '.join(columns)}, COUNT(*)", seg, cond, text)
            group_by = ", ".join(str(i) for i in range(1, len(columns) + 1))
            for row in self.conn.execute(f"{sql} AND x.day_start IS NOT NULL GROUP BY {group_by}", params):
                totals[row[:-1]] = totals.get(row[:-1], 0) + row[-1]
        return totals

    # --- planning ----------------------------------------------------------------------

    def _conditions(self, f: Filter) -> Conditions:
        cond = Conditions()
        self._who(cond, f)
        self._either(cond, f)
        self._ids_and_kind(cond, f)
        return cond

    def _either(self, cond: Conditions, f: Filter) -> None:
        """Each either-or term: its text matches, or the row is one of its people's or organisations', or of
        its articles'."""
        for e in f.either:
            parts: list[str] = []
            params: list[object] = []
            text = _match_expression(e.texts, ())
            if isinstance(text, str):
                parts.append(f"x.ordinal IN (SELECT rowid FROM [{self.fts}] WHERE [{self.fts}] MATCH ?)")
                params.append(text)
                if e.articles:  # their ids one parameter, tested row by row (200,000 quotes: 3-7 times faster
                    # than a list of every row of theirs)
                    import json  # (as in repository: not on the way to the first page)

                    parts.append("x.article_id IN (SELECT value FROM json_each(?))")
                    params.append(json.dumps(sorted(e.articles)))
            for ids, persons in ((e.persons, True), (e.orgs, False)):
                if ids:
                    marks, values = id_list(ids)
                    parts.append(self._who_clause(persons, marks, ""))
                    params += values
            cond.add("(" + (" OR ".join(parts) or "0") + ")", *params)

    def _plan(self, f: Filter) -> tuple[list[Segment], Conditions, str | None] | None:
        if f.impossible:
            return None
        cond = self._conditions(f)
        text = _match_expression(f.texts, f.excluded)
        if text is False:
            return None
        if text is None and f.excluded:
            for term in f.excluded:
                q = match_query(term)
                if q:
                    cond.add(
                        f"x.ordinal NOT IN (SELECT rowid FROM [{self.fts}] WHERE [{self.fts}] MATCH ?)", q
                    )
        if text is not None and f.has_who:
            cond.add(
                f"EXISTS (SELECT 1 FROM [{self.fts}] WHERE [{self.fts}] MATCH ? AND rowid = x.ordinal)", text
            )
            text = None
        segments = self._segments(f, cond, tight=text is not None)
        return segments, cond, text

    def _segments(self, f: Filter, cond: Conditions, tight: bool = False) -> list[Segment]:
        lo, hi = 0, self._last_dated() if (f.dates or f.before or f.after) else 1 << 62
        if f.after is not None:
            lo = max(lo, self._first_at_or_after(sort_key_bounds(f.after.day_end + 1, 0)[0]))
            cond.add("x.day_start > ?", f.after.day_end)
        if f.before is not None:
            hi = min(hi, self._first_at_or_after(f.before.day_start * 1000) - 1)
            cond.add("x.day_end < ?", f.before.day_start)
        straddlers = None
        for i, (date, mode) in enumerate(f.dates):
            if i == 0:
                first, last = self._range_of(date)
                lo, hi = max(lo, first), min(hi, last)
                if mode == "overlaps":
                    straddlers = self._straddlers(date, first, tight)
            if mode == "within":
                cond.add("x.day_start >= ? AND x.day_end <= ?", date.day_start, date.day_end)
            elif i > 0:
                cond.add("x.day_start <= ? AND x.day_end >= ?", date.day_end, date.day_start)
        segments = [Segment(lo, hi)]
        if straddlers is not None:
            segments.insert(0, straddlers)
        return segments

    def _straddlers(self, date: FuzzyDate, first_inside: int, tight: bool) -> Segment:
        """Wide rows starting before the date and reaching into it (a partial index finds them).

        When a text match drives the query, the segment is bounded by the first and last such
        row, so the full-text scan covers no more ordinals than it must."""
        parts, params = [], []
        for precision, span in self.spans.items():
            parts.append(
                f"SELECT ordinal FROM [{self.table}] WHERE day_end > day_start AND precision = ? "
                f"AND day_start BETWEEN ? AND ? AND day_end >= ?"
            )
            params += [precision, date.day_start - span, date.day_start - 1, date.day_start]
        sql = " UNION ALL ".join(parts) or "SELECT NULL WHERE 0"
        if not tight:
            lo = self._first_at_or_after(sort_key_bounds(date.day_start - self.max_span, 0)[0])
            return Segment(lo, first_inside - 1, (sql, params))
        lo, hi = self.conn.execute(f"SELECT MIN(ordinal), MAX(ordinal) FROM ({sql})", params).fetchone()
        if lo is None:
            return Segment(1, 0)
        return Segment(lo, min(hi, first_inside - 1), (sql, params))

    def _range_of(self, date: FuzzyDate) -> tuple[int, int]:
        """Ordinals of the rows that start inside the date's interval."""
        lo_key, hi_key = sort_key_bounds(date.day_start, date.day_end)
        return self._first_at_or_after(lo_key), self._first_at_or_after(hi_key + 1) - 1

    def _first_at_or_after(self, key: int) -> int:
        row = self.conn.execute(
            f"SELECT ordinal FROM [{self.table}] WHERE sort_key >= ? ORDER BY sort_key, ordinal LIMIT 1",
            (key,),
        ).fetchone()
        return row[0] if row else self._last_dated() + 1

    def _last_dated(self) -> int:
        row = self.conn.execute(
            f"SELECT ordinal FROM [{self.table}] WHERE sort_key < ? "
            f"ORDER BY sort_key DESC, ordinal DESC LIMIT 1",
            (UNDATED_SORT_KEY,),
        ).fetchone()
        return row[0] if row else 0

    def _who(self, cond: Conditions, f: Filter) -> None:
        if not f.has_who:
            return
        parts, params = [], []
        many = (len(f.who_persons or ()) + len(f.who_orgs or ())) * self._rows_per_speaker() > MANY_ROWS
        for ids, persons in ((f.who_persons, True), (f.who_orgs, False)):
            if ids is None:
                continue
            marks, values = id_list(ids)
            parts.append(self._who_clause(persons, marks, "+" if many else ""))
            params += values
        cond.add("(" + " OR ".join(parts) + ")", *params)

    def _rows_per_speaker(self) -> float:
        """About how many rows one person or organisation has here (for choosing a plan)."""
        if self._per_speaker is None:
            rows = self.conn.execute(f"SELECT MAX(ordinal) FROM [{self.table}]").fetchone()[0] or 0
            people = sum(
                self.conn.execute(f"SELECT MAX(id) FROM {t}").fetchone()[0] or 0 for t in ("persons", "orgs")
            )
            self._per_speaker = rows / max(1, people)
        return self._per_speaker

    def _who_clause(self, persons: bool, marks: str, plus: str) -> str:
        """The rows of some people (or organisations): see the subclasses."""
        raise NotImplementedError

    def _ids_and_kind(self, cond: Conditions, f: Filter) -> None:
        """Conditions on ids of this and the other table, and on the kind of speech."""
        raise NotImplementedError

    # --- SQL -----------------------------------------------------------------------------

    def _fetch(
        self, seg: Segment, cond: Conditions, text: str | None, limit: int, reverse: bool, what: str
    ) -> list[sqlite3.Row]:
        sql, params = self._select(what, seg, cond, text)
        order = "DESC" if reverse else "ASC"
        key = "t.rowid" if text is not None else "x.ordinal"
        cur = self.conn.execute(f"{sql} ORDER BY {key} {order} LIMIT ?", params + [limit])
        cur.row_factory = sqlite3.Row
        return cur.fetchall()

    def _count(self, seg: Segment, cond: Conditions, text: str | None) -> int:
        sql, params = self._select("COUNT(*)", seg, cond, text)
        count: int = self.conn.execute(sql, params).fetchone()[0]
        return count

    def _select(
        self, what: str, seg: Segment, cond: Conditions, text: str | None
    ) -> tuple[str, list[object]]:
        clauses, params = list(cond.clauses), list(cond.params)
        if text is not None:
            source = f"[{self.fts}] t JOIN [{self.table}] x ON x.ordinal = t.rowid"
            clauses.insert(0, f"[{self.fts}] MATCH ? AND t.rowid BETWEEN ? AND ?")
            params = [text, seg.lo, seg.hi] + params
            key = "+t.rowid"
        else:
            source = f"[{self.table}] x"
            clauses.insert(0, "x.ordinal BETWEEN ? AND ?")
            params = [seg.lo, seg.hi] + params
            key = "x.ordinal"
        if seg.only is not None:
            clauses.append(f"{key} IN ({seg.only[0]})")
            params += seg.only[1]
        return f"SELECT {what} FROM {source} WHERE " + " AND ".join(clauses), params


def _match_expression(texts: tuple[str, ...], excluded: tuple[str, ...]) -> str | Literal[False] | None:
    """One FTS5 expression: terms ANDed, exclusions NOTed; False when a term can match nothing."""
    positives = []
    for term in texts:
        q = match_query(term)
        if q is None:
            return False
        positives.append(q)
    if not positives:
        return None
    expr = " AND ".join(positives)
    for term in excluded:
        q = match_query(term)
        if q:
            expr += f" NOT {q}"
    return expr


class EventPlanner(Planner):
    """Events: people and organisations through link tables; kinds through their quotes."""

    table = "events"

    def _who_clause(self, persons: bool, marks: str, plus: str) -> str:
        """People with few rows: their rows through the link index, sorted. With many rows (a short
        prefix): walk the date order and test membership (the unary + keeps SQLite off the index),
        which finds a page long before sorting them all would."""
        link, col = ("event_persons", "person_id") if persons else ("event_orgs", "org_id")
        return f"{plus}x.id IN (SELECT event_id FROM {link} WHERE {col} IN ({marks}))"

    def _ids_and_kind(self, cond: Conditions, f: Filter) -> None:
        if f.event_ids is not None:
            marks, values = id_list(f.event_ids)
            cond.add(f"x.id IN ({marks})", *values)
        if f.quote_ids is not None:
            marks, values = id_list(f.quote_ids)
            cond.add(f"x.id IN (SELECT event_id FROM quotes WHERE id IN ({marks}))", *values)
        if f.kind is not None:
            cond.add("(x.quote_kinds & ?) != 0", KIND_BITS[f.kind])


class QuotePlanner(Planner):
    """Quotes: speakers in the row; events through the row or any place the quote is printed; a quote
    with no date of its own is found by one date its article's publication overlaps (after those dated)."""

    table = "quotes"

    def _segments(self, f: Filter, cond: Conditions, tight: bool = False) -> list[Segment]:
        segments = super()._segments(f, cond, tight)
        by_article = self._undated_published(f)
        return segments if by_article is None else [*segments, by_article]

    def _undated_published(self, f: Filter) -> Segment | None:
        """The undated quotes of articles published on a date searched alone (no second date, no
        before or after: their conditions hold of dated rows), or None."""
        alone = len(f.dates) == 1 and f.dates[0][1] == "overlaps" and f.before is None and f.after is None
        if not alone or not self._published_days:
            return None
        date = f.dates[0][0]
        first = self._last_dated() + 1
        last = self.conn.execute(f"SELECT MAX(ordinal) FROM [{self.table}]").fetchone()[0] or 0
        if first > last:
            return None  # every quote dated (as at a million synthetic quotes)
        sql = (
            f"SELECT q.ordinal FROM [{self.table}] q JOIN articles a ON a.id = q.article_id "
            "WHERE q.ordinal BETWEEN ? AND ? AND a.published_start != '' "
            "AND a.published_start <= ? AND a.published_end >= ?"
        )
        return Segment(first, last, (sql, [first, last, date.end.isoformat(), date.start.isoformat()]))

    def _dated(self, cond: Conditions, f: Filter) -> None:
        """As for any table, and for one date alone the undated quotes of its articles too (ranked by
        relevance as the date order lists them)."""
        by_article = self._undated_published(f)
        if by_article is None or by_article.only is None:
            super()._dated(cond, f)
            return
        date = f.dates[0][0]
        sql, params = by_article.only
        cond.add(
            f"((x.day_start <= ? AND x.day_end >= ?) OR x.ordinal IN ({sql}))",
            date.day_end,
            date.day_start,
            *params,
        )

    @property
    def _published_days(self) -> bool:
        """True when the articles hold their publication's days (a database built before does not)."""
        if self._has_published_days is None:
            cols = {r[1] for r in self.conn.execute("PRAGMA table_info(articles)")}
            self._has_published_days = "published_start" in cols
        return self._has_published_days

    def _who_clause(self, persons: bool, marks: str, plus: str) -> str:
        """Speakers through their index, or (many rows) by walking the date order, as for events."""
        return f"{plus}x.speaker_{'person' if persons else 'org'}_id IN ({marks})"

    def _ids_and_kind(self, cond: Conditions, f: Filter) -> None:
        if f.quote_ids is not None:
            marks, values = id_list(f.quote_ids)
            cond.add(f"x.id IN ({marks})", *values)
        if f.event_ids is not None:
            marks, values = id_list(f.event_ids)
            cond.add(
                f"(x.event_id IN ({marks}) OR x.id IN (SELECT owner_id FROM occurrences "
                f"WHERE owner_kind = 'quote' AND event_id IN ({marks})))",
                *values,
                *values,
            )
        if f.kind is not None:
            cond.add("x.kind = ?", f.kind)
