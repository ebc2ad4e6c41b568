"""File → Manage Library…: the articles in the user's library, and taking chosen ones out of it (off the GUI
thread: the library's indexes are rebuilt once they are gone)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.records import Article
from . import i18n
from .focus_frame import FocusFrame
from .views import named

Row = tuple[Article, int, int]  # an article, how many events and quotes were read from it
SORT_KEY = Qt.ItemDataRole.UserRole + 1  # what a column sorts by: counts as numbers, days as ISO text
ARTICLE_ID = Qt.ItemDataRole.UserRole + 2


class SortedItem(QTableWidgetItem):
    """A cell sorted by its key, not its text: 15 events after 4, not before."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_KEY), other.data(SORT_KEY)
        if isinstance(mine, int) and isinstance(theirs, int):
            return mine < theirs
        return str(mine).casefold() < str(theirs).casefold()


def article_name(article: Article) -> str:
    """What an article is called: its headline, else its file (as the article pane cites it)."""
    return article.title or article.source_name


class LibraryDialog(QDialog):
    """The library's articles, one a row (headline, date, source, events, quotes, file); those selected can
    be taken out (Remove from Library…, or Delete). Holds the rows it was given, nothing it reads itself."""

    def __init__(self, rows: list[Row], library: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryDialog")
        self.setWindowTitle(self.tr("Library"))
        self.rows = rows
        self.chosen: list[int] = []
        if rows:
            said = self.tr("The articles in your library, {path}. Select some to take them out.").format(
                path=library
            )
        else:
            said = self.tr("Your library holds no articles: File → Import Articles… adds them.")
        self.place = named(QLabel(said, self), "libraryPlace")
        self.place.setWordWrap(True)
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._table(rows)
        self.remove = named(QPushButton(self.tr("&Remove from Library…"), self), "removeArticles")
        self.remove.setAccessibleName(self.tr("Remove the selected articles from the library"))
        self.remove.setEnabled(False)
        self.remove.setAutoDefault(False)  # Enter in the list closes the dialog: taking out is asked for
        self.remove.clicked.connect(self._remove)
        buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self), "libraryButtons")
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove.setEnabled(bool(self.table.selectionModel().selectedRows()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.place)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        room = parent.window().size() if parent is not None else QSize(1000, 650)
        self.resize(min(1200, int(room.width() * 0.9)), min(560, int(room.height() * 0.8)))

    def _table(self, rows: list[Row]) -> QTableWidget:
        heads = [self.tr("Article"), self.tr("Published"), self.tr("Source")]
        heads += [self.tr("Events"), self.tr("Quotes"), self.tr("File")]
        table = named(QTableWidget(len(rows), len(heads), self), "libraryArticles")
        table.setAccessibleName(self.tr("Articles in the library"))
        table.setHorizontalHeaderLabels(heads)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        from ..export import published_day  # (the date parser loads with the dialog, not at start-up)

        comma = self.tr(", ")
        for r, (article, events, quotes) in enumerate(rows):
            source = comma.join(p for p in (article.author, article.publisher) if p)
            day = published_day(article.published).split(" ")[0]  # 2012-11-10, as citations give it
            cells = [article_name(article), day, source, f"{events:,}", f"{quotes:,}", article.source_name]
            keys: list[object] = [*cells[:3], events, quotes, cells[5]]
            tips = [*cells[:1], article.published, *cells[2:]]  # the date as the article prints it
            for c, (text, key, tip) in enumerate(zip(cells, keys, tips, strict=True)):
                item = SortedItem(text)
                item.setData(SORT_KEY, key)
                item.setToolTip(tip)
                if c == 0:
                    item.setData(ARTICLE_ID, article.id)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as they were added,
        table.setSortingEnabled(True)  # until a click on a heading sorts by it (as in Zotero, DB Browser)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        # a long source or file is cut (whole in its tooltip): the headline has the room
        widest = table.fontMetrics().horizontalAdvance("M") * 16
        for column in (1, 2, 5):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the headline takes the rest
        self.focus_frame = FocusFrame(table)
        return table

    def keyPressEvent(self, event) -> None:
        """Delete takes the selected articles out, as the button does."""
        if event.key() == Qt.Key.Key_Delete and self.remove.isEnabled():
            self._remove()
            return
        super().keyPressEvent(event)

    def _remove(self) -> None:
        picked = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        self.chosen = [int(i.data(ARTICLE_ID)) for i in picked]  # (by its id: the rows may be sorted)
        if self.chosen:
            self.accept()


class Remover(QObject):
    """Takes articles out of the library on a thread, a busy bar showing if it takes a while; `finished`
    carries how many went, or None when it failed (said in a dialog)."""

    finished = Signal(object)

    def __init__(self, window: QWidget, ask, work: Callable[[], int]) -> None:
        super().__init__(window)
        from .importing import Task

        self.window, self.ask = window, ask
        self.progress = QProgressDialog(self.tr("Taking the articles out of the library…"), "", 0, 0, window)
        self.progress.setObjectName("libraryProgress")
        self.progress.setWindowTitle(self.tr("Library"))
        self.progress.setCancelButton(None)  # one transaction: it ends on its own, all or nothing
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.task = Task(lambda _progress, _cancelled: work(), self)
        self.task.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.task.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.task.start()

    def _close(self) -> None:
        self.progress.close()
        self.progress.deleteLater()

    def _done(self, removed: int) -> None:
        self._close()
        self.finished.emit(removed)

    def _failed(self, message: str) -> None:
        self._close()
        self.ask.error(
            self.window,
            QCoreApplication.translate("Remover", "Could not change the library"),
            i18n.say(message),  # (it says the library was not changed: one transaction, rolled back)
        )
        self.finished.emit(None)
