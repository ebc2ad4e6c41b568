"""What the window shows: the open session, the search, the reader's focus, and history.

The controller owns the session (one open database) and the models every pane shows. A search
or a change of focus gives each model its filter in the current session; a new session replaces
the old one in every model before the old one is closed, so nothing ever reads a closed database.
A query is resolved on the session's worker (a person prefix finds thousands of people); the
panes keep the previous results until its filter is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core.dates import FuzzyDate
from ..core.filters import Either, Filter
from ..core.fts import match_spans
from ..core.message import Message
from ..core.records import Article, Org, Person, Quote, Role, Span
from ..core.repository import Repository
from ..core.resolution import Resolution
from .models import EntityModel, EventModel, QuoteModel
from .session import Session, Ticket

if TYPE_CHECKING:
    from .timeline.source import TimelineSource

Who = tuple[str, int]


@dataclass(frozen=True)
class Selection:
    """The reader's focus: a person or organisation, an event, a date range, and a quote; or an article the
    chosen person's roles are printed in (an editor's credit line)."""

    who: Who | None = None
    event: int | None = None
    range: FuzzyDate | None = None
    quote: int | None = None
    named: str = ""  # the chosen one says and does nothing here: where this name is printed counts
    article: int | None = None
    credited: Who | None = None  # whose details the article was chosen from, when nobody is chosen


@dataclass(frozen=True)
class Visit:
    """A step in Back and Forward's history: a search and what was chosen in its results."""

    query: str = ""
    selection: Selection = Selection()
    kept: bool = False  # searched with Enter or a suggestion chosen (not as the query was typed): a step


@dataclass(frozen=True)
class Focus:
    """What the panes show for a selection: who is selected, which event and quote, and where."""

    who: Who | None = None
    event: int | None = None
    quote: Quote | None = None
    article: Article | None = None
    anchors: list[Span] = field(default_factory=list)
    anchor_texts: list[str] = field(default_factory=list)
    matches: list[Span] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)  # the article's, as its byline credits them


@dataclass(frozen=True)
class Detail:
    """What the people pane shows of the one chosen, read for it by the controller: their record, the
    articles their roles are printed in (a credit line), and whether they say or do anything here."""

    who: Who
    database: int  # which opening of a database it was read in (their details are read again in another)
    person: Person | None = None
    org: Org | None = None
    credits: tuple[tuple[Article, tuple[Role, ...]], ...] = ()
    silent: bool = False  # credited, and neither saying nor doing anything here (read only when credited)


def first_page_shown(model: QuoteModel | EventModel) -> bool:
    """True when a list shows the first page of its own filter's results."""
    shown = model.shown.result  # a ranked list's first reset holds no rows: its ranking is still to come
    ranked_pending = shown.filter.ranked and shown.ranking is None
    return model.runner is not None and shown.filter == model.filter and not ranked_pending


def _held(repo: Repository, who: Who | None) -> Who | None:
    """A person or organisation, if the database holds them."""
    if who is None:
        return None
    return who if (repo.persons([who[1]]) if who[0] == "person" else repo.orgs([who[1]])) else None


def _still_held(repo: Repository, sel: Selection) -> Selection:
    """A choice without what the database no longer holds (an article taken out took its quotes along)."""
    who = _held(repo, sel.who)
    return replace(
        sel,
        who=who,
        named=sel.named if who is not None else "",
        event=sel.event if sel.event is not None and repo.event(sel.event) is not None else None,
        quote=sel.quote if sel.quote is not None and repo.quote(sel.quote) is not None else None,
        article=sel.article if sel.article is not None and repo.article(sel.article) is not None else None,
        credited=_held(repo, sel.credited),
    )


