"""A timeline with nothing dated to place folds to a line saying so, its room given to the panes below
(walk36 b10: at a person with no dated events the empty chart took some 40% of the window); it grows back
to the height the user gave it when dated events come back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from viewer.gui.main_window import MainWindow

from .conftest import search, settle


def _drag_down(qtbot, win, at: QPoint, by: int, moved) -> None:
    """Drag the separator at `at` down by `by` pixels, as the mouse does (Qt moves it on its next turn)."""
    qtbot.mouseMove(win, at)
    qtbot.mousePress(win, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(win, at + QPoint(0, by))
    qtbot.waitUntil(moved)
    qtbot.mouseRelease(win, Qt.MouseButton.LeftButton, pos=at + QPoint(0, by))


def test_an_empty_timeline_folds_and_grows_back_to_the_users_height(
    qtbot, window, ask, settings, bundled_copy
):
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    settle(qtbot, window)
    dock, people = window.docks["timelineDock"], window.docks["personDock"]
    before = dock.height()
    at = QPoint(window.width() // 2, dock.geometry().bottom() + 3)
    _drag_down(qtbot, window, at, 40, lambda: dock.height() != before)
    sized, room = dock.height(), people.height()
    assert sized > before
    search(qtbot, window, "范禹")  # 范禹 is in an article, in no dated event
    assert window.people.list.model().rowCount() > 0 and window.event_model.rowCount() == 0
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: dock.height() < sized // 3)
    assert people.height() > room + sized // 2, "the room went to the panes below"
    qtbot.waitUntil(lambda: canvas.frame is not None and canvas.frame.message == "No dated events match.")
    assert canvas.isVisible() and canvas.frame.ticks is None, "a line, no axis"
    search(qtbot, window, "林俊旸")
    qtbot.waitUntil(lambda: dock.height() == sized)
    assert people.height() == room


def test_a_window_closed_with_the_timeline_folded_opens_with_it_as_the_user_sized_it(
    qtbot, window, ask, settings, bundled_copy
):
    dock = window.docks["timelineDock"]
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    settle(qtbot, window)
    before = dock.height()
    at = QPoint(window.width() // 2, dock.geometry().bottom() + 3)
    _drag_down(qtbot, window, at, 40, lambda: dock.height() != before)
    sized = dock.height()
    search(qtbot, window, "范禹")
    qtbot.waitUntil(lambda: dock.height() < sized // 3)
    window.close()
    again = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat), ask)
    qtbot.addWidget(again)
    again.restore_state()
    again.show()
    again.open_database(bundled_copy)
    settle(qtbot, again)
    assert again.search.text() == "范禹"
    search(qtbot, again, "林俊旸")
    qtbot.waitUntil(lambda: again.docks["timelineDock"].height() == sized)
