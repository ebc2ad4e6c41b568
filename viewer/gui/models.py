"""Qt item models: thin, lazy adapters over the repository (pages by keyset, never OFFSET)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ..core.filters import Filter
from ..core.fts import match_spans
from ..core.records import Event, Quote
from ..core.repository import Repository, Who
from .background import Background
from .paging import PagedRows, RankedRows
from .plaintext import tooltip

ID_ROLE = Qt.ItemDataRole.UserRole
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SPANS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


PAGE = 200
RANK_LIMIT = 2000


class _PagedModel:
    """Shared behaviour of the date-ordered, paged models (events, quotes).

    The first page is fetched at once (a page streams in milliseconds); when there are more rows,
    the exact count — or, for a relevance-ordered search, the ranking — comes from the background
    worker and the rows appear when it arrives."""

    table = ""

    def _init_paging(self) -> None:
        self.repo: Repository | None = None
        self.filter = Filter()
        self.rows: PagedRows | RankedRows = PagedRows(0, lambda *a: [], lambda *a: [], True)
        self.complete = True
        self._background: Background | None = None
        self._generation = -1

    def attach(self, background: Background) -> None:
        """Take slow counts and rankings from a background worker."""
        self._background = background
        background.finished.connect(self._finished)

    def _page(self, after, limit, reverse):
        if self.table == "quotes":
            return self.repo.quotes(self.filter, after, limit, reverse, detail=False)
        return self.repo.events(self.filter, after, limit, reverse)

    def _at(self, ordinals: list[int]):
        return (
            self.repo.quotes_at(ordinals, detail=False)
            if self.table == "quotes"
            else self.repo.events_at(ordinals)
        )

    def set_source(self, repo: Repository | None, f: Filter) -> None:
        """Show the rows of a repository under a filter (None shows nothing)."""
        self.beginResetModel()  # type: ignore[attr-defined]
        self.repo, self.filter, self.complete = repo, f, True
        self.rows = PagedRows(0, lambda *a: [], lambda *a: [], True)
        if repo is not None:
            self._load()
        self.endResetModel()  # type: ignore[attr-defined]

    def _load(self) -> None:
        f, table = self.filter, self.table
        if f.ranked:
            self.rows, self.complete = RankedRows([], self._at), False
            self._run("ranked", lambda r: r.ranked_ordinals(table, f, RANK_LIMIT))
            return
        first = self._page(None, PAGE + 1, False)
        count = len(first)
        if count > PAGE:
            if f.is_empty():
                count = self.repo.count_quotes(f) if table == "quotes" else self.repo.count_events(f)
            else:
                count, self.complete = PAGE, False
                self._run(
                    "count",
                    (lambda r: r.count_quotes(f)) if table == "quotes" else (lambda r: r.count_events(f)),
                )
        self.rows = PagedRows(
            count, self._page, lambda after, limit: self.repo.ordinals(table, f, after, limit), f.is_empty()
        )
        self.rows.seed(0, first[:PAGE])

    def _run(self, key: str, job) -> None:
        if self._background is None:
            self._apply(key, job(self.repo))
            return
        self._generation = self._background.generation
        self._background.submit(f"{self.table}:{key}", job)

    def _finished(self, generation: int, key: str, result) -> None:
        table, _, what = key.partition(":")
        if table == self.table and generation == self._generation:
            self._apply(what, result)

    def _apply(self, what: str, result) -> None:
        if what == "count":
            self._grow(int(result))
        elif what == "ranked":
            self.beginResetModel()  # type: ignore[attr-defined]
            self.rows = RankedRows(list(result), self._at)
            self.endResetModel()  # type: ignore[attr-defined]
        self.complete = True
        self.countKnown.emit()  # type: ignore[attr-defined]

    def _grow(self, count: int) -> None:
        if count > len(self.rows):
            self.beginInsertRows(QModelIndex(), len(self.rows), count - 1)  # type: ignore[attr-defined]
            self.rows.count = count
            self.endInsertRows()  # type: ignore[attr-defined]

    def record(self, row: int):
        """The record at a row (fetched on demand)."""
        return self.rows.get(row)

    def row_of_id(self, record_id: int) -> int | None:
        """The row of a loaded record by id."""
        return self.rows.find_loaded(lambda rec: rec.id == record_id)


class QuoteModel(_PagedModel, QAbstractTableModel):
    """Quotes: date, speaker, direct/reported, text."""

    table = "quotes"
    countKnown = Signal()
    COLUMNS = ("Date", "Speaker", "Kind", "Quote")

    def __init__(self, parent=None) -> None:
        QAbstractTableModel.__init__(self, parent)
        self._init_paging()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        q: Quote | None = self.record(index.row())
        if q is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(q, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(q, index.column())
        if role == ID_ROLE:
            return q.id
        if role == RECORD_ROLE:
            return q
        if role == SPANS_ROLE and index.column() == 3 and self.filter.texts:
            return match_spans(self._display(q, 3), self.filter.texts)
        return None

    def _display(self, q: Quote, column: int) -> str:
        if column == 0:
            return q.date.label() if q.date else "undated"
        if column == 1:
            return q.speaker_name
        if column == 2:
            return q.kind
        return q.text.replace("\n", " ")

    def _tooltip(self, q: Quote, column: int) -> str:
        if column == 0:
            return tooltip(f"{q.date.describe() if q.date else 'undated'}\nprinted as “{q.date_text}”")
        if column == 2:
            return tooltip(
                "direct: in quote marks"
                if q.kind == "direct"
                else "reported: after 表示: / 称: with no quote marks"
            )
        parts = [q.text] + ([f"({q.translation})"] if q.translation else [])
        if q.speaker_role:
            parts.append(f"— {q.speaker_name}, {q.speaker_role.text or q.speaker_role.label()}")
        return tooltip("\n".join(parts))


class EventModel(_PagedModel, QAbstractListModel):
    """Events in date order; names of the people involved are looked up per page."""

    table = "events"
    countKnown = Signal()

    def __init__(self, parent=None) -> None:
        QAbstractListModel.__init__(self, parent)
        self._init_paging()
        self._names: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def people(self, e: Event) -> list[str]:
        """Names of the people an event involves."""
        missing = [p for p in e.person_ids if p not in self._names]
        if missing and self.repo is not None:
            self._names.update(self.repo.person_names(missing))
        return [self._names.get(p, "?") for p in e.person_ids]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e: Event | None = self.record(index.row())
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{e.date.label() if e.date else 'undated'}  {e.summary}"
        if role == Qt.ItemDataRole.ToolTipRole:
            people = ", ".join(self.people(e))
            when = e.date.describe() if e.date else "undated"
            return tooltip(
                f"{e.summary}\n{when}; printed as “{e.date_text}”" + (f"\n{people}" if people else "")
            )
        if role == ID_ROLE:
            return e.id
        if role == RECORD_ROLE:
            return e
        return None


class EntityModel(QAbstractListModel):
    """Everyone: persons and organisations, by latin name; pages with fetchMore, or a search's list."""

    PAGE = 200

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.repo: Repository | None = None
        self.items: list[Who] = []
        self._more: Callable[[], list[Who]] | None = None

    def set_all(self, repo: Repository | None) -> None:
        """Everyone in the database, fetched a page at a time as the view scrolls."""
        self.beginResetModel()
        self.repo, self.items = repo, []
        self._more = self._next_page if repo else None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def set_items(self, repo: Repository | None, items: list[Who]) -> None:
        """A fixed list, e.g. the people a search is about."""
        self.beginResetModel()
        self.repo, self.items, self._more = repo, list(items), None
        self.endResetModel()

    def is_complete(self) -> bool:
        """True when every row is loaded (a search's list, or the end was reached)."""
        return self._more is None

    def _next_page(self) -> list[Who]:
        last = self.items[-1] if self.items else None
        after = (last.sort, last.kind, last.id) if last else None
        return self.repo.entities_page(after, self.PAGE) if self.repo else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._more is None:
            return
        page = self._more()
        if len(page) < self.PAGE:
            self._more = None
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        w = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            latin = f"  {w.name_latin}" if w.name_latin and w.name_latin != w.name else ""
            return f"{w.name}{latin}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{w.name} ({'organisation' if w.kind == 'org' else 'person'})")
        if role == Qt.ItemDataRole.FontRole and w.kind == "org":
            font = QFont()
            font.setItalic(True)
            return font
        if role == ID_ROLE:
            return (w.kind, w.id)
        if role == RECORD_ROLE:
            return w
        return None

    def row_of(self, kind: str, entity_id: int) -> int | None:
        """The row of a loaded person or organisation."""
        for i, w in enumerate(self.items):
            if (w.kind, w.id) == (kind, entity_id):
                return i
        return None
