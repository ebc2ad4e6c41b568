"""The first window: sized to the screen, its panes sharing the space by what they show (issue 12)."""

from __future__ import annotations

from argparse import Namespace

import pytest
from PySide6.QtCore import QRect
from viewer.gui.first_window import MIN_LANES, MIN_QUOTE_ROWS, shares, window_rect
from viewer.gui.launch import start_window
from viewer.gui.timeline.paint import AXIS_H, LANE_H

from .conftest import settle


@pytest.mark.parametrize("screen", [QRect(0, 0, 1280, 720), QRect(0, 0, 1600, 1000), QRect(0, 0, 3840, 2160)])
def test_the_first_window_takes_most_of_the_screen_and_sits_inside_it(screen):
    rect = window_rect(screen)
    assert screen.contains(rect)
    assert rect.width() >= min(screen.width() * 0.85, 2200) and rect.height() >= min(
        screen.height() * 0.85, 1400
    )
    assert abs(rect.center().x() - screen.center().x()) <= 1


@pytest.mark.parametrize(("width", "height"), [(1203, 676), (1376, 860)])
def test_the_quote_text_gets_room_and_the_timeline_its_lanes(width, height):
    s = shares(width, height, lanes=8, timeline_extra=120, lane_height=24, row_height=20, font_height=14)
    quote_column = width - s.people - s.article - 128 - 112 - 66  # date, speaker (15 letters), kind
    assert quote_column >= 280, "the quote text shows beside date, speaker and kind"
    assert s.timeline >= 120 + MIN_LANES * 24
    assert height - s.timeline - 150 >= MIN_QUOTE_ROWS * 20
    few = shares(width, height, lanes=1, timeline_extra=120, lane_height=24, row_height=20, font_height=14)
    assert few.timeline == 120 + MIN_LANES * 24 < s.timeline, (
        "a timeline with few lanes leaves the room to quotes"
    )


def test_a_fresh_window_fits_its_screen_and_gives_the_timeline_its_lanes(qtbot, settings, bundled_copy):
    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    available = win.screen().availableGeometry()
    assert win.geometry() == window_rect(available)
    canvas = win.timeline.canvas
    assert (canvas.height() - AXIS_H) // LANE_H >= MIN_LANES


@pytest.fixture
def first_window_at_1600x1000(monkeypatch):
    """A first window the size one gets on a 1600×1000 screen (the offscreen screen is 800×800: a window
    752 px tall keeps the room below the timeline for a chosen person's details, not all eight lanes)."""
    from viewer.gui import main_window

    monkeypatch.setattr(main_window, "window_rect", lambda _available: window_rect(QRect(0, 0, 1600, 1000)))


def test_a_fresh_window_shows_every_lane_of_the_bundled_database_when_it_has_room(
    qtbot, settings, bundled_copy, first_window_at_1600x1000
):
    """A walkthrough found 6 of 8 lanes at 1600x1000 with 15 empty quote rows: a lane holding a cluster
    is two rows tall, which the share counted as one."""
    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    canvas = win.timeline.canvas
    qtbot.waitUntil(lambda: canvas.frame is not None and canvas.frame.layout is not None, timeout=5000)
    qtbot.waitUntil(lambda: canvas.frame.layout.total == 8 and canvas.frame.layout.hidden_below == 0)
    assert (
        win.quotes.view.viewport().height()
        >= MIN_QUOTE_ROWS * win.quotes.view.verticalHeader().defaultSectionSize()
    )


def test_a_restart_brings_the_docks_back_at_their_sizes(
    qtbot, settings, bundled_copy, first_window_at_1600x1000
):
    """The panes are built after the bare window's first paint: the saved dock sizes must still hold."""
    first = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.built and first.controller.session is not None, timeout=5000)
    settle(qtbot, first)
    canvas = first.timeline.canvas  # the first window's last step: room for the lanes once drawn
    qtbot.waitUntil(lambda: canvas.frame is not None and canvas.frame.layout.hidden_below == 0)
    sizes = {name: dock.size() for name, dock in first.docks.items()}
    central = first.quotes.size()
    first.close()
    again = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.built and again.controller.session is not None, timeout=5000)
    settle(qtbot, again)
    qtbot.waitUntil(lambda: again.quotes.size() == central, timeout=2000)
    assert {name: dock.size() for name, dock in again.docks.items()} == sizes


