"""Qt item models: thin, lazy adapters over one result set each (pages by keyset, never OFFSET).

A model is given a runner (the open session) and a Filter. It asks the session's worker for the
first page (the previous rows stay on screen until it arrives: a first page can take longer than
a frame at a million quotes), then for the rest — the exact count, or the relevance ranking —
each with a ticket; a newer filter cancels the older ticket, so a late answer never lands in
the wrong list. An InlineRunner answers at once, so a model without a window fills synchronously.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)

from ..core.dates import day_date
from ..core.filters import Filter
from ..core.fts import match_spans
from ..core.records import Event, Quote
from ..core.repository import Repository, WhoList
from ..core.results import ResultSet, Rows, finish_results, first_results
from . import i18n
from .paging import HasOrdinal, PagedRows, RankedRows
from .plaintext import tooltip
from .session import Runner, Ticket

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# Plain ints, Qt.ItemDataRole's values (a test holds them to it): a view asks data() some seven roles per
# cell and repaint, most of them unanswered, and an enum's attribute lookup and comparison per question
# cost a millisecond a repaint at a list's height; and the quote list paints its first page before Qt's
# namespace of enums (~20 ms) is loaded.
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ID_ROLE = USER_ROLE
RECORD_ROLE = USER_ROLE + 1
SPANS_ROLE = USER_ROLE + 2
PEOPLE_ROLE = USER_ROLE + 3
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
QUOTE_ROLES = frozenset(
    int(r) for r in (DISPLAY_ROLE, TOOLTIP_ROLE, ID_ROLE, RECORD_ROLE, SPANS_ROLE, FOREGROUND_ROLE)
)
EVENT_ROLES = frozenset(int(r) for r in (DISPLAY_ROLE, TOOLTIP_ROLE, ID_ROLE, RECORD_ROLE, PEOPLE_ROLE))
ENTITY_ROLES = frozenset(int(r) for r in (DISPLAY_ROLE, TOOLTIP_ROLE, FONT_ROLE, ID_ROLE, RECORD_ROLE))
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T", bound=HasOrdinal)

PAGE = 200
SPANS_KEPT = 1000  # quotes whose matches are kept: some screens of rows


def undated() -> str:
    """What a list shows for a record without a date."""
    return QCoreApplication.translate("QuoteModel", "undated")


_PUBLISHED_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(\*?)")  # a time after it is left out


def published_label(published: str) -> str:
    """An article's stored publication date as the lists show days (2017-07-10, 2026年11月9日*: a star
    when it was worked out, not printed); one stored as printed (Monday, July 10, 2017) read as a citation
    reads it; '' when it names no day."""
    m = _PUBLISHED_DAY.match(published)
    if m is None and published:
        from ..export import published_day  # (the date parser loads with the first such quote shown)

        m = _PUBLISHED_DAY.match(published_day(published))
    if m is None:
        return ""
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return ""
    return day_date(day, year_inferred=bool(m[4])).label(i18n.lang())


def who_label(name: str, latin: str) -> str:
    """A person or organisation as the people list shows them: the name, and its latin form if another."""
    return f"{name}  {latin}" if latin and latin != name else name


def kind_name(kind: str) -> str:
    """Direct or reported, in the interface's language."""
    if kind == "direct":
        return QCoreApplication.translate("QuoteModel", "direct")
    return QCoreApplication.translate("QuoteModel", "reported") if kind == "reported" else kind


class ResultRows(Generic[T]):
    """The rows a paged model shows for one result set, fetched through one Rows source."""

    def __init__(self, source: Rows[T] | None, result: ResultSet[T]) -> None:
        self.result = result
        self.rows: PagedRows[T] | RankedRows[T]
        f = result.filter
        if source is None:
            self.rows = PagedRows(0, lambda *a: [], lambda *a: [], True)
        elif f.ranked:
            self.rows = RankedRows(list(result.ranking or ()), source.at, PAGE)
            self.rows.seed(list(result.first))
        else:
            self.rows = PagedRows(
                result.length,
                lambda after, limit, reverse: source.page(f, after, limit, reverse),
                lambda after, limit: source.ordinals(f, after, limit),
                f.is_empty(),
            )
            self.rows.seed(0, list(result.first))


