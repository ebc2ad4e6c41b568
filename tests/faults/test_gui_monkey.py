"""A monkey at the window: random keys, clicks, wheels, typed queries, reopens and imports, headless.
Every exception Qt would swallow is counted; none is acceptable."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from ..gui.conftest import FakeAsk, settle
from .conftest import FULL
from .test_query_fuzz import VALUES
from .tools import ARTICLES, BUNDLED_DB

ACTIONS = 3000 if FULL else 300
_KEYS = [
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Space,
    Qt.Key.Key_A,
    Qt.Key.Key_1,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Minus,
    Qt.Key.Key_F,
    Qt.Key.Key_C,
]
_MODIFIERS = [Qt.KeyboardModifier.NoModifier] * 4 + [
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
]


def _widgets(win) -> list[QWidget]:
    return [w for w in win.findChildren(QWidget) if w.isVisible() and w.width() > 2 and w.height() > 2]


class Monkey:
    """Random actions on one window."""

    def __init__(self, qtbot, win, ask: FakeAsk, rng: random.Random, folder: Path) -> None:
        self.qtbot, self.win, self.ask, self.rng, self.folder = qtbot, win, ask, rng, folder
        self.done: dict[str, int] = {}
        ask.library_pick = self.take_out

    def act(self) -> None:
        name, action = self.rng.choices(
            [
                ("key", self.key),
                ("click", self.click),
                ("wheel", self.wheel),
                ("query", self.query),
                ("action", self.menu_action),
                ("reopen", self.reopen),
                ("import", self.import_),
            ],
            weights=[30, 25, 15, 15, 8, 4, 3],
        )[0]
        self.done[name] = self.done.get(name, 0) + 1
        action()
        QApplication.processEvents()

    def key(self) -> None:
        target = QApplication.focusWidget() or self.win
        key, mod = self.rng.choice(_KEYS), self.rng.choice(_MODIFIERS)
        if mod == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Q, Qt.Key.Key_W):
            return
        self.qtbot.keyClick(target, key, mod)

    def click(self) -> None:
        w = self.rng.choice(_widgets(self.win))
        pos = QPoint(self.rng.randrange(w.width()), self.rng.randrange(w.height()))
        if self.rng.random() < 0.2:
            self.qtbot.mouseDClick(w, Qt.MouseButton.LeftButton, pos=pos)
        else:
            self.qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=pos)

    def wheel(self) -> None:
        w = self.rng.choice(_widgets(self.win))
        pos = QPointF(self.rng.randrange(w.width()), self.rng.randrange(w.height()))
        delta = QPoint(0, self.rng.choice([-480, -120, 120, 480]))
        mods = self.rng.choice(_MODIFIERS)
        event = QWheelEvent(
            pos,
            w.mapToGlobal(pos),
            QPoint(),
            delta,
            Qt.MouseButton.NoButton,
            mods,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(w, event)

    def query(self) -> None:
        words = [self.rng.choice(["", "p:", "date:", "-"]) + self.rng.choice(VALUES) for _ in range(3)]
        self.win.search.setText(" ".join(words))
        self.win.search.submit()

    def menu_action(self) -> None:
        self.ask.export_answer = (self.folder / f"out{self.rng.randrange(3)}.md", "md")
        action = self.rng.choice(
            [
                self.win.copy_action,
                self.win.find_action,
                self.win.back_action,
                self.win.forward_action,
                self.win.clear_action,
                self.win.export_action,
                self.win.about_action,
                self.win.library_action,
            ]
        )
        action.trigger()

    def take_out(self, dialog) -> None:
        """File → Manage Library…: half the time an article is taken out (not waited for), else closed."""
        rows = dialog.table.rowCount()
        if rows and self.rng.random() < 0.5:
            dialog.table.selectRow(self.rng.randrange(rows))
            dialog.remove.click()
            self.done["take out"] = self.done.get("take out", 0) + 1
        else:
            dialog.reject()

    def reopen(self) -> None:
        damaged = self.folder / "damaged.db"
        damaged.write_bytes(BUNDLED_DB.read_bytes()[:5000])
        self.ask.open_answer = self.rng.choice([self.folder / "events.db", damaged, self.folder])
        self.win.open_action.trigger()

    def import_(self) -> None:
        self.ask.import_answer = self.rng.sample(ARTICLES, 2)
        self.ask.review_keep = lambda anns: anns[: self.rng.randrange(len(anns) + 1)]
        self.win.import_action.trigger()
        if self.rng.random() < 0.5 and self.win.importer is not None and self.win.importer.progress:
            self.win.importer.progress.cancel()
        self.qtbot.waitUntil(lambda: self.win.importer is None, timeout=60000)


@pytest.mark.thorough
@pytest.mark.kind("GUI monkey")
def test_random_actions_raise_nothing(qtbot, tmp_path, monkeypatch, tally):
    from PySide6.QtCore import QSettings
    from viewer import paths
    from viewer.gui.main_window import MainWindow

    bundled = tmp_path / "events.db"
    shutil.copy(BUNDLED_DB, bundled)
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled)
    ask = FakeAsk()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    assert win.open_database(bundled)
    settle(qtbot, win)
    monkey = Monkey(qtbot, win, ask, random.Random(11), tmp_path)
    with qtbot.captureExceptions() as caught:
        for _ in range(ACTIONS):
            seen = len(caught)
            try:
                monkey.act()
            except Exception as exc:  # raised straight out of a call the monkey made
                caught.append((type(exc), exc, exc.__traceback__))
            tally.add("traceback" if len(caught) > seen else "handled", repr(caught[-1][1]) if caught else "")
        settle(qtbot, win)
    tally.note(
        f"offscreen, {ACTIONS:,} actions: " + ", ".join(f"{k} {v}" for k, v in sorted(monkey.done.items()))
    )
    tally.check()
