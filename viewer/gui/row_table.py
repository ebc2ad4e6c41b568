"""A table whose rows are what one chooses: Home and End reach the first and last row, Shift extends to it."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

# QtCore.Qt, not Qt: the quote list paints its first page before Qt's namespace (~20 ms of enums) is loaded
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Index = QModelIndex | QPersistentModelIndex
Move = QAbstractItemView.CursorAction
_ROWS = QItemSelectionModel.SelectionFlag.Rows


@cache
def _moves() -> dict[Qt.Key, QAbstractItemView.CursorAction]:
    """The keys that move the current row, and how."""
    key = QtCore.Qt.Key
    return {
        key.Key_Up: Move.MoveUp,
        key.Key_Down: Move.MoveDown,
        key.Key_PageUp: Move.MovePageUp,
        key.Key_PageDown: Move.MovePageDown,
        key.Key_Home: Move.MoveHome,
        key.Key_End: Move.MoveEnd,
    }


def _ends() -> tuple[Qt.Key, Qt.Key]:
    """Home and End."""
    return (QtCore.Qt.Key.Key_Home, QtCore.Qt.Key.Key_End)


class RowTable(QTableView):
    """Home / End (with or without Ctrl) go to the first / last row and choose it as a click does; with
    Shift (and Ctrl or not) they extend the selection there from the row it started at, as Shift+↑/↓ do.
    Qt's table took Home and End along the row's columns (nothing changed where whole rows are selected),
    Ctrl+End to the last row without selecting it; Shift+Ctrl+End lost the selection, and Shift+↑/↓
    extended from a row Qt last chose itself rather than from one the window chose. A lazy model reads
    only the page of the row reached: a range of rows is selected as one range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._anchor = QPersistentModelIndex()  # where Shift extends from: the row last chosen alone
        # Its viewport is made here, as Qt makes its own: PySide names Qt's (a private class) the first time
        # Python meets it (viewport(), an event filter's watched object) by creating every class of QtWidgets
        # it has not yet made, with their enums: 11 ms before the quote list's first paint.
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setForegroundRole(QPalette.ColorRole.Text)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        # The model's row count once rows were added after the last one on show, which stays as it was (-1:
        # none were, or something else changed since).
        self._rows_below = -1

    def rowsInserted(self, parent: Index, start: int, end: int) -> None:
        """Rows added after every row on show (the rest of a search's count) leave what is on show as it was:
        the layout they ask for sets the scroll bar, not a repaint of the whole list (10-12 ms of the GUI
        thread at a million quotes under a highlighted search, in a frame of its own)."""
        super().rowsInserted(parent, start, end)
        last = self.rowAt(self.viewport().height() - 1)  # -1: room below the last row, where they show
        model = self.model()
        below = not parent.isValid() and 0 <= last < start and model is not None
        self._rows_below = model.rowCount() if below else -1

    def rowsAboutToBeRemoved(self, parent: Index, start: int, end: int) -> None:
        self._rows_below = -1
        super().rowsAboutToBeRemoved(parent, start, end)

    def reset(self) -> None:
        self._rows_below = -1  # new rows: all of them painted
        super().reset()

    def doItemsLayout(self) -> None:
        """Qt's layout of the rows (the scroll bars, then a repaint of the whole list), without the repaint
        when only rows below those on show were added since the last."""
        model, below, self._rows_below = self.model(), self._rows_below, -1
        if below >= 0 and model is not None and model.rowCount() == below:
            self.updateGeometries()
            return
        super().doItemsLayout()

    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Home and End: the first and the last row (the column stays)."""
        model, root = self.model(), self.rootIndex()
        rows = model.rowCount(root) if model is not None else 0
        by_rows = self.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
        if action not in (Move.MoveHome, Move.MoveEnd) or not rows or not by_rows:
            return super().moveCursor(action, modifiers)
        row = 0 if action == Move.MoveHome else rows - 1
        return model.index(row, max(0, self.currentIndex().column()), root)

    def selectionCommand(
        self, index: Index, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Ctrl+Home / Ctrl+End choose the row they reach, as Home / End do (Qt moved without selecting)."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ends()
            and event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        ):
            plain = event.modifiers() & ~QtCore.Qt.KeyboardModifier.ControlModifier
            event = QKeyEvent(QEvent.Type.KeyPress, event.key(), plain, event.text())
        return super().selectionCommand(index, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Shift with a move extends the selection from the anchor; any other move sets the anchor."""
        action = _moves().get(QtCore.Qt.Key(event.key()))
        modifiers = event.modifiers()
        if action is None or not self._extends(event):
            super().keyPressEvent(event)
            if action is not None and not modifiers & QtCore.Qt.KeyboardModifier.ShiftModifier:
                self._anchor = QPersistentModelIndex(self.currentIndex())
            return
        old = self.currentIndex()
        new = self.moveCursor(action, modifiers)
        if not new.isValid():
            return
        start = self._anchor.row() if self._anchor.isValid() else old.row() if old.isValid() else new.row()
        top, bottom = sorted((start, new.row()))
        model, root = self.model(), self.rootIndex()
        last_column = max(0, model.columnCount(root) - 1)
        rows = QItemSelection(model.index(top, 0, root), model.index(bottom, last_column, root))
        selection = self.selectionModel()
        selection.setCurrentIndex(new, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(rows, QItemSelectionModel.SelectionFlag.ClearAndSelect | _ROWS)
        if not self._anchor.isValid():
            self._anchor = QPersistentModelIndex(model.index(start, new.column(), root))
        event.accept()

    def _extends(self, event: QKeyEvent) -> bool:
        """Shift and a move in a list of several choices (Ctrl+Shift+↑/↓ stay Qt's: move, select nothing)."""
        modifiers = event.modifiers()
        several = self.selectionMode() in (
            QAbstractItemView.SelectionMode.ExtendedSelection,
            QAbstractItemView.SelectionMode.ContiguousSelection,
        )
        ctrl_ok = event.key() in _ends() or not modifiers & QtCore.Qt.KeyboardModifier.ControlModifier
        return (
            several
            and bool(modifiers & QtCore.Qt.KeyboardModifier.ShiftModifier)
            and ctrl_ok
            and self.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
            and self.model() is not None
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click without Shift sets the anchor."""
        super().mousePressEvent(event)
        if not event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier:
            self._anchor = QPersistentModelIndex(self.currentIndex())

    def choose(self, index: QModelIndex) -> None:
        """Make index the current row, selected alone and where Shift extends from, as a click does."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | _ROWS
        self.selectionModel().setCurrentIndex(index, flags)
        self._anchor = QPersistentModelIndex(index)
