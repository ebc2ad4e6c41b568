"""Read-only access to an events database: every query the app and the CLI run lives here."""

from __future__ import annotations

import bisect
import os
import re
import sqlite3
import stat
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar, overload

from . import schema
from .bylines import WRITING, Credit, writers
from .dates import PRECISIONS
from .errors import DatabaseError
from .filters import Filter, Where, id_list, text_condition
from .fts import match_query, term_pattern, term_tokens
from .names import RANK_ROLE, normalise_person_query
from .plan import EventPlanner, QuotePlanner
from .records import (
    Article,
    Claim,
    DateCols,
    DateGroup,
    Event,
    Occurrence,
    Org,
    OrgLink,
    Person,
    PersonLink,
    Quote,
    Role,
)
from .results import Rows
from .text import fts_fold, has_cjk, same_script, valid_text

PAGE = 200
# a word printed in more headlines than this is the collection's own vocabulary (合成新闻, 公司), searched as
# text only: looking through so many articles' rows for it cost a common word's first page 6 → 180 ms
HEADLINES_MAX = 200
# between two headlines searched as one text: a letter (a match of Chinese characters may run over
# punctuation and line ends, never over a letter), then a line end (a Latin word may start the next line)
_LINE_END = "ǂ\n"
_MAX_CHAR = "\U0010ffff"
_P = ParamSpec("_P")
_T = TypeVar("_T")
_Record = TypeVar("_Record", Event, Quote)


@dataclass(frozen=True)
class Who:
    """A person or organisation matched by a typed name, with how well it matched (lower is better)."""

    kind: str
    id: int
    name: str
    name_latin: str
    score: int
    matched: str


