"""Create the application and the window; paint first, open the database right after."""

from __future__ import annotations

import gc
import os
import sys
import time
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore  # QtCore.Qt, not Qt: its namespace loads after the first paint
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .. import paths, regex_code
from ..core.errors import UserError
from . import appearance, dataclass_code, i18n
from .collector import GuiThreadCollector
from .gui_first import give_way
from .icons import window_icon
from .main_window import MainWindow
from .settings import APP_NAME, make_settings, text_value


def application(language: str = "system") -> QApplication:
    """The one QApplication, speaking a language (system, zh_CN or en: see View → Language)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(window_icon())
    i18n.install(app, i18n.resolve(language))
    return app


def database_to_open(args: Namespace, settings: QSettings) -> Path:
    """--db, else the last database if it still exists, else the library (bundled + imports)
    once there is one, else the bundled database."""
    if args.db:
        return Path(args.db)
    last = text_value(settings, "database")
    return Path(last) if last and Path(last).is_file() else paths.default_db()


def start_window(
    args: Namespace, settings: QSettings, built: Callable[[MainWindow], None] | None = None
) -> MainWindow:
    """The window as a user meets it: shown at once where it was, in the chosen palette; after its
    first paint the quote panel is built, the library upgraded if an earlier version wrote it (when it may
    be the database opened; else once the first page is painted), the database opened and the last search
    given; once the quote list has painted its first page, the rest of the window is built, its state
    restored and the search box focused (then `built` is called); once that settles, the runtime tuned for
    keystrokes."""
    mode = text_value(settings, "appearance", "system")
    appearance.apply(mode if mode in appearance.MODES else "system")  # the first paint in its palette
    window = MainWindow(settings, build=False)
    # Cyclic garbage, Qt objects among it, is freed on this thread only, between the window's work.
    GuiThreadCollector(window, lambda: window.built and window.busy())
    window.restore_geometry()
    probe = StartupProbe(window) if os.environ.get("EVENTS_VIEWER_STARTUP_PROBE") else None
    opened = upgraded = False

    def quotes_first() -> None:
        """The data first: the controller, the database (its worker reads the first page while the quote
        panel is built) and the quote panel, whose modules are some two thirds of the panes'; the other
        panes, menus and docks (~60 ms more, measured under Xvfb) wait until the list has painted it."""
        nonlocal opened, upgraded
        dataclass_code.install()  # the records' methods compiled at an earlier start (~12 ms less)
        window.build_controller()
        window.restore_search()
        path = database_to_open(args, settings)
        if paths.may_be_library(path):  # brought up to date before it is opened; another waits for the page
            upgrade_library()
            upgraded = True
        if probe is not None:
            window.controller.quotes.modelReset.connect(probe.ready)
        opened = window.open_database(path)
        window.build_quotes(placed=True)
        window.restore_columns()
        AfterFirstPage(window, the_rest)

    def the_rest() -> None:
        if not upgraded:  # (before anything the user does could open it or import into it)
            upgrade_library()
        window.controller.show_everything()  # the other lists' results come while their panes are built
        window.load_rest()  # their modules in a pass of their own, the panes in the next (each ~30-50 ms)
        QTimer.singleShot(0, window, build_the_rest)

    def build_the_rest() -> None:
        window.build_rest()
        window.restore_rest()
        window.catch_up()
        # Built after the first paint, the window had nothing to focus: the search box takes it, once
        # restore_rest's second restoreState (queued) has re-laid out the toolbar that holds it.
        QTimer.singleShot(0, window.search.setFocus)
        # Once the first database's lists have all arrived and the quote list has painted them, start-up
        # is over: tune the runtime then (its full collection, 8-10 ms, came before the data's first paint).
        # Results are applied a paint apart, so the quotes may have painted before the last list arrived.
        viewport = window.quotes.view.viewport()
        window.controller.settled.connect(
            lambda: AfterNextPaint(viewport, tune_for_keystrokes, fallback_ms=100),
            QtCore.Qt.ConnectionType.SingleShotConnection,
        )
        if opened:
            window.restore_choice()
        if built is not None:
            QTimer.singleShot(0, window, lambda: built(window))

    AfterNextPaint(window, quotes_first, fallback_ms=500)
    window.show()
    return window


def tune_for_keystrokes() -> None:
    """Once start-up has settled, keep Python's runtime out of the frames. The cycle collector leaves
    what start-up built alone (frozen out of its scans) and runs full collections some 300 times less
    often: a full scan of a window over a million quotes took 8-12 ms inside a keystroke's repaint,
    and the objects made per keystroke are freed by reference counting anyway. A young collection waits
    for 100,000 new objects, not 700: a search leaves no cyclic garbage (none found after each of p:l,
    p:li, 模, Show All, choosing a person), yet its live results (10,000-30,000 objects at a million
    quotes) set off one after every search that cost 6-19 ms and freed nothing. The GUI thread gets the
    interpreter back within 0.5 ms of asking while the worker runs Python, not 5 ms: a one-letter
    person prefix's repaints waited 20-30 ms for it (bench_stalls, see the README)."""
    dataclass_code.save()  # what start-up compiled, for the next start (if it compiled any)
    regex_code.save()  # (the same for the regular expressions)
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 20, 100)
    sys.setswitchinterval(0.0005)
    give_way()  # the worker's queries wait while the GUI thread is busy (gui_first.py)


