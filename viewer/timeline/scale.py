"""The time scale: days (proleptic ordinals, day N covers [N, N+1)) to x pixels and back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

MIN_PX_PER_DAY = 1 / 60  # about 6 years per 100 px: two centuries fit a wide window
MAX_PX_PER_DAY = 2000.0  # a day is 2000 px wide: the finest zoom that still means anything
FIRST_DAY = dt.date(1800, 1, 1).toordinal()
LAST_DAY = dt.date(2200, 12, 31).toordinal()


@dataclass(frozen=True)
class TimeScale:
    """x = (day - origin) * px_per_day."""

    origin: float
    px_per_day: float

    def x(self, day: float) -> float:
        """Pixel of a moment (a day ordinal, fractional days allowed)."""
        return (day - self.origin) * self.px_per_day

    def day(self, x: float) -> float:
        """Moment at a pixel."""
        return self.origin + x / self.px_per_day

    def visible(self, width: float) -> tuple[float, float]:
        """First and last moment shown in a width."""
        return self.origin, self.day(width)

    def zoomed(self, factor: float, anchor_x: float) -> TimeScale:
        """Zoom by a factor, keeping the moment under anchor_x in place."""
        ppd = clamp(self.px_per_day * factor, MIN_PX_PER_DAY, MAX_PX_PER_DAY)
        anchor_day = self.day(anchor_x)
        return _bounded(TimeScale(anchor_day - anchor_x / ppd, ppd))

    def panned(self, dx: float) -> TimeScale:
        """Move the view by dx pixels (positive moves later moments into view from the right)."""
        return _bounded(replace(self, origin=self.origin + dx / self.px_per_day))

    def centred_on(self, day: float, width: float) -> TimeScale:
        """The same zoom with a moment in the middle."""
        return _bounded(replace(self, origin=day - width / 2 / self.px_per_day))


def clamp(value: float, low: float, high: float) -> float:
    """value limited to [low, high]."""
    return max(low, min(high, value))


def _bounded(scale: TimeScale) -> TimeScale:
    return replace(scale, origin=clamp(scale.origin, FIRST_DAY, LAST_DAY))


def fit(
    first_day: float, last_day: float, width: float, margin: float = 0.06, left: float = 0.0
) -> TimeScale:
    """A scale showing [first_day, last_day] between x = left and x = width, with a margin on both
    sides (left: what covers the canvas's left end, such as the lane names)."""
    span = max(last_day - first_day, 1.0)
    room = max(width - left, 1.0)
    ppd = clamp(room / (span * (1 + 2 * margin)), MIN_PX_PER_DAY, MAX_PX_PER_DAY)
    centre = (first_day + last_day) / 2
    return _bounded(TimeScale(centre - (left + width) / 2 / ppd, ppd))