class _ResultModel(Generic[T]):
    """Shared behaviour of the date-ordered, paged models (events, quotes)."""

    rows_of: Callable[[Repository], Rows[T]]

    def _init_results(self) -> None:
        self.runner: Runner | None = None
        self.filter = Filter()
        self.shown: ResultRows[T] = ResultRows(None, ResultSet[T](Filter(), count=0))
        self.ticket: Ticket | None = None
        self.problem = ""

    @property
    def complete(self) -> bool:
        """True when the current filter's list is shown and its length (and order) is known."""
        shown = self.shown.result
        return self.ticket is None and shown.filter == self.filter and shown.complete

    @property
    def rows(self) -> PagedRows[T] | RankedRows[T]:
        """The fetched rows (for tests and benchmarks)."""
        return self.shown.rows

    def set_source(self, runner: Runner | None, f: Filter) -> None:
        """Show the records matching a filter in an open session (None shows nothing)."""
        if runner is self.runner and f == self.filter and runner is not None:
            return
        if self.ticket is not None:
            self.ticket.cancel()
            self.ticket = None
        if runner is None or runner is not self.runner:  # old rows page from their own session only
            self._reset(ResultRows(None, ResultSet(f, count=0)))
        self.runner, self.filter, self.problem = runner, f, ""
        if runner is None:
            return
        rows_of = self.rows_of
        self.ticket = runner.request(
            lambda repo: first_results(rows_of(repo), f, PAGE), self._first_arrived, self._failed
        )

    def _first_arrived(self, started: ResultSet[T]) -> None:
        self.ticket = None
        if self.runner is None:
            return
        # By relevance nothing comes before the ranking (with its first page): the last rows stay till then,
        # rather than an empty list whose scroll bar came and went (a whole repaint more).
        if not started.filter.ranked:
            self._reset(ResultRows(self.rows_of(self.runner.repo), started))
            if self.complete:
                self._announce("")
                return
        rows_of = self.rows_of
        self.ticket = self.runner.request(
            lambda repo: finish_results(rows_of(repo), started), self._finished, self._failed
        )

    def _reset(self, shown: ResultRows[T]) -> None:
        self.beginResetModel()  # type: ignore[attr-defined]
        self.shown = shown
        self.endResetModel()  # type: ignore[attr-defined]

    def _finished(self, result: ResultSet[T]) -> None:
        self.ticket = None
        if self.runner is None:
            return
        if result.filter.ranked:
            self._reset(ResultRows(self.rows_of(self.runner.repo), result))
        else:
            self._grow(result)
        self._announce("")

    def _failed(self, message: str) -> None:
        self.ticket = None
        self.problem = message
        self._announce(message)

    def _announce(self, problem: str) -> None:
        """Say the rest of the result set arrived (or why it cannot)."""
        raise NotImplementedError

    def _grow(self, result: ResultSet[T]) -> None:
        old = len(self.shown.rows)
        if result.length > old:
            self.beginInsertRows(QModelIndex(), old, result.length - 1)  # type: ignore[attr-defined]
            self.shown.result = result
            self.shown.rows.count = result.length
            self.endInsertRows()  # type: ignore[attr-defined]
        else:
            self.shown.result = result

    def record(self, row: int) -> T | None:
        """The record at a row (fetched on demand)."""
        return self.shown.rows.get(row)

    def row_of_id(self, record_id: int) -> int | None:
        """The row of a loaded record by id."""
        return self.shown.rows.find_loaded(lambda rec: rec.id == record_id)