class Controller(QObject):
    """Owns the session, the models, and the reader's focus; panes listen and show."""

    sessionChanged = Signal()
    filtersChanged = Signal()
    selectionChanged = Signal()
    statusChanged = Signal()
    settled = Signal()
    queryShown = Signal(str)  # Back or Forward went to another search: the search box shows it

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._opened = 0  # databases opened: a Detail says in which it was read
        self._detail: Detail | None = None  # the last one read (the database is read-only while open)
        self.query = ""
        self.resolution = Resolution(Filter())
        self.selection = Selection()
        self._history: list[Visit] = [Visit(kept=True)]  # (everything, as at the start: Back goes there)
        self._at = 0
        self._article_id: int | None = None
        self._by_credit: int | None = None  # the article shown as the chosen person's for want of results
        self._resolving: Ticket | None = None
        self._quotes_only = False
        self.quotes, self.events, self.people = QuoteModel(self), EventModel(self), EntityModel(self)
        self.their_events, self.their_quotes = EventModel(self), QuoteModel(self)  # the chosen one's
        self._timeline: TimelineSource | None = None
        for source in (self.quotes, self.events, self.people):
            source.completed.connect(self._completed)
            source.failed.connect(lambda _message: self.statusChanged.emit())
        self.quotes.modelReset.connect(self._article_of_results)
        self.events.modelReset.connect(self._article_of_results)

    @property
    def timeline(self) -> TimelineSource:
        """The timeline's counts and events, made when first needed (start-up paints the first page of quotes
        before the timeline's modules are loaded: ~3 ms)."""
        if self._timeline is None:
            from .timeline.source import TimelineSource

            self._timeline = TimelineSource(self)
            self._timeline.changed.connect(lambda _fit: self.statusChanged.emit())
            self._timeline.failed.connect(lambda _message: self.statusChanged.emit())
        return self._timeline

    @property
    def repo(self) -> Repository | None:
        """The open session's repository (the GUI thread's connection), or None."""
        return self.session.repo if self.session else None

    # --- database and search -------------------------------------------------------------

    def open(
        self, path: Path, *, quotes_first: bool = False, keep_history: bool = False, keep_choice: bool = True
    ) -> None:
        """Open a database in a new session; raises UserError with a one-line reason. Quotes first (start-up):
        only the quote list is given its results until show_everything(). Keep history: the database holds
        what the last one did (read again, or an import into it), so Back and Forward go on in it, with
        what was chosen still chosen or (not `keep_choice`) a step of its search with nothing chosen."""
        session = Session(Path(path), self)
        self._quotes_only = quotes_first
        old, self.session = self.session, session
        self._opened += 1
        session.idle.connect(self.statusChanged)
        session.idle.connect(self.settled)
        first = session.repo.articles(limit=1)
        self._article_id = first[0].id if first else None
        self._by_credit = None
        chosen = self._keep_history(session.repo, keep_choice) if keep_history else self._reset_history()
        if self.query:  # nothing of the old database is shown while the query is resolved in the new one
            self.resolution = Resolution(Filter())
            self._clear_sources()
            self.timeline.wait()
            self.selectionChanged.emit()
        self.sessionChanged.emit()
        self._search_in(session, chosen)
        if old is not None:
            old.close()
            old.deleteLater()

    def show_everything(self) -> None:
        """After a quotes-first open: the other lists are given their results too."""
        if self._quotes_only:
            self._quotes_only = False
            if self.session is not None and self._resolving is None and self.quotes.runner is not None:
                self._refilter()  # (a search that could not be resolved showed nothing, and still does)

    def close(self) -> None:
        """Close the session (the window is closing)."""
        if self.session is not None:
            self._clear_sources()
            self.session.close()
            self.session = None

    def _clear_sources(self) -> None:
        for source in (self.quotes, self.events, self.people, self.timeline):
            source.set_source(None, Filter())

    def search(self, text: str) -> None:
        """Apply a query from the search box (an empty one shows everything); Back goes to the last one."""
        self.query = text.strip()
        self._note_search(self.query)
        if self.session is not None:
            self._search_in(self.session)

    def _note_search(self, query: str) -> None:
        """A new search is a new step in history, after the last step's choice; a search in which nothing
        was chosen is replaced (a query typed letter by letter is one step)."""
        last = self._history[self._at]
        if query == last.query and last.selection == Selection():
            return  # (Enter on the search shown: no step again)
        keep = self._at + (last.kept or last.selection != Selection())
        self._history = self._history[:keep] + [Visit(query)]
        self._at = keep

    def keep_search(self, query: str) -> None:
        """The search shown was made on purpose (Enter, a suggestion chosen): Back comes back to it, chosen
        in or not (review34b: a search read without a click was replaced by the next)."""
        visit = self._history[self._at]
        if visit.query == query.strip():
            self._history[self._at] = replace(visit, kept=True)

    def _search_in(self, session: Session, chosen: Selection = Selection()) -> None:
        """Resolve the query on the worker, then show it with nothing chosen (or history's step's choice)."""
        self.selection = chosen  # a person chosen while the query resolves is kept
        self._resolve(session)

    def _resolve(self, session: Session) -> None:
        """Resolve the query on the worker, then show it; an empty query shows everything at once."""
        if self._resolving is not None:
            self._resolving.cancel()
            self._resolving = None
        query = self.query
        if not query:
            self._show(Resolution(Filter()))
            return
        from ..core.resolve import resolve  # (with the query language: not needed to show everything)

        self._resolving = session.request(lambda repo: resolve(repo, query), self._show, self._unresolved)
        self.statusChanged.emit()  # searching…, not the counts of the panes it has just emptied

    def _show(self, resolution: Resolution) -> None:
        self._resolving = None
        if resolution.incomplete:  # 2026-03-0: the results so far stay until the date is whole
            self.resolution = replace(self.resolution, problems=resolution.problems)
            self.statusChanged.emit()
            return
        self.resolution = resolution
        self._refilter()

    def _article_of_results(self) -> None:
        """While nothing is chosen, the article shown is the one the first result comes from (the first
        quote's, else the first event's; none when nothing was found), not the last one looked at."""
        if self.session is None or self.selection.quote is not None or self.selection.event is not None:
            return
        if not first_page_shown(self.quotes):  # cleared, or still showing the last search's rows
            return
        quote = self.quotes.record(0) if self.quotes.rowCount() else None
        if quote is None and not first_page_shown(self.events):
            return
        event = self.events.record(0) if quote is None and self.events.rowCount() else None
        first = quote or event
        self._by_credit = None if first is not None else self._credited_article()
        article_id = first.article_id if first is not None else self._by_credit
        if article_id != self._article_id:  # shown in a frame of its own, after the list's
            self._article_id = article_id
            self.session.after_paint(self.selectionChanged.emit)

    def _credited_article(self) -> int | None:
        """The first article that names or credits the chosen person, when nothing of theirs is found (a
        credited editor says and does nothing: walk33 saw the article pane go blank on choosing one)."""
        who = self._who_focused()
        detail = self.detail(who) if who is not None and who[0] == "person" else None
        return detail.credits[0][0].id if detail is not None and detail.credits else None

    def _who_focused(self) -> Who | None:
        """Whose details are shown while no quote is chosen: the one chosen, or whose details an article was
        chosen from, or the one the search names alone."""
        sel, named = self.selection, self.resolution.who
        return sel.who or sel.credited or ((named[0].kind, named[0].id) if len(named) == 1 else None)

    def _unresolved(self, message: str) -> None:
        self._resolving = None
        self.resolution = replace(self.resolution, problems=[Message("{problem}", problem=message)])
        self.statusChanged.emit()

    def _reset_history(self) -> Selection:
        """History starts again at the search shown, nothing chosen (which it returns)."""
        self.selection = Selection()
        self._history, self._at = [Visit(self.query, kept=True)], 0
        return self.selection

    def _keep_history(self, repo: Repository, keep_choice: bool) -> Selection:
        """History goes on in a database holding the last one's; the step shown keeps what of its choice it
        holds (which it returns), or is followed by its search with nothing chosen."""
        self._history, self._at = self._steps_held(repo)
        if not keep_choice and self._history[self._at].selection != Selection():
            self._history, self._at = (
                self._history[: self._at + 1] + [Visit(self.query, kept=True)],
                self._at + 1,
            )
        self.selection = self._history[self._at].selection
        return self.selection

    def _steps_held(self, repo: Repository) -> tuple[list[Visit], int]:
        """History's steps whose choices a database holds, and where the one shown is among them (itself kept
        with what of its choice the database holds; a step the same as the one before it goes)."""
        steps: list[Visit] = []
        at = 0
        for i, visit in enumerate(self._history):
            if i == self._at:
                visit = replace(visit, selection=_still_held(repo, visit.selection))
            elif _still_held(repo, visit.selection) != visit.selection:
                continue
            if not steps or (steps[-1].query, steps[-1].selection) != (visit.query, visit.selection):
                steps.append(visit)
            if i == self._at:
                at = len(steps) - 1
        return steps, at

    def _refilter(self) -> None:
        s = self.session
        if not self._quotes_only and s is not None and self.quotes.runner is s:
            # Within a session (Show All, Back), what is shown without the worker comes first, before it is
            # given the lists' pages: everyone's first page (read on this thread) and the whole database's
            # counts (kept). Read after, while the worker ran Python, each of the page's 200 rows waited for
            # the interpreter: Show All took 4-13 ms of wall time for 3-6 ms of the GUI thread's CPU. (A
            # database just opened asks for its quotes first, as before: its first page is what it waits for.)
            people, timeline = self.people_filter(), self.timeline_filter()
            if people.is_empty():
                self.people.set_source(s, people)
            if self.timeline.shows_at_once(s, timeline):
                self.timeline.set_source(s, timeline)
        self.quotes.set_source(s, self.quote_filter())
        if not self._quotes_only:  # start-up: the worker and the GUI thread on the first page alone till then
            self.events.set_source(s, self.timeline_filter())
            self.timeline.set_source(s, self.timeline_filter())
            self.people.set_source(s, self.people_filter())
        self.filtersChanged.emit()
        self.selectionChanged.emit()
        self.statusChanged.emit()

    def _completed(self) -> None:
        self.statusChanged.emit()
        if self.sender() is self.people:
            self.selectionChanged.emit()

    def busy(self) -> bool:
        """True while counts, people or rankings of the current search are on their way."""
        return self.session is not None and self.session.busy()

    # --- focus -----------------------------------------------------------------------------

    def choose_who(self, kind: str, entity_id: int) -> None:
        """Focus on a person or organisation: timeline and quotes narrow to them."""
        self._go(Selection(who=(kind, entity_id), named=self._silent_name(kind, entity_id)))

    def choose_event(self, event_id: int) -> None:
        """Focus on an event: quotes and people narrow to it."""
        self._go(replace(self.selection, event=event_id, quote=None, article=None, credited=None))

    def choose_range(self, date: FuzzyDate) -> None:
        """Focus on a date range, like a date search."""
        self._go(Selection(who=self.selection.who, range=date, named=self.selection.named))

    def choose_quote(self, quote_id: int) -> None:
        """Select a quote: its span is shown and its speaker selected, nothing is refiltered."""
        self._go(replace(self.selection, quote=quote_id, article=None, credited=None))

    def choose_article(self, article_id: int, credited: Who | None = None) -> None:
        """Show an article the chosen person's roles are printed in, those places highlighted (a credited
        editor or photographer has no event or quote to lead there). `credited`: whose details it was chosen
        from, when they were shown as a quote's speaker (nobody chosen): still theirs, nothing narrowed."""
        sel = self.selection
        credited = None if sel.who is not None else credited
        self._go(replace(sel, article=article_id, event=None, quote=None, credited=credited))

    def restore_choice(self, who: Who | None, event: int | None, quote: int | None) -> None:
        """Choose again what was chosen when the window closed, as far as this database still holds it."""
        repo = self.repo
        if repo is None:
            return
        if who is not None and not (repo.persons([who[1]]) if who[0] == "person" else repo.orgs([who[1]])):
            who = None
        event = event if event is not None and repo.event(event) is not None else None
        quote = quote if quote is not None and repo.quote(quote) is not None else None
        if (who, event, quote) != (None, None, None):
            named = self._silent_name(*who) if who is not None else ""
            self._go(Selection(who=who, event=event, quote=quote, named=named))

    def clear_focus(self) -> None:
        """Back to the search results as a whole."""
        self._go(Selection())

    def _go(self, selection: Selection) -> None:
        if selection == self.selection:
            return
        self._history = self._history[: self._at + 1] + [Visit(self.query, selection)]
        self._at = len(self._history) - 1
        self._apply(selection)

    def _apply(self, selection: Selection) -> None:
        old = self.selection
        self.selection = selection
        if (old.who, old.event, old.range) != (selection.who, selection.event, selection.range):
            self._refilter()
        else:
            self.selectionChanged.emit()

    def can_back(self) -> bool:
        """True when there is an earlier search or selection."""
        return self._at > 0

    def can_forward(self) -> bool:
        """True when there is a later search or selection."""
        return self._at < len(self._history) - 1

    def step_back(self) -> Visit | None:
        """Where Back leads (None: nowhere)."""
        return self._history[self._at - 1] if self.can_back() else None

    def step_forward(self) -> Visit | None:
        """Where Forward leads (None: nowhere)."""
        return self._history[self._at + 1] if self.can_forward() else None

    def back(self) -> None:
        """Walk back in the history of searches and selections."""
        if self.can_back():
            self._at -= 1
            self._visit(self._history[self._at])

    def forward(self) -> None:
        """Walk forward in the history of searches and selections."""
        if self.can_forward():
            self._at += 1
            self._visit(self._history[self._at])

    def _visit(self, visit: Visit) -> None:
        """Show a step of history: its search again if it was another, with what was chosen in it."""
        if visit.query == self.query:
            self._apply(visit.selection)
            return
        self.query, self.selection = visit.query, visit.selection
        self.queryShown.emit(visit.query)
        if self.session is not None:
            self._resolve(self.session)

    def focus(self) -> Focus:
        """What the panes show for the current selection: who, which event and quote, which spans;
        the chosen person's (or organisation's) own lists are pointed at them."""
        found = self._focus()
        self._show_theirs(found.who)
        return found

    def detail(self, who: Who | None) -> Detail | None:
        """The details of a person or organisation for the people pane (None: nobody's, or no database)."""
        repo = self.repo
        if repo is None or who is None:
            return None
        if self._detail is not None and (self._detail.who, self._detail.database) == (who, self._opened):
            return self._detail
        kind, entity_id = who
        if kind == "person":
            credits = tuple((article, tuple(roles)) for article, roles in repo.credits(entity_id))
            silent = bool(credits) and repo.silent(frozenset({entity_id}))
            self._detail = Detail(
                who, self._opened, person=repo.person(entity_id), credits=credits, silent=silent
            )
        else:
            orgs = repo.orgs([entity_id])
            self._detail = Detail(who, self._opened, org=orgs[0] if orgs else None)
        return self._detail

    def _show_theirs(self, who: Who | None) -> None:
        if who is None or self.session is None:
            self.their_events.set_source(None, Filter())
            self.their_quotes.set_source(None, Filter())
            return
        kind, entity_id = who
        ids = frozenset({entity_id})
        mine = Filter(who_persons=ids) if kind == "person" else Filter(who_orgs=ids)
        self.their_events.set_source(self.session, mine)
        self.their_quotes.set_source(self.session, mine)

    def _focus(self) -> Focus:
        repo, sel = self.repo, self.selection
        if repo is None:
            return Focus()
        quote = repo.quote(sel.quote) if sel.quote is not None else None
        if quote is not None:
            who: Who | None = ("person" if quote.speaker_kind == "person" else "org", quote.speaker_id)
            places = [(o.span, o.text) for o in quote.occurrences] or [(quote.span, quote.text)]
            event = quote.event_id or sel.event
            self._article_id = quote.article_id
        else:
            who = self._who_focused()
            found = repo.event(sel.event) if sel.event is not None else None
            places = [(found.span, found.text)] if found else []
            event = sel.event
            self._article_id = found.article_id if found else self._article_id
            # an article chosen from their credits, or shown as theirs for want of anything of theirs found
            credited_in = sel.article if sel.article is not None else self._by_credit
            detail = self.detail(who) if who is not None and who[0] == "person" else None
            if found is None and credited_in is not None and detail is not None:
                credits = [roles for article, roles in detail.credits if article.id == credited_in]
                places = [(r.span, r.text) for roles in credits for r in roles if r.span is not None]
                self._article_id = credited_in
        article = repo.article(self._article_id) if self._article_id is not None else None
        texts = self.base.text_terms
        matches = match_spans(article.body, texts) if article is not None and texts else []
        anchors, printed = [s for s, _ in places], [t for _, t in places]
        writers = repo.writers(article) if article is not None else []
        return Focus(who, event, quote, article, anchors, printed, matches, writers)

    # --- the filter each pane shows --------------------------------------------------------

    @property
    def base(self) -> Filter:
        """The search box's filter."""
        return self.resolution.filter

    def _silent_name(self, kind: str, entity_id: int) -> str:
        """A person's name when they say and do nothing here (only named): their mentions are theirs."""
        repo = self.repo
        if repo is None or kind != "person":
            return ""
        person = repo.persons([entity_id]) if repo.silent(frozenset({entity_id})) else []
        return person[0].name if person else ""

    def _with_who(self, f: Filter) -> Filter:
        who = self.selection.who
        if who is None:
            return f
        kind, entity_id = who
        if self.selection.named:  # 靖人: where the name is printed, as a search for it finds
            either = Either((self.selection.named,), frozenset({entity_id}))
            return replace(f, either=(*f.either, either))
        if kind == "person":
            return replace(f, who_persons=frozenset({entity_id}), who_orgs=None)
        return replace(f, who_orgs=frozenset({entity_id}), who_persons=None)

    def _with_range(self, f: Filter) -> Filter:
        if self.selection.range is None:
            return f
        from ..core.resolve import with_dates

        return with_dates(f, self.selection.range)

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
