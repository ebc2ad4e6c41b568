"""GUI fixtures: a window over a copy of the bundled database, with dialogs replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
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

    def open_database(self, parent, start):
        return self.open_answer

    def export_path(self, parent, start):
        return self.export_answer

    def import_files(self, parent, start):
        return self.import_answer

    def review(self, parent, annotations):
        self.reviewed = annotations
        return self.review_keep(annotations)

    def error(self, parent, title, message):
        self.errors.append((title, message))

    def about(self, parent, title, message):
        self.abouts.append(message)


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """The interface in English, as the app shows it under LANG=C (a test in Chinese restores this)."""
    i18n.install(qapp, "en")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ask() -> FakeAsk:
    return FakeAsk()


@pytest.fixture
def window(qtbot, settings, ask, bundled_copy) -> MainWindow:
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    assert win.open_database(bundled_copy)
    settle(qtbot, win)
    return win


def settle(qtbot, win: MainWindow) -> None:
    """Wait until the session's worker has delivered counts, people and timeline counts."""
    if win.busy():
        with qtbot.waitSignal(win.controller.settled, timeout=10000):
            pass


def search(qtbot, win: MainWindow, text: str) -> None:
    """Type a query and submit it as Enter would, then wait for the results to settle."""
    win.search.setText(text)
    win.search.submit()
    settle(qtbot, win)