class QuoteModel(_ResultModel[Quote], QAbstractTableModel):
    """Quotes: date, speaker, direct/reported, text."""

    completed = Signal()
    failed = Signal(str)
    COLUMNS = (
        str(QT_TRANSLATE_NOOP("QuoteModel", "Date")),
        str(QT_TRANSLATE_NOOP("QuoteModel", "Speaker")),
        str(QT_TRANSLATE_NOOP("QuoteModel", "Kind")),
        str(QT_TRANSLATE_NOOP("QuoteModel", "Quote")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        QAbstractTableModel.__init__(self, parent)
        self._init_results()
        self._spans: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}

    def _announce(self, problem: str) -> None:
        (self.failed.emit(problem) if problem else self.completed.emit())

    @staticmethod
    def rows_of(repo: Repository) -> Rows[Quote]:
        """Quotes as lists show them."""
        return repo.quote_rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.shown.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        """The columns' names, as accessibility asks the model (the header shows column_labels())."""
        horizontal = orientation == QtCore.Qt.Orientation.Horizontal
        if horizontal and role == DISPLAY_ROLE and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("QuoteModel", self.COLUMNS[section])
        return None

    @classmethod
    def column_labels(cls) -> list[str]:
        """The columns' names, in the interface's language."""
        return [QCoreApplication.translate("QuoteModel", c) for c in cls.COLUMNS]

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role not in QUOTE_ROLES or not index.isValid():
            return None
        q = self.record(index.row())
        if q is None:
            return None
        if role == DISPLAY_ROLE:
            return self._display(q, index.column())
        if role == TOOLTIP_ROLE:
            return self._tooltip(q, index.column())
        if role == ID_ROLE:
            return q.id
        if role == RECORD_ROLE:
            return q
        if role == FOREGROUND_ROLE:  # an undated quote's publication day is muted: not the quote's own date
            return self._muted() if index.column() == 0 and not q.date and self._published_day(q) else None
        if index.column() != 3:  # SPANS_ROLE: only the quote's text shows the search's matches
            return None
        texts = self.shown.result.filter.text_terms  # the rows' own search, until the next one's arrive
        return self._matches(self._display(q, 3), texts) if texts else None

    def _matches(self, text: str, texts: tuple[str, ...]) -> list[tuple[int, int]]:
        """Where a search's text terms are in a quote's text, kept for the rows on show: each repaint of a
        highlighted list asks again for every row (some 20 µs each at a million quotes)."""
        key = (text, texts)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = match_spans(text, texts)
            if len(self._spans) > SPANS_KEPT:
                del self._spans[next(iter(self._spans))]  # the oldest
        return found

    @staticmethod
    def _published_day(q: Quote) -> str:
        """The day q's article was published, as shown ('' when unknown): a quote whose own date is
        unknown shows it, marked as the publication's (a reader saw “undated” for a dated article)."""
        return published_label(q.published)

    @staticmethod
    def _muted() -> Any:
        """The palette's muted text colour (as the lists' empty hints are drawn)."""
        from PySide6.QtGui import QGuiApplication, QPalette  # loaded with the first undated quote

        return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)

    def _display(self, q: Quote, column: int) -> str:
        if column == 0:
            if q.date:
                return q.date.label(i18n.lang())
            day = self._published_day(q)
            return (
                QCoreApplication.translate("QuoteModel", "published {day}").format(day=day)
                if day
                else undated()
            )
        if column == 1:
            return q.speaker_name
        if column == 2:
            return kind_name(q.kind)
        return q.text.replace("\n", " ")

    def _tooltip(self, q: Quote, column: int) -> str:
        if column == 0 and not q.date and self._published_day(q):
            return tooltip(
                QCoreApplication.translate(
                    "QuoteModel", "Published {day}: the article's date.\nThe quote itself carries no date."
                ).format(day=self._published_day(q))
            )
        if column == 0:
            when = q.date.describe(i18n.lang()) if q.date else undated()
            return tooltip(
                QCoreApplication.translate("QuoteModel", "{when}\nprinted as “{printed}”").format(
                    when=when, printed=q.date_text
                )
            )
        if column == 2:
            return tooltip(
                QCoreApplication.translate("QuoteModel", "direct: in quote marks")
                if q.kind == "direct"
                else QCoreApplication.translate(
                    "QuoteModel", "reported: after 表示: / 称: with no quote marks"
                )
            )
        role = q.speaker_role.text or q.speaker_role.label(i18n.lang()) if q.speaker_role else ""
        if column == 1:  # the speaker's whole name and role, where the column cuts them short
            return tooltip(f"{q.speaker_name}, {role}" if role else q.speaker_name)
        parts = [q.text] + ([f"({q.translation})"] if q.translation else [])
        if q.speaker_role:
            parts.append(f"— {q.speaker_name}, {role}")
        return tooltip("\n".join(parts))


