"""Drawing the timeline: the axis, lanes of events by precision, clusters, and density when zoomed out."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPen

from ...core.records import Event
from ...timeline.lanes import (
    DOT_R,
    LANE_PAD,
    NAMES_PAD,
    TRACK_H,
    Item,
    LanesLayout,
    Rect,
    View,
    layout_lanes,
)
from ...timeline.layout import Band, DensityIndex, LaneEvent, assign_lanes
from ...timeline.scale import TimeScale
from ...timeline.ticks import Axis, axis
from ..colours import luminance

AXIS_H = 42.0
BARS_KEPT = 2  # the density bars of the whole database and of the last search, say
LANE_H = 2 * LANE_PAD + TRACK_H  # a lane of one row (lanes grow by rows of TRACK_H)
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
WHITE = QColor(255, 255, 255)  # the light palette's base, behind marks drawn without one given


@dataclass
class Hit:
    """Something the pointer can hover or click: an event, a cluster, or a density stretch."""

    rect: QRectF
    kind: str
    event_ids: list[int]
    first: float = 0.0
    last: float = 0.0
    text: str = ""


class DensityBars(NamedTuple):
    """The histogram of a zoomed-out view: bars, their hit areas, the strips of the longer dates' bands."""

    bars: list[QRectF]
    hits: list[Hit]
    strips: list[tuple[QRectF, QPen | Qt.PenStyle, QColor]]


def _band_strips(bands: list[Band], area_bottom: float) -> list[tuple[QRectF, QPen | Qt.PenStyle, QColor]]:
    """The bands below the bars, widest first: a strip per band, its outline dashed when inferred."""
    band_peak = max((b.count for b in bands), default=1)
    strips: list[tuple[QRectF, QPen | Qt.PenStyle, QColor]] = []
    for band in sorted(bands, key=lambda b: b.x1 - b.x0, reverse=True):
        fill = QColor(PALETTE[1])
        fill.setAlphaF(
            (0.12 if band.approximate else 0.25) + 0.5 * math.log1p(band.count) / math.log1p(band_peak)
        )
        y = area_bottom + 6 + {"month": 0, "day": 0, "year": 8}.get(band.precision, 16)
        rect = QRectF(band.x0, y, max(2.0, band.x1 - band.x0), 6)
        pen = (
            QPen(PALETTE[1].darker(120), 1, Qt.PenStyle.DashLine if band.inferred else Qt.PenStyle.SolidLine)
            if band.x1 - band.x0 > 6
            else Qt.PenStyle.NoPen
        )
        strips.append((rect, pen, fill))
    return strips


@dataclass
class Frame:
    """What one paint needs and leaves behind for hit-testing."""

    scale: TimeScale
    width: float
    height: float
    chinese: bool
    selected: int | None
    hits: list[Hit] = field(default_factory=list)
    layout: LanesLayout | None = None
    hint: str = ""  # the hint strip's text as painted (lanes above or below, and the keys that show them)
    message: str = ""  # what is said in place of events when there are none (counting, none match…)
    edge: float = 0.0  # where the axis's ticks start: right of the lanes' names column, when lanes show
    ticks: Axis | None = None  # the axis as painted