def test_a_dark_choice_paints_the_first_window_dark(qtbot, settings, bundled_copy):
    """The bare window's first paint comes before the panes and menus are built: it must already wear the
    palette chosen in View → Appearance, not flash the system's light one."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication
    from viewer.gui import appearance

    settings.setValue("appearance", "dark")
    try:
        win = start_window(Namespace(db=bundled_copy), settings)
        qtbot.addWidget(win)
        assert not win.built
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_colour == appearance.dark_palette().color(QPalette.ColorRole.Window)
        qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
        settle(qtbot, win)
        assert win.appearance_actions["dark"].isChecked()
    finally:
        appearance.apply("system")


def test_a_started_window_has_the_search_box_focused(qtbot, settings, bundled_copy):
    """Keyboard only: the panes are built after the first paint, so nothing would hold the focus; the
    search box does, and typing goes there at once."""
    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    assert win.focusWidget() is win.search


def test_the_start_up_probe_reports_the_first_paint_then_the_painted_quotes(tmp_path, bundled_copy):
    """`make bench` times start-up with EVENTS_VIEWER_STARTUP_PROBE: the bare window's paint, then the end
    of the first paint of the quote list holding the first page, in that order; then the app quits."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, HOME=str(tmp_path), EVENTS_VIEWER_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "--db", str(bundled_copy)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    marks = [line.split() for line in proc.stdout.splitlines()]
    assert [m[0] for m in marks] == ["painted", "ready"]
    assert float(marks[0][1]) < float(marks[1][1])


def test_once_started_the_runtime_keeps_out_of_the_frames(
    qtbot, settings, bundled_copy, cycle_collector_as_python_starts
):
    """A full collection scanning every object of a window over a million quotes took 8-12 ms inside a
    keystroke's repaint: once the first database's lists have arrived, what start-up built is frozen
    out of the scans and full collections are spaced out (bench_stalls: see the README)."""
    import gc
    import sys

    defaults = cycle_collector_as_python_starts
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == defaults
    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    assert win.built and win.controller.session is not None
    assert gc.get_threshold()[0] >= 10 * defaults[0] and gc.get_threshold()[2] >= 10 * defaults[2]
    assert sys.getswitchinterval() <= 0.001, "the GUI thread gets the interpreter back within a millisecond"


def test_the_runtime_is_tuned_only_once_the_first_page_of_quotes_is_painted(
    qtbot, settings, bundled_copy, cycle_collector_as_python_starts, monkeypatch
):
    """Tuning starts with a full collection (8-10 ms): it used to run as the lists arrived, before the
    quote list had painted them, so the user saw the data that much later."""
    from PySide6.QtCore import QEvent, QObject
    from viewer.gui import launch
    from viewer.gui.main_window import MainWindow

    rows_painted: list[int] = []

    class PaintWatch(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                rows_painted.append(win.quote_model.rowCount())
            return False

    watch = PaintWatch()
    build = MainWindow.build_quotes  # start-up builds the quote panel first

    def build_and_watch(self: MainWindow, placed: bool = False) -> None:
        build(self, placed)
        self.quotes.view.viewport().installEventFilter(watch)

    tuned_after_data_painted: list[bool] = []
    tune = launch.tune_for_keystrokes

    def record_and_tune() -> None:
        tuned_after_data_painted.append(any(rows_painted))
        tune()

    monkeypatch.setattr(MainWindow, "build_quotes", build_and_watch)
    monkeypatch.setattr(launch, "tune_for_keystrokes", record_and_tune)
    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(tuned_after_data_painted), timeout=5000)
    assert tuned_after_data_painted == [True]


def test_start_up_compiles_the_records_methods_once_across_starts(qtbot, settings, bundled_copy, monkeypatch):
    """The quote path's modules load after the dataclasses' methods kept by an earlier start are at hand."""
    from viewer.gui import dataclass_code
    from viewer.gui.main_window import MainWindow

    at_hand: list[bool] = []
    build = MainWindow.build_controller

    def build_after_install(self: MainWindow) -> None:
        at_hand.append(dataclass_code.installed())
        build(self)

    monkeypatch.setattr(MainWindow, "build_controller", build_after_install)
    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: bool(at_hand), timeout=5000)
    assert at_hand == [True]


def test_an_older_library_is_brought_up_to_date_after_the_first_paint_before_opening(
    qtbot, settings, bundled_copy, monkeypatch
):
    """The upgrade check runs once the bare window is on screen (it is not needed to paint it) and
    before the library is opened."""
    import shutil

    from viewer import paths
    from viewer.gui import launch

    library = paths.library_db()
    library.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(bundled_copy, library)
    calls: list[bool] = []
    monkeypatch.setattr(launch, "upgrade_library", lambda: calls.append(win.controller.session is None))
    win = start_window(Namespace(db=library), settings)
    qtbot.addWidget(win)
    assert calls == []
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    assert calls == [True]
    assert win.controller.repo is not None and win.controller.repo.path == library