class EventModel(_ResultModel[Event], QAbstractListModel):
    """Events in date order; each record carries the names of its people."""

    completed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        QAbstractListModel.__init__(self, parent)
        self._init_results()

    def _announce(self, problem: str) -> None:
        (self.failed.emit(problem) if problem else self.completed.emit())

    @staticmethod
    def rows_of(repo: Repository) -> Rows[Event]:
        """Events as lists show them."""
        return repo.event_rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.shown.rows)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role not in EVENT_ROLES or not index.isValid():
            return None
        e = self.record(index.row())
        if e is None:
            return None
        if role == DISPLAY_ROLE:
            return f"{e.date.label(i18n.lang()) if e.date else undated()}  {e.summary}"
        if role == TOOLTIP_ROLE:
            return tooltip(describe_event(e))
        if role == PEOPLE_ROLE:
            return i18n.listed(e.person_names + e.org_names)
        if role == ID_ROLE:
            return e.id
        if role == RECORD_ROLE:
            return e
        return None


def describe_event(e: Event) -> str:
    """An event's tooltip: summary, the date as printed and what it means, who is involved."""
    when = (
        QCoreApplication.translate("EventModel", "{when}; printed as “{printed}”").format(
            when=e.date.describe(i18n.lang()), printed=e.date_text
        )
        if e.date
        else undated()
    )
    names = i18n.listed(e.person_names + e.org_names)
    return "\n".join([e.summary, when] + ([names] if names else []))


