"""The search box has a frame, and a mark while it holds the keyboard, in the Dark appearance as in the
Light (walk34 #10: in Dark it had neither and looked like part of the toolbar)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from viewer.gui.colours import contrast
from viewer.gui.main_window import MainWindow

from .conftest import settle


def _dark(qtbot, win: MainWindow) -> None:
    """View → Appearance → Dark, chosen from the menu, and wait until the search box has the palette."""
    win.appearance_actions["dark"].trigger()
    role = QPalette.ColorRole.Window
    qtbot.waitUntil(lambda: win.search.palette().color(role) == QApplication.palette().color(role))


def _edge(image: QImage, depth: int) -> list[tuple[int, int]]:
    """Points within `depth` pixels of the left and top edges, away from the corners."""
    w, h = image.width(), image.height()
    return [(x, h // 2) for x in range(depth)] + [(w // 3, y) for y in range(depth)]


def _best(colours: list[QColor], against: list[QColor]) -> float:
    """The best of the colours' least contrast with each of `against`."""
    return max(min(contrast(c, a) for a in against) for c in colours)


def _grab_unfocused(qtbot, win: MainWindow) -> QImage:
    """The search box while the quote list holds the keyboard (F6 away from it)."""
    win.quotes.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not win.search.hasFocus())
    return win.search.grab().toImage()


def _grab_focused(qtbot, win: MainWindow) -> QImage:
    """The search box after Ctrl+F."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.quotes.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.search.hasFocus)
    return win.search.grab().toImage()


def test_the_search_box_is_framed_in_the_dark(qtbot, window):
    _dark(qtbot, window)
    try:
        settle(qtbot, window)
        palette = window.search.palette()
        around = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
        image = _grab_unfocused(qtbot, window)
        frame = [image.pixelColor(x, y) for x, y in _edge(image, 2)]
        assert _best(frame, around) >= 3.0, [c.name() for c in frame]  # WCAG 1.4.11: a field's boundary
    finally:
        window.appearance_actions["system"].trigger()


def test_the_search_box_shows_it_holds_the_keyboard_in_the_dark(qtbot, window):
    _dark(qtbot, window)
    try:
        settle(qtbot, window)
        before = _grab_unfocused(qtbot, window)
        after = _grab_focused(qtbot, window)
        changed = [
            (before.pixelColor(x, y), after.pixelColor(x, y))
            for x, y in _edge(after, 4)
            if before.pixelColor(x, y) != after.pixelColor(x, y)
        ]
        assert changed, "the keyboard's arrival changes the box's edge"
        assert max(contrast(a, b) for a, b in changed) >= 3.0, [(a.name(), b.name()) for a, b in changed]
        marked = sum(1 for a, b in changed if contrast(a, b) >= 3.0)
        assert marked >= 4, "a mark two pixels deep on two sides, not one thin line"
    finally:
        window.appearance_actions["system"].trigger()