def test_opening_another_database_the_library_is_brought_up_to_date_after_its_first_page(
    qtbot, settings, bundled_copy, monkeypatch
):
    """Another database opens without the library's folder looked up first (platformdirs): the library's
    check waits until the first page of quotes is painted, and comes before the rest of the window."""
    from viewer import paths
    from viewer.gui import launch
    from viewer.gui.controller import first_page_shown

    assert not paths.may_be_library(bundled_copy)
    calls: list[tuple[bool, bool]] = []

    def check() -> None:
        calls.append((first_page_shown(win.controller.quotes), win.built))

    monkeypatch.setattr(launch, "upgrade_library", check)
    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built, timeout=5000)
    assert calls == [(True, False)]


def test_the_library_is_told_apart_by_its_file_name_alone(tmp_path, monkeypatch):
    """A database not named as the library cannot be it; one that is may be (the override's name too)."""
    from viewer import paths

    monkeypatch.delenv("EVENTS_VIEWER_LIBRARY")
    assert paths.may_be_library(tmp_path / "library.db")
    assert not paths.may_be_library(tmp_path / "events.db")
    monkeypatch.setenv("EVENTS_VIEWER_LIBRARY", str(tmp_path / "mine.sqlite"))
    assert paths.may_be_library(tmp_path / "elsewhere" / "mine.sqlite")
    assert not paths.may_be_library(tmp_path / "library.db")


def test_a_worker_thread_never_collects_the_windows_garbage(
    qtbot, settings, bundled_copy, cycle_collector_as_python_starts
):
    """A collection run by a worker thread destroys the GUI's cyclic garbage, Qt objects included, on
    that thread: saving a corrected Chinese article crashed the app so (pypinyin's tables loading in the
    import's thread). A started window collects on the GUI thread only, as often as Python would."""
    import gc
    import threading

    win = start_window(Namespace(db=bundled_copy), settings)
    qtbot.addWidget(win)
    collected_in: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_in.append(threading.current_thread().name)

    def allocate_cycles() -> None:
        for _ in range(50_000):
            cycle: list = []
            cycle.append(cycle)

    gc.callbacks.append(record)
    try:
        worker = threading.Thread(target=allocate_cycles, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in collected_in
        qtbot.waitUntil(lambda: threading.main_thread().name in collected_in, timeout=5000)
    finally:
        gc.callbacks.remove(record)


# the start of a script that makes a window in a process of its own on X11: its application, and a wait
WINDOW_ON_X11 = """
import sys, time
from argparse import Namespace
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from viewer.gui.launch import start_window
app = QApplication(sys.argv[:1])

def wait_until(done):
    end = time.monotonic() + 20
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    return done()
"""

RESTART_ON_X11 = (
    WINDOW_ON_X11
    + """
for start in range(2):  # a first start, then the next one, with the settings the first one left
    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    win = start_window(Namespace(db=sys.argv[2]), settings)
    wait_until(lambda: win.built and win.windowHandle() is not None and win.windowHandle().isExposed())
    wait_until(lambda: not win.busy())
    g = win.geometry()
    print(g.x(), g.y(), g.width(), g.height())
    win.close()
    settings.sync()
    del win
"""
)


def test_under_x11_without_a_window_manager_a_restart_puts_the_window_where_it_was(
    x_display, tmp_path, bundled_copy
):
    """A walkthrough at 1280×720 under a bare X server (no window manager) found the window 3 px lower after
    the first restart (y 22, then 25): Qt's restoreGeometry moves a window down until room for a title bar
    is on the screen, and the first window had been centred without it. It is placed with that room."""
    from .test_keyboard import _run_on_x11

    first, again = _run_on_x11(
        x_display, RESTART_ON_X11, str(tmp_path / "s.ini"), str(bundled_copy)
    ).splitlines()
    assert again == first


def test_a_database_that_cannot_be_opened_at_start_is_told_over_the_whole_window(qtbot, settings, tmp_path):
    """`events-viewer notes.db` (a text file) showed its error dialog over a blank grey window: the dialog
    came before the panes were built. It now comes once they are, over a window one can use (File → Open)."""
    from .conftest import FakeAsk

    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n", encoding="utf-8")
    win = start_window(Namespace(db=notes), settings)
    qtbot.addWidget(win)
    told: list[tuple[bool, str]] = []
    ask = FakeAsk()
    ask.error = lambda parent, title, message: told.append((win.built, message))  # type: ignore[method-assign]
    win._ask = ask
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == [(True, told[0][1])] and f"Not a SQLite database: {notes}" in told[0][1]
    assert "Use File → Open Database… to choose another." in told[0][1], "the menu item as it is named"
    assert win.controller.session is None and win.open_action.isEnabled() and not win.clear_action.isEnabled()