def upgrade_library() -> None:
    """The user's library, when an earlier version wrote it, is brought up to date before the window
    opens it (never the bundled database); after the first paint, as only then is it needed, and when the
    window opens another database, after its first page of quotes."""
    if not paths.library_db().is_file():  # nothing imported yet: not even the check's modules are loaded
        return
    from ..pipeline.upgrade import upgrade_library as upgrade

    upgrade(paths.library_db(), paths.bundled_db())


def run(args: Namespace) -> int:
    """The desktop app; started again on the same database, it brings the running window to the front."""
    from .single_instance import SingleInstance

    settings = make_settings()
    database = database_to_open(args, settings)
    instance = SingleInstance(database)
    if not instance.held and instance.ask_to_show():
        print(
            f"events-viewer is already showing {database}: its window is brought to the front.",
            file=sys.stderr,
        )
        return 0
    app = application(args.lang or i18n.chosen(settings))
    window = start_window(args, settings, built=instance.serve)
    code = app.exec()
    instance.release()
    del window
    dataclass_code.save()  # (a start that quits at once, as the benchmark's do, is not settled)
    regex_code.save()
    return code


class AfterNextPaint(QObject):
    """Runs a callback once, right after a widget's next paint (or after a moment, when given one, if it
    never paints)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int | None = None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self.run)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            QTimer.singleShot(0, self, self.run)
        return False

    def run(self) -> None:
        """Call back, once."""
        callback, self.callback = self.callback, None
        if callback is not None:
            self.widget.removeEventFilter(self)
            self.deleteLater()
            callback()


class AfterFirstPage(QObject):
    """Runs a callback in a pass of its own once the quote list has painted the first page of its results
    (or when there is none to wait for: no database, a failed list, a session settled without one)."""

    def __init__(self, window: MainWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback: Callable[[], None] | None = callback
        controller = window.controller
        if controller.session is None:
            QTimer.singleShot(0, self, self._run)
            return
        self.painting = False
        controller.quotes.modelReset.connect(self._reset)
        controller.quotes.failed.connect(self._failed)
        controller.settled.connect(self._settled)

    def _reset(self) -> None:
        from .controller import first_page_shown

        if first_page_shown(self.window.controller.quotes) and not self.painting:
            self.painting = True
            AfterNextPaint(self.window.quotes.view.viewport(), self._later, fallback_ms=100)

    def _settled(self) -> None:
        """The session has nothing more on its way (with a first page: its paint is awaited)."""
        if not self.painting:
            self._run()

    def _failed(self, _message: str) -> None:
        self._run()

    def _later(self) -> None:
        """A pass after the paint's: what else that paint queued (input, its flush) comes first."""
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.deleteLater()
            callback()


