"""Drawing the timeline: the axis, lanes of events by precision, clusters, and density when zoomed out."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen

from ...core.records import Event
from ...timeline.layout import Cluster, DensityIndex, Placed, assign_lanes, layout_lane, marks_for
from ...timeline.scale import TimeScale
from ...timeline.ticks import Axis, axis

AXIS_H = 42.0
LANE_H = 24.0
TITLE_W = 118.0
LABEL_CHARS = 26
PALETTE = [
    QColor(46, 94, 170),
    QColor(196, 90, 36),
    QColor(44, 140, 96),
    QColor(150, 60, 150),
    QColor(170, 130, 20),
    QColor(40, 130, 160),
    QColor(180, 60, 80),
    QColor(90, 90, 90),
]
SELECT = QColor(255, 190, 40)


@dataclass
class Hit:
    """Something the pointer can hover or click: an event, a cluster, or a density stretch."""

    rect: QRectF
    kind: str
    event_ids: list[int]
    first: float = 0.0
    last: float = 0.0


@dataclass
class Frame:
    """What one paint needs and leaves behind for hit-testing."""

    scale: TimeScale
    width: float
    height: float
    chinese: bool
    selected: int | None
    hits: list[Hit] = field(default_factory=list)
    lanes_total: int = 0


class Painter:
    """Paints one frame; holds only caches of text widths."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.metrics = QFontMetricsF(font)
        self.small_metrics = QFontMetricsF(self.small)
        self._widths: dict[str, float] = {}

    def width(self, text: str) -> float:
        """Cached text width in the label font."""
        w = self._widths.get(text)
        if w is None:
            if len(self._widths) > 20000:
                self._widths.clear()
            w = self._widths[text] = self.small_metrics.horizontalAdvance(text)
        return w

    # --- axis ---------------------------------------------------------------------------------

    def axis(self, p: QPainter, f: Frame, palette_text: QColor, base: QColor) -> Axis:
        """The time axis with its context row (years or months) and fine ticks, plus grid lines."""
        ax = axis(f.scale, f.width, f.chinese, self.width)
        p.fillRect(QRectF(0, 0, f.width, AXIS_H), base.darker(104))
        grid = QColor(palette_text)
        grid.setAlphaF(0.08)
        muted = QColor(palette_text)
        muted.setAlphaF(0.7)
        p.setFont(self.small)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        xs = [round(f.scale.x(t.day)) for t in ax.fine]
        p.setPen(QPen(grid, 1))
        p.drawLines([QLineF(x, AXIS_H, x, f.height) for x in xs])
        p.setPen(QPen(muted, 1))
        p.drawLines([QLineF(x, AXIS_H - 6, x, AXIS_H) for x in xs])
        for x, t in zip(xs, ax.fine, strict=True):
            if t.label:
                p.drawText(QPointF(x + 3, AXIS_H - 8), t.label)
        p.setFont(self.font)
        p.setPen(QPen(palette_text, 1))
        for t in ax.context:
            x = round(f.scale.x(t.day))
            p.drawLine(QLineF(x, 2, x, AXIS_H - 20))
            if t.label:
                p.drawText(QPointF(max(x, 0.0) + 3, 15), t.label)
        p.drawLine(QLineF(0, AXIS_H, f.width, AXIS_H))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        return ax

    # --- lanes of events ----------------------------------------------------------------------

    def lanes(
        self,
        p: QPainter,
        f: Frame,
        events: list[Event],
        lane_events,
        title,
        offset: int,
        text: QColor,
        base: QColor,
    ) -> None:
        """One lane per key (person, organisation, or one for all); each event drawn by its date."""
        by_id = {e.id: e for e in events}
        lanes = assign_lanes(lane_events)
        f.lanes_total = len(lanes)
        visible = max(1, int((f.height - AXIS_H) // LANE_H))
        keys = list(lanes)[offset : offset + visible]
        for i, key in enumerate(keys):
            top = AXIS_H + i * LANE_H
            if i % 2:
                p.fillRect(QRectF(0, top, f.width, LANE_H), base.darker(103))
            color = PALETTE[hash(key) % len(PALETTE)] if key >= 0 else QColor(120, 120, 120)
            marks = marks_for(
                lanes[key],
                f.scale,
                lambda eid: _label(by_id[eid]),
                self.width,
                lambda eid: _is_point(by_id[eid]),
            )
            visible_marks = [m for m in marks if m.x1 >= TITLE_W - 20 and m.x0 <= f.width]
            self._lane(p, f, layout_lane(visible_marks, left=TITLE_W), by_id, top, color, text, base)
        for i, key in enumerate(keys):
            self._lane_title(p, AXIS_H + i * LANE_H, title(key), text, base)
        hidden_above, hidden_below = offset, max(0, len(lanes) - offset - visible)
        if hidden_above or hidden_below:
            note = "  ".join(
                t
                for t in (
                    QCoreApplication.translate("Painter", "▲ %n more", None, hidden_above)
                    if hidden_above
                    else "",
                    QCoreApplication.translate(
                        "Painter", "▼ %n more lane(s) (↑/↓, Shift+wheel)", None, hidden_below
                    )
                    if hidden_below
                    else "",
                )
                if t
            )
            p.setFont(self.small)
            w = self.small_metrics.horizontalAdvance(note) + 12
            shade = QColor(base)
            shade.setAlphaF(0.9)
            p.fillRect(QRectF(f.width - w, f.height - 18, w, 18), shade)
            p.setPen(text)
            p.drawText(QRectF(f.width - w + 6, f.height - 18, w, 18), Qt.AlignmentFlag.AlignVCenter, note)

    def _lane_title(self, p: QPainter, top: float, name: str, text: QColor, base: QColor) -> None:
        shade = QColor(base)
        shade.setAlphaF(0.88)
        p.fillRect(QRectF(0, top, TITLE_W, LANE_H), shade)
        p.setPen(text)
        p.setFont(self.font)
        p.drawText(
            QRectF(6, top, TITLE_W - 10, LANE_H),
            Qt.AlignmentFlag.AlignVCenter,
            self.metrics.elidedText(name, Qt.TextElideMode.ElideRight, TITLE_W - 12),
        )

    def _lane(
        self,
        p: QPainter,
        f: Frame,
        items: list,
        by_id: dict[int, Event],
        top: float,
        color: QColor,
        text: QColor,
        base: QColor,
    ) -> None:
        """Bands first (stacked where they overlap), then points and clusters, then labels on top."""
        cy = top + LANE_H / 2
        placed = [i for i in items if isinstance(i, Placed)]
        bands = [i for i in placed if not i.mark.is_point]
        ends: list[float] = []
        boxes: dict[int, QRectF] = {}
        for item in bands:
            m = item.mark
            level = next((k for k, end in enumerate(ends) if end <= m.x0), len(ends))
            ends[level : level + 1] = [m.x1]
            shift = (min(level, 2) - 0.5) * 5 if len(bands) > 1 else 0.0
            boxes[m.key] = self._band(
                p, m.x0, m.x1, cy + shift, by_id[m.key], color, by_id[m.key].id == f.selected
            )
        for item in items:
            if isinstance(item, Cluster):
                self._cluster(p, f, item, cy, color, text)
            elif item.mark.is_point:
                e = by_id[item.mark.key]
                self._point(p, item.mark.x0, cy, e, color, e.id == f.selected)
                boxes[e.id] = QRectF(item.mark.x0 - 7, cy - 7, 14, 14)
        p.setFont(self.small)
        backing = QColor(base)
        backing.setAlphaF(0.72)
        for item in placed:
            m, rect = item.mark, boxes[item.mark.key]
            if item.label_x is not None:
                label_box = QRectF(item.label_x - 2, cy - 8, m.label_width + 4, 16)
                p.fillRect(label_box, backing)
                p.setPen(text)
                p.drawText(QPointF(item.label_x, cy + self.small_metrics.ascent() / 2 - 1), m.label)
                rect = rect.united(label_box)
            f.hits.append(Hit(rect, "event", [m.key]))

    def _cluster(self, p: QPainter, f: Frame, item: Cluster, cy: float, color: QColor, text: QColor) -> None:
        r = 9 + min(6, math.log10(len(item.members)) * 3)
        p.setPen(QPen(color.darker(130), 1.2))
        p.setBrush(QColor(color.red(), color.green(), color.blue(), 90))
        p.drawEllipse(QPointF(item.x, cy), r, r)
        p.setPen(text)
        p.setFont(self.small)
        p.drawText(
            QRectF(item.x - r, cy - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(len(item.members))
        )
        f.hits.append(
            Hit(
                QRectF(item.x0 - r, cy - r, item.x1 - item.x0 + 2 * r, 2 * r),
                "cluster",
                [m.key for m in item.members],
            )
        )

    def _point(self, p: QPainter, x: float, cy: float, e: Event, color: QColor, selected: bool) -> None:
        if selected:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(SELECT)
            p.drawEllipse(QPointF(x, cy), 9, 9)
        pen = QPen(
            color.darker(140), 1.4, Qt.PenStyle.DashLine if e.date.year_inferred else Qt.PenStyle.SolidLine
        )
        p.setPen(pen)
        p.setBrush(QBrush(color) if not e.date.year_inferred else QBrush(color.lighter(150)))
        p.drawEllipse(QPointF(x, cy), 5, 5)

    def _band(
        self, p: QPainter, x0: float, x1: float, cy: float, e: Event, color: QColor, selected: bool
    ) -> QRectF:
        d = e.date
        rect = QRectF(x0, cy - 5, max(3.0, x1 - x0), 10)
        if selected:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(SELECT)
            p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5)
        fill = QColor(color)
        fill.setAlphaF(0.3 if d.approximate else 0.75)
        if d.modifier in ("after", "before", "about") or d.approximate:
            grad = QLinearGradient(rect.topLeft(), rect.topRight())
            faint = QColor(fill)
            faint.setAlphaF(0.05)
            grad.setColorAt(0.0, faint if d.modifier in ("before", "about") or d.approximate else fill)
            grad.setColorAt(0.5, fill)
            grad.setColorAt(1.0, faint if d.modifier in ("after", "about") or d.approximate else fill)
            p.setBrush(QBrush(grad))
        else:
            p.setBrush(fill)
        p.setPen(
            QPen(color.darker(130), 1.2, Qt.PenStyle.DashLine if d.year_inferred else Qt.PenStyle.SolidLine)
        )
        p.drawRoundedRect(rect, 4, 4)
        return rect

    # --- density ----------------------------------------------------------------------------------

    def density(self, p: QPainter, f: Frame, index: DensityIndex, total: int, text: QColor) -> None:
        """Zoomed out: day events as a histogram of pixel buckets, coarser dates as bands over their span."""
        bucket_px = 4.0
        buckets, bands = index.bins(f.scale, f.width, bucket_px)
        area_top, area_bottom = AXIS_H + 24, f.height - 30
        peak = max(buckets.values(), default=1)
        color = PALETTE[0]
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        scale_h = max(10.0, area_bottom - area_top)
        for b, n in buckets.items():
            h = max(2.0, scale_h * math.log1p(n) / math.log1p(peak))
            rect = QRectF(b * bucket_px, area_bottom - h, bucket_px - 1, h)
            p.drawRect(rect)
            f.hits.append(
                Hit(
                    QRectF(b * bucket_px, area_top, bucket_px, area_bottom - area_top),
                    "density",
                    [],
                    f.scale.day(b * bucket_px),
                    f.scale.day((b + 1) * bucket_px),
                )
            )
        band_peak = max((b.count for b in bands), default=1)
        for band in sorted(bands, key=lambda b: b.x1 - b.x0, reverse=True):
            fill = QColor(PALETTE[1])
            fill.setAlphaF(
                (0.12 if band.approximate else 0.25) + 0.5 * math.log1p(band.count) / math.log1p(band_peak)
            )
            y = area_bottom + 6 + {"month": 0, "day": 0, "year": 8}.get(band.precision, 16)
            rect = QRectF(band.x0, y, max(2.0, band.x1 - band.x0), 6)
            p.setPen(
                QPen(
                    PALETTE[1].darker(120),
                    1,
                    Qt.PenStyle.DashLine if band.inferred else Qt.PenStyle.SolidLine,
                )
                if band.x1 - band.x0 > 6
                else Qt.PenStyle.NoPen
            )
            p.setBrush(fill)
            p.drawRect(rect)
        p.setPen(text)
        p.setFont(self.font)
        shown = sum(buckets.values()) + sum(b.count for b in bands)
        p.drawText(
            QPointF(8, AXIS_H + 17),
            QCoreApplication.translate(
                "Painter",
                "{shown} of %Ln event(s) in view — too many to draw one by one; zoom in "
                "(Ctrl+wheel, +) or drag on the axis to choose a range. "
                "Bars: days; bands below: months and years.",
                None,
                total,
            ).format(shown=f"{shown:,}"),
        )


def _is_point(e: Event) -> bool:
    return e.date is not None and e.date.precision == "day" and e.date.start == e.date.end


def _label(e: Event) -> str:
    text = e.summary
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"
