"""The timeline pane: every event in date order, each drawn with its date's precision."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..models import ID_ROLE, EventModel
from ..views import lazy_table
from .event_delegate import EventDelegate


class TimelinePane(QWidget):
    """Shows events; reports the one chosen. Its interface to the window is this small on purpose."""

    eventChosen = Signal(int)

    def __init__(self, model: EventModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.setAccessibleName("Timeline")
        self.model = model
        self.view = lazy_table(self, "timelineList", "Events in date order",
                               self.fontMetrics().height() * 2 + 10, header=False)
        self.view.setModel(model)
        self.view.setItemDelegate(EventDelegate(self.view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

    def _selection_changed(self, *_args) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows and rows[0].data(ID_ROLE) is not None:
            self.eventChosen.emit(int(rows[0].data(ID_ROLE)))

    def select_event(self, event_id: int | None) -> None:
        """Show an event as selected (or none) without reporting it again."""
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