class Painter:
    """Paints one frame; holds only caches: text widths, and the density bars of the last views."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.metrics = QFontMetricsF(font)
        self.small_metrics = QFontMetricsF(self.small)
        self._widths: dict[str, float] = {}
        self._bars: list[tuple[tuple[DensityIndex, TimeScale, float, float], DensityBars]] = []

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
        context_width = self.metrics.horizontalAdvance
        ax = axis(f.scale, f.width, f.chinese, self.width, measure_context=context_width, edge=f.edge)
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
        for t in ax.fine:
            if t.label:
                p.drawText(QPointF(t.left, AXIS_H - 8), t.label)
        p.setFont(self.font)
        p.setPen(QPen(palette_text, 1))
        for t in ax.context:
            x = round(f.scale.x(t.day))
            if x >= f.edge:  # a period begun before the names column: its label held at the edge, no tick
                p.drawLine(QLineF(x, 2, x, AXIS_H - 20))
            if t.label:
                p.drawText(QPointF(t.left, 15), t.label)
        p.drawLine(QLineF(0, AXIS_H, f.width, AXIS_H))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        return ax

    def empty_axis(self, p: QPainter, f: Frame, palette_text: QColor, base: QColor) -> None:
        """The axis's band and line with no dates on it: nothing to place in time."""
        p.fillRect(QRectF(0, 0, f.width, AXIS_H), base.darker(104))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QPen(palette_text, 1))
        p.drawLine(QLineF(0, AXIS_H, f.width, AXIS_H))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    # --- lanes of events ----------------------------------------------------------------------

    def lanes(
        self,
        p: QPainter,
        f: Frame,
        events: list[Event],
        lane_events: list[LaneEvent],
        title: Callable[[int], str],
        offset: int,
        text: QColor,
        base: QColor,
    ) -> None:
        """One lane per key (person, organisation, or one for all), drawn exactly as laid out."""
        by_id = {e.id: e for e in events}
        lanes = [
            (key, title(key), [lane_item(by_id[e.id]) for e in members])
            for key, members in assign_lanes(lane_events).items()
        ]
        view = View(f.scale, f.width, f.height, AXIS_H, offset)
        lay = layout_lanes(lanes, view, self.width, self.metrics.horizontalAdvance)
        f.layout = lay
        for i, lane in enumerate(lay.lanes):
            if i % 2:
                p.fillRect(_q(lane.rect), base.darker(103))
        p.save()
        p.setClipRect(QRectF(lay.names_width, AXIS_H, f.width - lay.names_width, f.height - AXIS_H))
        self._marks(p, f, lay, by_id, text, base)
        self._labels(p, f, lay, text, base)
        p.restore()
        self._names(p, f, lay, text, base)

    def _marks(
        self, p: QPainter, f: Frame, lay: LanesLayout, by_id: dict[int, Event], text: QColor, base: QColor
    ) -> None:
        """Bands, dots and clusters; each leaves a hit box (with its label's box, if any)."""
        label_of = {(lab.lane, lab.event_id): lab.rect for lab in lay.labels}
        for m in lay.marks:
            color = lane_color(m.lane)
            rect = _q(m.rect)
            if m.kind == "cluster":
                selected = f.selected is not None and f.selected in m.event_ids
                draw_cluster(p, rect, len(m.event_ids), color, text, self.small, selected, base)
                f.hits.append(Hit(rect, "cluster", list(m.event_ids)))
                continue
            e = by_id[m.event_ids[0]]
            style = _style(e, e.id == f.selected)
            if m.kind == "dot":
                draw_dot(p, rect.center(), color, style, base)
            else:
                draw_band(p, rect, m.x0, m.x1, color, style, base)
            label = label_of.get((m.lane, e.id))
            f.hits.append(Hit(rect.united(_q(label)) if label else rect, "event", [e.id]))

    def _labels(self, p: QPainter, f: Frame, lay: LanesLayout, text: QColor, base: QColor) -> None:
        backing = QColor(base)
        backing.setAlphaF(0.72)
        p.setFont(self.small)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        for lab in lay.labels:
            # behind the text only, rounded: a band's dashed outline and the grid lines ran through the
            # characters of a label on its band (walk36 d02b), which still shows from its start (walk35 #10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(backing)
            p.drawRoundedRect(_q(lab.backing), 4, 4)
            p.setPen(text)
            p.drawText(_q(lab.rect), flags, lab.text)

    def _names(self, p: QPainter, f: Frame, lay: LanesLayout, text: QColor, base: QColor) -> None:
        """The names column over the lanes' left end, and the hint strip for lanes out of view."""
        shade = QColor(base)
        shade.setAlphaF(0.92)
        p.setFont(self.font)
        p.setPen(text)
        for lane in lay.lanes:
            rect = _q(lane.name_rect)
            p.fillRect(rect, shade)
            p.drawText(
                rect.adjusted(NAMES_PAD, 0, -NAMES_PAD, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                lane.shown,
            )
            f.hits.append(Hit(rect, "lane", [], text=lane.name))
        if lay.hint is not None:
            rect = _q(lay.hint)
            p.fillRect(rect, shade)
            p.setFont(self.small)
            f.hint = _hint(lay)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.drawText(rect.adjusted(6, 0, -6, 0), right, f.hint)

    # --- density ----------------------------------------------------------------------------------

    def _density_bars(self, f: Frame, index: DensityIndex) -> DensityBars:
        """The histogram's bars, their hit areas and the bands, for a view: a repaint over the same view (a
        selection, the pointer) finds the same ones, and so does Show All after a search (the last
        BARS_KEPT views' are kept: the whole database's bars took 2-3 ms at a million quotes)."""
        key = (index, f.scale, f.width, f.height)
        for at, (kept, found) in enumerate(self._bars):
            if kept[0] is index and kept[1:] == key[1:]:
                self._bars.insert(0, self._bars.pop(at))
                return found
        bucket_px = 4.0
        buckets, bands = index.bins(f.scale, f.width, bucket_px)
        area_top, area_bottom = AXIS_H + 24, f.height - 30
        scale_h, log_peak = max(10.0, area_bottom - area_top), math.log1p(max(buckets.values(), default=1))
        bars, hits = [], []
        for b, n in buckets.items():
            x, h = b * bucket_px, max(2.0, scale_h * math.log1p(n) / log_peak)
            bars.append(QRectF(x, area_bottom - h, bucket_px - 1, h))
            hit = QRectF(x, area_top, bucket_px, area_bottom - area_top)
            hits.append(Hit(hit, "density", [], f.scale.day(x), f.scale.day(x + bucket_px)))
        strips = _band_strips(bands, area_bottom)
        found = DensityBars(bars, hits, strips)
        self._bars = [(key, found), *self._bars[: BARS_KEPT - 1]]
        return found

    def density(
        self, p: QPainter, f: Frame, index: DensityIndex, total: int, text: QColor, coming: bool = False
    ) -> None:
        """Zoomed out: day events as a histogram of pixel buckets, coarser dates as bands over their
        interval."""
        bars, hits, strips = self._density_bars(f, index)
        f.hits.extend(hits)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(PALETTE[0])
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # whole-pixel bars: nothing to smooth
        p.drawRects(bars)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for rect, pen, fill in strips:
            p.setPen(pen)
            p.setBrush(fill)
            p.drawRect(rect)
        p.setPen(text)
        p.setFont(self.font)
        # every event the view shows part of, as the line above the chart counts them (the buckets leave out
        # a day cut by the view's edge: “618 of …” under “622 of … in view”)
        shown = index.count(*f.scale.visible(max(1.0, f.width)))
        if coming:  # few enough to draw one by one, once the worker has sent them
            message = QCoreApplication.translate(
                "Painter", "{shown} of %Ln event(s) in view — loading them…", None, total
            )
        else:
            message = QCoreApplication.translate(
                "Painter",
                "{shown} of %Ln event(s) in view — too many to draw one by one; zoom in "
                "(Ctrl+wheel, +) or drag on the axis to choose a range. "
                "Bars: days; bands below: months and years.",
                None,
                total,
            )
        f.message = message.format(shown=f"{shown:,}")
        p.drawText(QPointF(8, AXIS_H + 17), f.message)


@dataclass(frozen=True)
class Style:
    """How a mark is drawn: from its date (modifier, approximate, year inferred) and selection."""

    modifier: str | None = None
    approximate: bool = False
    inferred: bool = False
    selected: bool = False


def lane_color(key: int) -> QColor:
    """A lane's colour (grey for the lane of events with nobody)."""
    return PALETTE[key % len(PALETTE)] if key >= 0 else QColor(120, 120, 120)


def edge(color: QColor, base: QColor, darker: int = 130) -> QColor:
    """A mark's outline: darker than its colour on a light background, lighter on a dark one (a darker
    outline on the dark palette's base read at 1.8:1 to 3:1; lighter, 4:1 to 9:1)."""
    return color.darker(darker) if luminance(base) > 0.5 else color.lighter(140)


def draw_dot(p: QPainter, centre: QPointF, color: QColor, style: Style, base: QColor = WHITE) -> None:
    """A single day: a dot, dashed and paler when the year was inferred."""
    if style.selected:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SELECT)
        p.drawEllipse(centre, DOT_R + 4, DOT_R + 4)
    dash = Qt.PenStyle.DashLine if style.inferred else Qt.PenStyle.SolidLine
    p.setPen(QPen(edge(color, base, 140), 1.4, dash))
    p.setBrush(QBrush(color.lighter(150) if style.inferred else color))
    p.drawEllipse(centre, DOT_R, DOT_R)


