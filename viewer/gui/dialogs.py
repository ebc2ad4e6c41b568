"""Every question the window asks the user, in one replaceable object (tests substitute it)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

ARTICLE_FILTER = str(QT_TRANSLATE_NOOP("Ask", "Articles (*.txt *.md *.markdown *.html *.htm)"))
EXPORT_FILTERS = {
    str(QT_TRANSLATE_NOOP("Ask", "Markdown (*.md)")): "md",
    str(QT_TRANSLATE_NOOP("Ask", "CSV for Excel (*.csv)")): "csv",
    str(QT_TRANSLATE_NOOP("Ask", "JSON (*.json)")): "json",
}


def translated(text: str) -> str:
    """A text of these dialogs in the interface's language."""
    return QCoreApplication.translate("Ask", text)


@contextmanager
def modal(parent: QWidget | None) -> Iterator[None]:
    """Around a modal dialog: once it closes, its window has the keyboard again. A window manager
    does this; without one (a bare X server, a kiosk) the keyboard went nowhere and the window's
    shortcuts (Ctrl+E, F6, Ctrl+F) were dead after the first dialog (seen in a walkthrough)."""
    try:
        yield
    finally:
        window = parent.window() if parent is not None else None
        if window is not None and window.isVisible():
            window.activateWindow()


class Ask:
    """Real dialogs."""

    def open_database(self, parent: QWidget, start: Path) -> Path | None:
        """A database file to open, or None."""
        with modal(parent):
            name, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("Ask", "Open events database"),
                str(start),
                QCoreApplication.translate("Ask", "Events database (*.db *.sqlite);;All files (*)"),
            )
        return Path(name) if name else None

    def export_path(self, parent: QWidget, start: Path) -> tuple[Path, str] | None:
        """Where to export and in which format (md, csv, json: the typed name's suffix decides), or None."""
        filters = {translated(text): fmt for text, fmt in EXPORT_FILTERS.items()}
        with modal(parent):
            name, chosen = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("Ask", "Export selected quotes"),
                str(start),
                ";;".join(filters),
            )
        if not name:
            return None
        from ..export import format_for  # the export loads when used, not at start-up

        return format_for(Path(name), filters.get(chosen, "md"))

    def import_files(self, parent: QWidget, start: Path) -> list[Path]:
        """Article files to import (none when cancelled)."""
        with modal(parent):
            names, _ = QFileDialog.getOpenFileNames(
                parent,
                QCoreApplication.translate("Ask", "Import articles"),
                str(start),
                f"{translated(ARTICLE_FILTER)};;{QCoreApplication.translate('Ask', 'All files (*)')}",
            )
        return [Path(n) for n in names]

    def review(
        self, parent: QWidget, annotations: list, known: set[int] | frozenset[int] = frozenset()
    ) -> list:
        """What the user keeps of the extracted articles (empty when cancelled); `known`: the positions of
        those the library already holds."""
        from .review_dialog import ReviewDialog

        dialog = ReviewDialog(annotations, parent, known)
        with modal(parent):
            accepted = dialog.exec() == ReviewDialog.DialogCode.Accepted
        kept = dialog.result_annotations() if accepted else []
        dialog.deleteLater()  # each import's dialog, its articles and undo history, no longer kept
        return kept

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something went wrong (message shown as plain text)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        with modal(parent):
            box.exec()

    def confirm(self, parent: QWidget, title: str, message: str) -> bool:
        """A yes/no question (plain text); True for yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        with modal(parent):
            return box.exec() == QMessageBox.StandardButton.Yes

    def shortcuts(self, parent: QWidget, rows: list[tuple[str, str]]) -> None:
        """Help → Keyboard Shortcuts: a table of keys and what they do."""
        from .help_dialogs import table_dialog

        with modal(parent):
            table_dialog(parent, QCoreApplication.translate("Ask", "Keyboard Shortcuts"), rows).exec()

    def syntax(self, parent: QWidget, rows: list[tuple[str, str]]) -> None:
        """Help → Search Syntax: forms of the query language with examples."""
        from .help_dialogs import table_dialog

        with modal(parent):
            table_dialog(parent, QCoreApplication.translate("Ask", "Search Syntax"), rows).exec()

    def about(self, parent: QWidget, title: str, message: str) -> None:
        """The About box (plain text)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        with modal(parent):
            box.exec()


class ConsoleAsk(Ask):
    """Headless runs (screenshots, benchmarks) report problems on stderr instead of in dialogs."""

    def error(self, parent, title: str, message: str) -> None:
        print(f"events-viewer: error: {' '.join(message.split())}", file=sys.stderr)
