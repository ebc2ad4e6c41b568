"""The timeline and its overview keep a histogram only while the view and the data stay."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from viewer.core.records import DateGroup
from viewer.gui.timeline.overview import OverviewStrip
from viewer.gui.timeline.paint import Frame, Painter
from viewer.timeline.layout import DensityIndex
from viewer.timeline.scale import fit

DAY = dt.date(2026, 3, 4).toordinal()


def _paint(painter: Painter, index: DensityIndex, width: int, first: int = DAY - 60) -> Frame:
    frame = Frame(fit(first, DAY + 60, width), width, 300, False, None)
    image = QImage(width, 300, QImage.Format.Format_ARGB32)
    with QPainter(image) as p:
        painter.density(p, frame, index, 100, QColor("black"))
    return frame


def _spans(frame: Frame) -> list[tuple[float, float]]:
    return [(round(h.first, 3), round(h.last, 3)) for h in frame.hits]


def test_the_histogram_follows_new_data_and_a_new_view(qtbot):
    painter = Painter(QFont())
    one_day = DensityIndex([DateGroup(DAY, DAY, "day", False, False, 5)])
    two_days = DensityIndex(
        [DateGroup(DAY, DAY, "day", False, False, 5), DateGroup(DAY + 9, DAY + 9, "day", False, False, 2)]
    )
    first = _paint(painter, one_day, 800)
    assert len(first.hits) == 1
    assert _spans(_paint(painter, one_day, 800)) == _spans(first), "the same view draws the same bars"
    assert len(_paint(painter, two_days, 800).hits) == 2, "new data, same view: new bars"
    wider = _paint(painter, two_days, 1200)
    assert len(wider.hits) == 2 and _spans(wider) != _spans(_paint(painter, two_days, 800))
    assert _spans(_paint(painter, two_days, 800, first=DAY - 30)) != _spans(_paint(painter, two_days, 800))


class _Canvas(QObject):
    """What the overview strip reads of the timeline: its data and the days in view."""

    viewChanged = Signal()

    def __init__(self, index: DensityIndex) -> None:
        super().__init__()
        self.data = SimpleNamespace(extent=(DAY - 60, DAY + 60), density=index)

    def visible_days(self) -> tuple[float, float]:
        return DAY - 10.0, DAY + 10.0


def test_the_overview_strip_draws_new_data_over_the_same_span(qtbot):
    canvas = _Canvas(DensityIndex([DateGroup(DAY, DAY, "day", False, False, 5)]))
    strip = OverviewStrip(canvas)  # type: ignore[arg-type]
    qtbot.addWidget(strip)
    strip.resize(600, 26)
    before = strip.grab().toImage()
    assert strip.grab().toImage() == before
    canvas.data.density = DensityIndex([DateGroup(DAY + 30, DAY + 30, "day", False, False, 5)])
    assert strip.grab().toImage() != before
