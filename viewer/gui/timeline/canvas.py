"""The timeline canvas: a zoomable, pannable time axis with lanes; only what is visible is drawn."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGestureEvent, QMenu, QPinchGesture, QToolTip, QWidget

from ...core.dates import FuzzyDate
from ...core.filters import Filter
from ...core.records import Event
from ...timeline.data import LANE_MODES, TimelineData
from ...timeline.lanes import DOT_R, px_per_day_apart
from ...timeline.layout import offset_showing
from ...timeline.scale import TimeScale, fit
from .. import i18n
from ..plaintext import tooltip
from .paint import AXIS_H, Frame, Hit, Painter, lane_item

CLUSTER_MENU_MAX = 40  # a cluster's menu lists this many events at most
MIN_FIT_DAYS = 14  # Fit shows at least this many days: one day's event has the days around it
NAMES_GUESS = 120.0  # the names column's width until a frame has measured it
ZOOM_STEP = 1.25
APART_MARGIN = 1.1  # Zoom in here goes this much past the least zoom that draws a cluster's events apart
WHEEL_ZOOM = 1.0015


class TimelineCanvas(QWidget):
    """Draws events by what their dates say; reports clicks, ranges and view changes."""

    eventChosen = Signal(int)
    eventActivated = Signal(int)
    rangeChosen = Signal(object)
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setAccessibleName(self.tr("Timeline chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.data = TimelineData(None, Filter(), [])
        self.scale = TimeScale(dt.date.today().toordinal() - 180, 2.0)
        self.mode = LANE_MODES[0]
        self.selected: int | None = None
        self.lane_offset = 0
        self._lane_to_show: int | None = None  # an event stepped to, whose lane must be shown
        self._stepped: int | None = None  # an event ←/→ reached: its cluster opens if it is drawn in one
        self.chinese = False
        self.painter = Painter(self.font())
        self.frame: Frame | None = None
        self._drag: tuple[str, float, TimeScale] | None = None
        self._range_px: tuple[float, float] | None = None
        self.chosen_range: tuple[int, int] | None = None  # days [start, end) of a range the reader chose
        self._fitted = False
        self.names_width = NAMES_GUESS
        self.cluster_menu: QMenu | None = None
        self._fetch_timer = QTimer(self, singleShot=True, interval=0)
        self._fetch_timer.timeout.connect(self._fetch)
        self.folded = False  # a line saying there is nothing dated to place, no axis (TimelinePane.fold)

    # --- data and view --------------------------------------------------------------------------

    def set_data(self, data: TimelineData, fit_view: bool) -> None:
        """Show new data; fit the view to it when asked (a new search or focus)."""
        self.data = data
        self.lane_offset, self._lane_to_show = 0, None
        if fit_view:
            self.fit_all(emit=False)
        self._ensure_events()
        self.update()
        self.viewChanged.emit()

    def set_folded(self, folded: bool) -> None:
        """Fold to a line that says why nothing is drawn, or unfold to the axis and the lanes."""
        self.folded = folded
        self.setMinimumHeight(self.fontMetrics().height() * 2 if folded else 120)
        self.update()

    def set_scale(self, scale: TimeScale, fitted: bool = False) -> None:
        """Move or zoom the view (a fitted view is refitted when the canvas is resized)."""
        self._fitted = fitted
        if scale == self.scale:
            return
        self.scale = scale
        self._ensure_events()
        self.update()
        self.viewChanged.emit()

    def set_mode(self, mode: str) -> None:
        """Lanes per person, per organisation, or one lane."""
        if mode in LANE_MODES and mode != self.mode:
            self.mode, self.lane_offset = mode, 0
            self.update()

    def visible_days(self) -> tuple[float, float]:
        """First and last moment in view."""
        return self.scale.visible(max(1, self.width()))

    def fit_all(self, emit: bool = True) -> None:
        """Home: everything the data holds, and the dates searched for (a month searched that holds one
        day's event shows the month, not the day across the whole width; one that holds none shows the
        month, empty), over two weeks at least."""
        spans = [(d.day_start, d.day_end + 1) for d, _mode in self.data.filter.dates]
        if self.data.extent:
            spans.append(self.data.extent)
        if spans:
            first, last = min(a for a, _ in spans), max(b for _, b in spans)
            grow = max(0.0, MIN_FIT_DAYS - (last - first)) / 2  # one day's events: the days around them
            scale = fit(first - grow, last + grow, max(200, self.width()), left=self.names_width)
            if emit:
                self.set_scale(scale, fitted=True)
            else:
                self.scale, self._fitted = scale, True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_all()

    def show_range(self, date: FuzzyDate | None) -> None:
        """Shade a chosen date range (or none)."""
        chosen = (date.day_start, date.day_end + 1) if date is not None else None
        if chosen != self.chosen_range:
            self.chosen_range = chosen
            self.update()

    def fit_range(self) -> None:
        """Show the chosen range, filling the view."""
        if self.chosen_range is not None:
            self.set_scale(fit(*self.chosen_range, max(200, self.width()), 0.0, left=self.names_width))

    def reveal(self, date: FuzzyDate) -> None:
        """Scroll and zoom so a date is in view with some context around it."""
        first, last = self.scale.day(self.names_width), self.visible_days()[1]
        span = date.day_end + 1 - date.day_start
        width = max(200, self.width())
        ppd = self.scale.px_per_day
        in_view = date.day_start >= first and date.day_end + 1 <= last and span * ppd < width
        if in_view and (span * ppd >= 3 or (span == 1 and ppd >= 1)):
            return  # a band wide enough to see, or a dot (drawn whole at any zoom where days are ≥ 1 px)
        context = max(span * 3, 30)
        self.set_scale(
            fit(date.day_start - context, date.day_end + 1 + context, width, 0.0, left=self.names_width)
        )

    def _ensure_events(self) -> None:
        first, last = self.visible_days()
        if self.data.detailed(first, last) and not self.data.covers(first, last):
            self._fetch_timer.start()

    def _fetch(self) -> None:
        first, last = self.visible_days()
        if self.data.detailed(first, last) and not self.data.covers(first, last):
            self.data.fetch(first, last, self.update)  # from the session's worker
            self.update()

    # --- painting -----------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = self._paint_frame(p)
        refit, lane_moved = self._follow_names(f), self._follow_selected_lane(f, snug=True)
        if refit or lane_moved:
            f = self._paint_frame(p)
        if lane_moved and self._follow_selected_lane(f, snug=False):  # taller lanes pushed it out
            f = self._paint_frame(p)
        self.frame = f
        self._open_stepped_cluster(f)
        if self.hasFocus():  # where the arrow keys go: Tab and F6 land here with nothing else to show it
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self.rect().adjusted(1, 1, -1, -1))
        p.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def _follow_selected_lane(self, f: Frame, snug: bool) -> bool:
        """An event chosen elsewhere whose lane is scrolled out of the lanes shown brings that lane in:
        first at the bottom of the lanes shown, then, if taller lanes above still push it out, at the
        top (True: the frame is to be painted again)."""
        event_id, lay = self._lane_to_show, f.layout
        if event_id is None or lay is None:  # lanes not drawn yet (the events are on their way)
            return False
        events = self.data.events(*self.visible_days())
        offset = (
            self.lane_offset
            if any(event_id in m.event_ids for m in lay.marks)
            else offset_showing(
                self.data.lane_events(events, self.mode), event_id, self.lane_offset, len(lay.lanes), snug
            )
        )
        if offset == self.lane_offset or not snug:
            self._lane_to_show = None  # drawn, in no lane, or put where it is always drawn
        changed, self.lane_offset = offset != self.lane_offset, offset
        return changed

    def _open_stepped_cluster(self, f: Frame) -> None:
        """An event ←/→ reached that is drawn only inside a cluster: the cluster opens after this paint,
        zoomed into until its events are drawn apart (walk35 #3: the event was chosen unseen)."""
        if self._stepped is None or f.layout is None:
            return  # the lanes are not drawn yet: their events are on their way
        stepped, self._stepped = self._stepped, None
        if stepped != self.selected or any(h.kind == "event" and stepped in h.event_ids for h in f.hits):
            return
        held, scale = self.selected_cluster(), self.scale
        if held is not None:
            QTimer.singleShot(0, self, lambda: self._zoom_open(held, stepped, scale))

    def _zoom_open(self, held: Hit, stepped: int, scale: TimeScale) -> None:
        """Zoom into a cluster until its events are drawn apart, the stepped-to event's lane kept in."""
        if self.selected != stepped or self.scale != scale:
            return  # another event chosen meanwhile, or the view moved (Home, a zoom)
        self._lane_to_show = stepped
        self.zoom_into(self._members(held), held.rect.center().x())

    def _members(self, hit: Hit) -> list[Event]:
        """A cluster's events, as loaded for the view."""
        events = {e.id: e for e in self.data.events(*self.visible_days())}
        return [events[i] for i in hit.event_ids if i in events]

    def _paint_frame(self, p: QPainter) -> Frame:
        pal = self.palette()
        base, text = pal.base().color(), pal.text().color()
        p.fillRect(self.rect(), base)
        f = Frame(self.scale, float(self.width()), float(self.height()), self.chinese, self.selected)
        first, last = self.visible_days()
        if self.data.total and self.data.detailed(first, last) and self.data.covers(first, last):
            f.edge = self.names_width  # lanes are drawn: no ticks over their names (as last measured)
        if self.data.total or self.data.pending or self.data.filter.dates:
            f.ticks = self.painter.axis(p, f, text, base)
        elif not self.folded:  # nothing dated to place, and no date searched: no days on the axis (they were
            # the last search's: 2003-10, 01 … 31 over “No dated events match.” for a word found nowhere);
            # folded, no axis at all, the line says why
            self.painter.empty_axis(p, f, text, base)
        if self.data.total == 0:
            # a search (or a choice) finding none says so, as the lists do: “No dated events to show” under
            # a search that had found nothing in a database of 500,000 events read as if it held none
            if self.data.pending:
                f.message = self.tr("counting events…")
            elif self.data.filter.is_empty():
                f.message = self.tr("No dated events to show")
            else:
                f.message = self.tr("No dated events match.")
            p.setPen(text)
            top = 0.0 if self.folded else AXIS_H
            p.drawText(QRectF(0, top, f.width, f.height - top), Qt.AlignmentFlag.AlignCenter, f.message)
        elif self.data.detailed(first, last) and self.data.covers(first, last):
            events = self.data.events(first, last)
            self.painter.lanes(
                p,
                f,
                events,
                self.data.lane_events(events, self.mode),
                lambda key: QCoreApplication.translate(
                    "TimelineCanvas", self.data.lane_title(self.mode, key)
                ),
                self.lane_offset,
                text,
                base,
            )
        else:
            coming = self.data.detailed(first, last)
            self.painter.density(p, f, self.data.density, self.data.total, text, coming)
        self._paint_range(p, f)
        return f

    def _follow_names(self, f: Frame) -> bool:
        """A fitted view keeps clear of the names column: when a frame measured it anew, fit again
        (True: the frame is to be painted again, its axis starting right of the names)."""
        if f.layout is None or abs(f.layout.names_width - self.names_width) < 0.5:
            return False
        self.names_width = f.layout.names_width
        if not self._fitted or not self.data.extent:
            return True
        self.fit_all(emit=False)
        self._ensure_events()
        QTimer.singleShot(0, self.viewChanged.emit)
        return True

    def _paint_range(self, p: QPainter, f: Frame) -> None:
        if self.chosen_range is not None and self._range_px is None:  # the range chosen, shaded
            x0, x1 = (self.scale.x(day) for day in self.chosen_range)
            p.fillRect(QRectF(x0, 0, max(1.0, x1 - x0), f.height), QColor(SELECT_RANGE))
        if self._range_px is None:
            return
        x0, x1 = sorted(self._range_px)
        shade = QColor(SELECT_RANGE)
        p.fillRect(QRectF(x0, 0, x1 - x0, f.height), shade)
        p.setPen(QColor(40, 80, 160))
        first, last = self._range_days()
        p.drawText(QPointF(x0 + 4, AXIS_H + 14), f"{first.isoformat()} .. {last.isoformat()}")

    # --- pointer ---------------------------------------------------------------------------------------

    def hit_at(self, pos: QPointF) -> Hit | None:
        """What is under a point in the last painted frame (events over clusters over density)."""
        if self.frame is None:
            return None
        found = [h for h in self.frame.hits if h.rect.contains(pos)]
        order = {"event": 0, "cluster": 1, "lane": 2, "density": 3}
        return min(found, key=lambda h: order[h.kind]) if found else None

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() != Qt.MouseButton.LeftButton:
            return
        if e.position().y() < AXIS_H:
            self._drag = ("range", e.position().x(), self.scale)
            self._range_px = (e.position().x(), e.position().x())
        else:
            self._drag = ("pan", e.position().x(), self.scale)
        self._press = e.position()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._drag is None:
            return
        kind, x0, scale0 = self._drag
        if kind == "range":
            self._range_px = (x0, e.position().x())
            self.update()
        else:
            self.set_scale(scale0.panned(x0 - e.position().x()))

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if self._drag is None:
            return
        kind = self._drag[0]
        self._drag = None
        moved = abs(e.position().x() - self._press.x()) > 3
        if kind == "range" and moved:
            first, last = self._range_days()
            self._range_px = None
            self.update()
            self.rangeChosen.emit(FuzzyDate(first, last, "day", "range", text=f"{first}..{last}"))
            return
        self._range_px = None
        if not moved:
            self._click(e.position())

    def _range_days(self) -> tuple[dt.date, dt.date]:
        x0, x1 = sorted(self._range_px or (0.0, 0.0))
        return (
            dt.date.fromordinal(int(self.scale.day(x0))),
            dt.date.fromordinal(max(int(self.scale.day(x0)), int(self.scale.day(x1)))),
        )

    def _click(self, pos: QPointF) -> None:
        hit = self.hit_at(pos)
        if hit is None:
            return
        if hit.kind == "event":
            self.choose(hit.event_ids[0])
        elif hit.kind == "cluster":
            self.open_cluster(hit)
        elif hit.kind == "density":
            self.set_scale(self.scale.zoomed(3.0, pos.x()))

    def open_cluster(self, hit: Hit) -> None:
        """A cluster's events as a menu under it: choosing one selects it; or zoom in there."""
        events = {e.id: e for e in self.data.events(*self.visible_days())}
        menu = QMenu(self)
        menu.setObjectName("clusterMenu")
        for event_id in hit.event_ids[:CLUSTER_MENU_MAX]:
            e = events.get(event_id)
            if e is None:
                continue
            text = self.fontMetrics().elidedText(_dated(e), Qt.TextElideMode.ElideRight, 480)
            action = menu.addAction(text.replace("&", "&&"))
            action.setToolTip(e.summary)
            action.triggered.connect(lambda _checked=False, i=event_id: self.choose(i))
            if event_id == self.selected:
                menu.setActiveAction(action)  # the one chosen is where the keyboard starts
        if len(hit.event_ids) > CLUSTER_MENU_MAX:
            hidden = len(hit.event_ids) - CLUSTER_MENU_MAX
            more = menu.addAction(
                QCoreApplication.translate(
                    "TimelineCanvas", "… and %Ln more: zoom in to see them", None, hidden
                )
            )
            more.setEnabled(False)
        menu.addSeparator()
        members = self._members(hit)
        menu.addAction(self.tr("Zoom in here"), lambda: self.zoom_into(members, hit.rect.center().x()))
        self.cluster_menu = menu
        menu.popup(self.mapToGlobal(hit.rect.bottomLeft().toPoint()))

    def zoom_into(self, members: list[Event], x: float) -> None:
        """A cluster's Zoom in here: far enough in that its events are drawn apart, not gathered again (at
        least fourfold), around where it is drawn; its events brought into view if that spread them past
        an edge (a cluster at the right edge)."""
        need = px_per_day_apart([lane_item(e) for e in members])
        scale = self.scale.zoomed(max(4.0, need * APART_MARGIN / self.scale.px_per_day), x)
        middles = [(e.date.day_start + e.date.day_end + 1) / 2 for e in members if e.date is not None]
        left, right = self.names_width + DOT_R, self.width() - DOT_R
        if middles and not all(left <= scale.x(m) <= right for m in middles):
            scale = scale.centred_on((min(middles) + max(middles)) / 2, self.names_width + self.width())
        self.set_scale(scale)

    def choose(self, event_id: int) -> None:
        """Select an event as a click on it does (it is in view: its lane is not moved)."""
        self.selected, self._lane_to_show = event_id, None
        self.update()
        self.eventChosen.emit(event_id)

    def wheelEvent(self, e: QWheelEvent) -> None:
        delta = e.angleDelta()
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_scale(self.scale.zoomed(WHEEL_ZOOM ** delta.y(), e.position().x()))
        elif e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.scroll_lanes(-1 if delta.y() > 0 else 1)
        else:
            step = delta.x() if abs(delta.x()) > abs(delta.y()) else delta.y()
            self.set_scale(self.scale.panned(-step * 0.8))
        e.accept()

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QHelpEvent) and e.type() == QEvent.Type.ToolTip:
            self._tooltip(e)
            return True
        if isinstance(e, QNativeGestureEvent) and e.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.set_scale(self.scale.zoomed(1.0 + e.value(), e.position().x()))
            return True
        if isinstance(e, QGestureEvent):
            pinch = e.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.set_scale(self.scale.zoomed(pinch.scaleFactor(), centre.x()))
                return True
        return super().event(e)

    def _tooltip(self, e: QHelpEvent) -> None:
        hit = self.hit_at(QPointF(e.pos()))
        if hit is None:
            QToolTip.hideText()
            return
        QToolTip.showText(e.globalPos(), tooltip(self.describe(hit)), self)

    def describe(self, hit: Hit) -> str:
        """Tooltip text: date as printed, summary and people; or a cluster's or stretch's contents."""
        if hit.kind == "density":
            first = dt.date.fromordinal(int(hit.first))
            last = dt.date.fromordinal(int(hit.last))
            count = self.data.in_view(hit.first, hit.last)
            return QCoreApplication.translate(
                "TimelineCanvas", "{first} .. {last}: %Ln event(s) — click to zoom in", None, count
            ).format(first=first, last=last)
        if hit.kind == "lane":
            return hit.text
        events = {e.id: e for e in self.data.events(*self.visible_days())}
        if hit.kind == "cluster":
            count = len(hit.event_ids)
            lines = [
                QCoreApplication.translate(
                    "TimelineCanvas",
                    "%Ln event(s) here — click to list them, or zoom in to days",
                    None,
                    count,
                )
            ]
            lines += [f"• {_dated(events[i])}" for i in hit.event_ids[:8] if i in events]
            return "\n".join(lines)
        e = events.get(hit.event_ids[0])
        return describe_event(e, self.data.people(e)) if e else ""

    # --- keys ---------------------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key, shift = e.key(), bool(e.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_scale(self.scale.zoomed(ZOOM_STEP, self._zoom_anchor()))
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.set_scale(self.scale.zoomed(1 / ZOOM_STEP, self._zoom_anchor()))
        elif key == Qt.Key.Key_Home:
            self.fit_all()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.set_scale(self.scale.panned((1 if key == Qt.Key.Key_Right else -1) * self.width() / 8))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_event(forward=key == Qt.Key.Key_Right)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.scroll_lanes(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.eventActivated.emit(self.selected)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Menu) and (held := self.selected_cluster()) is not None:
            self.open_cluster(held)
        else:
            super().keyPressEvent(e)

    def _zoom_anchor(self) -> float:
        """Where + and − zoom around: the selected event where it is drawn (alone or in a cluster), so
        it stays in view, else the middle of the timeline."""
        hits = self.frame.hits if self.frame is not None else []
        drawn = self.selected is not None and any(
            hit.kind in ("event", "cluster") and self.selected in hit.event_ids for hit in hits
        )
        event = next((e for e in self.data.events(*self.visible_days()) if e.id == self.selected), None)
        if not drawn or event is None or event.date is None:
            return self.width() / 2
        # the middle of what is on show of it (not its label's; not a long event's middle far off screen)
        x0 = max(self.scale.x(event.date.day_start), 0.0)
        x1 = min(self.scale.x(event.date.day_end + 1), float(self.width()))
        return (x0 + x1) / 2

    def show_selected(self, event_id: int | None) -> None:
        """Select an event chosen elsewhere (←/→, a list, the article): its lane comes into the lanes shown
        at the next paint if it is scrolled out."""
        self.selected = self._lane_to_show = event_id
        self.update()

    def selected_cluster(self) -> Hit | None:
        """A cluster the selected event is drawn in (ringed), even if another lane draws it on its own."""
        hits = self.frame.hits if self.frame else []
        if self.selected is None:
            return None
        return next((h for h in hits if h.kind == "cluster" and self.selected in h.event_ids), None)

    def step_event(self, forward: bool) -> None:
        """Left/Right: select the previous or next event in date order and bring it into view; drawn only
        inside a cluster, the cluster opens (is zoomed into) at the next paint."""
        event = self.data.neighbour(self.selected, forward)
        if event is None or event.date is None:
            return
        self.show_selected(event.id)
        self._stepped = event.id
        self.reveal(event.date)
        self.update()
        self.eventChosen.emit(event.id)

    def scroll_lanes(self, step: int) -> None:
        """Up/Down: show other lanes when there are more than fit."""
        lay = self.frame.layout if self.frame else None
        if lay is None or (step > 0 and not lay.hidden_below):
            return
        self.lane_offset = max(0, min(self.lane_offset + step, lay.total - 1))
        self._lane_to_show = None
        self.update()


SELECT_RANGE = QColor(80, 140, 230, 60)
# viewer.timeline.data.UNNAMED: the titles of lanes without a name, for lupdate
UNNAMED = (
    str(QT_TRANSLATE_NOOP("TimelineCanvas", "(no person named)")),
    str(QT_TRANSLATE_NOOP("TimelineCanvas", "(no organisation)")),
    str(QT_TRANSLATE_NOOP("TimelineCanvas", "All events")),
)


def _dated(e: Event) -> str:
    """An event's date as shown in lists (a * when the year was inferred) and its summary."""
    when = e.date.label(i18n.lang()) if e.date else QCoreApplication.translate("TimelineCanvas", "undated")
    return f"{when}  {e.summary}"


def describe_event(e: Event, people: list[str]) -> str:
    """An event's tooltip: the date as printed and what it means, the summary, the people."""
    lines = [e.summary]
    if e.date:
        lines.append(
            QCoreApplication.translate("TimelineCanvas", "{when}; printed as “{printed}”").format(
                when=e.date.describe(i18n.lang()), printed=e.date_text
            )
        )
    else:
        lines.append(QCoreApplication.translate("TimelineCanvas", "undated"))
    if people:
        lines.append(i18n.listed(people))
    return "\n".join(lines)
