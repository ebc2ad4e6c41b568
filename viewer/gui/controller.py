"""What the window shows: the open database, the search, the chosen person/event/range/quote, history."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.dates import FuzzyDate
from ..core.filters import Filter
from ..core.repository import Repository
from ..core.resolve import Resolution, resolve, with_dates


@dataclass(frozen=True)
class Selection:
    """The reader's focus: a person or organisation, an event, a date range, and a quote."""

    who: tuple[str, int] | None = None
    event: int | None = None
    range: FuzzyDate | None = None
    quote: int | None = None


class Controller(QObject):
    """Owns the repository and the reader's focus; panes listen and ask it for their filters."""

    databaseChanged = Signal()
    filtersChanged = Signal()
    selectionChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo: Repository | None = None
        self.query = ""
        self.resolution = Resolution(Filter())
        self.selection = Selection()
        self._history: list[Selection] = [Selection()]
        self._at = 0

    # --- database and search -------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Open a database read-only; raises DatabaseError with a one-line reason."""
        repo = Repository(path)
        if self.repo is not None:
            self.repo.close()
        self.repo = repo
        self.resolution = resolve(repo, self.query) if self.query else Resolution(Filter())
        self._reset_history()
        self.databaseChanged.emit()
        self.filtersChanged.emit()

    def search(self, text: str) -> None:
        """Apply a query from the search box (an empty one shows everything)."""
        self.query = text.strip()
        if self.repo is None:
            return
        self.resolution = resolve(self.repo, self.query) if self.query else Resolution(Filter())
        self._reset_history()
        self.filtersChanged.emit()

    def _reset_history(self) -> None:
        self.selection = Selection()
        self._history, self._at = [self.selection], 0

    # --- focus -----------------------------------------------------------------------------

    def choose_who(self, kind: str, entity_id: int) -> None:
        """Focus on a person or organisation: timeline and quotes narrow to them."""
        self._go(Selection(who=(kind, entity_id)), refilter=True)

    def choose_event(self, event_id: int) -> None:
        """Focus on an event: quotes and people narrow to it."""
        self._go(replace(self.selection, event=event_id, quote=None), refilter=True)

    def choose_range(self, date: FuzzyDate) -> None:
        """Focus on a date range, like a date search."""
        self._go(Selection(who=self.selection.who, range=date), refilter=True)

    def choose_quote(self, quote_id: int) -> None:
        """Select a quote: its span is shown and its speaker selected, nothing is refiltered."""
        self._go(replace(self.selection, quote=quote_id), refilter=False)

    def clear_focus(self) -> None:
        """Back to the search results as a whole."""
        self._go(Selection(), refilter=True)

    def _go(self, selection: Selection, refilter: bool) -> None:
        if selection == self.selection:
            return
        self._history = self._history[: self._at + 1] + [selection]
        self._at = len(self._history) - 1
        self._apply(selection, refilter)

    def _apply(self, selection: Selection, refilter: bool) -> None:
        old = self.selection
        self.selection = selection
        if refilter or (old.who, old.event, old.range) != (selection.who, selection.event, selection.range):
            self.filtersChanged.emit()
        self.selectionChanged.emit()

    def can_back(self) -> bool:
        """True when there is an earlier selection."""
        return self._at > 0

    def can_forward(self) -> bool:
        """True when there is a later selection."""
        return self._at < len(self._history) - 1

    def back(self) -> None:
        """Walk back in the selection history."""
        if self.can_back():
            self._at -= 1
            self._apply(self._history[self._at], refilter=False)

    def forward(self) -> None:
        """Walk forward in the selection history."""
        if self.can_forward():
            self._at += 1
            self._apply(self._history[self._at], refilter=False)

    # --- the filter each pane shows --------------------------------------------------------

    @property
    def base(self) -> Filter:
        """The search box's filter."""
        return self.resolution.filter

    def _with_who(self, f: Filter) -> Filter:
        who = self.selection.who
        if who is None:
            return f
        kind, entity_id = who
        if kind == "person":
            return replace(f, who_persons=frozenset({entity_id}), who_orgs=None)
        return replace(f, who_orgs=frozenset({entity_id}), who_persons=None)

    def _with_range(self, f: Filter) -> Filter:
        return with_dates(f, self.selection.range) if self.selection.range else f

    def timeline_filter(self) -> Filter:
        """Events: the search, narrowed to the chosen person and range."""
        return self._with_range(self._with_who(self.base))

    def quote_filter(self) -> Filter:
        """Quotes: the search, narrowed to the chosen person, event and range."""
        f = self._with_range(self._with_who(self.base))
        if self.selection.event is not None:
            f = replace(f, event_ids=frozenset({self.selection.event}))
        return f

    def people_filter(self) -> Filter:
        """People: the search, narrowed to the chosen event and range."""
        f = self._with_range(self.base)
        if self.selection.event is not None:
            f = replace(f, event_ids=frozenset({self.selection.event}))
        return f
