"""Fuzzy dates with honest precision: a day is a point, a month or a year is a band."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace

PRECISIONS = ("day", "month", "year")
MODIFIERS = ("about", "early", "mid", "late", "before", "after", "range")
APPROXIMATE_MODIFIERS = frozenset({"about", "early", "mid", "late"})
_SPAN_CAP = 999


class DateParseError(ValueError):
    """Raised when a text cannot be read as a date."""


class ImpossibleDateError(DateParseError):
    """A date written in a form that is read, which no calendar date fits: a year, month or day
    the calendar does not have (2026-13-45, 2月30日), or a range ending before it starts."""


@dataclass(frozen=True)
class FuzzyDate:
    """An interval of days with the precision and wording the source gave."""

    start: dt.date
    end: dt.date
    precision: str
    modifier: str | None = None
    year_inferred: bool = False
    text: str = ""

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown precision {self.precision!r}")
        if self.modifier is not None and self.modifier not in MODIFIERS:
            raise ValueError(f"unknown modifier {self.modifier!r}")
        if self.end < self.start:
            raise ValueError(f"date ends before it starts: {self.start} > {self.end}")

    @property
    def approximate(self) -> bool:
        """True when the source hedges the date (about, early, mid, late)."""
        return self.modifier in APPROXIMATE_MODIFIERS

    @property
    def day_start(self) -> int:
        """First day as a proleptic Gregorian ordinal."""
        return self.start.toordinal()

    @property
    def day_end(self) -> int:
        """Last day (inclusive) as a proleptic Gregorian ordinal."""
        return self.end.toordinal()

    @property
    def sort_key(self) -> int:
        """Orders by first day, then narrower intervals first."""
        return sort_key(self.day_start, self.day_end)

    def overlaps(self, other: FuzzyDate) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def within(self, other: FuzzyDate) -> bool:
        """True when this interval lies entirely inside the other."""
        return other.start <= self.start and self.end <= other.end

    def label(self) -> str:
        """A short, honest rendering: 2026-03-04, 2026-03, early 2026, after 2026-03-04, a..b."""
        mark = "*" if self.year_inferred else ""
        if self.modifier == "after":
            return f"after {_point_label(self.start, self.precision)}{mark}"
        if self.modifier == "before":
            return f"before {_point_label(self.end, self.precision)}{mark}"
        if self.modifier in ("early", "mid", "late"):
            return f"{self.modifier} {_point_label(self.start, self.precision)}{mark}"
        prefix = "c. " if self.modifier == "about" else ""
        if self.modifier == "range" or _is_irregular(self):
            first, last = _point_label(self.start, self.precision), _point_label(self.end, self.precision)
            return f"{prefix}{first}..{last}{mark}"
        return f"{prefix}{_point_label(self.start, self.precision)}{mark}"

    def describe(self) -> str:
        """A sentence for tooltips and citations: label, precision and provenance."""
        parts = [f"{self.label().rstrip('*')} ({self.precision} precision"]
        if self.modifier in ("before", "after") or _is_irregular(self):
            parts.append(f", {self.start.isoformat()}..{self.end.isoformat()}")
        if self.approximate:
            parts.append(", approximate")
        if self.year_inferred:
            parts.append(", year inferred from the publication date")
        parts.append(")")
        return "".join(parts)

    def with_text(self, text: str) -> FuzzyDate:
        """The same interval, recorded with the wording printed in the source."""
        return replace(self, text=text)


def sort_key(day_start: int, day_end: int) -> int:
    """Sort key from day ordinals: start first, then interval width (capped)."""
    return day_start * 1000 + min(day_end - day_start, _SPAN_CAP)


def sort_key_bounds(day_start: int, day_end: int) -> tuple[int, int]:
    """Inclusive sort-key range of all intervals whose first day lies in [day_start, day_end]."""
    return day_start * 1000, day_end * 1000 + _SPAN_CAP


def _is_irregular(d: FuzzyDate) -> bool:
    """True when the interval is not the plain day, month or year its precision names."""
    if d.precision == "day":
        return d.start != d.end
    if d.precision == "month":
        return d.start.day != 1 or d.end != month_end(d.start.year, d.start.month)
    return (d.start.month, d.start.day, d.end.month, d.end.day) != (
        1,
        1,
        12,
        31,
    ) or d.start.year != d.end.year


def _point_label(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day_date(
    day: dt.date, *, text: str = "", year_inferred: bool = False, modifier: str | None = None
) -> FuzzyDate:
    """A single day."""
    return FuzzyDate(day, day, "day", modifier, year_inferred, text)


def month_date(
    year: int, month: int, *, text: str = "", year_inferred: bool = False, modifier: str | None = None
) -> FuzzyDate:
    """A whole month as a band."""
    return FuzzyDate(dt.date(year, month, 1), month_end(year, month), "month", modifier, year_inferred, text)


def year_date(
    year: int, *, text: str = "", year_inferred: bool = False, modifier: str | None = None
) -> FuzzyDate:
    """A whole year as a band."""
    if not 1 <= year <= 9999:
        raise ImpossibleDateError(f"no such year: {year}")
    return FuzzyDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", modifier, year_inferred, text)


def part_of(base: FuzzyDate, part: str) -> FuzzyDate:
    """The early, mid or late part of a month or year band (thirds of a month, quarters of a year)."""
    if base.precision == "year":
        y = base.start.year
        bounds = {"early": ((1, 1), (3, 31)), "mid": ((4, 1), (9, 30)), "late": ((10, 1), (12, 31))}
        (m1, d1), (m2, d2) = bounds[part]
        return replace(base, start=dt.date(y, m1, d1), end=dt.date(y, m2, d2), modifier=part)
    if base.precision == "month":
        y, m = base.start.year, base.start.month
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, month_end(y, m).day)}[part]
        return replace(base, start=dt.date(y, m, first), end=dt.date(y, m, last), modifier=part)
    raise DateParseError(f"cannot take the {part} part of a single day")


def span_dates(first: FuzzyDate, last: FuzzyDate, *, text: str = "") -> FuzzyDate:
    """The range from the start of one date to the end of another."""
    if last.end < first.start:
        raise ImpossibleDateError(f"date range ends before it starts: {text or first.text}")
    finer = min(first.precision, last.precision, key=PRECISIONS.index)
    return FuzzyDate(first.start, last.end, finer, "range", first.year_inferred or last.year_inferred, text)


def from_iso(
    start: str | None,
    end: str | None,
    precision: str | None,
    modifier: str | None = None,
    year_inferred: bool = False,
    text: str = "",
) -> FuzzyDate | None:
    """Rebuild a FuzzyDate from stored ISO fields; None when the record is undated (or its stored
    date is damaged: it is shown as undated rather than failing the whole page)."""
    if not start or not end or not precision:
        return None
    try:
        return FuzzyDate(
            dt.date.fromisoformat(start),
            dt.date.fromisoformat(end),
            precision,
            modifier,
            bool(year_inferred),
            text or "",
        )
    except (TypeError, ValueError):
        return None
