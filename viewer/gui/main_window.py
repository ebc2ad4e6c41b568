"""The main window: panes in docks, actions and menus, linked through the controller."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# QtCore.Qt, QtGui.QAction…, not Qt, QAction…: the bare window paints before Qt's namespace (~14 ms of
# enums) and the classes only build() uses are loaded (PySide makes each class on first lookup).
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from .. import __version__, paths
from ..core.errors import UserError
from . import appearance, i18n
from .first_window import MAX_LANES, FirstWindow, first_quote_place, window_rect
from .i18n import messages
from .recent import recent_menu, remember
from .settings import APP_NAME, documents_folder, list_value, start_folder, text_value
from .views import NO_LIMIT, named, quiet_status_tips

EXPORT_ALL_MAX = 100_000
ASKED_ARTICLES = 10  # the articles the question before taking some out names (then how many more)
ABOUT_ARTICLES = 20  # the articles Help → About lists by name (then how many more)

if TYPE_CHECKING:  # the panes, the controller and the dialogs load in build(), after the first paint
    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QMenu

    from .controller import Controller, Focus, Visit
    from .dialogs import Ask
    from .importing import Importer
    from .library_dialog import Remover
    from .panes.article_pane import ArticlePane
    from .panes.person_pane import PersonPane
    from .panes.quote_panel import QuotePanel
    from .panes.search_bar import Offer, SearchBar
    from .panes.timeline_pane import TimelinePane
    from .session import Session, Ticket


class MainWindow(QMainWindow):
    """Timeline, people, quotes and the article, over one read-only database."""

    peopleFitted = QtCore.Signal(str)  # the people pane was sized to this database's longest names (or left)

    controller: Controller
    search: SearchBar
    quotes: QuotePanel
    timeline: TimelinePane
    people: PersonPane
    article: ArticlePane

    def __init__(self, settings: QSettings, ask: Ask | None = None, *, build: bool = True) -> None:
        super().__init__()
        self.settings, self._ask = settings, ask
        self.built = False
        self._placed = False
        self._said_at_start: tuple[str, str] | None = None  # why start-up could not open, told once built
        self._step_buttons: dict[bool, QWidget] = {}  # Back's (True), Forward's toolbar buttons, once built
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        if build:
            self.build()

    @property
    def ask(self) -> Ask:
        """How the window asks and tells the user things (dialogs): made when first needed."""
        if self._ask is None:
            from .dialogs import Ask

            self._ask = Ask()
        return self._ask

    def build(self) -> None:
        """The panes, docks, actions and menus, all at once (start-up builds the quote panel first)."""
        self.build_controller()
        self.build_quotes()
        self.build_rest()

    def build_controller(self) -> None:
        """The controller and its models: start-up opens the database with them, builds the quote panel
        while the worker reads the first page, and the rest of the window once the list has painted it."""
        from .controller import Controller

        self.controller = c = Controller(self)
        self.importer: Importer | None = None
        self._library_made = False  # the library the running import writes was made by it
        self.remover: Remover | None = None
        self._article_query: str | None = None  # the search the article pane's place was last set for
        self.first_window: FirstWindow | None = None
        self.quote_model, self.event_model, self.entity_model = c.quotes, c.events, c.people
        self._focus_steps: list[Ticket] = []
        self._unsaved_database: str | None = None

    def build_quotes(self, placed: bool = False) -> None:
        """The window's centre, the quote panel; placed, where the rest of the window will leave it (start-up
        builds the rest around it later: the list paints its first page in its place, and never moves)."""
        from .panes.quote_panel import QuotePanel

        c = self.controller
        self.quotes = QuotePanel(self.quote_model, self)
        rect = self.quote_place() if placed else None
        if rect is None:
            self.setCentralWidget(self.quotes)
        else:
            # The central widget once the rest is built (build_rest). A child made after its window was
            # shown stays hidden until shown: shown with its first page, it is never painted empty.
            self.quotes.setGeometry(*rect)
            c.quotes.modelReset.connect(self._show_placed_quotes)
        self.quotes.quoteChosen.connect(c.choose_quote)
        c.quotes.completed.connect(self._reselect_quote)

    def _show_placed_quotes(self) -> None:
        """The placed quote panel shown, once it holds its first page."""
        from .controller import first_page_shown

        if first_page_shown(self.quote_model):
            self.quote_model.modelReset.disconnect(self._show_placed_quotes)
            self.quotes.show()

    @staticmethod
    def load_rest() -> None:
        """The modules of the rest of the window (start-up loads them in a pass of their own)."""
        from .keyboard import PaneCycle, tab_in_reading_order  # noqa: F401
        from .panes.article_pane import ArticlePane  # noqa: F401
        from .panes.person_pane import PersonPane  # noqa: F401
        from .panes.search_bar import SearchBar  # noqa: F401
        from .panes.timeline_pane import TimelinePane  # noqa: F401
        from .status_line import StatusLine  # noqa: F401

    def build_rest(self) -> None:
        """The search box, the other panes, docks, actions and menus, around the quote panel; a database
        opened before them is shown in them once the caller has restored their state (catch_up)."""
        from .keyboard import PaneCycle, tab_in_reading_order
        from .panes.article_pane import ArticlePane
        from .panes.person_pane import PersonPane
        from .panes.search_bar import SearchBar
        from .panes.timeline_pane import TimelinePane
        from .status_line import StatusLine

        c = self.controller
        if self.centralWidget() is not self.quotes:  # placed by start-up: it stays where it is
            if self.quotes.isHidden():  # no first page came (no database, a failed list)
                self.quote_model.modelReset.disconnect(self._show_placed_quotes)
            self.setCentralWidget(self.quotes)
        self.search = SearchBar(self)
        self.timeline = TimelinePane(self.event_model, c.timeline, self)
        self.people = PersonPane(self.entity_model, c.their_events, c.their_quotes, self)
        self.article = ArticlePane(self)
        self.status = named(StatusLine(self), "statusCounts")
        self.status.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        # A long status (counts, notes, what a choice narrows to) is cut at the window's edge, whole in
        # its tooltip: it never widens the window. A chosen event's summary is cut first, so that the way
        # back (Esc shows all) stays in view.
        ignored = QtWidgets.QSizePolicy.Policy.Ignored
        self.status.setSizePolicy(ignored, QtWidgets.QSizePolicy.Policy.Preferred)
        self.statusBar().addWidget(self.status, 1)
        # What an action just did (copied, exported, imported) shows at the right for a while, beside the
        # counts, never over them (a status bar's own messages hide its other widgets).
        self.notice = named(QtWidgets.QLabel(self), "statusNotice")
        self.notice.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        # a rule between the two while a notice shows: they ran into each other (walk36 b12)
        self.notice_rule = named(QtWidgets.QFrame(self), "statusNoticeRule")
        self.notice_rule.setFrameShape(QtWidgets.QFrame.Shape.VLine)
        self.notice_rule.setFrameShadow(QtWidgets.QFrame.Shadow.Sunken)
        self.notice_rule.hide()
        self.statusBar().addPermanentWidget(self.notice_rule)
        self.statusBar().addPermanentWidget(self.notice)
        self._notice_timer = QTimer(self, singleShot=True)
        self._notice_timer.timeout.connect(self._clear_notice)
        self._notice_on_search = False  # the notice says the search goes on (stale once it is cleared)
        self.pane_cycle = PaneCycle(self._panes)
        self._build_layout()
        self._build_actions()
        self._connect()
        tab_in_reading_order(
            self,
            [self.toolbar, self.timeline, self.people, self.quotes, self.article],
            late=[self.timeline.canvas, self.timeline.view, self.people.events_view, self.people.quotes_view],
        )
        from .focus_frame import (  # with the panes: its colours' dataclass not before the first paint
            FieldFrame,
            FocusFrame,
        )

        lists: list[QtWidgets.QAbstractItemView] = [self.quotes.view, self.people.list, self.timeline.view]
        lists += [self.people.events_view, self.people.quotes_view]
        self.focus_frames = [FocusFrame(view) for view in [*lists, self.people.info_scroll]]
        self.search_frame = FieldFrame(self.search)  # the dark palette's Fusion draws it none
        self.people.show_detail(None)
        self._update_status()
        self.built = True

    def catch_up(self) -> None:
        """The panes built after the database was opened show what it holds: the timeline's counts, the
        focus (the first result's article), the status, the first window's lanes."""
        if self._unsaved_database is not None:
            remember(self.settings, self._unsaved_database)
            self._unsaved_database = None
        if self._said_at_start is not None:  # why the first database did not open, once the panes show
            said, self._said_at_start = self._said_at_start, None
            QTimer.singleShot(0, self, lambda: self.ask.error(self, *said))
        self.controller.show_everything()
        if self.controller.session is None:
            return
        self._session_changed()
        self.timeline.catch_up()
        self._show_focus()
        self._update_status()

    # --- construction ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.docks = {}
        for name, title, widget, area in (
            ("timelineDock", self.tr("Timeline"), self.timeline, QtCore.Qt.DockWidgetArea.TopDockWidgetArea),
            ("personDock", self.tr("People"), self.people, QtCore.Qt.DockWidgetArea.LeftDockWidgetArea),
            ("articleDock", self.tr("Article"), self.article, QtCore.Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            dock = named(QtWidgets.QDockWidget(title, self), name)
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        # The size each dock was given (by the user's drag, a restored state, the start), not the one a
        # window made smaller squeezed it to: a window made larger again gives it back (Qt gave all the room
        # regained to the quote list, leaving people and article some 70 px wide for good).
        self._dock_sizes: dict[str, int] = {}
        # The people pane is widened to show long names whole when a database opens, until the user sizes
        # the docks (a drag, or a layout of theirs restored): never while a search is typed.
        self.fit_people = True
        # The database the pane was last fitted to: the library read again after an import keeps the width
        # (a walkthrough saw the pane widen 8-14 px at every import, the library's longest name growing).
        self._people_fitted_for: str | None = None
        self._pressed_sizes: dict[str, int] | None = None  # the docks' sizes as a mouse button went down
        self._names_from: Session | None = None  # the session whose first idle asks for the longest names
        self.installEventFilter(self)  # the end of a drag of a separator between the docks
        self.resizeDocks([self.docks["timelineDock"]], [300], QtCore.Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.docks["personDock"], self.docks["articleDock"]],
            [330, 420],
            QtCore.Qt.Orientation.Horizontal,
        )

    def _action(self, name: str, text: str, shortcut, slot, tip: str) -> QAction:
        action = named(QtGui.QAction(text, self), name)
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.open_action = a(
            "openAction",
            self.tr("&Open Database…"),
            QtGui.QKeySequence.StandardKey.Open,
            self.choose_database,
            self.tr("Open another events database"),
        )
        self.reload_action = a(
            "reloadAction",
            self.tr("&Reload Database"),
            "F5",
            self.reload_database,
            self.tr("Read the open database again: what another program added to it shows"),
        )
        self.import_action = a(
            "importAction",
            self.tr("&Import Articles…"),
            "Ctrl+I",
            self.import_articles,
            self.tr("Read articles, review what was extracted, and add them to your library"),
        )
        self.library_action = a(
            "libraryAction",
            self.tr("Manage &Library…"),
            None,
            self.manage_library,
            self.tr("The articles you imported: see them, or take some out of your library"),
        )
        self.export_action = a(
            "exportAction",
            self.tr("&Export Selected…"),
            "Ctrl+E",
            self.export_selected,
            self.tr("Export the selected quotes with citations (Markdown, CSV, JSON)"),
        )
        self.quit_action = a(
            "quitAction", self.tr("&Quit"), QtGui.QKeySequence.StandardKey.Quit, self.close, self.tr("Quit")
        )
        self.copy_action = a(
            "copyAction",
            self.tr("&Copy Quotes"),
            QtGui.QKeySequence.StandardKey.Copy,
            self.copy_selected,
            self.tr("Copy the selected quotes with citations"),
        )
        self.find_action = a(
            "findAction",
            self.tr("&Find"),
            QtGui.QKeySequence.StandardKey.Find,
            self.focus_search,
            self.tr("Search people, dates or text"),
        )
        self.back_action = a(
            "backAction",
            self.tr("&Back"),
            "Alt+Left",
            self.controller.back,
            self.tr("Back to the previous search or selection"),
        )
        self.forward_action = a(
            "forwardAction",
            self.tr("&Forward"),
            "Alt+Right",
            self.controller.forward,
            self.tr("Forward to the next search or selection"),
        )
        self.clear_action = a(
            "clearAction",
            self.tr("&Show All"),
            None,
            self.clear_all,
            self.tr("Clear the search and the selection"),
        )
        self.about_action = a(
            "aboutAction",
            self.tr("&About"),
            None,
            self.show_about,
            self.tr("About events-viewer and its sources"),
        )
        self.next_pane_action = a(
            "nextPaneAction",
            self.tr("Next &Pane"),
            "F6",
            lambda: self.pane_cycle.step(True),
            self.tr("Move to the next pane"),
        )
        self.previous_pane_action = a(
            "previousPaneAction",
            self.tr("Pre&vious Pane"),
            "Shift+F6",
            lambda: self.pane_cycle.step(False),
            self.tr("Move to the previous pane"),
        )
        self.syntax_action = a(
            "syntaxAction",
            self.tr("&Search Syntax"),
            None,
            self.show_syntax,
            self.tr("The search language, with examples"),
        )
        self.shortcuts_action = a(
            "shortcutsAction",
            self.tr("&Keyboard Shortcuts"),
            QtGui.QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
            self.tr("Every key the window answers to"),
        )
        self.copy_action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        self.search.window_keys = {x.shortcut() for x in self.actions() if not x.shortcut().isEmpty()}
        from .keyboard import KeyboardMenuBar, idle_while_greyed

        for action in (self.back_action, self.forward_action):  # nowhere to go: the keys do nothing
            idle_while_greyed(action, self)

        self.setMenuBar(KeyboardMenuBar(self))
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addMenu(recent_menu(self, self.settings, self._database_path, self.open_database))
        for act in (
            self.reload_action,
            self.import_action,
            self.library_action,
            self.export_action,
            None,
            self.quit_action,
        ):
            file_menu.addAction(act) if act else file_menu.addSeparator()
        edit_menu = menus.addMenu(self.tr("&Edit"))
        for act in (self.copy_action, self.find_action, self.clear_action):
            edit_menu.addAction(act)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([self.back_action, self.forward_action])
        view_menu.addSeparator()
        view_menu.addActions([self.next_pane_action, self.previous_pane_action])
        view_menu.addSeparator()
        self._appearance_menu(view_menu.addMenu(self.tr("&Appearance")))
        view_menu.addActions([d.toggleViewAction() for d in self.docks.values()])
        view_menu.addSeparator()
        view_menu.addMenu(self._language_menu())
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addActions([self.syntax_action, self.shortcuts_action, self.about_action])
        self.toolbar = bar = named(QtWidgets.QToolBar(self.tr("Search"), self), "searchToolbar")
        bar.setMovable(False)
        bar.addActions([self.back_action, self.forward_action])
        bar.addWidget(self.search)
        bar.addAction(self.export_action)
        quiet_status_tips(bar)
        self.addToolBar(bar)
        self._tab_to_toolbar(bar)

    def _tab_to_toolbar(self, bar: QtWidgets.QToolBar) -> None:
        """The toolbar's buttons take Tab, named for screen readers: a toolbar's buttons take no focus, and a
        keyboard user could reach Back, Forward and Export Selected only by their shortcuts (walkthrough)."""
        from .keyboard import action_words

        buttons = []
        for action, name in (
            (self.back_action, "backButton"),
            (self.forward_action, "forwardButton"),
            (self.export_action, "exportButton"),
        ):
            # the button says what the menu does without its letter: Qt drops the & of 导出所选(&E)… and
            # left “导出所选(E)” (walk35 #11); the File menu keeps 导出所选(&E)…, Chinese menus' way
            action.setIconText(action_words(action))
            button = named(bar.widgetForAction(action), name)
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
            button.setAccessibleName(action_words(action))
            button.setAccessibleDescription(action.toolTip())
            buttons.append(button)
        back, forward, export = buttons
        self._step_buttons = {True: back, False: forward}
        for first, second in ((back, forward), (forward, self.search), (self.search, export)):
            QWidget.setTabOrder(first, second)  # as they read, left to right

    def _language_menu(self) -> QMenu:
        """View → Language: follow the system, or always 中文 or English; applied at the next start."""
        menu = named(QtWidgets.QMenu(self.tr("&Language (applies on restart)"), self), "languageMenu")
        group = QtGui.QActionGroup(menu)
        current = i18n.chosen(self.settings)
        for code, text in (
            ("system", self.tr("Follow the System")),
            ("zh_CN", "简体中文"),
            ("zh_TW", "繁體中文"),
            ("en", "English"),
        ):
            action = named(QtGui.QAction(text, menu), f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            menu.addAction(action)
        group.triggered.connect(self._choose_language)
        return menu

    def _choose_language(self, action: QAction) -> None:
        self.settings.setValue(i18n.SETTING, action.data())
        self.tell(self.tr("The language changes when events-viewer starts again."), 8000)

    def _connect(self) -> None:
        c = self.controller
        self.search.querySubmitted.connect(c.search)
        self.search.querySubmitted.connect(self._search_submitted)
        self.search.provider = self._suggestions
        self.search.step_out = self._step_out
        self.search.queryKept.connect(lambda _q: self.settings.setValue("recentQueries", self.search.recent))
        self.search.queryKept.connect(c.keep_search)
        self.timeline.eventChosen.connect(c.choose_event)
        self.timeline.rangeChosen.connect(c.choose_range)
        self.timeline.foldChanged.connect(self._timeline_folded)
        self.people.whoChosen.connect(c.choose_who)
        self.people.eventChosen.connect(c.choose_event)
        self.people.quoteChosen.connect(c.choose_quote)
        self.people.articleChosen.connect(lambda article: c.choose_article(article, self.people.shown_who))
        # the chosen one's events wear their lane's colour when the timeline has a lane for them
        self.timeline.lanes.currentIndexChanged.connect(
            lambda _i: self.people.set_lanes(self.timeline.canvas.mode)
        )
        self.people.set_lanes(self.timeline.canvas.mode)
        c.queryShown.connect(self.search.show_query)
        c.selectionChanged.connect(self._show_focus)
        c.selectionChanged.connect(self._update_status)
        c.sessionChanged.connect(self._session_changed)
        c.statusChanged.connect(self._update_status)

    def _suggestions(self, typed: str, offer: Offer) -> Ticket | None:
        """Completions are worked out on the session's worker (a keystroke must not wait for SQL)."""
        from ..core.suggest import suggestions

        session = self.controller.session
        return session.request(lambda repo: suggestions(repo, typed), offer) if session else None

    # --- database ----------------------------------------------------------------------------

    def open_database(self, path: Path, keep_history: bool = False, keep_choice: bool = True) -> bool:
        """Open a database; on failure say why in a dialog and keep the window usable. Opened before the rest
        of the window is built (start-up), only the quote list is given its results until catch_up. Keep
        history: the database holds what the one shown did (read again, an import into it); keep choice:
        what was chosen stays chosen (F5), else nothing is, a step of its own (an import)."""
        try:
            c, first = self.controller, not self.built
            c.open(Path(path), quotes_first=first, keep_history=keep_history, keep_choice=keep_choice)
        except UserError as exc:
            problem = i18n.say(exc)
            problem = problem[:1].upper() + problem[1:]  # (a sentence of the dialog: Not a SQLite database…)
            if str(path) not in problem:  # the file is named once, by the problem when it names it
                problem = f"{path}\n\n{problem}"
            why = (
                self.tr("Cannot open database"),
                self.tr("{problem}\n\nUse File → Open Database… to choose another.").format(problem=problem),
            )
            if self.built:
                self.ask.error(self, *why)
            else:  # start-up: said over the whole window once it is built (it stood over a blank one)
                self._said_at_start = why
            return False
        if not self.built:  # start-up: remembered once the rest is built (catch_up), as the settings file
            self._unsaved_database = str(Path(path).resolve())  # written first delayed the first page 2-5 ms
            return True
        remember(self.settings, path)
        self._clear_notice()  # what an action did to the last database is not news about this one
        self._article_query = None  # nothing chosen in it: its article from the top, not where the last was
        if self.search.text().strip():  # the search goes on in it, and may find nothing there: say so
            said = self.tr("Opened {name}").format(name=Path(path).name)
            said += self.tr(" — the search is still on: Esc in the search box shows everything")
            self.tell(said, 10000, on_search=True)
        return True

    def _database_path(self) -> Path | None:
        return self.controller.repo.path if self.controller.repo is not None else None

    def choose_database(self) -> None:
        """File → Open."""
        start = Path(text_value(self.settings, "database", str(paths.bundled_db()))).parent
        path = self.ask.open_database(self, start)
        if path is not None:
            self.open_database(path)

    def reload_database(self) -> None:
        """File → Reload Database (F5): the open database read again, as DB Browser for SQLite's F5 does (what
        events-cli import added while the window was open showed only once the file was opened again); the
        search, the choice and the chart's view stay."""
        c = self.controller
        if c.repo is None:
            return
        path, place = c.repo.path, self._article_query
        self.timeline.keep_view()
        if not self.open_database(path, keep_history=True):  # what was chosen stays, as far as it still is
            self.timeline.keep_view(False)
            return
        self._article_query = place  # the article's place stays too
        self.tell(self.tr("Read {name} again").format(name=path.name), 4000)

    def import_articles(self) -> None:
        """File → Import Articles…: choose, read, review, save to the library, then show it."""
        from .importing import Importer  # the extractor and its libraries load only when used

        if self.importer is not None or self.remover is not None:
            return
        start = start_folder(self.settings, "importFolder", fallback=documents_folder())
        files = self.ask.import_files(self, start)
        if not files:
            return
        self.settings.setValue("importFolder", str(files[0].parent))
        library = self.import_library()
        self._library_made = not library.is_file()  # made now, as a copy of the bundled database
        self.importer = Importer(self, self.ask, library)
        self.importer.finished.connect(self._imported)
        self.importer.start(files)

    def _imported(self, report) -> None:
        if self.importer is not None:
            self.importer.deleteLater()
        self.importer = None
        searching = bool(self.search.text().strip())
        added = report is not None and bool(report.added)
        same = added and self._same_after(report.library)
        if added and self.open_database(report.library, same, keep_choice=False) and not searching:
            self._show_what_was_added()  # (under a search, nothing it may hide: the panes stay in step)
        if report is not None:
            from .importing import import_summary

            said = self.tr("Import: {summary}").format(summary=import_summary(report))
            on_search = bool(report.added) and searching  # the added may be outside it
            if on_search:
                said += self.tr(" — the search is still on: Esc in the search box shows everything")
            self.tell(said, 10000, on_search=on_search)

    def _same_after(self, library: Path) -> bool:
        """Whether the library an import wrote holds what the window showed: it is the database shown, or was
        made by the import from the bundled one shown. Back and Forward's steps then go on in it (walk35)."""
        shown = self._database_path()
        if shown is None:
            return False
        made = self._library_made and shown.resolve() == paths.bundled_db().resolve()
        return made or shown.resolve() == library.resolve()

    def import_library(self) -> Path:
        """The library File → Import Articles… adds to: the database shown when it is a library an import may
        write (walk35 saw another library opened and the import go to library.db), else the user's library."""
        from ..pipeline.library import can_add_to

        shown = self.managed_library()
        return shown if can_add_to(shown, paths.bundled_db()) else paths.library_db()

    def managed_library(self) -> Path:
        """The library File → Manage Library… lists: the database shown when it is one (events-cli import
        --db makes others: walk34 saw library.db listed with another open), else the user's library."""
        repo = self.controller.repo
        if repo is not None and repo.meta.get("library") == "yes":
            return repo.path
        return paths.library_db()

    def manage_library(self) -> None:
        """File → Manage Library…: the library's articles; those chosen are taken out of it (after a yes),
        and a window showing the library reads it again."""
        if self.remover is not None or self.importer is not None:  # one change to the library at a time
            return
        from ..core.repository import Repository

        library, rows = self.managed_library(), []
        if library.is_file():
            try:
                with Repository(library) as repo:
                    rows = repo.article_list()
            except UserError as exc:
                self.ask.error(self, self.tr("Cannot open the library"), i18n.say(exc))
                return
        chosen = self.ask.library(self, library, rows)
        if not chosen:
            return
        from .library_dialog import Remover, article_name

        count = len(chosen)
        question = QCoreApplication.translate(
            "MainWindow", "Take %Ln article(s) out of your library?", None, count
        )
        picked = set(chosen)  # (looked up in the list, 5,000 selected took 0.1 s of the GUI thread)
        lines = ["• " + article_name(a) for a, _, _ in rows if a.id in picked]
        if len(lines) > ASKED_ARTICLES:  # no question taller than the screen: the first, then how many more
            more = len(lines) - ASKED_ARTICLES + 1
            lines[ASKED_ARTICLES - 1 :] = [self.tr("• … and {count} more").format(count=f"{more:,}")]
        names = "\n".join(lines)
        what = self.tr(
            "Their events and quotes go with them, and the people no other article names. This cannot be "
            "undone: importing an article again brings it back."
        )
        said = f"{question}\n\n{names}\n\n{what}"
        if not self.ask.confirm(self, self.tr("Remove from Library"), said, destructive=True):
            return
        from ..pipeline.library import remove_articles

        bundled = paths.bundled_db()
        self.remover = Remover(self, self.ask, lambda: remove_articles(library, bundled, chosen))
        self.remover.finished.connect(lambda removed: self._removed(library, removed))

    def _removed(self, library: Path, removed: int | None) -> None:
        if self.remover is not None:
            self.remover.deleteLater()
        self.remover = None
        if removed is None:
            return
        repo = self.controller.repo
        if repo is not None and repo.path.resolve() == library.resolve():
            self.reload_database()  # the search stays; what was chosen in what went is let go
        said = QCoreApplication.translate("MainWindow", "Library: %Ln article(s) removed", None, removed)
        self.tell(said, 10000)

    def _show_what_was_added(self) -> None:
        """The article just imported, chosen by its first quote (else its first event): a walkthrough saw
        the article pane keep the one read before, and the new people under "more lanes"."""
        c = self.controller
        first = c.repo.first_of_latest_article() if c.repo is not None else None
        if first is not None:
            (c.choose_quote if first[0] == "quote" else c.choose_event)(first[1])

    def _session_changed(self) -> None:
        repo = self.controller.repo
        self.setWindowTitle(f"{APP_NAME} — {repo.path.name}" if repo else APP_NAME)
        session = self.controller.session
        if self.first_window is not None and session is not None:  # lanes: a scan at 1M, the worker's job
            session.request(lambda repo: repo.lanes_at_least(MAX_LANES), self.first_window.database_opened)
            self.first_window = None
        fitted = self._people_fitted_for == self._fitted_to()  # the same database again: as it was
        if self.fit_people and session is not None and not fitted:  # once its first pages, counts, lanes
            self._names_from = session
            session.idle.connect(self._ask_longest_names)
        elif session is not None:  # the user's sizes, or the width given to it: left as it is
            self.peopleFitted.emit(self._fitted_to())

    def _ask_longest_names(self) -> None:
        """The session's worker has done what opening asked of it (the quotes first): the longest names,
        for the people pane's width (a scan at a million quotes, delaying nothing shown)."""
        session, self._names_from = self._names_from, None
        if session is None:
            return
        session.idle.disconnect(self._ask_longest_names)
        if session is self.controller.session and self.fit_people:
            session.request(lambda repo: repo.longest_names(), self._fit_people)

    def _fit_people(self, names: list[tuple[str, str, str]]) -> None:
        """The people pane as wide as the database's longest names need, within reason (at most three
        tenths of the window, never narrower than it is): a walkthrough at 1280×720 read “California
        Department of Forestry an…” with no way to see the rest but a tooltip."""
        dock = self.docks["personDock"]
        if not self.fit_people or not dock.isVisible() or dock.isFloating():
            self.peopleFitted.emit(self._fitted_to())
            return
        wanted = min(
            self.people.names_width(names) + dock.width() - self.people.width(), int(self.width() * 0.3)
        )
        if wanted > dock.width():
            self.resizeDocks([dock], [wanted], QtCore.Qt.Orientation.Horizontal)
        self._people_fitted_for = self._fitted_to()
        self.peopleFitted.emit(self._fitted_to())

    def _fitted_to(self) -> str:
        """The open database's path (peopleFitted tells it)."""
        repo = self.controller.repo
        return str(repo.path) if repo is not None else ""

    # --- what is shown -----------------------------------------------------------------------

    def busy(self) -> bool:
        """True while counts, people or rankings are still being worked out."""
        return self.controller.busy()

    def _update_status(self) -> None:
        c = self.controller
        self._offer_actions()
        if c.session is None:
            self._say(self.tr("No database open — File → Open"))
            return
        problems = [m.problem for m in (self.quote_model, self.event_model, self.entity_model) if m.problem]
        if problems:
            self._say(self.tr("Search failed: {problem}").format(problem=problems[0]))
            return
        if c.busy() or not (self.quote_model.complete and self.event_model.complete):
            self._say(self.tr("searching…"))
            return
        (people, orgs), events, quotes = (
            self.entity_model.totals(),
            self.event_model.rowCount(),
            self.quote_model.rowCount(),
        )
        nothing = "" if people or orgs or events or quotes else self._found_nothing()
        if nothing:
            self._say(nothing)
            return
        from .status_line import counted

        text = " · ".join(counted(people, orgs, events, quotes, self._one_of()))
        res = c.resolution
        said = messages(res.problems) if res.problems else messages(res.notes)
        if said:  # "before 2026-01; by relevance", in Chinese 2026年1月之前；按相关度排序 (not an ASCII "; ")
            text += " — " + self.tr("; ", "between what a query was read as").join(said)
        narrowed, summary = self._narrowing()
        self._say(f"{text} — {narrowed}" if narrowed else text, summary)

    def _one_of(self) -> str:
        """Which count the chosen event, person or organisation is one of ("event", "person", "org"), or ''
        (none chosen, or not among those listed: an event chosen from a person's own tab may be outside the
        search; a list paged in part counts it only when it is loaded or the list is everything)."""
        c = self.controller
        chosen = c.selection
        if chosen.event is not None:
            among = self.event_model.filter.is_empty() or self.event_model.row_of_id(chosen.event) is not None
            return "event" if among else ""
        if chosen.who is not None:
            model = self.entity_model
            return chosen.who[0] if model.filter.is_empty() or model.row_of(*chosen.who) is not None else ""
        return ""

    def _found_nothing(self) -> str:
        """What a text search that found nothing says, with what it looks in, or '' (another search): a word
        printed only in an article's body found nothing, and the status said only “text “…””."""
        c = self.controller
        if not c.base.text_terms or c.resolution.problems or self._narrowing()[0]:
            return ""
        said = self.tr(
            "Nothing matches “{query}”: the search covers events, quotes, people, roles and headlines, "
            "not articles' whole text"
        )
        return said.format(query=i18n.in_marks(said, "query", c.query))

    def _offer_actions(self) -> None:
        """What needs an open database greyed out while none is (they did nothing, and Ctrl+E advised Show
        All); Back and Forward also need somewhere to go."""
        c = self.controller
        opened = c.session is not None
        for action in (self.reload_action, self.export_action, self.copy_action, self.clear_action):
            action.setEnabled(opened)
        self.back_action.setEnabled(opened and c.can_back())
        self.forward_action.setEnabled(opened and c.can_forward())
        self._name_the_step(self.back_action, c.step_back(), back=True)
        self._name_the_step(self.forward_action, c.step_forward(), back=False)

    def _name_the_step(self, action: QAction, step: Visit | None, back: bool) -> None:
        """Back's or Forward's tip names where it leads, as a browser's does: the search it shows again, or
        the choice made in this one (walk35 #7: the tip said only "search or selection")."""
        if step is None:
            tip = (
                self.tr("Back to the previous search or selection")
                if back
                else self.tr("Forward to the next search or selection")
            )
        elif step.query == self.controller.query:
            tip = (
                self.tr("Back to the previous choice in this search")
                if back
                else self.tr("Forward to the next choice in this search")
            )
        elif step.query:
            said = (
                self.tr("Back to the search “{query}”")
                if back
                else self.tr("Forward to the search “{query}”")
            )
            tip = said.format(query=i18n.in_marks(said, "query", step.query))
        else:
            tip = self.tr("Back to everything") if back else self.tr("Forward to everything")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        button = self._step_buttons.get(back)
        if button is not None:  # (the toolbar is built after the first pass: its buttons follow from then on)
            button.setAccessibleDescription(tip)

    def tell(self, text: str, ms: int, on_search: bool = False) -> None:
        """Say what an action just did, beside the counts, for a while (`on_search`: until the search is
        cleared, when it says the search goes on)."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice_rule.show()
        self._notice_on_search = on_search
        self._notice_timer.start(ms)

    def _clear_notice(self) -> None:
        self._notice_timer.stop()
        self.notice.clear()
        self.notice.setAccessibleName("")
        self.notice_rule.hide()
        self._notice_on_search = False

    def _search_submitted(self, query: str) -> None:
        """A notice that the search goes on is wrong once the search is cleared (Esc, as it advised)."""
        if self._notice_on_search and not query.strip():
            self._clear_notice()

    def _say(self, text: str, summary: str = "") -> None:
        """The status line (the chosen event's summary where it holds SUMMARY, cut to fit), whole in its
        tooltip where the window cuts it."""
        self.status.show_line(text, summary)

    def _narrowing(self) -> tuple[str, str]:
        """What the lists are narrowed to beyond the search (a person, an event, a range), or '', with
        SUMMARY standing for the chosen event's summary; and that summary."""
        c = self.controller
        chosen, repo = c.selection, c.repo
        found = repo.who_of(*chosen.who) if chosen.who is not None and repo is not None else None
        from .status_line import SUMMARY

        parts = [found.name] if found is not None else []
        summary = ""
        if chosen.event is not None and repo is not None:
            event = repo.event(chosen.event)
            if event is not None:
                said = self.tr("the event “{summary}”")
                summary = i18n.in_marks(said, "summary", event.summary)
                parts.append(said.format(summary=SUMMARY))
        if chosen.range is not None:
            parts.append(chosen.range.label(i18n.lang()))
        if not parts:
            return "", ""
        return self.tr("narrowed to {what} (Esc shows all)").format(what=i18n.listed(parts)), summary

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Esc that no pane took (the lists, the timeline) steps out of a chosen person, event or range,
        back to all the search found."""
        if event.key() == QtCore.Qt.Key.Key_Escape and self._step_out():
            return
        super().keyPressEvent(event)

    def _step_out(self) -> bool:
        """Step out of a chosen person, event, range or quote, if one is chosen (Esc): True if one was (a
        quote chosen alone had Esc in the search box clear the search with it)."""
        chosen = self.controller.selection if self.built else None
        narrowed = chosen is not None and any(
            x is not None for x in (chosen.who, chosen.event, chosen.range, chosen.quote)
        )
        if narrowed:
            self.controller.clear_focus()
        return narrowed

    def _show_focus(self) -> None:
        """The panes follow the reader's focus one per pass of the event loop, each painted in a frame of
        its own: the chosen quote's row first, then the article, the person, the timeline (in one go, a
        first choice's repaint of all four took 12-27 ms at a million quotes)."""
        c = self.controller
        self._offer_actions()
        session = c.session
        for ticket in self._focus_steps:  # a newer focus replaces whatever of an older one is not shown yet
            (session.cancel(ticket) if session is not None else ticket.cancel())
        self._focus_steps = []
        self.quotes.select_quote(c.selection.quote)  # none chosen (Back, Esc): no row left selected
        shown: list[Focus] = []

        def article() -> None:
            shown.append(focus := c.focus())
            self.article.show_article(focus.article, focus.writers)
            fresh, self._article_query = c.query != self._article_query, c.query  # a new search: a new place
            self.article.highlight(focus.anchors, focus.matches, focus.anchor_texts, fresh)

        def person() -> None:
            self.people.select_who(shown[0].who)
            self.people.show_detail(c.detail(shown[0].who))
            self.people.select_article(c.selection.article)  # none: no row left selected to take ↓ or Enter

        def timeline() -> None:
            self.timeline.select_event(shown[0].event)
            self.timeline.show_range(c.selection.range)

        if session is None:
            for step in (article, person, timeline):
                step()
            return
        self._focus_steps = [session.after_paint(step) for step in (article, person, timeline)]

    def _reselect_quote(self) -> None:
        """The chosen quote selected in the list once its rows arrive (after a restart, the choice is
        restored before the list has loaded: Ctrl+C then copied nothing)."""
        quote = self.controller.selection.quote
        if quote is not None:
            self.quotes.select_quote(quote)

    def clear_all(self) -> None:
        """Clear the search box and the focus."""
        self.search.clear()
        self.controller.clear_focus()

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- export and copy -----------------------------------------------------------------------

    def _selected_citations(self) -> list[dict] | None:
        from ..export import citations

        repo = self.controller.repo
        ids = self.quotes.selected_quote_ids()
        try:
            return citations(repo, repo.quotes_by_ids(ids)) if repo and ids else []
        except UserError as exc:
            self.ask.error(self, self.tr("Cannot cite these quotes"), i18n.say(exc))
            return None

    def copy_selected(self) -> None:
        """Ctrl+C / Edit → Copy: what has the focus — text selected in the article, the search box or a
        label, else the selected quotes with their citations."""
        from ..export import to_text
        from .keyboard import copy_focused_text

        if copy_focused_text():
            return
        cits = self._selected_citations()
        if cits:
            count = len(cits)
            QtGui.QGuiApplication.clipboard().setText(to_text(cits, i18n.lang()))
            self.tell(
                QCoreApplication.translate("MainWindow", "Copied %Ln quote(s) with citations", None, count),
                4000,
            )

    def export_selected(self) -> None:
        """Ctrl+E: write the selected quotes — or, asked first, all those shown — to Markdown, CSV or JSON."""
        from ..export import write_export

        cits = self._selected_citations() if self.quotes.selected_quote_ids() else self._all_shown_citations()
        if not cits:
            return
        # Where the last export went, else Documents: not where the articles came from (a walkthrough's export
        # started among the files it had imported).
        start = start_folder(self.settings, "exportFolder", fallback=documents_folder())
        choice = self.ask.export_path(self, start / "quotes.md")
        if choice is None:
            return
        path, fmt = choice
        try:
            write_export(path, cits, fmt, i18n.lang())
        except UserError as exc:
            self.ask.error(self, self.tr("Export failed"), i18n.say(exc))
            return
        self.settings.setValue("exportFolder", str(path.parent))
        count = len(cits)
        self.tell(
            QCoreApplication.translate("MainWindow", "Exported %Ln quote(s) to {path}", None, count).format(
                path=path
            ),
            6000,
        )

    def _all_shown_citations(self) -> list[dict] | None:
        """With no quote selected: offer every quote shown, or say why there is nothing to export."""
        from ..export import citations

        shown, repo = self.quote_model.rowCount(), self.controller.repo
        if repo is None or shown == 0:
            self.ask.error(
                self,
                self.tr("Nothing to export"),
                self.tr("No quotes are shown. Search for something, or use Show All."),
            )
            return None
        if not self.quote_model.complete or shown > EXPORT_ALL_MAX:
            self.ask.error(
                self,
                self.tr("Too many quotes to export at once"),
                self.tr(
                    "{shown} quotes are shown; select the ones to export, or narrow the search "
                    "(at most {limit} at once)."
                ).format(shown=f"{shown:,}", limit=f"{EXPORT_ALL_MAX:,}"),
            )
            return None
        question = QCoreApplication.translate(
            "MainWindow", "No quotes are selected. Export all %Ln quote(s) shown?", None, shown
        )
        if not self.ask.confirm(self, self.tr("Export quotes"), question):
            return None
        ids = [q.id for q in (self.quote_model.record(r) for r in range(shown)) if q is not None]
        try:
            return citations(repo, repo.quotes_by_ids(ids))
        except UserError as exc:
            self.ask.error(self, self.tr("Cannot cite these quotes"), i18n.say(exc))
            return None

    def _appearance_menu(self, menu: QMenu) -> None:
        group = QtGui.QActionGroup(self)
        self.appearance_actions = {}
        for mode, text in (
            ("system", self.tr("Follow the &System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = named(QtGui.QAction(text, self), f"appearance_{mode}")
            action.setCheckable(True)
            action.triggered.connect(lambda _on=False, m=mode: self.set_appearance(m))
            group.addAction(action)
            menu.addAction(action)
            self.appearance_actions[mode] = action
        mode = text_value(self.settings, "appearance", "system")
        self.set_appearance(mode if mode in appearance.MODES else "system")

    def set_appearance(self, mode: str) -> None:
        """View → Appearance: system, light or dark; remembered."""
        appearance.apply(mode)
        self.appearance_actions[mode].setChecked(True)
        self.settings.setValue("appearance", mode)

    def _panes(self) -> list[tuple[QWidget, QWidget]]:
        """The panes F6 moves between, in reading order: each one's area and the widget given the focus."""
        timeline = self.timeline.view if self.timeline.stack.currentIndex() == 1 else self.timeline.canvas
        return [
            (self.toolbar, self.search),  # from Back, Forward or Export Selected too
            (self.timeline, timeline),
            (self.people, self.people.list),
            (self.quotes, self.quotes.view),
            (self.article, self.article.text),
        ]

    def show_syntax(self) -> None:
        """Help → Search Syntax: the query language with examples (the README's table)."""
        self.ask.syntax(self, i18n.syntax_pairs())

    def show_shortcuts(self) -> None:
        """Help → Keyboard Shortcuts."""
        from .keyboard import shortcut_rows

        self.ask.shortcuts(self, shortcut_rows(self.actions()))

    def show_about(self) -> None:
        """Help → About: the app and the articles it was built from."""
        repo = self.controller.repo
        comma = self.tr(", ")  # the language's own list separator: 刘峰，电商派，…
        shown = repo.articles(limit=ABOUT_ARTICLES) if repo else []
        sources = "\n".join(
            " — ".join(  # a title with nothing more to say stands alone, not before a dash
                part
                for part in (
                    f"• {a.title or a.source_name}",  # no headline: the file, as the article pane cites it
                    comma.join(p for p in (a.author, a.publisher, a.published) if p),
                )
                if part
            )
            for a in shown
        )
        if repo is not None and len(shown) == ABOUT_ARTICLES:
            more = repo.counts(("articles",))["articles"] - len(shown)
            if more > 0:  # a library of hundreds: the first ones, and how many are not listed
                sources += "\n" + self.tr("• … and {count} more").format(count=f"{more:,}")
        none = self.tr("none")
        self.ask.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "{app} {version}\nWho did what, when, and who said what.\n\n"
                "Database: {database}\nSource articles:\n{sources}"
            ).format(
                app=APP_NAME,
                version=__version__,
                database=repo.path if repo else none,
                sources=sources or none,
            ),
        )

    # --- window state ----------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        """Where the window was, or where a first window goes (before the panes are built)."""
        screen = self.screen()
        self._placed = True
        if self.settings.value("geometry"):
            self.restoreGeometry(self.settings.value("geometry"))
        elif screen is not None:
            # Put back as a restart puts it back: restoreGeometry moves a window down until a title bar (the
            # style's height for one) would be on the screen. Asking the style for that height in Python made
            # PySide build QStyle's class and its ~650 enum values (~6 ms) before the first paint.
            self.setGeometry(window_rect(screen.availableGeometry()))
            self.restoreGeometry(self.saveGeometry())

    def restore_state(self) -> None:
        """Geometry, docks, splitter, columns, and the last search (a window built at once)."""
        self.restore_rest()
        self.restore_columns()
        if self.search.text():
            self.search.submit()

    def quote_place(self) -> tuple[int, int, int, int] | None:
        """Where the quote panel was in the window when it last closed (x, y, width, height), kept as far
        from each edge as then if the window's size has changed; in a first window, where its layout will
        put it; None if unknown (settings of an older version), or if it would not fit."""
        saved = [int(x) for x in text_value(self.settings, "quotePlace").split() if x.isdigit()]
        if not self.settings.value("geometry"):
            saved = [*first_quote_place(self.width(), self.height(), self.fontMetrics().height())]
            saved += [self.width(), self.height()]
        if len(saved) != 6:
            return None
        x, y, width, height, was_width, was_height = saved
        width += self.width() - was_width  # the docks keep their sizes, the centre takes the difference
        height += self.height() - was_height
        minimum = self.quotes.minimumSize()
        if width < minimum.width() or height < minimum.height():
            return None
        return x, y, width, height

    def restore_search(self) -> None:
        """The last search, given to the controller before the database opens (start-up): the first page
        shown is of it."""
        self.controller.search(text_value(self.settings, "query"))

    def restore_columns(self) -> None:
        """The quote list's columns as they were left."""
        header = self.settings.value("quoteHeader")
        if header:
            self.quotes.restore_header(header)

    def restore_rest(self) -> None:
        """Geometry, docks, splitter, the timeline's view, and the search box's text and recent searches
        (the search itself is the controller's: restore_state or restore_search gives it)."""
        s = self.settings
        if not self._placed:
            self.restore_geometry()
        if not s.value("geometry"):
            self.first_window = FirstWindow(
                self, self.docks, self.timeline, self.quotes.view.verticalHeader().defaultSectionSize()
            )
            self.first_window.apply()
        if s.value("windowState"):
            self.fit_people = False  # the user's own layout
            state = s.value("windowState")
            self.restoreState(state)
            # Built into a window already shown, the docks take their sizes only once laid out:
            # apply the saved state again after that layout pass.
            QTimer.singleShot(0, self, lambda: self._restore_docks(state))
        if s.value("personSplitter"):
            self.people.restore_split(s.value("personSplitter"))
        self.timeline.restore({k: s.value(f"timeline/{k}") for k in ("origin", "pxPerDay", "mode", "page")})
        self.search.recent = list_value(s, "recentQueries")
        query = text_value(s, "query")
        if query:
            self.search.setText(str(query))

    def save_state(self) -> None:
        """Write the window state to QSettings."""
        s = self.settings
        s.setValue("geometry", self.saveGeometry())
        s.setValue("windowState", self._saved_layout())
        s.setValue("personSplitter", self.people.save_split())
        s.setValue("quoteHeader", self.quotes.view.horizontalHeader().saveState())
        place = self.quotes.geometry()  # spaces, not commas: an INI file reads a value with commas as a list
        s.setValue(
            "quotePlace",
            f"{place.x()} {place.y()} {place.width()} {place.height()} {self.width()} {self.height()}",
        )
        s.setValue("query", self.search.text().strip())
        self._save_choice()
        for key, value in self.timeline.state().items():
            s.setValue(f"timeline/{key}", value)
        s.sync()

    def _save_choice(self) -> None:
        """The chosen person, event and quote, with the database they belong to."""
        s, chosen, repo = self.settings, self.controller.selection, self.controller.repo
        s.setValue("chosen/database", str(repo.path.resolve()) if repo else "")
        s.setValue("chosen/who", f"{chosen.who[0]}:{chosen.who[1]}" if chosen.who else "")
        s.setValue("chosen/event", "" if chosen.event is None else str(chosen.event))
        s.setValue("chosen/quote", "" if chosen.quote is None else str(chosen.quote))

    def restore_choice(self) -> None:
        """Choose again what was chosen when the window last closed, if it was in this database."""
        s, repo = self.settings, self.controller.repo
        if repo is None or text_value(s, "chosen/database") != str(repo.path.resolve()):
            return
        kind, _, who_id = text_value(s, "chosen/who").partition(":")
        event, quote = text_value(s, "chosen/event"), text_value(s, "chosen/quote")
        self.controller.restore_choice(
            (kind, int(who_id)) if who_id.isdigit() else None,
            int(event) if event.isdigit() else None,
            int(quote) if quote.isdigit() else None,
        )

    def _dock_extent(self, dock: QtWidgets.QDockWidget) -> tuple[QtCore.Qt.Orientation, int]:
        """The way a docked pane is sized beside the quote list (across, or down for the timeline), and its
        size that way."""
        top_or_bottom = (
            QtCore.Qt.DockWidgetArea.TopDockWidgetArea | QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
        )
        if self.dockWidgetArea(dock) & top_or_bottom:
            return QtCore.Qt.Orientation.Vertical, dock.height()
        return QtCore.Qt.Orientation.Horizontal, dock.width()

    def resizeDocks(
        self, docks: Sequence[QtWidgets.QDockWidget], sizes: Sequence[int], orientation: QtCore.Qt.Orientation
    ) -> None:
        """Sizes given to the docks (at the start, fitting the timeline's lanes) are the ones to give back."""
        super().resizeDocks(docks, sizes, orientation)
        self._dock_sizes.update((dock.objectName(), size) for dock, size in zip(docks, sizes, strict=True))

    def _restore_docks(self, state: QtCore.QByteArray) -> None:
        """The saved state, once laid out; its sizes are the ones to give back."""
        if self.restoreState(state):
            self.note_dock_sizes()

    def note_dock_sizes(self, missing_only: bool = False) -> None:
        """The docks' sizes now are the ones to give back (all of them, or those not noted yet); not the
        timeline's folded to a line: the user's own height is given back when it unfolds."""
        for name, dock in self.docks.items():
            if name == "timelineDock" and self.timeline.canvas.folded:
                continue
            if dock.isVisible() and not dock.isFloating() and not (missing_only and name in self._dock_sizes):
                self._dock_sizes[name] = self._dock_extent(dock)[1]

    def _saved_layout(self) -> QtCore.QByteArray:
        """The docks' layout, the timeline at the user's height even while it is folded to a line."""
        pane = self.timeline
        if not pane.canvas.folded:
            return self.saveState()
        limit = pane.maximumHeight()
        pane.setMaximumHeight(NO_LIMIT)
        self._timeline_folded(False)
        state = self.saveState()
        pane.setMaximumHeight(limit)
        return state

    def _timeline_folded(self, folded: bool) -> None:
        """The timeline unfolded: given back the height it had (folded, its pane's limit shrinks it)."""
        dock = self.docks["timelineDock"]
        wanted = self._dock_sizes.get("timelineDock")
        if not folded and wanted is not None and dock.isVisible() and not dock.isFloating():
            QMainWindow.resizeDocks(self, [dock], [wanted], QtCore.Qt.Orientation.Vertical)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """A mouse button let go on the window itself (not on a pane) ends a drag of a separator: the sizes
        the user gave the docks. (A window's edge is dragged by the window manager: no event here.)"""
        if obj is self and event.type() == QtCore.QEvent.Type.MouseButtonPress:
            self._pressed_sizes = self._extents()
        if obj is self and event.type() == QtCore.QEvent.Type.MouseButtonRelease:
            if self._pressed_sizes is not None and self._pressed_sizes != self._extents():
                # The user sized the panes (any of them: a walkthrough narrowed the article, and an import
                # widened the people pane over the sizes it had given): their layout from now on.
                self.fit_people = False
            self._pressed_sizes = None
            self.note_dock_sizes()
        return super().eventFilter(obj, event)

    def _extents(self) -> dict[str, int]:
        """Each docked pane's size beside the quote list."""
        docks = self.docks.items()
        return {name: self._dock_extent(d)[1] for name, d in docks if d.isVisible() and not d.isFloating()}

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """A window made larger gives the docks back the sizes a smaller one squeezed them from."""
        super().resizeEvent(event)
        if "_dock_sizes" not in vars(self):  # shown at start-up before the panes are built
            return
        old, new = event.oldSize(), event.size()
        if old.isValid() and (new.width() > old.width() or new.height() > old.height()):
            groups: dict[QtCore.Qt.Orientation, tuple[list, list]] = {}
            for name, dock in self.docks.items():
                wanted = self._dock_sizes.get(name)
                if wanted is None or not dock.isVisible() or dock.isFloating():
                    continue
                orientation, size = self._dock_extent(dock)
                docks, sizes = groups.setdefault(orientation, ([], []))
                docks.append(dock)
                sizes.append(max(size, wanted))
            for orientation, (docks, sizes) in groups.items():
                QMainWindow.resizeDocks(self, docks, sizes, orientation)  # as far as the room goes
        self.note_dock_sizes(missing_only=True)  # as first laid out

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.built:
            self.save_state()
        if "controller" in vars(self):  # closed before the rest was built: the session still closes
            self.controller.close()
        super().closeEvent(event)
