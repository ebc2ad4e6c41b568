"""Row-indexed access to a long, date-ordered result list, a page at a time and never by OFFSET.

Qt-free, so it is tested on its own; the Qt models adapt it. Rows are reached by keyset:
from the page before (after its last ordinal), from the page after (reversed), from the end
(reversed), directly (an unfiltered list's ordinals are exactly 1..n), or, for a jump into the
middle of a filtered list, by walking ordinals only, in large chunks, from the nearest known row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar


class HasOrdinal(Protocol):
    """A record with its position in date order (and its id)."""

    @property
    def ordinal(self) -> int:
        """Its position in date order."""
        ...

    @property
    def id(self) -> int:
        """Its id."""
        ...


T = TypeVar("T", bound=HasOrdinal)
PageFn = Callable[[int | None, int, bool], list]  # (after, limit, reverse) -> records
OrdinalsFn = Callable[[int | None, int], list[int]]  # (after, limit) -> ordinals
WALK = 5000


class PagedRows(Generic[T]):
    """A fixed-length sequence of records fetched lazily by page."""

    def __init__(
        self,
        count: int,
        page: PageFn,
        ordinals: OrdinalsFn,
        dense: bool,
        page_size: int = 200,
        max_pages: int = 64,
    ) -> None:
        self.count, self._page, self._ordinals, self.dense = count, page, ordinals, dense
        self.size, self.max_pages = page_size, max_pages
        self._pages: OrderedDict[int, list[T]] = OrderedDict()
        self._anchors: dict[int, int] = {}
        self.fetches = 0

    def __len__(self) -> int:
        return self.count

    def seed(self, number: int, records: list[T]) -> None:
        """Hold a page already fetched (the first page of a search)."""
        self._pages[number] = list(records)
        for i, record in enumerate(records):
            if i == 0 or i == len(records) - 1:
                self._anchors[number * self.size + i] = record.ordinal

    def get(self, row: int) -> T | None:
        """The record at a row, fetching its page if needed."""
        if not 0 <= row < self.count:
            return None
        number = row // self.size
        page = self._pages.get(number)
        if page is None:
            page = self._load(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.size
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> int:
        """How many rows are held in memory."""
        return sum(len(p) for p in self._pages.values())

    def find_loaded(self, matches: Callable[[T], bool]) -> int | None:
        """The row of the first loaded record that matches, if any (no fetching)."""
        for number in sorted(self._pages):
            for i, record in enumerate(self._pages[number]):
                if matches(record):
                    return number * self.size + i
        return None

    def _load(self, number: int) -> list[T]:
        self.fetches += 1
        first_row = number * self.size
        want = min(self.size, self.count - first_row)
        page = self._fetch(number, first_row, want)
        self._pages[number] = page
        for i, record in enumerate(page):
            if i == 0 or i == len(page) - 1:
                self._anchors[first_row + i] = record.ordinal
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    def _fetch(self, number: int, first_row: int, want: int) -> list[T]:
        if self.dense:
            return self._page(first_row, want, False)
        if first_row == 0:
            return self._page(None, want, False)
        before = self._anchors.get(first_row - 1)
        if before is not None:
            return self._page(before, want, False)
        after = self._anchors.get(first_row + want)
        if after is not None:
            return self._page(after, want, True)
        if first_row + want == self.count:
            return self._page(None, want, True)
        return self._page(self._walk_to(first_row - 1), want, False)

    def _walk_to(self, row: int) -> int | None:
        """The ordinal at a row, walking forward over ordinals from the nearest known row (None: before
        the first row)."""
        known = max((r for r in self._anchors if r <= row), default=None)
        at, ordinal = (known, self._anchors[known]) if known is not None else (-1, None)
        while at < row:
            step = min(WALK, row - at)
            chunk = self._ordinals(ordinal, step)
            if not chunk:
                break
            at += len(chunk)
            ordinal = chunk[-1]
            self._anchors[at] = ordinal
        return ordinal


class RankedRows(Generic[T]):
    """Rows in a fixed order given by ordinals (relevance ranking), fetched a page at a time."""

    def __init__(self, ordinals: list[int], fetch: Callable[[list[int]], list], page_size: int = 200) -> None:
        self.ordinals, self._fetch, self.size = ordinals, fetch, page_size
        self.count = len(ordinals)
        self._pages: dict[int, list[T]] = {}
        self.fetches = 0

    def __len__(self) -> int:
        return self.count

    def seed(self, records: list[T]) -> None:
        """Hold the first page, fetched with the ranking (on the worker, not in the list's first paint)."""
        if len(records) == len(self.ordinals[: self.size]):
            self._pages[0] = list(records)

    def get(self, row: int) -> T | None:
        """The record at a row."""
        if not 0 <= row < self.count:
            return None
        number = row // self.size
        if number not in self._pages:
            self.fetches += 1
            self._pages[number] = self._fetch(self.ordinals[number * self.size : (number + 1) * self.size])
        page = self._pages[number]
        offset = row - number * self.size
        return page[offset] if offset < len(page) else None

    def loaded_rows(self) -> int:
        """How many rows are held in memory."""
        return sum(len(p) for p in self._pages.values())

    def find_loaded(self, matches: Callable[[T], bool]) -> int | None:
        """The row of the first loaded record that matches."""
        for number in sorted(self._pages):
            for i, record in enumerate(self._pages[number]):
                if matches(record):
                    return number * self.size + i
        return None
