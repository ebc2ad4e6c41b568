"""Typed result sets: what a search shows of one kind of record, and how to get the rest.

`Rows` answers for one kind (events or quotes) under a Filter: a page by keyset, records by
ordinal, the exact count, a relevance ranking, bare ordinals. A `ResultSet` is what a list
shows: its first page, and — once known — the exact count or the ranking. `first_results` is
cheap (a page streams in milliseconds); `finish_results` may scan and belongs on a worker.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from .filters import Filter
from .plan import Planner

T = TypeVar("T")
R = TypeVar("R")
PAGE = 200
RANK_LIMIT = 2000


class Rows(Generic[T]):
    """Pages, counts, rankings and ordinals of one kind of record under a Filter."""

    def __init__(
        self,
        planner: Planner,
        records: Callable[[list[sqlite3.Row]], list[T]],
        guard: Callable[..., object],
    ) -> None:
        self._plan, self._records, self._guard = planner, records, guard

    def _safe(self, fn: Callable[..., R], *args: object) -> R:
        return self._guard(fn, *args)  # type: ignore[return-value]

    def page(self, f: Filter, after: int | None = None, limit: int = PAGE, reverse: bool = False) -> list[T]:
        """Up to `limit` records after (or, reversed, before) an ordinal, in date order."""
        return self._records(self._safe(self._plan.page, f, after, limit, reverse))

    def at(self, ordinals: list[int]) -> list[T]:
        """Records by ordinal, in the order given."""
        return self._records(self._safe(self._plan.rows_at, ordinals))

    def count(self, f: Filter) -> int:
        """How many records match."""
        return self._safe(self._plan.count, f)

    def ranked(self, f: Filter, limit: int = RANK_LIMIT) -> list[int]:
        """Ordinals of the most relevant text matches (bm25), best first."""
        return self._safe(self._plan.ranked, f, limit)

    def ordinals(self, f: Filter, after: int | None, limit: int) -> list[int]:
        """Just the ordinals of matching records after an ordinal (to jump far into a long list)."""
        rows = self._safe(self._plan.page, f, after, limit, False, "x.ordinal")
        return [r[0] for r in rows]


@dataclass(frozen=True)
class ResultSet(Generic[T]):
    """A list's contents: the first page (by date, or by relevance once ranked), and the exact count or
    the ranking once known."""

    filter: Filter
    first: tuple[T, ...] = ()
    count: int | None = None
    ranking: tuple[int, ...] | None = None

    @property
    def complete(self) -> bool:
        """True when the list's length (and, for relevance, its order) is known."""
        return self.ranking is not None if self.filter.ranked else self.count is not None

    @property
    def length(self) -> int:
        """Rows to show now: all of them once known, else the first page."""
        if self.filter.ranked:
            return len(self.ranking or ())
        return self.count if self.count is not None else len(self.first)


def first_results(rows: Rows[T], f: Filter, page: int = PAGE) -> ResultSet[T]:
    """The first page, with the count when it is cheap (one page, or the whole unfiltered table)."""
    if f.ranked:
        return ResultSet(f)
    found = rows.page(f, None, page + 1)
    if len(found) <= page:
        return ResultSet(f, tuple(found), len(found))
    count = rows.count(f) if f.is_empty() else None
    return ResultSet(f, tuple(found[:page]), count)


def finish_results(rows: Rows[T], started: ResultSet[T]) -> ResultSet[T]:
    """The same result set with its exact count or its ranking (may take a while: a worker's job); a
    ranking comes with its first page of records, which the list shows at once."""
    f = started.filter
    if f.ranked:
        ranking = tuple(rows.ranked(f, RANK_LIMIT))
        return replace(started, ranking=ranking, first=tuple(rows.at(list(ranking[:PAGE]))))
    return replace(started, count=rows.count(f))
