"""Axis ticks that adapt from decades to years, months and days, labelled in ISO or Chinese."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .scale import TimeScale

MIN_LABEL_GAP = 8.0
LABEL_OFFSET = 3.0


@dataclass(frozen=True)
class Step:
    """A tick spacing: every `n` years, months or days, aligned to the calendar."""

    unit: str
    n: int

    @property
    def days(self) -> float:
        """Approximate length in days."""
        return {"year": 365.2425, "month": 30.436875, "day": 1.0}[self.unit] * self.n


STEPS = (
    Step("year", 100),
    Step("year", 50),
    Step("year", 20),
    Step("year", 10),
    Step("year", 5),
    Step("year", 2),
    Step("year", 1),
    Step("month", 6),
    Step("month", 3),
    Step("month", 1),
    Step("day", 10),
    Step("day", 5),
    Step("day", 2),
    Step("day", 1),
)


@dataclass(frozen=True)
class Tick:
    """One tick: its day, its label (may be empty), and whether it is a major (context) tick."""

    day: int
    label: str
    major: bool
    left: float = 0.0  # where its label starts (just right of the tick, or at the left edge)


def estimate_width(text: str) -> float:
    """A font-free estimate of a label's width in pixels (CJK counts double)."""
    return sum(13.0 if ord(c) > 0x2E80 else 7.0 for c in text)


def choose_steps(px_per_day: float, min_spacing: float) -> tuple[Step, Step | None]:
    """The finest step whose ticks are at least min_spacing apart, and the coarser context step."""
    fine = next((s for s in reversed(STEPS) if s.days * px_per_day >= min_spacing), STEPS[0])
    context = {"day": Step("month", 1), "month": Step("year", 1)}.get(fine.unit)
    return fine, context


def _aligned(step: Step, first: dt.date, last: dt.date) -> Iterator[dt.date]:
    if step.unit == "year":
        year = first.year - first.year % step.n
        while year <= last.year:
            if 1 <= year <= 9999:
                yield dt.date(year, 1, 1)
            year += step.n
    elif step.unit == "month":
        index = first.year * 12 + (first.month - 1)
        index -= index % step.n
        while index <= last.year * 12 + last.month - 1:
            yield dt.date(index // 12, index % 12 + 1, 1)
            index += step.n
    else:
        day = first
        while day <= last:
            remaining = calendar.monthrange(day.year, day.month)[1] - day.day + 1
            if (day.day - 1) % step.n == 0 and (day.day == 1 or remaining >= step.n / 2):
                yield day
            day += dt.timedelta(days=1)


def label(day: dt.date, step: Step, chinese: bool, major: bool) -> str:
    """The text of a tick: ISO (2026, 2026-03, 04) or Chinese (2026年, 3月, 4日)."""
    if step.unit == "year":
        return f"{day.year}年" if chinese else f"{day.year}"
    if step.unit == "month":
        if major:
            return f"{day.year}年{day.month}月" if chinese else f"{day.year}-{day.month:02d}"
        return f"{day.month}月" if chinese else f"{day.month:02d}"
    return f"{day.day}日" if chinese else f"{day.day:02d}"


@dataclass(frozen=True)
class Axis:
    """Fine ticks (days, months or years) and the coarser context row above them."""

    fine: list[Tick]
    context: list[Tick]


def axis(
    scale: TimeScale,
    width: float,
    chinese: bool = False,
    measure: Callable[[str], float] = estimate_width,
    min_spacing: float = 44.0,
    measure_context: Callable[[str], float] | None = None,
    edge: float = 0.0,
) -> Axis:
    """Ticks across a width, each row ordered by day; a label starts just right of its tick and
    is left empty when it would overlap the previous one in its row (the context row's labels measured
    in their own, larger font when given). Nothing fine lies left of `edge` (the lanes' names column);
    a context label begun before it is held at it."""
    first_day, last_day = scale.visible(width)
    first = dt.date.fromordinal(max(1, int(first_day)))
    last = dt.date.fromordinal(min(dt.date.max.toordinal(), int(last_day) + 1))
    fine, context = choose_steps(scale.px_per_day, min_spacing)
    fine_days = (d for d in _aligned(fine, first, last) if scale.x(d.toordinal()) >= edge)
    fine_row = _row(scale, fine_days, fine, chinese, False, measure, width, edge)
    context_row = []
    if context is not None:
        start = dt.date(first.year, 1, 1) if context.unit == "year" else first.replace(day=1)
        days = _aligned(context, start, last)
        context_row = _row(scale, days, context, chinese, True, measure_context or measure, width, edge)
    return Axis(fine_row, context_row)


def _row(
    scale: TimeScale,
    days: Iterator[dt.date],
    step: Step,
    chinese: bool,
    major: bool,
    measure: Callable[[str], float],
    width: float,
    edge: float = 0.0,
) -> list[Tick]:
    """A row's ticks; a label shows whole or not at all: none overlaps the one before it or runs past
    either edge (the context row's first label stays at the left edge, naming what the view starts in)."""
    out, label_end = [], -1e9
    ticks = list(days)
    for i, d in enumerate(ticks):
        text = label(d, step, chinese, major)
        x = scale.x(d.toordinal())
        left = max(x, edge if major else -1e9) + LABEL_OFFSET
        right = left + measure(text)
        # the label held at the left edge gives way to the next one coming up to it (2016 to 2017, as a
        # sticky heading is pushed out): the year a view crosses into is never the one left unnamed
        pushed = major and x < edge and i + 1 < len(ticks)
        pushed = pushed and scale.x(ticks[i + 1].toordinal()) + LABEL_OFFSET < right + MIN_LABEL_GAP
        if pushed or left < label_end + MIN_LABEL_GAP or left < edge or right > width:
            text = ""
        else:
            label_end = right
        out.append(Tick(d.toordinal(), text, major, left))
    if out and not any(t.label for t in out):  # one day across the view: its tick left of it, labelled
        first = out[0]
        out[0] = Tick(
            first.day, label(dt.date.fromordinal(first.day), step, chinese, major), major, edge + LABEL_OFFSET
        )
    return out
