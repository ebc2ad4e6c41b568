"""GUI fixtures: a window over a copy of the bundled database, with dialogs replaced."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from viewer.gui import i18n
from viewer.gui.main_window import MainWindow


class FakeAsk:
    """Answers the window's questions from a script and records what it was told."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.abouts: list[str] = []
        self.export_answer: tuple[Path, str] | None = None
        self.open_answer: Path | None = None
        self.import_answer: list[Path] = []
        self.reviewed: list = []
        self.review_keep = lambda annotations: annotations
        self.confirm_answer = True
        self.confirmed: list[str] = []
        self.shortcut_rows: list[tuple[str, str]] = []
        self.syntax_rows: list[tuple[str, str]] = []
        self.starts: list[Path] = []  # where each file dialog was asked to start
        self.library_rows: list = []
        self.library_pick = lambda dialog: dialog.reject()  # what the user does in File → Manage Library…

    def open_database(self, parent, start):
        return self.open_answer

    def export_path(self, parent, start):
        self.starts.append(start)
        return self.export_answer

    def import_files(self, parent, start):
        self.starts.append(start)
        return self.import_answer

    def review(self, parent, annotations, known=frozenset()):
        self.reviewed, self.known = annotations, known
        return self.review_keep(annotations)

    def library(self, parent, library, rows):
        """The real dialog, shown; `library_pick` works it as a user would (clicks, keys)."""
        from viewer.gui.library_dialog import LibraryDialog

        self.library_rows = rows
        dialog = self.library_dialog = LibraryDialog(rows, library, parent)
        dialog.show()
        self.library_pick(dialog)
        chosen = dialog.chosen if dialog.result() == LibraryDialog.DialogCode.Accepted else []
        dialog.close()
        return chosen

    def error(self, parent, title, message):
        self.errors.append((title, message))

    def confirm(self, parent, title, message, destructive=False):
        self.confirmed.append(message)
        self.destructive = destructive
        return self.confirm_answer

    def shortcuts(self, parent, rows):
        self.shortcut_rows = rows

    def syntax(self, parent, rows):
        self.syntax_rows = rows

    def about(self, parent, title, message):
        self.abouts.append(message)


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """The interface in English, as the app shows it under LANG=C (a test in Chinese restores this)."""
    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def cycle_collector_as_python_starts():
    """A started window tunes the runtime for the whole process (launch.tune_for_keystrokes) and takes
    the cycle collector to the GUI thread (collector.py): each test starts, and ends, with Python's own
    collector, its settings and switch interval."""
    defaults, interval = (700, 10, 10), 0.005
    gc.unfreeze()
    gc.enable()
    gc.set_threshold(*defaults)
    sys.setswitchinterval(interval)
    yield defaults
    gc.unfreeze()
    gc.enable()  # a started window collects on its own timer, with Python's automatic collection off
    gc.set_threshold(*defaults)
    sys.setswitchinterval(interval)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ask() -> FakeAsk:
    return FakeAsk()


def open_window(qtbot, settings, ask, database: Path) -> MainWindow:
    """A main window on a database, shown at a size with room for every pane, settled."""
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    assert win.open_database(database)
    settle(qtbot, win)
    return win


@pytest.fixture
def window(qtbot, settings, ask, bundled_copy) -> MainWindow:
    return open_window(qtbot, settings, ask, bundled_copy)


def settle(qtbot, win: MainWindow) -> None:
    """Wait until the session's worker has delivered first pages, counts, people, timeline counts,
    and what those asked for in turn (the timeline's events in view)."""
    for _ in range(50):
        if win.busy():
            with qtbot.waitSignal(win.controller.settled, timeout=10000):
                pass
        qtbot.wait(1)
        if not win.busy():
            return


def search(qtbot, win: MainWindow, text: str) -> None:
    """Type a query and submit it as Enter would, then wait for the results to settle."""
    win.search.setText(text)
    win.search.submit()
    settle(qtbot, win)


def search_by_keys(qtbot, win: MainWindow, text: str) -> None:
    """Search as a keyboard user does: the window active, Ctrl+F, the query typed, Enter; then settle."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(win.search, text)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    settle(qtbot, win)


@pytest.fixture(scope="session")
def x_display():
    """A real X server (Xvfb) for the few behaviours only X11 shows; make test installs Xvfb."""
    yield from _xvfb()


@pytest.fixture
def other_x_display(x_display):
    """A second X server beside x_display: another screen the app may be started on."""
    yield from _xvfb()


def _xvfb():
    """Start Xvfb on a free display, give its name, and stop it afterwards."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is missing: scripts/qt-deps.sh installs it (apt-get install xvfb)")
    for number in range(140, 180):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            [xvfb, f":{number}", "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists() or server.poll() is not None:
                break
            time.sleep(0.05)
        if server.poll() is None:
            yield f":{number}"
            server.terminate()
            server.wait(timeout=5)
            return
    pytest.fail("no free X display for Xvfb")


WIRE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


def shown_review(qtbot, article: Path, size: tuple[int, int] = (1240, 720)):
    """The import review of one article, shown and active at a size (1200×633: a 1280×720 screen's)."""
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    d = ReviewDialog([read_article(article)])
    qtbot.addWidget(d)
    d.resize(*size)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


@pytest.fixture
def wire_review(qtbot):
    """The import review of wire_xinghe (星河智能 says q1, 孙立群 q3 and q4)."""
    return shown_review(qtbot, WIRE)


def type_and_enter(qtbot, dialog, field: str, text: str) -> None:
    """Click a correction's field, type over it and press Enter: one step of Undo, the import not saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    edit = dialog.findChild(QLineEdit, field)
    assert edit is not None and edit.isVisible() and edit.accessibleName()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0, "Enter in the field saved the import"


def review_group(dialog, key: str):
    """The review list's group of that key (people, orgs, events, quotes)."""
    from viewer.gui.review_dialog import KEY

    model = dialog.facts.model()
    return next(model.item(r) for r in range(model.rowCount()) if model.item(r).data(KEY) == key)


def commit_text(widget: QWidget, text: str) -> None:
    """Type as an input method does (pinyin, zhuyin or cangjie turned into characters): the composed text
    committed into the widget (QTest types no Chinese)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