def draw_band(
    p: QPainter, rect: QRectF, x0: float, x1: float, color: QColor, style: Style, base: QColor = WHITE
) -> None:
    """A longer interval, x0..x1, drawn within rect (its part in view): faded when approximate,
    fading towards the open side of "after" or "before", dashed when the year was inferred."""
    whole = rect
    if x1 - x0 >= rect.width():  # the band's ends, but not more than just out of view (dashes cost)
        a, b = max(x0, rect.left() - 8), min(x1, rect.right() + 8)
        whole = QRectF(a, rect.top(), b - a, rect.height())
    p.save()
    p.setClipRect(rect.adjusted(-1.5, -4, 1.5, 4), Qt.ClipOperation.IntersectClip)
    if style.selected:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SELECT)
        p.drawRoundedRect(whole.adjusted(-3, -3, 3, 3), 5, 5)
    fill = QColor(color)
    fill.setAlphaF(0.3 if style.approximate else 0.75)
    fades = style.modifier in ("after", "before", "about") or style.approximate
    if fades:
        grad = QLinearGradient(x0, rect.top(), max(x1, x0 + 1), rect.top())
        faint = QColor(fill)
        faint.setAlphaF(0.05)
        open_left = style.modifier in ("before", "about") or style.approximate
        open_right = style.modifier in ("after", "about") or style.approximate
        grad.setColorAt(0.0, faint if open_left else fill)
        grad.setColorAt(0.5, fill)
        grad.setColorAt(1.0, faint if open_right else fill)
        p.setBrush(QBrush(grad))
    else:
        p.setBrush(fill)
    dash = Qt.PenStyle.DashLine if style.inferred else Qt.PenStyle.SolidLine
    p.setPen(QPen(edge(color, base), 1.0, dash))  # 1 px: a wider dashed pen draws ten times slower
    p.drawRoundedRect(whole, 4, 4)
    p.restore()


