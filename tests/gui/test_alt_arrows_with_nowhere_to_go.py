"""Alt+Left with Back greyed out (and Alt+Right with Forward greyed out) does nothing: walk35 pressed it in
the quote list, which took it as ← and chose the row it was on; that choice was a new step, and everything
Forward would have gone to was lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from viewer.gui.main_window import MainWindow

from .conftest import settle
from .test_back_to_the_last_search import click_quote


def _key(qtbot, win: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.AltModifier) -> None:
    """A key pressed in the quote list of the active window, then what it did settled."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.quotes.view.setFocus()
    qtbot.keyClick(win.quotes.view, key, modifier)
    settle(qtbot, win)


def _back(qtbot, win: MainWindow) -> None:
    """Alt+Left where Back can go, waited for."""
    assert win.back_action.isEnabled()
    with qtbot.waitSignal(win.controller.selectionChanged, timeout=5000):
        _key(qtbot, win, Qt.Key.Key_Left)


def test_alt_left_with_back_greyed_chooses_nothing_and_keeps_forward(qtbot, window):
    chosen = click_quote(qtbot, window, 1, 3)
    _back(qtbot, window)
    assert not window.back_action.isEnabled() and window.forward_action.isEnabled()
    _key(qtbot, window, Qt.Key.Key_Left)
    assert window.controller.selection.quote is None
    assert window.quotes.selected_quote_ids() == []
    assert window.forward_action.isEnabled(), "Forward still goes to the quote chosen"
    with qtbot.waitSignal(window.controller.selectionChanged, timeout=5000):
        _key(qtbot, window, Qt.Key.Key_Right)
    assert window.controller.selection.quote == chosen


def test_alt_right_with_forward_greyed_chooses_nothing(qtbot, window):
    chosen = click_quote(qtbot, window, 1, 0)
    _key(qtbot, window, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)  # steps out: nothing chosen
    assert window.controller.selection.quote is None and not window.forward_action.isEnabled()
    _key(qtbot, window, Qt.Key.Key_Right)
    assert window.controller.selection.quote is None
    assert window.quotes.selected_quote_ids() == []
    _back(qtbot, window)
    assert window.controller.selection.quote == chosen, "Back goes to the quote, not to an Alt+Right's step"


def test_choosing_the_quote_already_chosen_is_no_new_step(qtbot, window):
    first = click_quote(qtbot, window, 1, 3)
    click_quote(qtbot, window, 2, 3)
    _back(qtbot, window)
    assert window.controller.selection.quote == first and window.forward_action.isEnabled()
    view = window.quotes.view
    rect = view.visualRect(window.quote_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert window.controller.selection.quote == first
    assert window.forward_action.isEnabled(), "the quote chosen again: Forward still goes on"