class WhoList(Sequence[Who]):
    """People and organisations in the people list's order, kept as columns: ids in an array and kinds in
    bytes, which Python's cycle collector does not track, and names in two lists of strings. Everyone at a
    million quotes is 101,000 entries: as Who objects they set off a young collection that walked
    them all, 11-20 ms of the GUI thread (End in the people list, bench_stalls)."""

    def __init__(self) -> None:
        self.kinds = bytearray()  # b"p" a person, b"o" an organisation
        self.ids = array("q")
        self.names: list[str] = []
        self.latins: list[str] = []
        self.after: tuple[str, str, int] | None = None  # where the next page of everyone starts (a page's)

    def add(self, kind: str, entity_id: int, name: str, latin: str) -> None:
        """One more entry at the end."""
        self.kinds.append(ord("p") if kind == "person" else ord("o"))
        self.ids.append(entity_id)
        self.names.append(name)
        self.latins.append(latin)

    def extend(self, more: WhoList, start: int = 0, stop: int | None = None) -> None:
        """Another list's entries (from `start` to `stop`) at the end (`after` is left as it was)."""
        self.kinds += more.kinds[start:stop]
        self.ids.extend(more.ids[start:stop])
        self.names += more.names[start:stop]
        self.latins += more.latins[start:stop]

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, row: int) -> Who: ...

    @overload
    def __getitem__(self, row: slice) -> WhoList: ...

    def __getitem__(self, row: int | slice) -> Who | WhoList:
        """An entry as a Who record, made when asked for."""
        if isinstance(row, slice):
            part = WhoList()
            part.kinds, part.ids = self.kinds[row], self.ids[row]
            part.names, part.latins = self.names[row], self.latins[row]
            return part
        return Who(self.kind(row), self.ids[row], self.names[row], self.latins[row], 0, "")

    def kind(self, row: int) -> str:
        """The entry's kind: person or org."""
        return "person" if self.kinds[row] == ord("p") else "org"

    def find(self, kind: str, entity_id: int, near: int = -1) -> int | None:
        """The row of a person or organisation, the row `near` looked at first (None if not in the list)."""
        ids, code = self.ids, ord("p") if kind == "person" else ord("o")
        if 0 <= near < len(ids) and ids[near] == entity_id and self.kinds[near] == code:
            return near
        row = -1
        while True:
            try:
                row = ids.index(entity_id, row + 1)
            except ValueError:
                return None
            if self.kinds[row] == code:
                return row


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open an existing database read-only, or explain in one line why it cannot be used. An import
    killed midway leaves a hot journal, which a read-only connection cannot roll back: the library
    is then opened once for writing, which rolls it back (never the bundled database)."""
    path = Path(path)
    try:
        return _open_readonly(path)
    except DatabaseError:
        if not has_hot_journal(path):
            raise
    roll_back_journal(path)
    return _open_readonly(path)


def _open_readonly(path: Path) -> sqlite3.Connection:
    _check_file(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            raise DatabaseError(f"not an events database (no meta table): {path}") from None
        raise DatabaseError(f"cannot read database {path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"corrupt or not a SQLite database: {path} ({exc})") from None
    if version is None or str(version[0]) != str(schema.SCHEMA_VERSION):
        found = version[0] if version else "none"
        conn.close()
        raise DatabaseError(f"wrong schema version {found} (this app reads {schema.SCHEMA_VERSION}): {path}")
    _check_tables(conn, path)  # SQLite's default page cache, no mmap: the OS caches the file (issue 16)
    return conn


def _check_file(path: Path) -> None:
    """A regular, non-empty file we may open; else why not, in one line."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DatabaseError(f"database not found: {path}") from None
    except (OSError, RuntimeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise DatabaseError(f"cannot open {path}: {reason}") from None
    if stat.S_ISDIR(st.st_mode):  # said as such: a folder is no damaged file
        raise DatabaseError(f"a folder, not a database file: {path}")
    if not stat.S_ISREG(st.st_mode):
        raise DatabaseError(f"not a database file: {path}")
    if st.st_size == 0:
        raise DatabaseError(f"empty file, not an events database: {path}")
    if not _sqlite_header(path):  # said plainly, not "corrupt or not … (file is not a database)"
        raise DatabaseError(f"not a SQLite database: {path}")


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _sqlite_header(path: Path) -> bool:
    """True when the file begins as every SQLite database does (or cannot be read here: SQLite says why)."""
    try:
        with path.open("rb") as f:
            return f.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return True


def has_hot_journal(path: Path) -> bool:
    """True when an interrupted write left its rollback journal beside the database."""
    try:
        return Path(f"{path}-journal").stat().st_size > 0
    except OSError:
        return False


def roll_back_journal(path: Path) -> None:
    """Undo an interrupted write with a short writable open (SQLite rolls a hot journal back on
    its first read); the committed data stays as it was. The bundled database is never written."""
    from .. import paths

    journal = f"{Path(path).name}-journal"
    if _same_file(path, paths.bundled_db()):
        raise DatabaseError(
            f"cannot read {path}: an interrupted write left {journal} beside it, and the bundled "
            f"database is never written here; rebuild it with `make db`"
        )
    try:
        conn = sqlite3.connect(path, timeout=10)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if "locked" in str(exc):
            raise DatabaseError(f"cannot read {path}: another import is writing it; try again") from None
        raise DatabaseError(
            f"cannot read {path}: an interrupted import left {journal}, and rolling it back needs "
            f"write access to the file and its folder ({exc}); the saved data is intact"
        ) from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _check_tables(conn: sqlite3.Connection, path: Path) -> None:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = [t for t in schema.TABLES if t not in names]
    if missing:
        conn.close()
        raise DatabaseError(f"wrong schema, missing tables {', '.join(missing)}: {path}")
    for table, wanted in schema.columns().items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
        if not wanted <= have:
            conn.close()
            lacking = ", ".join(sorted(wanted - have))
            raise DatabaseError(f"wrong schema, table {table} lacks {lacking}: {path}")


class Repository:
    """Queries over one read-only database; returns records, never rows."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.conn = open_readonly(self.path)
        try:
            self._load()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise DatabaseError(f"cannot read database {self.path}: {exc}") from None

    def _load(self) -> None:
        """Read meta, the columns and the date planners."""
        self.meta: dict[str, str] = dict(self.conn.execute("SELECT key, value FROM meta"))
        self._cols = {
            t: {r[1]: r[0] for r in self.conn.execute(f"PRAGMA table_info([{t}])")}
            for t in ("events", "quotes")
        }
        self._event_plan = EventPlanner(self.conn, *self._spans("events"))
        self._quote_plan = QuotePlanner(self.conn, *self._spans("quotes"))
        self.event_rows: Rows[Event] = Rows(self._event_plan, self._events_from_rows, self._guard)
        self.quote_rows: Rows[Quote] = Rows(self._quote_plan, self._list_quotes, self._guard)
        self._headline_cache: tuple[str, list[int], list[int]] | None = None
        self._titles: dict[int, str] = {}

    def _spans(self, table: str) -> tuple[int, dict[str, int]]:
        """The widest date interval of a table, overall and per precision (the build records them)."""
        key = f"max_span_days_{table}"
        spans = {p: self._meta_int(f"{key}_{p}") for p in PRECISIONS if f"{key}_{p}" in self.meta}
        return self._meta_int(key), spans

    def _meta_int(self, key: str) -> int:
        """A whole number kept in meta (0 when absent); a damaged value is a clear error."""
        value = self.meta.get(key) or "0"
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = -1
        if not 0 <= number < 2**53:
            self.conn.close()
            raise DatabaseError(f"damaged database, meta {key} = {value!r} is not a day count: {self.path}")
        return number

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Iterable[object] = ()) -> list[sqlite3.Row]:
        try:
            cur = self.conn.execute(sql, tuple(params))
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"cannot read database {self.path}: {exc}") from None
        cur.row_factory = sqlite3.Row
        return cur.fetchall()

    # --- articles, people, organisations -------------------------------------------------

    def reference_date(self) -> str:
        """ISO date that year-less dates in searches are read against (latest publication)."""
        return self.meta.get("reference_date", "")

    def articles(self, limit: int | None = None) -> list[Article]:
        """Articles by id (all, or the first `limit`), bodies included."""
        sql = "SELECT * FROM articles ORDER BY id" + (" LIMIT ?" if limit else "")
        return [_article(r) for r in self._rows(sql, (limit,) if limit else ())]

    def article_list(self) -> list[tuple[Article, int, int]]:
        """Every article by id, without its body, with how many events and quotes were read from it."""
        held = [r["name"] for r in self._rows("PRAGMA table_info(articles)") if r["name"] != "body"]
        rows = self._rows(
            f"SELECT {', '.join(f'a.[{c}]' for c in held)}, '' AS body,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events,"
            " (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS n_quotes"
            " FROM articles a ORDER BY a.id"
        )
        return [(_article(r), int(r["n_events"]), int(r["n_quotes"])) for r in rows]

    def article(self, article_id: int) -> Article | None:
        """One article with its body."""
        rows = self._rows("SELECT * FROM articles WHERE id = ?", (article_id,))
        return _article(rows[0]) if rows else None

    def writers(self, article: Article) -> list[str]:
        """Everyone the article's byline credits as its writer, in the order printed; else its author."""
        marks = ", ".join("?" * len(WRITING))
        rows = self._rows(
            "SELECT p.name, r.title, r.span_start, r.text FROM roles r JOIN persons p ON p.id = r.person_id"
            f" WHERE r.article_id = ? AND r.span_start IS NOT NULL AND r.title IN ({marks})"
            " ORDER BY r.span_start, r.id",
            (article.id, *WRITING),
        )
        credits = [Credit(r["name"], r["title"], int(r["span_start"]), r["text"] or "") for r in rows]
        return writers(article.body, article.author, credits)

    def credits(self, person_id: int) -> list[tuple[Article, list[Role]]]:
        """The articles a person's roles are printed in (an editor's or a reporter's credit line too), each
        without its body and with those roles in the order printed; articles by id."""
        roles: dict[int, list[Role]] = {}
        for r in self._rows(
            "SELECT r.*, o.name AS org_name FROM roles r LEFT JOIN orgs o ON o.id = r.org_id"
            " WHERE r.person_id = ? AND r.article_id IS NOT NULL ORDER BY r.article_id, r.span_start, r.id",
            (person_id,),
        ):
            roles.setdefault(int(r["article_id"]), []).append(_role(r))
        if not roles:
            return []
        held = [r["name"] for r in self._rows("PRAGMA table_info(articles)") if r["name"] != "body"]
        marks, values = id_list(frozenset(roles))
        rows = self._rows(
            f"SELECT {', '.join(f'[{c}]' for c in held)}, '' AS body FROM articles"
            f" WHERE id IN ({marks}) ORDER BY id",
            values,
        )
        return [(_article(r), roles[int(r["id"])]) for r in rows]

    def headline_only(self, term: str) -> dict[int, str]:
        """Articles whose headline prints a search term (as the text index would find it) and none of
        whose events and quotes does, their headlines by id: for them the headline stands for the article
        (none when more than HEADLINES_MAX headlines print it).
        The headlines are read once; the events and quotes checked are those the term finds (a count's
        work)."""
        pattern, match = term_pattern(term), match_query(term)
        if pattern is None or match is None:
            return {}
        printing = self._headlines_printing(pattern, term_tokens(term))
        if not printing or len(printing) > HEADLINES_MAX:
            return {}
        found = {i: self._titles[i] for i in printing}
        import json  # (only for a term in a headline: not on the way to the first page)

        ids = json.dumps(sorted(found))
        # the rows of a few articles, each looked for among the matches; else the matches, each one's article
        # looked for among many (a tenth of the articles or more): 公司 at 200,000 quotes, 15 ms, not 50
        few = len(found) * 10 <= len(self._headlines()[1])
        for table in ("events", "quotes"):
            fts, among = f"[{table}_fts]", "x.article_id IN (SELECT value FROM json_each(?2))"
            sql = (
                f"SELECT DISTINCT x.article_id FROM [{table}] x WHERE {among}"
                f" AND x.ordinal IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?1)"
                if few
                else f"SELECT DISTINCT x.article_id FROM {fts} t JOIN [{table}] x ON x.ordinal = t.rowid"
                f" WHERE {fts} MATCH ?1 AND {among}"
            )
            for r in self._rows(sql, (match, ids)):
                found.pop(r[0], None)
        return found

    def _headlines_printing(self, pattern: re.Pattern[str], tokens: list[str]) -> list[int]:
        """Ids of the articles whose headline the pattern finds: one search through every headline, each
        folded as the index folds text, on a line of its own that no match runs past."""
        joined, starts, ids = self._headlines()
        if not all(t in joined for t in tokens):  # (most words are in no headline: a plain scan says so)
            return []
        found: list[int] = []
        pos = 0
        while (at := joined.find(tokens[0], pos)) >= 0:  # (a Latin pattern's look-behind makes search slow)
            if pattern.match(joined, at) is None:
                pos = at + 1
                continue
            k = bisect.bisect_right(starts, at) - 1
            found.append(ids[k])
            if k + 1 == len(starts):
                break
            pos = starts[k + 1]
        return found

    def _headlines(self) -> tuple[str, list[int], list[int]]:
        """Every headline folded as the index folds text, one a line, where each line starts, and its
        article's id: read once (the database is read-only)."""
        if self._headline_cache is None:
            rows = self._rows("SELECT id, title FROM articles WHERE title != '' ORDER BY id")
            self._titles = {r[0]: r[1] for r in rows}
            lines = [same_script(fts_fold(r[1])).replace(_LINE_END, " ") for r in rows]
            starts, at = [], 0
            for line in lines:
                starts.append(at)
                at += len(line) + len(_LINE_END)
            self._headline_cache = (_LINE_END.join(lines), starts, [r[0] for r in rows])
        return self._headline_cache

    def first_of_latest_article(self) -> tuple[str, int] | None:
        """The latest article's first quote ("quote", id), else its first event ("event", id), in the
        order they are printed: what an import shows of what it added."""
        for kind, table in (("quote", "quotes"), ("event", "events")):
            rows = self._rows(
                f"SELECT id FROM [{table}] WHERE article_id = (SELECT MAX(id) FROM articles)"
                " ORDER BY span_start, id LIMIT 1"
            )
            if rows:
                return kind, int(rows[0]["id"])
        return None

    def counts(self, tables: tuple[str, ...] = ("persons", "orgs", "events", "quotes")) -> dict[str, int]:
        """Row counts of the main tables."""
        return {t: self._rows(f"SELECT COUNT(*) AS n FROM [{t}]")[0]["n"] for t in tables}

    def persons(self, ids: Iterable[int]) -> list[Person]:
        """Persons by id, with their roles, in the order given."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        marks, values = id_list(frozenset(wanted))
        rows = {r["id"]: r for r in self._rows(f"SELECT * FROM persons WHERE id IN ({marks})", values)}
        roles = self._roles_of(values)
        return [_person(rows[i], roles.get(i, [])) for i in wanted if i in rows]

    def person(self, person_id: int) -> Person | None:
        """One person, or None."""
        found = self.persons([person_id])
        return found[0] if found else None

    def person_names(self, ids: Iterable[int]) -> dict[int, str]:
        """Names of persons by id."""
        marks, values = id_list(frozenset(ids))
        return {
            r["id"]: r["name"]
            for r in self._rows(f"SELECT id, name FROM persons WHERE id IN ({marks})", values)
        }

    def orgs(self, ids: Iterable[int] | None = None) -> list[Org]:
        """Organisations by id (all when ids is None)."""
        if ids is None:
            return [_org(r) for r in self._rows("SELECT * FROM orgs ORDER BY id")]
        wanted = list(dict.fromkeys(ids))
        marks, values = id_list(frozenset(wanted))
        rows = {r["id"]: r for r in self._rows(f"SELECT * FROM orgs WHERE id IN ({marks})", values)}
        return [_org(rows[i]) for i in wanted if i in rows]

    def all_persons(self) -> list[Person]:
        """Every person (for dumps; the GUI pages instead)."""
        ids = [r["id"] for r in self._rows("SELECT id FROM persons ORDER BY id")]
        return self.persons(ids)

    def _roles_of(self, person_ids: list[int]) -> dict[int, list[Role]]:
        marks = ",".join("?" * len(person_ids))
        out: dict[int, list[Role]] = {}
        for r in self._rows(
            f"SELECT r.*, o.name AS org_name FROM roles r LEFT JOIN orgs o "
            f"ON o.id = r.org_id WHERE r.person_id IN ({marks}) ORDER BY r.id",
            person_ids,
        ):
            out.setdefault(r["person_id"], []).append(_role(r))
        return out

    def role(self, role_id: int) -> Role | None:
        """One role with its organisation's name."""
        rows = self._rows(
            "SELECT r.*, o.name AS org_name FROM roles r LEFT JOIN orgs o ON o.id = r.org_id WHERE r.id = ?",
            (role_id,),
        )
        return _role(rows[0]) if rows else None

    def entities_page(self, after: tuple[str, str, int] | None = None, limit: int = PAGE) -> WhoList:
        """Persons and organisations in one list ordered by latin name, a page after a key (the page's
        `after`: its last entry's)."""
        sql = (
            "SELECT * FROM (SELECT 'person' AS kind, id, name, name_latin, sort_name AS sort "
            "FROM persons UNION ALL SELECT 'org', id, name, name_latin, sort_name FROM orgs)"
        )
        params: list[object] = []
        if after is not None:
            sql += " WHERE (sort, kind, id) > (?, ?, ?)"
            params = list(after)
        sql += " ORDER BY sort, kind, id LIMIT ?"
        page, last = WhoList(), None
        add = page.add
        try:
            for last in self.conn.execute(sql, (*params, limit)):  # a row at a time: none kept as an object
                add(last[0], last[1], last[2], last[3] or "")
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"cannot read database {self.path}: {exc}") from None
        if last is not None:
            page.after = (last[4] or "", last[0], last[1])
        return page

    def longest_names(self, limit: int = 40) -> list[tuple[str, str, str]]:
        """(kind, name, latin name) of the persons and organisations with the most characters to their
        names (the people list sizes its column to them: a scan, the worker's job at a million quotes)."""
        sql = (
            "SELECT kind, name, latin FROM (SELECT 'person' AS kind, name, name_latin AS latin FROM persons"
            " UNION ALL SELECT 'org', name, name_latin FROM orgs)"
            " ORDER BY length(name) + length(coalesce(latin, '')) DESC LIMIT ?"
        )
        return [(r[0], r[1], r[2] or "") for r in self._rows(sql, (limit,))]

    def lanes_at_least(self, limit: int) -> int:
        """How many people-lanes the whole timeline has, counted no further than `limit`."""
        sql = "SELECT COUNT(*) FROM (SELECT DISTINCT person_id FROM event_persons LIMIT ?)"
        people = int(self._rows(sql, (limit,))[0][0])
        if people >= limit:  # enough already: the search for an event with nobody scans them all at 1M
            return limit
        nameless = self._rows(
            "SELECT 1 FROM events WHERE id NOT IN (SELECT event_id FROM event_persons) LIMIT 1"
        )
        return min(limit, people + (1 if nameless else 0))

    def who_of(self, kind: str, entity_id: int) -> Who | None:
        """A person or organisation as a list entry."""
        table = "persons" if kind == "person" else "orgs"
        rows = self._rows(f"SELECT id, name, name_latin FROM {table} WHERE id = ?", (entity_id,))
        return Who(kind, rows[0]["id"], rows[0]["name"], rows[0]["name_latin"] or "", 0, "") if rows else None

    # --- finding people by what a reader types -------------------------------------------

    def find_who(
        self,
        text: str,
        kinds: tuple[str, ...] = ("person", "org"),
        limit: int = 50,
        exact: bool = False,
        names: bool = True,
    ) -> list[Who]:
        """Persons and orgs: exact name, alias, pinyin, initials; then role; then prefixes of those."""
        typed = normalise_person_query(valid_text(text))
        if not typed:
            return []
        scores: dict[tuple[str, int], tuple[int, str]] = {}
        if exact:
            sql = "SELECT entity_kind, entity_id, form, rank FROM name_forms WHERE form = ?"
            for spelling in _scripts(typed):
                for r in self._rows(sql, (spelling,)):
                    if r["entity_kind"] in kinds:
                        _keep_best(scores, (r["entity_kind"], r["entity_id"]), r["rank"], r["form"])
        else:
            # Each one's best form (the first in form order of their lowest score), the best `limit` of them:
            # in SQL, not over every form in Python (a one-letter prefix read 40,000 forms to keep 5,000
            # people, ~170 ms at a million quotes). The roles below can only better a score, so those past
            # the limit here stay past it.
            sql = (
                "SELECT entity_kind, entity_id, form, score FROM ("
                "SELECT *, row_number() OVER (PARTITION BY entity_kind, entity_id ORDER BY score, form) nth "
                "FROM (SELECT entity_kind, entity_id, form, "
                "CASE WHEN form = ? THEN rank ELSE ? + rank END AS score "
                "FROM name_forms WHERE form >= ? AND form < ? ORDER BY form LIMIT ?) "
                f"WHERE entity_kind IN ({', '.join('?' * len(kinds))})) "
                "WHERE nth = 1 ORDER BY score, entity_kind, entity_id LIMIT ?"
            )
            for spelling in _scripts(typed):
                params = (spelling, RANK_ROLE + 1, spelling, spelling + _MAX_CHAR, max(2000, limit * 8))
                for r in self._rows(sql, (*params, *kinds, limit)):
                    _keep_best(scores, (r["entity_kind"], r["entity_id"]), r["score"], r["form"])
        if "person" in kinds and not exact:
            for pid, title in self._persons_by_role(text, max(2000, limit)):
                _keep_best(scores, ("person", pid), RANK_ROLE, title)
        ranked = sorted(scores.items(), key=lambda kv: (kv[1][0], kv[0]))[:limit]
        if not names:
            return [Who(k, i, "", "", score, form) for (k, i), (score, form) in ranked]
        return self._whos(ranked)

    def also_who(self, text: str, max_prefix: int, max_holders: int = 5000) -> list[Who]:
        """The people (and organisations) a bare search word may also mean: those holding a role it names
        (a title that is the word or ends with it as a word: CEO, 负责人 in 技术负责人) ranked first, then
        the people and organisations whose name, alias, pinyin or initials start with it (lin j → 林俊旸,
        密尔沃基 → 密尔沃基警方), when at most `max_prefix` do and it is two letters or a Chinese character
        long (a shorter beginning is left as text only). Role holders are read up to `max_holders` rows."""
        typed = normalise_person_query(text)
        if not typed:
            return []
        scores: dict[tuple[str, int], tuple[int, str]] = {}
        for pid, title in self._persons_by_role(text, max_holders):
            if _ends_with_word(normalise_person_query(title), typed):
                _keep_best(scores, ("person", pid), RANK_ROLE, title)
        if len(typed) >= 2 or has_cjk(typed):
            for who in self._named_by_prefix(typed, max_prefix):
                _keep_best(scores, who, RANK_ROLE + 1, typed)
        return self._whos(sorted(scores.items(), key=lambda kv: (kv[1][0], kv[0])))

    def _named_by_prefix(self, typed: str, most: int) -> list[tuple[str, int]]:
        """Persons and organisations some name form of whom starts with the typed text, in form order; none
        when more than `most` do (read through the form index, a bounded number of forms)."""
        sql = (
            "SELECT entity_kind, entity_id FROM name_forms WHERE form >= ? AND form < ? ORDER BY form LIMIT ?"
        )
        limit = 16 * (most + 1)
        found: dict[tuple[str, int], None] = {}
        for spelling in _scripts(typed):
            rows = self._rows(sql, (spelling, spelling + _MAX_CHAR, limit))
            if len(rows) >= limit:
                return []
            found.update(((r[0], r[1]), None) for r in rows)
        return list(found) if len(found) <= most else []

    def _persons_by_role(self, text: str, limit: int) -> list[tuple[int, str]]:
        where = Where()
        text_condition(where, "roles", "r", text)
        return [
            (r["person_id"], r["title"])
            for r in self._rows(
                f"SELECT person_id, title FROM roles r{where.sql()} LIMIT ?", [*where.params, limit]
            )
        ]

    def _whos(self, ranked: list[tuple[tuple[str, int], tuple[int, str]]]) -> list[Who]:
        names: dict[tuple[str, int], tuple[str, str]] = {}
        for kind, table in (("person", "persons"), ("org", "orgs")):
            ids = frozenset(i for (k, i), _ in ranked if k == kind)
            if ids:
                marks, values = id_list(ids)
                for r in self._rows(
                    f"SELECT id, name, name_latin FROM {table} WHERE id IN ({marks})", values
                ):
                    names[(kind, r["id"])] = (r["name"], r["name_latin"] or "")
        return [Who(k, i, *names[(k, i)], score, form) for (k, i), (score, form) in ranked if (k, i) in names]

    # --- events and quotes ---------------------------------------------------------------

    def events(
        self, f: Filter = Filter(), after: int | None = None, limit: int = PAGE, reverse: bool = False
    ) -> list[Event]:
        """A page of events matching the filter, in date order after (or before) an ordinal."""
        return self._events_from_rows(self._guard(self._event_plan.page, f, after, limit, reverse))

    def count_events(self, f: Filter = Filter()) -> int:
        """How many events match."""
        return self._guard(self._event_plan.count, f)

    def quotes(
        self,
        f: Filter = Filter(),
        after: int | None = None,
        limit: int = PAGE,
        reverse: bool = False,
        detail: bool = True,
    ) -> list[Quote]:
        """A page of quotes matching the filter, in date order after (or before) an ordinal.

        detail=False leaves out each quote's role and its other printed occurrences (lists)."""
        rows = self._guard(self._quote_plan.page, f, after, limit, reverse)
        return self._quotes_from_rows(rows, detail)

    def quotes_at(self, ordinals: list[int], detail: bool = True) -> list[Quote]:
        """Quotes by ordinal, in the order given."""
        return self._quotes_from_rows(self._guard(self._quote_plan.rows_at, ordinals), detail)

    def events_at(self, ordinals: list[int]) -> list[Event]:
        """Events by ordinal, in the order given."""
        return self._events_from_rows(self._guard(self._event_plan.rows_at, ordinals))

    def silent(self, person_ids: frozenset[int]) -> bool:
        """True when none of these people says or does anything here (they are only named)."""
        theirs = Filter(who_persons=person_ids)
        return not self.quotes(theirs, limit=1, detail=False) and not self.events(theirs, limit=1)

    def count_quotes(self, f: Filter = Filter()) -> int:
        """How many quotes match."""
        return self._guard(self._quote_plan.count, f)

    def event_groups(self, f: Filter = Filter()) -> list[DateGroup]:
        """Matching events counted per interval and honesty flags, in date order."""
        if f.is_empty():
            rows = self._rows("SELECT * FROM event_groups ORDER BY day_start, day_end")
            return [
                DateGroup(
                    r["day_start"],
                    r["day_end"],
                    r["precision"],
                    bool(r["approximate"]),
                    bool(r["inferred"]),
                    r["n"],
                )
                for r in rows
            ]
        totals = self._guard(self._event_plan.groups, f, schema.GROUP_COLUMNS)
        return sorted(
            (DateGroup(k[0], k[1], k[2], bool(k[3]), bool(k[4]), n) for k, n in totals.items()),
            key=lambda g: (g.day_start, g.day_end, g.precision),
        )

    def _guard(self, fn: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return fn(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(f"cannot read database {self.path}: {exc}") from None

    def event(self, event_id: int) -> Event | None:
        """One event."""
        found = self.events(Filter(event_ids=frozenset({event_id})), limit=1)
        return found[0] if found else None

    def quote(self, quote_id: int) -> Quote | None:
        """One quote."""
        found = self.quotes(Filter(quote_ids=frozenset({quote_id})), limit=1)
        return found[0] if found else None

    def quotes_by_ids(self, ids: Iterable[int]) -> list[Quote]:
        """Quotes by id, in the order given; unknown ids are left out."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        got = {q.id: q for q in self.quotes(Filter(quote_ids=frozenset(wanted)), limit=len(wanted))}
        return [got[i] for i in wanted if i in got]

    def _events_from_rows(self, rows: list[sqlite3.Row]) -> list[Event]:
        ids = [r["id"] for r in rows]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        links: dict[int, list[PersonLink]] = {}
        for r in self._rows(
            f"SELECT l.event_id, l.person_id, l.basis, p.name FROM event_persons l "
            f"LEFT JOIN persons p ON p.id = l.person_id WHERE l.event_id IN ({marks}) "
            f"ORDER BY l.event_id, l.rowid",
            ids,
        ):
            link = PersonLink(r["person_id"], r["basis"], r["name"] or "")
            links.setdefault(r["event_id"], []).append(link)
        orgs: dict[int, list[OrgLink]] = {}
        for r in self._rows(
            f"SELECT l.event_id, l.org_id, o.name FROM event_orgs l LEFT JOIN orgs o ON o.id = l.org_id "
            f"WHERE l.event_id IN ({marks}) ORDER BY l.event_id, l.rowid",
            ids,
        ):
            orgs.setdefault(r["event_id"], []).append(OrgLink(r["org_id"], r["name"] or ""))
        c = self._cols["events"]
        return [_event(r, c, links.get(r[0], []), orgs.get(r[0], [])) for r in rows]

    def _list_quotes(self, rows: list[sqlite3.Row]) -> list[Quote]:
        """Quotes as a list shows them: without roles and other printed places."""
        return self._quotes_from_rows(rows, detail=False)

    def _quotes_from_rows(self, rows: list[sqlite3.Row], detail: bool = True) -> list[Quote]:
        if not rows:
            return []
        c = self._cols["quotes"]
        published = self._published_of(frozenset(r["article_id"] for r in rows))
        if not detail:
            return [_quote(r, c, None, [], published) for r in rows]
        occurrences = self._occurrences("quote", [r["id"] for r in rows])
        role_ids = frozenset(r["speaker_role_id"] for r in rows if r["speaker_role_id"])
        roles = {}
        if role_ids:
            marks, values = id_list(role_ids)
            roles = {
                r["id"]: _role(r)
                for r in self._rows(
                    f"SELECT r.*, o.name AS org_name FROM roles r LEFT JOIN orgs o ON o.id = r.org_id "
                    f"WHERE r.id IN ({marks})",
                    values,
                )
            }
        return [
            _quote(r, c, roles.get(r["speaker_role_id"]), occurrences.get(r["id"], []), published)
            for r in rows
        ]

    def _published_of(self, article_ids: frozenset[int]) -> dict[int, str]:
        """Articles' publication dates as stored (2026-03-07 11:16, 2026-11-09* when worked out), by id:
        read with a page of quotes, for those that carry no date of their own."""
        marks, values = id_list(article_ids)
        rows = self._rows(f"SELECT id, published FROM articles WHERE id IN ({marks})", values)
        return {r["id"]: r["published"] or "" for r in rows}

    def _occurrences(self, owner_kind: str, ids: list[int]) -> dict[int, list[Occurrence]]:
        marks = ",".join("?" * len(ids))
        out: dict[int, list[Occurrence]] = {}
        for r in self._rows(
            f"SELECT * FROM occurrences WHERE owner_kind = ? AND owner_id IN "
            f"({marks}) ORDER BY owner_id, ordinal",
            [owner_kind, *ids],
        ):
            out.setdefault(r["owner_id"], []).append(_occurrence(r))
        return out

    def claims(self) -> list[Claim]:
        """Rumours and other claims in quote marks that nobody is quoted as saying."""
        rows = self._rows("SELECT * FROM claims ORDER BY id")
        occ = self._occurrences("claim", [r["id"] for r in rows]) if rows else {}
        return [
            Claim(
                r["id"],
                r["article_id"],
                r["text"],
                (r["span_start"], r["span_end"]),
                r["status"] or "",
                r["attributed_to"] or "",
                r["denied_by_quote_id"],
                tuple(occ.get(r["id"], [])),
            )
            for r in rows
        ]

    def persons_in(self, f: Filter, limit: int = 500) -> list[Person]:
        """People a search is about: those it names, or those in its first events and quotes."""
        if f.who_persons is not None:
            return self.persons(sorted(f.who_persons))
        ids: set[int] = {i for either in f.either for i in either.persons}  # named by a word typed (靖人)
        for e in self.events(f, limit=limit):
            ids.update(e.person_ids)
        for q in self.quotes(f, limit=limit):
            if q.speaker_kind == "person":
                ids.add(q.speaker_id)
        return self.persons(sorted(ids)[:limit])

    def whos_in(self, f: Filter, limit: int = 500) -> WhoList:
        """Persons, then organisations, a search is about, as list entries."""
        found = WhoList()
        for p in self.persons_in(f, limit):
            found.add("person", p.id, p.name, p.name_latin)
        for o in self.orgs_in(f, limit):
            found.add("org", o.id, o.name, o.name_latin)
        return found

    def orgs_in(self, f: Filter, limit: int = 500) -> list[Org]:
        """Organisations a search names, or those its first events name and its first quotes speak for."""
        if f.who_orgs is not None:
            return self.orgs(sorted(f.who_orgs))
        if f.who_persons is not None:
            return []
        ids = {q.speaker_id for q in self.quotes(f, limit=limit, detail=False) if q.speaker_kind == "org"}
        ids.update(i for either in f.either for i in either.orgs)  # named by a word typed (华为云)
        for e in self.events(f, limit=limit):
            ids.update(e.org_ids)
        return self.orgs(sorted(ids)[:limit])

    def dump(self) -> dict[str, object]:
        """The whole database as the JSON contract of product.md."""
        return {
            "schema_version": schema.SCHEMA_VERSION,
            "meta": {k: v for k, v in sorted(self.meta.items())},
            "articles": [a.to_dict() for a in self.articles()],
            "persons": [p.to_dict() for p in self.all_persons()],
            "orgs": [o.to_dict() for o in self.orgs()],
            "events": [e.to_dict() for e in self._all(self.events)],
            "quotes": [q.to_dict() for q in self._all(self.quotes)],
            "claims": [c.to_dict() for c in self.claims()],
        }

    def _all(self, page_fn: Callable[..., list[_Record]]) -> Iterator[_Record]:
        after = None
        while True:
            page = page_fn(Filter(), after=after, limit=1000)
            yield from page
            if len(page) < 1000:
                return
            after = page[-1].ordinal


def _ends_with_word(title: str, word: str) -> bool:
    """True when a title ends with a word, not inside a longer Latin word (CEO in 'deputy ceo',
    负责人 in 技术负责人; not 'eo' in 'ceo')."""
    if not title.endswith(word):
        return False
    before = title[: len(title) - len(word)]
    return not (
        before and word[0].isascii() and word[0].isalnum() and before[-1].isascii() and before[-1].isalnum()
    )


def _scripts(typed: str) -> list[str]:
    """A typed name, and its Simplified characters when it is written in Traditional (華為雲: 华为云 too, the
    form names are stored in; a person's Traditional name is stored too, but as OpenCC writes it, 華爲雲)."""
    return list(dict.fromkeys([typed, same_script(typed)]))


def _keep_best(
    scores: dict[tuple[str, int], tuple[int, str]], key: tuple[str, int], score: int, form: str
) -> None:
    if key not in scores or score < scores[key][0]:
        scores[key] = (score, form)


def _article(r: sqlite3.Row) -> Article:
    return Article(
        r["id"],
        r["title"],
        r["author"] or "",
        r["publisher"] or "",
        r["published"] or "",
        r["lang"] or "",
        r["body_sha256"] or "",
        r["body"],
        r["source_name"] or "",
        _added_column(r, "address"),
    )


def _added_column(r: sqlite3.Row, name: str) -> str:
    """A text column of schema.ADDED_COLUMNS: empty in a database built before it was added."""
    try:
        return r[name] or ""
    except IndexError:
        return ""


def _role(r: sqlite3.Row) -> Role:
    span = (r["span_start"], r["span_end"]) if r["span_start"] is not None else None
    return Role(
        r["id"],
        r["person_id"],
        r["title"],
        r["org_id"],
        r["org_name"],
        r["text"] or "",
        r["status"] or "current",
        span,
        r["article_id"],
    )


def _person(r: sqlite3.Row, roles: list[Role]) -> Person:
    return Person(
        r["id"],
        r["name"],
        r["name_latin"] or "",
        _aliases(r["aliases"]),
        tuple(roles),
        r["note"] or "",
    )


def _org(r: sqlite3.Row) -> Org:
    return Org(r["id"], r["name"], r["name_latin"] or "", _aliases(r["aliases"]))


def _aliases(stored: str | None) -> tuple[str, ...]:
    """A JSON list of names; a damaged value reads as none."""
    import json  # (not loaded before the window's first page of quotes, which has no aliases: 1-2 ms)

    try:
        names = json.loads(stored or "[]")
    except (TypeError, ValueError):
        return ()
    return tuple(str(n) for n in names) if isinstance(names, list) else ()


def _date(r: sqlite3.Row, c: dict[str, int]) -> DateCols:
    return (
        r[c["date_start"]],
        r[c["date_end"]],
        r[c["precision"]],
        r[c["modifier"]],
        bool(r[c["year_inferred"]]),
        r[c["date_text"]] or "",
    )


def _event(r: sqlite3.Row, c: dict[str, int], links: list[PersonLink], orgs: list[OrgLink]) -> Event:
    """An event from its row (positional access: rows are read by the hundred per keystroke)."""
    return Event(
        r[c["id"]],
        r[c["article_id"]],
        r[c["summary"]] or "",
        r[c["text"]],
        (r[c["span_start"]], r[c["span_end"]]),
        r[c["section"]] or "",
        _date(r, c),
        r[c["date_text"]] or "",
        r[c["sort_key"]],
        r[c["ordinal"]],
        tuple(links),
        tuple(orgs),
    )


def _occurrence(r: sqlite3.Row) -> Occurrence:
    tspan = (r["translation_start"], r["translation_end"]) if r["translation_start"] is not None else None
    return Occurrence(
        r["text"], (r["span_start"], r["span_end"]), r["translation"] or "", tspan, r["event_id"]
    )


def _quote(
    r: sqlite3.Row,
    c: dict[str, int],
    role: Role | None,
    occurrences: list[Occurrence],
    published: dict[int, str],
) -> Quote:
    """A quote from its row (positional access, as for events), with its article's publication date."""
    person = r[c["speaker_kind"]] == "person"
    return Quote(
        r[c["id"]],
        r[c["article_id"]],
        r[c["speaker_kind"]],
        r[c["speaker_person_id"]] if person else r[c["speaker_org_id"]],
        r[c["speaker_name"]] or "",
        r[c["text"]],
        r[c["kind"]],
        _date(r, c),
        r[c["date_text"]] or "",
        r[c["event_id"]],
        (r[c["span_start"]], r[c["span_end"]]),
        r[c["sort_key"]],
        r[c["ordinal"]],
        r[c["translation"]] or "",
        role,
        tuple(occurrences),
        published.get(r[c["article_id"]], ""),
    )
