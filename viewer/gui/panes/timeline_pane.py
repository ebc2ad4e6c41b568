"""The timeline pane: a zoomable chart of events by date and lane, and the same events as a list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.dates import FuzzyDate
from ...timeline.scale import TimeScale
from .. import i18n
from ..models import ID_ROLE, EventModel
from ..timeline.canvas import TimelineCanvas
from ..timeline.legend import Legend
from ..timeline.overview import OverviewStrip
from ..timeline.paint import AXIS_H, LANE_H
from ..timeline.source import TimelineSource
from ..views import NO_LIMIT, lazy_table, named
from .event_delegate import EventDelegate

SPACING = 2  # between the toolbar and the chart
LANE_CHOICES = (
    ("people", str(QT_TRANSLATE_NOOP("TimelinePane", "Lanes: people"))),
    ("orgs", str(QT_TRANSLATE_NOOP("TimelinePane", "Lanes: organisations"))),
    ("single", str(QT_TRANSLATE_NOOP("TimelinePane", "One lane"))),
)


class TimelinePane(QWidget):
    """Shows events; reports the one chosen and any date range dragged out on the axis."""

    eventChosen = Signal(int)
    rangeChosen = Signal(object)
    foldChanged = Signal(bool)  # folded to a line (nothing dated to place), or unfolded

    def __init__(self, model: EventModel, source: TimelineSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.setAccessibleName(self.tr("Timeline"))
        self.model, self.source = model, source
        self._pending_scale: TimeScale | None = None
        self._owed: int | None = None  # an event chosen while the counts were on their way
        self.legend: Legend | None = None
        self.canvas = TimelineCanvas(self)
        self.canvas.chinese = i18n.lang().startswith("zh")
        self.overview = OverviewStrip(self.canvas, self)
        self.view = lazy_table(
            self,
            "timelineList",
            self.tr("Events in date order"),
            self.fontMetrics().height() * 2 + 10,
            header=False,
        )
        self.view.setModel(model)
        self.view.setItemDelegate(EventDelegate(self.view))
        # new results (a search, another database) are read from their first event: hidden behind the chart
        # the list kept the place it had been scrolled to, and showed the new list from there
        model.modelReset.connect(self.view.scrollToTop)
        self.stack = named(QStackedWidget(self), "timelineStack")
        chart = QWidget(self.stack)
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(0)
        chart_layout.addWidget(self.canvas, 1)
        chart_layout.addWidget(self.overview)
        self.stack.addWidget(chart)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.bar = self._toolbar()
        layout.addLayout(self.bar)
        layout.addWidget(self.stack, 1)
        self.view.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.canvas.eventChosen.connect(self._canvas_chose)
        self.canvas.eventActivated.connect(self.eventChosen)
        self.canvas.rangeChosen.connect(self._range_dragged)
        self._fit_range = False
        self.canvas.viewChanged.connect(self._update_summary)
        model.completed.connect(self._update_summary)
        source.changed.connect(self._show_data)
        source.changed.connect(self._fold)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        # Not a QButtonGroup: Tab passes the unchecked buttons of one, as it does a radio button's (a keyboard
        # user never reached List); one view is shown all the same (_page_toggled).
        self.pages: list[QToolButton] = []
        for index, (name, text, tip) in enumerate(
            (
                ("chartButton", self.tr("Chart"), self.tr("The events on a time axis")),
                (
                    "listButton",
                    self.tr("List"),
                    self.tr("The events as a list (for screen readers and copying)"),
                ),
            )
        ):
            button = named(QToolButton(self), name)
            button.setText(text)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            self._mark_page_as(button, True)
            button.setMinimumWidth(button.sizeHint().width())  # as wide in bold as not: nothing shifts
            self._mark_page_as(button, index == 0)
            button.setChecked(index == 0)  # the chart
            button.toggled.connect(lambda on, index=index: self._page_toggled(index, on))
            self.pages.append(button)
            bar.addWidget(button)
        self.lanes = named(QComboBox(self), "laneMode")
        self.lanes.setAccessibleName(self.tr("Lanes"))
        self.lanes.setToolTip(self.tr("One lane per person, per organisation, or a single lane"))
        for mode, text in LANE_CHOICES:
            self.lanes.addItem(QCoreApplication.translate("TimelinePane", text), mode)
        self.lanes.currentIndexChanged.connect(lambda _i: self.canvas.set_mode(self.lanes.currentData()))
        bar.addWidget(self.lanes)
        for name, text, tip, slot in (
            ("zoomOut", "−", self.tr("Zoom out (−, Ctrl+wheel)"), lambda: self._zoom(0.8)),
            ("zoomIn", "+", self.tr("Zoom in (+, Ctrl+wheel)"), lambda: self._zoom(1.25)),
            ("zoomFit", self.tr("Fit"), self.tr("Show everything (Home)"), self.canvas.fit_all),
            ("legendButton", "?", self.tr("What the marks mean (legend)"), self.show_legend),
        ):
            button = named(QToolButton(self), name)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0].split("（")[0])
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.summary = named(QLabel(self), "timelineSummary")
        self.summary.setToolTip(
            self.tr(
                "Drag on the axis to choose a date range; ←/→ move between events; "
                "Shift+←/→ or drag to pan; Enter shows the event in the article"
            )
        )
        bar.addWidget(self.summary, 1)
        return bar

    def show_legend(self) -> None:
        """The legend, as a popup under its button."""
        button = self.findChild(QToolButton, "legendButton")
        assert button is not None
        self.legend = Legend(self)
        self.legend.move(button.mapToGlobal(button.rect().bottomLeft()))
        self.legend.show()

    def chrome_height(self) -> int:
        """Height of everything but the lanes: toolbar, axis, overview strip, the dock's title."""
        toolbar = self.lanes.sizeHint().height() + 6
        return toolbar + int(AXIS_H) + self.overview.height() + self.fontMetrics().height() + 12

    def lane_height(self) -> float:
        """Height of one lane."""
        return LANE_H

    def _page_toggled(self, index: int, on: bool) -> None:
        other = self.pages[1 - index]
        if on:
            other.setChecked(False)
            self.stack.setCurrentIndex(index)
            self._chart_controls(index == 0)
            self._fold()
        elif not other.isChecked():  # the view shown clicked again: it stays shown
            self.pages[index].setChecked(True)
            return
        self._mark_page_as(self.pages[index], on)

    def _chart_controls(self, chart: bool) -> None:
        """Lanes and zoom act on the chart alone: the list shows them disabled, and counts every event."""
        self.lanes.setEnabled(chart)
        for name in ("zoomOut", "zoomIn", "zoomFit"):
            button = self.findChild(QToolButton, name)
            if button is not None:
                button.setEnabled(chart)
        self._update_summary()

    def _fold(self) -> None:
        """Nothing dated to place and no date searched: the chart folds to a line saying so, its room given
        to the panes below (walk36 b10: an empty chart took 40% of the window at a person with no dated
        events); it unfolds when dated events come back, or the list (of undated events) is shown."""
        data = self.source.data
        if data.pending:  # (between two searches: neither, or it would flicker)
            return
        fold = self.stack.currentIndex() == 0 and data.repo is not None and not data.total
        fold = fold and not data.filter.dates  # a date searched that holds none: its span on the axis
        if fold == self.canvas.folded:
            return
        self.canvas.set_folded(fold)
        self.overview.setVisible(not fold)
        line = self.bar.sizeHint().height() + SPACING + self.canvas.minimumHeight()
        self.setMaximumHeight(line if fold else NO_LIMIT)
        self.foldChanged.emit(fold)

    @staticmethod
    def _mark_page_as(button: QAbstractButton, on: bool) -> None:
        """The view shown reads in bold: a checked button is barely darker than the others in a dark
        palette."""
        font = button.font()
        font.setBold(on)
        button.setFont(font)

    def _zoom(self, factor: float) -> None:
        self.canvas.set_scale(self.canvas.scale.zoomed(factor, self.canvas.width() / 2))

    def _update_summary(self) -> None:
        first, last = self.canvas.visible_days()
        data = self.canvas.data
        if data.pending:
            self.summary.setText(self.tr("counting events…"))
            return
        undated = self.model.rowCount() - data.total if self.model.complete else 0
        note = (
            " · " + QCoreApplication.translate("TimelinePane", "%Ln undated (in the list)", None, undated)
            if undated > 0
            else ""
        )
        total = data.total
        shown = QCoreApplication.translate(
            "TimelinePane", "{shown} of %Ln dated event(s) in view", None, total
        )
        in_view = data.in_view(first, last) if self.stack.currentIndex() == 0 else total
        self.summary.setText(shown.format(shown=f"{in_view:,}") + note)

    # --- the window's interface -------------------------------------------------------------------

    def _show_data(self, fit: bool) -> None:
        """The source has new data: draw it, fitted to it, or in the view restored from last time."""
        data = self.source.data
        restored = self._pending_scale if not data.pending and data.repo is not None else None
        if restored is not None:
            self._pending_scale = None
        to_range = fit and self._fit_range and not data.pending
        self.canvas.set_data(data, fit_view=fit and restored is None and not to_range)
        if restored is not None:
            self.canvas.set_scale(restored)
        elif to_range:  # a range dragged on the axis: the view shows it, not only the events inside
            self._fit_range = False
            self.canvas.fit_range()
        if self._owed is not None and not data.pending:
            self._pay_owed(fitted=fit and restored is None and not to_range)
        self._update_summary()

    def _pay_owed(self, fitted: bool) -> None:
        """The counts of an event chosen before they came: a view fitted to them is brought to it, as choosing
        it did (after an import the fit undid the choice's zoom in every other run: “23 of 23”, the new
        article's lanes under “▼ 4 more lanes”), and its lane is shown again (a view kept stays)."""
        event_id, self._owed = self._owed, None
        if event_id is None or event_id != self.canvas.selected:
            return
        self.canvas.show_selected(event_id)
        data = self.source.data
        event = data.repo.event(event_id) if data.repo is not None else None
        day = event.date if event is not None else None
        if fitted and day is not None and data.in_view(day.day_start, day.day_end + 1):
            self.canvas.reveal(day)

    def catch_up(self) -> None:
        """Built after its source was given a session: draw what it holds (in the view restored, if one
        was and the counts are in)."""
        if self.source.runner is not None:
            self._show_data(True)

    def keep_view(self, keep: bool = True) -> None:
        """The next data (the same database read again) is shown in the view as it is now, not fitted
        (keep=False: fitted again, as before)."""
        self._pending_scale = self.canvas.scale if keep else None

    def _range_dragged(self, date: FuzzyDate) -> None:
        self.canvas.show_range(date)
        self._fit_range = True
        self.rangeChosen.emit(date)

    def show_range(self, date: FuzzyDate | None) -> None:
        """Shade the chosen date range (none: nothing shaded)."""
        self.canvas.show_range(date)

    def select_event(self, event_id: int | None) -> None:
        """Show an event as selected in the chart and the list, and bring it into view (nothing to do,
        and nothing to repaint, when it already is: every list's arrival re-applies the selection)."""
        if event_id == self.canvas.selected:
            return
        self.canvas.show_selected(event_id)
        data = self.source.data
        self._owed = event_id if data.pending else None  # a fit to the counts to come would hide it
        event = data.repo.event(event_id) if event_id is not None and data.repo is not None else None
        day = event.date if event is not None else None
        # not to a day where the search shows nothing (the first quote of an import the search hides: the
        # chart went empty, “0 of 9 dated events in view”)
        if day is not None and (data.pending or data.in_view(day.day_start, day.day_end + 1)):
            self.canvas.reveal(day)
        self.canvas.update()
        self._select_in_list(event_id)

    def _select_in_list(self, event_id: int | None) -> None:
        sm = self.view.selectionModel()
        sm.blockSignals(True)
        row = self.model.row_of_id(event_id) if event_id is not None else None
        if row is None:
            sm.clearSelection()
        else:
            index = self.model.index(row, 0)
            sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        sm.blockSignals(False)
        self.view.viewport().update()

    def _list_selection_changed(self, *_args) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows and rows[0].data(ID_ROLE) is not None:
            self.eventChosen.emit(int(rows[0].data(ID_ROLE)))

    def _canvas_chose(self, event_id: int) -> None:
        self._select_in_list(event_id)
        self.eventChosen.emit(event_id)

    # --- remembered with the window ----------------------------------------------------------------

    def state(self) -> dict:
        """Zoom, visible range, lane mode and page, for QSettings."""
        return {
            "origin": self.canvas.scale.origin,
            "pxPerDay": self.canvas.scale.px_per_day,
            "mode": self.canvas.mode,
            "page": self.stack.currentIndex(),
        }

    def restore(self, state: dict) -> None:
        """Apply a saved state; the saved view replaces the first fit."""
        try:
            self._pending_scale = TimeScale(float(state["origin"]), float(state["pxPerDay"]))
        except (KeyError, TypeError, ValueError):
            self._pending_scale = None
        mode = state.get("mode")
        index = next((i for i, (m, _t) in enumerate(LANE_CHOICES) if m == mode), 0)
        self.lanes.setCurrentIndex(index)
        page = str(state.get("page"))
        if page in ("0", "1"):
            self.pages[int(page)].setChecked(True)
