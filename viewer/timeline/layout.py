"""Lanes, label placement, clusters and density bins: where each event goes on the canvas."""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..core.records import DateGroup
from .scale import TimeScale

CLUSTER_GAP = 9.0  # points closer than this (px) gather into a cluster
LABEL_GAP = 6.0  # space between a mark and its label, and between labels


@dataclass(frozen=True)
class Mark:
    """One dated event in a lane: a point (x0 == x1) or a band, with its label's width."""

    key: int
    x0: float
    x1: float
    label: str
    label_width: float

    @property
    def is_point(self) -> bool:
        """True for a single day."""
        return self.x1 - self.x0 < 1e-9


@dataclass(frozen=True)
class Placed:
    """A mark drawn on its own; its label drawn at label_x, or hidden (None) to avoid overlap."""

    mark: Mark
    label_x: float | None


@dataclass
class Cluster:
    """Points too close to tell apart, drawn as one glyph with their count."""

    x0: float
    x1: float
    members: list[Mark] = field(default_factory=list)

    @property
    def x(self) -> float:
        """Where the glyph goes."""
        return (self.x0 + self.x1) / 2


def layout_lane(marks: Iterable[Mark], gap: float = CLUSTER_GAP, left: float = 0.0) -> list[Placed | Cluster]:
    """Cluster nearby points, then place labels left to right so that no two labels overlap;
    a band that starts before `left` (off view) keeps its label in view."""
    items: list[Placed | Cluster] = []
    points = sorted((m for m in marks if m.is_point), key=lambda m: (m.x0, m.key))
    bands = sorted((m for m in marks if not m.is_point), key=lambda m: (m.x0, m.key))
    run: list[Mark] = []
    for m in points:
        if run and m.x0 - run[-1].x0 > gap:
            items.append(_point_or_cluster(run))
            run = []
        run.append(m)
    if run:
        items.append(_point_or_cluster(run))
    items += [Placed(b, None) for b in bands]
    return _place_labels(items, left)


def _point_or_cluster(run: list[Mark]) -> Placed | Cluster:
    if len(run) == 1:
        return Placed(run[0], None)
    return Cluster(run[0].x0, run[-1].x0, list(run))


def _anchor(item: Placed | Cluster) -> float:
    return item.mark.x0 if isinstance(item, Placed) else item.x0


def _place_labels(items: list[Placed | Cluster], left: float) -> list[Placed | Cluster]:
    out: list[Placed | Cluster] = []
    label_end = -1e18
    for item in sorted(items, key=_anchor):
        if isinstance(item, Cluster):
            out.append(item)
            continue
        m = item.mark
        inside = max(m.x0, left) + 4
        x = inside if not m.is_point and m.x1 - inside > m.label_width + 4 else m.x1 + LABEL_GAP
        if m.label and x >= label_end + LABEL_GAP:
            out.append(Placed(m, x))
            label_end = x + m.label_width
        else:
            out.append(Placed(m, None))
    return out


def labels_overlap(items: list[Placed | Cluster]) -> bool:
    """True when two shown labels overlap (used by the tests)."""
    boxes = sorted(
        (p.label_x, p.label_x + p.mark.label_width)
        for p in items
        if isinstance(p, Placed) and p.label_x is not None
    )
    return any(b[0] < a[1] for a, b in itertools.pairwise(boxes))


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


def marks_for(
    events: Iterable[LaneEvent],
    scale: TimeScale,
    label: Callable[[int], str],
    measure: Callable[[str], float],
    point: Callable[[int], bool],
) -> list[Mark]:
    """Marks of a lane: a point at the middle of a single day, a band over any longer interval."""
    out = []
    for e in events:
        text = label(e.id)
        if point(e.id):
            x = scale.x(e.day_start + 0.5)
            out.append(Mark(e.id, x, x, text, measure(text)))
        else:
            out.append(Mark(e.id, scale.x(e.day_start), scale.x(e.day_end + 1), text, measure(text)))
    return out


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
        buckets: dict[int, int] = {}
        days_per_bucket = bucket_px / scale.px_per_day
        for b in range(int(width // bucket_px) + 1):
            lo = math.ceil(scale.origin + b * days_per_bucket - 0.5)
            hi = math.ceil(scale.origin + (b + 1) * days_per_bucket - 0.5)
            n = self.points_between(lo, hi)
            if n:
                buckets[b] = n
        first, last = scale.visible(width)
        bands = [
            Band(
                scale.x(g.day_start), scale.x(g.day_end + 1), g.count, g.precision, g.approximate, g.inferred
            )
            for g in self.bands_overlapping(first, last)
        ]
        return buckets, bands
