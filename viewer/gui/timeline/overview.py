"""The overview strip: the whole span of the data, and where the canvas's view lies within it."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from ...timeline.layout import DensityIndex
from ...timeline.scale import TimeScale, fit
from ..colours import ink
from .canvas import TimelineCanvas
from .paint import BARS_KEPT

Bars = tuple[list[QRectF], list[QRectF]]


class OverviewStrip(QWidget):
    """Click or drag to move the canvas's view there."""

    def __init__(self, canvas: TimelineCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineOverview")
        self.setAccessibleName(self.tr("Timeline overview"))
        self.setToolTip(
            self.tr(
                "The whole span of the events; the box is what the timeline shows. Click or drag to move."
            )
        )
        self.canvas = canvas
        self.setFixedHeight(26)
        canvas.viewChanged.connect(self._view_changed)
        # A timer, not singleShot(0): that is a queued call, run before the canvas's pending repaint.
        self._after_canvas = QTimer(self, singleShot=True, interval=0)
        self._after_canvas.timeout.connect(self._new_bars)
        self._kept: list[tuple[tuple[DensityIndex, TimeScale, int, int], Bars]] = []

    def _view_changed(self) -> None:
        """The view moved over the same bars: repainted with the canvas. New data: its bars are worked
        out and painted a pass of the event loop after the canvas's (together, one repaint of 8-11 ms at a
        million quotes)."""
        if self._kept and self._kept[0][0][0] is self.canvas.data.density:
            self.update()
        else:
            self._after_canvas.start()

    def _new_bars(self) -> None:
        """New data's bars, worked out in a pass of their own: painting them is then quick, in whatever
        repaint comes next (a list's new rows, say)."""
        scale = self._scale()
        if scale is not None:
            self._histogram(scale)
        self.update()

    def _scale(self) -> TimeScale | None:
        extent = self.canvas.data.extent
        if not extent:
            return None
        first, last = extent
        view_first, view_last = self.canvas.visible_days()
        return fit(min(first, view_first), max(last, view_last), max(50, self.width()), 0.01)

    def _histogram(self, scale: TimeScale) -> Bars:
        """Bars of the day events and strips of the longer dates, kept while data, span and size stay
        (the strip repaints as the view pans, over the same histogram); the last BARS_KEPT kept (Show
        All after a search finds the whole database's again)."""
        density = self.canvas.data.density
        key = (density, scale, self.width(), self.height())
        for at, (kept, found) in enumerate(self._kept):
            if kept[0] is density and kept[1:] == key[1:]:
                self._kept.insert(0, self._kept.pop(at))
                return found
        buckets, bands = density.bins(scale, self.width(), 2.0)
        peak, h = max(buckets.values(), default=1), self.height() - 4
        bars = []
        for b, n in buckets.items():
            bar = max(1.0, h * math.log1p(n) / math.log1p(peak))
            bars.append(QRectF(b * 2.0, self.height() - 2 - bar, 1.5, bar))
        strips = [QRectF(band.x0, self.height() - 6, max(1.0, band.x1 - band.x0), 4) for band in bands]
        self._kept = [(key, (bars, strips)), *self._kept[: BARS_KEPT - 1]]
        return bars, strips

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base().color().darker(106))
        scale = self._scale()
        if scale is None:
            return
        bars, strips = self._histogram(scale)
        p.setPen(Qt.PenStyle.NoPen)
        colour = QColor(ink(pal))
        colour.setAlpha(180)
        p.setBrush(colour)
        p.drawRects(bars)
        p.setBrush(QColor(196, 90, 36, 90))
        p.drawRects(strips)
        first, last = self.canvas.visible_days()
        x0, x1 = scale.x(first), scale.x(last)
        frame, window = QColor(pal.text().color()), QColor(pal.highlight().color())
        window.setAlpha(40)
        p.setPen(frame)
        p.setBrush(window)
        p.drawRect(QRectF(x0, 1, max(3.0, x1 - x0), self.height() - 3))
        p.end()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._move_to(e.position().x())

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if e.buttons() & Qt.MouseButton.LeftButton:
            self._move_to(e.position().x())

    def _move_to(self, x: float) -> None:
        scale = self._scale()
        if scale is not None:
            self.canvas.set_scale(self.canvas.scale.centred_on(scale.day(x), self.canvas.width()))
