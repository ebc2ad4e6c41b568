"""Help dialogs: a table of keys (or query forms) and what they do, as plain text."""

from __future__ import annotations

from PySide6 import QtCore
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


def table_dialog(parent: QWidget | None, title: str, rows: list[tuple[str, str]]) -> QDialog:
    """A dialog with a two-column, read-only table; Close closes it."""
    dialog = named(QDialog(parent), "helpTable")
    dialog.setWindowTitle(title)
    table = named(QTableWidget(len(rows), 2, dialog), "helpRows")
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
    dialog.resize(min(800, int(room.width() * 0.9)), min(640, int(room.height() * 0.9)))
    return dialog
