"""What the timeline draws for one repository and filter: counts when zoomed out, events when in.

Zoomed out, the canvas bins the database's per-interval counts (DateGroup) into pixels and never
touches individual events. Zoomed in far enough that at most DETAIL_MAX events are in view, it
draws them one by one from a cache covering a little more than the view; the cache is bounded,
so memory stays flat however far one pans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..core.dates import FuzzyDate
from ..core.filters import Filter
from ..core.records import DateGroup, Event
from ..core.repository import Repository
from ..core.resolve import with_dates
from .layout import NOBODY, DensityIndex, LaneEvent

DETAIL_MAX = 600
LANE_MODES = ("people", "orgs", "single")
UNNAMED = {"people": "(no person named)", "orgs": "(no organisation)", "single": "All events"}


class Cancellable(Protocol):
    """A request for background work (the GUI's session Ticket)."""

    def cancel(self) -> None:
        """Nobody wants the result any more."""
        ...


EventsJob = Callable[[Repository], list[Event]]
Request = Callable[[EventsJob, Callable[[list[Event]], None]], Cancellable]


@dataclass
class Window:
    """A cached stretch of time and the events overlapping it."""

    first: float
    last: float
    events: list[Event]


class TimelineData:
    """Counts and events for the canvas; the only place it asks the repository for anything."""

    def __init__(
        self,
        repo: Repository | None,
        f: Filter,
        groups: list[DateGroup],
        pending: bool = False,
        request: Request | None = None,
    ) -> None:
        self.repo, self.filter, self.pending, self.request = repo, f, pending, request
        self.loading: tuple[tuple[float, float], Cancellable] | None = None  # a stretch on its way
        self.groups: list[DateGroup] = groups
        self.density = DensityIndex(self.groups)
        self.total = sum(g.count for g in self.groups)
        self.extent = (
            (min(g.day_start for g in self.groups), max(g.day_end for g in self.groups) + 1)
            if self.groups
            else None
        )
        self.window: Window | None = None
        self._names: dict[tuple[str, int], str] = {}

    def in_view(self, first: float, last: float) -> int:
        """How many events overlap [first, last]."""
        return self.density.count(first, last)

    def attach(self, repo: Repository, request: Request | None) -> TimelineData:
        """Read events from this repository, through this request (data built on a worker)."""
        self.repo, self.request = repo, request
        return self

    def detailed(self, first: float, last: float) -> bool:
        """True when the view is sparse enough to draw each event (and its counts are known)."""
        return self.repo is not None and not self.pending and self.in_view(first, last) <= DETAIL_MAX

    def covers(self, first: float, last: float) -> bool:
        """True when the cache already holds every event of [first, last]."""
        w = self.window
        return w is not None and w.first <= first and last <= w.last

    def fetch(self, first: float, last: float, arrived: Callable[[], None] = lambda: None) -> None:
        """Load the events of a stretch a little wider than [first, last] (bounded): through the
        request (a worker) when there is one, then call arrived(); else at once."""
        span = last - first
        wide = (first - span, last + span)
        if self.in_view(*wide) > 3 * DETAIL_MAX:
            wide = (first, last)
        f, limit = with_dates(self.filter, _range(*wide)), 3 * DETAIL_MAX + 1
        if self.repo is None or self.request is None:
            self._install(wide, self.repo.events(f, limit=limit) if self.repo else [])
            return
        if self.loading is not None:
            (start, end), ticket = self.loading
            if start <= first and last <= end:
                return
            ticket.cancel()

        def done(events: list[Event]) -> None:
            self.loading = None
            self._install(wide, events)
            arrived()

        self.loading = (wide, self.request(lambda repo: repo.events(f, limit=limit), done))

    def _install(self, wide: tuple[float, float], events: list[Event]) -> None:
        self.window = Window(wide[0], wide[1], events)
        for e in events:
            self._names.update((("person", link.person_id), link.name) for link in e.person_links)
            self._names.update((("org", link.org_id), link.name) for link in e.org_links)

    def events(self, first: float, last: float) -> list[Event]:
        """Cached events overlapping [first, last]."""
        if self.window is None:
            return []
        return [
            e
            for e in self.window.events
            if e.date and e.date.day_start <= last and e.date.day_end + 1 > first
        ]

    def lane_events(self, events: list[Event], mode: str) -> list[LaneEvent]:
        """Events keyed by the lanes they belong to in a mode."""
        out = []
        for e in events:
            if e.date is None:
                continue
            keys = tuple(e.person_ids) if mode == "people" else tuple(e.org_ids) if mode == "orgs" else (0,)
            out.append(LaneEvent(e.id, e.date.day_start, e.date.day_end, keys))
        return out

    def lane_title(self, mode: str, key: int) -> str:
        """A lane's name (from the names the cached events carry)."""
        if key == NOBODY or mode == "single":
            return UNNAMED[mode]
        return self._names.get(("person" if mode == "people" else "org", key), "?")

    def people(self, event: Event) -> list[str]:
        """Names of an event's people."""
        return event.person_names

    def neighbour(self, event_id: int | None, forward: bool) -> Event | None:
        """The next (or previous) event in date order, from the database."""
        if self.repo is None:
            return None
        if event_id is None:
            found = self.repo.events(self.filter, limit=1, reverse=not forward)
            return found[0] if found else None
        current = self.repo.event(event_id)
        if current is None:
            return None
        found = self.repo.events(self.filter, after=current.ordinal, limit=1, reverse=not forward)
        return found[0] if found else None


def _range(first: float, last: float) -> FuzzyDate:
    start = dt.date.fromordinal(max(1, int(first)))
    end = dt.date.fromordinal(max(start.toordinal(), min(dt.date.max.toordinal(), int(last))))
    return FuzzyDate(start, end, "day", "range")
