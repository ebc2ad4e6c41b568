"""Lanes of events and density bins (the drawn geometry of the lanes is in lanes.py)."""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.records import DateGroup
from .scale import TimeScale

# --- lanes -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LaneEvent:
    """What the lanes need of an event: its id, interval and who is in it."""

    id: int
    day_start: int
    day_end: int
    keys: tuple[int, ...]


NOBODY = -1


def assign_lanes(events: Iterable[LaneEvent]) -> dict[int, list[LaneEvent]]:
    """Group events by lane key (an event with several people appears in each of their lanes);
    events with nobody go to the NOBODY lane. Lanes are ordered by their first event."""
    lanes: dict[int, list[LaneEvent]] = {}
    for e in sorted(events, key=lambda e: (e.day_start, e.id)):
        for key in e.keys or (NOBODY,):
            lanes.setdefault(key, []).append(e)
    ordered = sorted(lanes.items(), key=lambda kv: (kv[0] == NOBODY, kv[1][0].day_start, kv[0]))
    return dict(ordered)


def offset_showing(
    events: Iterable[LaneEvent], event_id: int, offset: int, shown: int, snug: bool = True
) -> int:
    """The first lane to show so that the first lane holding an event is drawn; `offset` itself when it
    is among the `shown` lanes drawn from there, or the event is in none. Above: that lane at the top.
    Below: snug, that lane at the bottom of as many lanes as were shown (the area stays filled, but
    taller lanes above may still push it out); else at the top, where it is always drawn."""
    order = list(assign_lanes(events).values())
    index = next((i for i, members in enumerate(order) if any(e.id == event_id for e in members)), None)
    shown = max(1, shown)
    if index is None or offset <= index < offset + shown:
        return offset
    return max(0, index - shown + 1) if snug and index > offset else index


# --- density (zoomed out) ------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    """Events with one coarse interval (a month, a year, a range), drawn over that interval."""

    x0: float
    x1: float
    count: int
    precision: str
    approximate: bool
    inferred: bool


class DensityIndex:
    """Per-interval counts prepared once per filter, so a frame costs per bucket, not per event.

    Single-day events become prefix sums over days; every longer interval stays a band over its
    own interval (a month-only event is never counted at a day)."""

    def __init__(self, groups: Iterable[DateGroup]) -> None:
        groups = list(groups)
        points = [g for g in groups if g.precision == "day" and g.day_start == g.day_end]
        self.bands = sorted(
            (g for g in groups if not (g.precision == "day" and g.day_start == g.day_end)),
            key=lambda g: g.day_start,
        )
        self._band_starts = [g.day_start for g in self.bands]
        self._widest = max((g.day_end - g.day_start for g in self.bands), default=0)
        self.first = min((g.day_start for g in points), default=0)
        last = max((g.day_start for g in points), default=-1)
        per_day = [0] * (last - self.first + 1 if points else 0)
        for g in points:
            per_day[g.day_start - self.first] += g.count
        self._prefix = [0]
        for n in per_day:
            self._prefix.append(self._prefix[-1] + n)

    def points_between(self, first_day: int, end_day: int) -> int:
        """Single-day events on days first_day <= d < end_day."""
        lo = min(max(first_day - self.first, 0), len(self._prefix) - 1)
        hi = min(max(end_day - self.first, 0), len(self._prefix) - 1)
        return self._prefix[hi] - self._prefix[lo] if hi > lo else 0

    def bands_overlapping(self, first: float, last: float) -> list[DateGroup]:
        """Longer intervals that overlap [first, last]."""
        hi = bisect.bisect_right(self._band_starts, last)
        lo = bisect.bisect_left(self._band_starts, first - self._widest - 1)
        return [g for g in self.bands[lo:hi] if g.day_end + 1 > first]

    def count(self, first: float, last: float) -> int:
        """How many events overlap [first, last]."""
        points = self.points_between(math.floor(first), math.floor(last) + 1)
        return points + sum(g.count for g in self.bands_overlapping(first, last))

    def bins(
        self, scale: TimeScale, width: float, bucket_px: float = 4.0
    ) -> tuple[dict[int, int], list[Band]]:
        """Day events summed into pixel buckets (a day drawn at its middle); bands over their intervals."""
        days_per_bucket = bucket_px / scale.px_per_day
        prefix, day0, top = self._prefix, self.first, len(self._prefix) - 1
        # The prefix sum at each bucket's edge, once per edge (a repaint of the whole span has hundreds)
        sums = [
            prefix[min(max(math.ceil(scale.origin + b * days_per_bucket - 0.5) - day0, 0), top)]
            for b in range(int(width // bucket_px) + 2)
        ]
        buckets = {b: hi - lo for b, (lo, hi) in enumerate(itertools.pairwise(sums)) if hi > lo}
        first, last = scale.visible(width)
        bands = [
            Band(
                scale.x(g.day_start), scale.x(g.day_end + 1), g.count, g.precision, g.approximate, g.inferred
            )
            for g in self.bands_overlapping(first, last)
        ]
        return buckets, bands
