"""Fuzzy dates with honest precision: a day is a point, a month or a year is a band."""

from __future__ import annotations

import datetime as dt
import re
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

    def label(self, lang: str = "en") -> str:
        """A short, honest rendering: 2026-03-04, 2026-03, early 2026, after 2026-03-04, a..b;
        with lang "zh": 2026年3月4日, 2026年3月, 2026年初, 2026年3月4日之后, a至b ("zh_TW": 之後)."""
        if lang in ("zh", "zh_TW"):
            return _zh_label(self).translate(_TRADITIONAL if lang == "zh_TW" else {})
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

    def month_unprinted(self) -> bool:
        """True when the words printed for a day or month name no month (Sunday, 昨日, 随后, 上月): the
        whole of it, not only its year, was reckoned from other dates; False when unknown (no words)."""
        return self.precision != "year" and bool(self.text) and _MONTH_PRINTED.search(self.text) is None

    def describe(self, lang: str = "en") -> str:
        """A sentence for tooltips and citations: label, precision and provenance (lang en, zh, zh_TW)."""
        if lang in ("zh", "zh_TW"):
            return _zh_describe(self).translate(_TRADITIONAL if lang == "zh_TW" else {})
        parts = [f"{self.label().rstrip('*')} ({self.precision} precision"]
        if self.modifier in ("before", "after") or _is_irregular(self):
            parts.append(f", {self.start.isoformat()}..{self.end.isoformat()}")
        if self.approximate:
            parts.append(", approximate")
        if self.year_inferred and self.month_unprinted():
            parts.append(", inferred: the text prints no month or year for it")  # Sunday, 昨日, 随后
        elif self.year_inferred:
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


_ZH_PARTS = {
    "year": {"early": "初", "mid": "中", "late": "底"},
    "month": {"early": "上旬", "mid": "中旬", "late": "下旬"},
}
_ZH_PRECISION = {"day": "精确到日", "month": "精确到月", "year": "精确到年"}
# a month among the words printed for a date: 3月, 三月, March, Sept., 7/9 (not 上月: that one is reckoned)
_MONTH_PRINTED = re.compile(
    r"(?:\d|[一二三四五六七八九十正腊])\s*月|\d\s*[/.-]\s*\d"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![a-z])",
    re.I,
)
_TRADITIONAL = str.maketrans("后约确据发断", "後約確據發斷")  # every Simplified character of these labels


def _zh_point(day: dt.date, precision: str, after: dt.date | None = None) -> str:
    """2026年3月4日, 2026年3月, 2026年; the year (and month) left out when `after` shares them."""
    if precision == "year":
        return f"{day.year}年"
    year = "" if after and after.year == day.year else f"{day.year}年"
    same_month = not year and after is not None and after.month == day.month and precision == "day"
    month = "" if same_month else f"{day.month}月"
    return f"{year}{month}" if precision == "month" else f"{year}{month}{day.day}日"


def _zh_label(d: FuzzyDate) -> str:
    mark = "*" if d.year_inferred else ""
    if d.modifier == "after":
        return f"{_zh_point(d.start, d.precision)}之后{mark}"
    if d.modifier == "before":
        return f"{_zh_point(d.end, d.precision)}之前{mark}"
    if d.modifier in ("early", "mid", "late") and d.precision in _ZH_PARTS:
        return f"{_zh_point(d.start, d.precision)}{_ZH_PARTS[d.precision][d.modifier]}{mark}"
    prefix = "约 " if d.modifier == "about" else ""
    if d.modifier == "range" or _is_irregular(d):
        first = _zh_point(d.start, d.precision)
        return f"{prefix}{first}至{_zh_point(d.end, d.precision, d.start)}{mark}"
    return f"{prefix}{_zh_point(d.start, d.precision)}{mark}"


def _zh_describe(d: FuzzyDate) -> str:
    parts = [_ZH_PRECISION[d.precision]]
    if d.modifier in ("before", "after") or _is_irregular(d):
        parts.append(f"{d.start.isoformat()}至{d.end.isoformat()}")
    if d.approximate:
        parts.append("约略日期")
    if d.year_inferred and d.month_unprinted():
        parts.append("推断所得：原文未印出其年月")
    elif d.year_inferred:
        parts.append("年份据发表日期推断")
    return f"{d.label('zh').rstrip('*')}（{'，'.join(parts)}）"


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month (the day before the next one's first: `calendar`, 1-2 ms to import, is not
    loaded before the window's first page of quotes)."""
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


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
