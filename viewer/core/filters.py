"""What a search asks for, resolved to ids and intervals, and its translation to SQL conditions."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .dates import FuzzyDate
from .fts import match_query

DATE_MODES = ("overlaps", "within")


@dataclass(frozen=True)
class Either:
    """Rows matching every text term, or linked to one of these people or organisations: a bare word that
    is also a role, the beginning of a name (CEO, lin j) or an organisation's name (华为云); or rows of these
    articles: text printed in their headlines and in none of their events and quotes."""

    texts: tuple[str, ...]
    persons: frozenset[int]
    articles: frozenset[int] = frozenset()
    orgs: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Filter:
    """A resolved search: every field narrows the results; None means no constraint."""

    who_persons: frozenset[int] | None = None
    who_orgs: frozenset[int] | None = None
    dates: tuple[tuple[FuzzyDate, str], ...] = ()
    after: FuzzyDate | None = None
    before: FuzzyDate | None = None
    texts: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    kind: str | None = None
    event_ids: frozenset[int] | None = None
    quote_ids: frozenset[int] | None = None
    impossible: bool = False
    order: str = "date"
    either: tuple[Either, ...] = ()

    @property
    def has_who(self) -> bool:
        """True when the search names people or organisations."""
        return self.who_persons is not None or self.who_orgs is not None

    def is_empty(self) -> bool:
        """True when nothing narrows the results."""
        return replace(self, order="date") == Filter()

    @property
    def text_terms(self) -> tuple[str, ...]:
        """Every text term a match may show: the texts, then those of the either-or terms."""
        return self.texts + tuple(t for e in self.either for t in e.texts)

    @property
    def ranked(self) -> bool:
        """True when results are ordered by relevance (bm25) rather than date."""
        return self.order == "relevance" and bool(self.texts)


@dataclass
class Where:
    """SQL conditions and their parameters, built clause by clause."""

    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        """Add one condition."""
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        """The WHERE clause (or an empty string)."""
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def text_condition(where: Where, table: str, alias: str, term: str, negate: bool = False) -> None:
    """Match a term of any length against the table's per-character full-text index."""
    query = match_query(term)
    if query is None:
        if not negate:
            where.add("0")
        return
    index = f"{table}_fts"
    op = "NOT IN" if negate else "IN"
    where.add(f"{alias}.id {op} (SELECT rowid FROM [{index}] WHERE [{index}] MATCH ?)", query)


def id_list(ids: frozenset[int]) -> tuple[str, list[int]]:
    """Placeholders and values for an IN list (sorted for stable SQL)."""
    values = sorted(ids)
    return ",".join("?" * len(values)) or "NULL", values