class StartupProbe(QObject):
    """For `make bench`: print when the window first paints and when the first page of quotes has been
    painted (the end of the first paint of the quote list after it arrived), then quit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.painted, self.arrived, self.reported = window, False, False, False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        if obj is self.window and not self.painted:
            self.painted = True
            print(f"painted {time.time():.6f}", flush=True)
        elif obj is not self.window and self.arrived and not self.reported:
            self.reported = True
            QTimer.singleShot(0, self._report)  # once this paint (and the window's flush) is done
        return False

    def ready(self) -> None:
        """The quotes changed: once they are the first session's first page, watch for their paint."""
        quotes = self.window.controller.quotes
        if quotes.runner is not None and quotes.shown.result.filter == quotes.filter and not self.arrived:
            self.arrived = True
            self.window.quotes.view.viewport().installEventFilter(self)
            self.window.quotes.view.viewport().update()

    def _report(self) -> None:
        print(f"ready {time.time():.6f}", flush=True)
        QApplication.quit()


def screenshot(args: Namespace) -> int:
    """Render the window offscreen to a PNG and exit (the user's settings are not read or written)."""
    import tempfile

    from .dialogs import ConsoleAsk

    app = application(args.lang or "system")
    appearance.apply(args.appearance)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        if args.review:
            return _render_review(app, args)
        return _render(app, MainWindow(settings, ConsoleAsk()), args)


def _render_review(app: QApplication, args: Namespace) -> int:
    """The import review dialog for some articles, the first fact of its quotes chosen."""
    from PySide6.QtGui import QStandardItemModel

    from ..pipeline.library import read_article
    from .review_dialog import ReviewDialog

    try:
        annotations = [read_article(Path(p)) for p in args.review]
    except UserError as exc:
        print(f"events-viewer: error: {exc}", file=sys.stderr)
        return 2
    dialog = ReviewDialog(annotations)
    dialog.resize(*args.size)
    dialog.show()
    app.processEvents()
    model = dialog.facts.model()
    assert isinstance(model, QStandardItemModel)
    quotes = model.item(model.rowCount() - 1)
    if quotes.rowCount():
        dialog.facts.setCurrentIndex(quotes.child(0).index())
    for _ in range(5):
        app.processEvents()
    return _save_png(dialog.grab(), Path(args.screenshot))


def _render(app: QApplication, window: MainWindow, args: Namespace) -> int:
    from ..core.dateparse import parse_date
    from ..core.dates import DateParseError
    from ..timeline.scale import fit

    width, height = args.size
    window.resize(width, height)
    if not window.open_database(Path(args.db) if args.db else paths.bundled_db()):
        return 2
    if args.search:
        window.search.setText(args.search)
        window.search.submit()
    window.show()
    _until_shown(app, window)
    if args.select_quote is not None:
        window.controller.choose_quote(args.select_quote)
        _until_shown(app, window)
    if args.lanes:
        window.timeline.lanes.setCurrentIndex(window.timeline.lanes.findData(args.lanes))
    if args.timeline_range:
        try:
            span = parse_date(args.timeline_range)
        except DateParseError as exc:
            print(f"events-viewer: error: --timeline-range: {exc}", file=sys.stderr)
            return 2
        canvas = window.timeline.canvas
        canvas.set_scale(fit(span.day_start, span.day_end + 1, canvas.width(), 0.0, left=canvas.names_width))
        canvas._fetch()
        app.processEvents()
    _until_shown(app, window)
    image = window.grab()
    window.close()
    return _save_png(image, Path(args.screenshot))


def _until_shown(app: QApplication, window: MainWindow, seconds: float = 20.0) -> None:
    """Let the worker's answers arrive (first pages, counts, people, the chosen one's lists)."""
    from PySide6.QtCore import QEventLoop  # made by PySide on first use (0.5 ms): not before the window

    deadline = time.monotonic() + seconds
    models = (window.quote_model, window.event_model, window.people.events_model, window.people.quotes_model)
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)  # it returns at once when nothing is queued: leave the worker the CPU
        if not window.busy() and all(m.complete or m.runner is None for m in models):
            break
    for _ in range(5):
        app.processEvents()


def _save_png(image, path: Path) -> int:
    """Write a grabbed image whole or not at all; 0, or 2 with one line on stderr."""
    from ..core.atomic import atomic_path

    try:
        with atomic_path(path) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise UserError(f"cannot write {path}")
    except UserError as exc:
        print(f"events-viewer: error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {path}", file=sys.stderr)
    return 0