def draw_cluster(
    p: QPainter,
    rect: QRectF,
    count: int,
    color: QColor,
    text: QColor,
    font: QFont,
    selected: bool = False,
    base: QColor = WHITE,
) -> None:
    """Events too close to tell apart: a pill with their count (ringed when one is selected)."""
    if selected:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SELECT)
        p.drawRoundedRect(rect.adjusted(-3, -2, 3, 2), rect.height() / 2 + 2, rect.height() / 2 + 2)
    p.setPen(QPen(edge(color, base), 1.2))
    p.setBrush(QColor(color.red(), color.green(), color.blue(), 90))
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    p.setPen(text)
    p.setFont(font)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))


def _style(e: Event, selected: bool) -> Style:
    assert e.date is not None
    return Style(e.date.modifier, e.date.approximate, e.date.year_inferred, selected)


def _q(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def lane_item(e: Event) -> Item:
    """What the lanes' layout needs of a dated event."""
    assert e.date is not None
    return Item(e.id, e.date.day_start, e.date.day_end, _is_point(e), e.summary)  # placed short, shown whole


def _hint(lay: LanesLayout) -> str:
    """The hint strip's text (viewer.timeline.lanes' hint_text) in the interface's language."""
    above, below = lay.hidden_above, lay.hidden_below
    return "  ".join(
        t
        for t in (
            # each names the keys that show its lanes, the same way ("▲ 2 more" named none)
            QCoreApplication.translate("Painter", "▲ %n more lane(s) (↑, Shift+wheel)", None, above)
            if above
            else "",
            QCoreApplication.translate("Painter", "▼ %n more lane(s) (↓, Shift+wheel)", None, below)
            if below
            else "",
        )
        if t
    )


def _is_point(e: Event) -> bool:
    return e.date is not None and e.date.precision == "day" and e.date.start == e.date.end