class EntityModel(QAbstractListModel):
    """Everyone (persons and organisations, by latin name, a page at a time), or a search's people."""

    completed = Signal()
    failed = Signal(str)
    PAGE = 200
    REST_SLICE = 10_000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner: Runner | None = None
        self.filter = Filter()
        self.items = WhoList()
        self.ticket: Ticket | None = None
        self.problem = ""
        self._more = False
        self._rest: Ticket | None = None

    def set_source(self, runner: Runner | None, f: Filter) -> None:
        """Everyone when the filter is empty (paged), else the people it is about (from the worker)."""
        if runner is self.runner and f == self.filter and runner is not None:
            return
        for ticket in (self.ticket, self._rest):
            if ticket is not None:
                ticket.cancel()
        self.ticket = self._rest = None
        # Everyone's first page comes with the reset: a list reset empty first brought up its "No people
        # yet." hint, to take it down again when the page was inserted.
        self.beginResetModel()
        self.runner, self.filter, self.items, self.problem = runner, f, WhoList(), ""
        self._more = runner is not None and f.is_empty()
        if runner is not None and self._more:
            self.items = self._next_page(runner.repo)
        self.endResetModel()
        if runner is not None and not f.is_empty():
            self.ticket = runner.request(lambda repo: repo.whos_in(f), self._arrived, self._failed)

    @property
    def complete(self) -> bool:
        """True when every row is known (a search's list arrived, or everyone is paged in)."""
        return self.ticket is None

    def _arrived(self, whos: WhoList) -> None:
        self.ticket = None
        self.beginResetModel()
        self.items = whos
        self.endResetModel()
        self.completed.emit()

    def _failed(self, message: str) -> None:
        self.ticket = None
        self.problem = message
        self.failed.emit(message)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or self.runner is None:
            return
        page = self._next_page(self.runner.repo)
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.items.after = page.after
            self.endInsertRows()

    def fetch_rest(self, done: Callable[[], None]) -> None:
        """Everyone not paged in yet, read by the worker in one go (End goes to the last of everyone:
        at 1M quotes that is 101,000 people, too many to page through in a frame); done() once they
        are in the list, at once if they already are."""
        if not self._more or self.runner is None:
            done()
            return
        if self._rest is not None:
            self._rest.cancel()
        after = self.items.after

        def arrived(rest: WhoList) -> None:
            self._rest = None
            self._insert_in_turns(rest, 0, self.items, done)

        def failed(message: str) -> None:
            self._rest = None
            self._failed(message)

        # SQLite reads LIMIT -1 as no limit
        self._rest = self.runner.request(lambda repo: repo.entities_page(after, -1), arrived, failed)

    def _insert_in_turns(self, rest: WhoList, at: int, into: WhoList, done: Callable[[], None]) -> None:
        """The rest inserted a slice per turn of the event loop (100,000 people at once held the GUI
        thread 13–20 ms; 10,000 a turn, 10–14); given up when the list was reset meanwhile (`into` no
        longer its rows)."""
        if into is not self.items:
            return
        if at == 0 and rest.after is not None:  # a page asked for while the rest goes in comes after it all
            into.after = rest.after
        part = min(len(rest), at + self.REST_SLICE) - at
        if part > 0:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + part - 1)
            self.items.extend(rest, at, at + part)
            self.endInsertRows()
        if at + self.REST_SLICE < len(rest):
            QTimer.singleShot(0, self, lambda: self._insert_in_turns(rest, at + self.REST_SLICE, into, done))
            return
        self._more = False
        done()

    def _next_page(self, repo: Repository) -> WhoList:
        """Everyone's next page after the rows loaded (from the GUI thread's connection: it is quick)."""
        page = repo.entities_page(self.items.after, self.PAGE)
        self._more = len(page) == self.PAGE
        return page

    def totals(self) -> tuple[int, int]:
        """How many people, and how many organisations, the list stands for (everyone's when paged)."""
        if self.runner is not None and self.filter.is_empty():
            counts = self.runner.repo.counts(("persons", "orgs"))
            return counts["persons"], counts["orgs"]
        orgs = self.items.kinds.count(ord("o"))
        return len(self.items) - orgs, orgs

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if role not in ENTITY_ROLES or not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        items, row = self.items, index.row()
        if role == DISPLAY_ROLE:
            return who_label(items.names[row], items.latins[row])
        if role == TOOLTIP_ROLE:
            return tooltip(self._tip(row))
        if role == FONT_ROLE and items.kind(row) == "org":
            from PySide6.QtGui import QFont  # loaded with the person pane's first organisation

            font = QFont()
            font.setItalic(True)
            return font
        if role == ID_ROLE:
            return (items.kind(row), items.ids[row])
        if role == RECORD_ROLE:
            return items[row]
        return None

    def _tip(self, row: int) -> str:
        """The whole name (with its latin form) and what they are: a person's roles as printed, where the
        list's column may still cut a long name short."""
        items = self.items
        org = items.kind(row) == "org"
        kind = self.tr("organisation") if org else self.tr("person")
        lines = [
            self.tr("{name} ({kind})").format(name=who_label(items.names[row], items.latins[row]), kind=kind)
        ]
        person = None if org or self.runner is None else self.runner.repo.person(items.ids[row])
        if person is not None:  # (asked on hover only: one person's roles)
            lines += [r.label(i18n.lang()) for r in person.roles[:4]]
        return "\n".join(lines)

    def row_of(self, kind: str, entity_id: int, near: int = -1) -> int | None:
        """The row of a loaded person or organisation, the row `near` (the list's current one) looked at
        first: after End the list holds 101,000 people at a million quotes, and finding the last of them
        from the top, as choosing them did, took 12 ms of the GUI thread (the ids' array is searched in C)."""
        return self.items.find(kind, entity_id, near)
