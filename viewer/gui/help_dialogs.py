"""Help dialogs: a table of keys (or query forms) and what they do, as plain text."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .views import named


class _FittedDialog(QDialog):
    """Once laid out, as tall as its table's rows need and no taller than most of the screen (the table
    scrolls past that), wholly on the screen."""

    table: QTableWidget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Size to the rows, at most 85% of the screen's height (room for a title bar and a panel)."""
        parent = self.parentWidget()
        screen = (parent or self).screen().availableGeometry()
        table = self.table
        table.resizeRowsToContents()
        chrome = self.height() - table.viewport().height()  # margins, frame, the Close button
        height = min(table.verticalHeader().length() + chrome, int(screen.height() * 0.85))
        width = self.width()  # set before it showed: wrapped rows took their heights from it
        self.resize(width, height)
        frame = self.frameGeometry().size()  # with the title bar, where the window system says already
        centre = (parent.window().frameGeometry() if parent is not None else screen).center()
        x = min(max(centre.x() - frame.width() // 2, screen.left()), screen.right() + 1 - frame.width())
        y = min(max(centre.y() - frame.height() // 2, screen.top()), screen.bottom() + 1 - frame.height())
        self.move(x, y)  # a window's position is its frame's


def table_dialog(parent: QWidget | None, title: str, rows: list[tuple[str, str]]) -> QDialog:
    """A dialog with a two-column, read-only table, fitted to the screen; Close closes it."""
    dialog = named(_FittedDialog(parent), "helpTable")
    dialog.setWindowTitle(title)
    table = dialog.table = named(QTableWidget(len(rows), 2, dialog), "helpRows")
    table.setAccessibleName(title)
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    for r, (keys, what) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(keys))
        table.setItem(r, 1, QTableWidgetItem(what))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    # Every explanation whole: wrapped, each row as tall as its text (rows of two lines cut them short)
    table.setWordWrap(True)
    table.setTextElideMode(QtCore.Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    room = parent.window().size() if parent is not None else QtCore.QSize(1000, 700)
    screen = (parent or dialog).screen().availableGeometry()
    dialog.resize(
        min(800, int(room.width() * 0.9), int(screen.width() * 0.9)), min(640, int(room.height() * 0.9))
    )
    return dialog
