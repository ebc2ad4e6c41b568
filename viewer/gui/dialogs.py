"""Every question the window asks the user, in one replaceable object (tests substitute it)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
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


def file_dialog(
    parent: QWidget | None, caption: str, start: Path, filters: str, mode: QFileDialog.FileMode
) -> QFileDialog:
    """A file dialog (the desktop's own where it has one), Qt's own sized to show its texts whole."""
    dialog = QFileDialog(parent, caption, str(start), filters)
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.AnyFile:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    fit_file_dialog(dialog)
    return dialog


def fit_file_dialog(dialog: QFileDialog) -> None:
    """Qt's own file dialog (a desktop without one of its own, as a bare X server) came at 608×412 whatever
    the window's size, and in Chinese cut its texts: 纯…档 for 纯文本文档 in the type column, 14…iB for a
    size, tmp.Hz for the folder in the sidebar. It now takes three quarters of the window (up to 1000×700),
    and each folder's listing widens the columns and the sidebar to their texts where they are narrower
    (a width the user gave them, kept by Qt, stays when wider)."""
    from PySide6.QtWidgets import QFileSystemModel, QTreeView  # made when a dialog is, not at start-up

    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    if window is not None:
        width = max(dialog.sizeHint().width(), min(window.width() * 3 // 4, 1000))
        height = max(dialog.sizeHint().height(), min(window.height() * 3 // 4, 700))
        dialog.resize(width, height)
    tree = dialog.findChild(QTreeView, "treeView")
    files = tree.model() if tree is not None else None
    if isinstance(files, QFileSystemModel):  # Qt's own dialog (a native one has none of these)
        # a folder read, or shown (read already: typing its path in the name box read it): once listed
        fit = lambda _folder: QTimer.singleShot(0, dialog, lambda: _fit_listing(dialog))  # noqa: E731
        files.directoryLoaded.connect(fit)
        files.rootPathChanged.connect(fit)


def _fit_listing(dialog: QFileDialog) -> None:
    from PySide6.QtWidgets import QListView, QSplitter, QTreeView

    tree = dialog.findChild(QTreeView, "treeView")
    if tree is None:
        return
    header = tree.header()
    for column in range(1, header.count()):  # size, type, date: the name takes what is left
        if not header.isSectionHidden(column):
            header.resizeSection(column, max(header.sectionSize(column), tree.sizeHintForColumn(column)))
    sidebar, splitter = dialog.findChild(QListView, "sidebar"), dialog.findChild(QSplitter, "splitter")
    if sidebar is None or splitter is None or splitter.count() != 2:
        return
    frame = sidebar.frameWidth() * 2 + sidebar.verticalScrollBar().sizeHint().width()
    wanted = min(sidebar.sizeHintForColumn(0) + frame, splitter.width() // 3)
    sizes = splitter.sizes()
    if sizes[0] < wanted:
        splitter.setSizes([wanted, sum(sizes) - wanted])


class Ask:
    """Real dialogs."""

    def open_database(self, parent: QWidget, start: Path) -> Path | None:
        """A database file to open, or None."""
        dialog = file_dialog(
            parent,
            QCoreApplication.translate("Ask", "Open events database"),
            start,
            QCoreApplication.translate("Ask", "Events database (*.db *.sqlite);;All files (*)"),
            QFileDialog.FileMode.ExistingFile,
        )
        with modal(parent):
            chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        return Path(chosen[0]) if chosen else None

    def export_path(self, parent: QWidget, start: Path) -> tuple[Path, str] | None:
        """Where to export and in which format (md, csv, json: the typed name's suffix decides), or None."""
        filters = {translated(text): fmt for text, fmt in EXPORT_FILTERS.items()}
        dialog = file_dialog(
            parent,
            QCoreApplication.translate("Ask", "Export selected quotes"),
            start,
            ";;".join(filters),
            QFileDialog.FileMode.AnyFile,
        )
        with modal(parent):
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        names, chosen = dialog.selectedFiles() if accepted else [], dialog.selectedNameFilter()
        dialog.deleteLater()
        name = names[0] if names else ""
        if not name:
            return None
        from ..export import format_for  # the export loads when used, not at start-up

        return format_for(Path(name), filters.get(chosen, "md"))

    def import_files(self, parent: QWidget, start: Path) -> list[Path]:
        """Article files to import (none when cancelled)."""
        dialog = file_dialog(
            parent,
            QCoreApplication.translate("Ask", "Import articles"),
            start,
            f"{translated(ARTICLE_FILTER)};;{QCoreApplication.translate('Ask', 'All files (*)')}",
            QFileDialog.FileMode.ExistingFiles,
        )
        with modal(parent):
            names = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
        dialog.deleteLater()
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

    def library(self, parent: QWidget, library: Path, rows: list) -> list[int]:
        """File → Manage Library…: the ids of the articles the user chose to take out (none when closed)."""
        from .library_dialog import LibraryDialog

        dialog = LibraryDialog(rows, library, parent)
        with modal(parent):
            chosen = dialog.chosen if dialog.exec() == LibraryDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        return chosen

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something went wrong (message shown as plain text)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        with modal(parent):
            box.exec()

    def confirm(self, parent: QWidget, title: str, message: str, destructive: bool = False) -> bool:
        """A yes/no question (plain text); True for yes. A destructive one (nothing brings back what it does)
        answers No to Enter, as desktop guidelines ask."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes)
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
