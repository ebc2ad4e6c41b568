"""Back's and Forward's tips name where they lead, as a browser's do (walk35 #7: they said
only "Back to the previous search or selection", whatever was behind them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from .conftest import settle
from .test_back_to_the_last_search import click_quote, search_by_keys


def _tips(window) -> tuple[str, str]:
    return window.back_action.toolTip(), window.forward_action.toolTip()


def test_the_tips_name_the_search_or_the_choice_they_lead_to(qtbot, window):
    search_by_keys(qtbot, window, "林俊旸")
    back, _ = _tips(window)
    assert back == "Back to everything"
    click_quote(qtbot, window, 1)
    assert _tips(window)[0] == "Back to the previous choice in this search"
    search_by_keys(qtbot, window, "离职")
    assert _tips(window)[0] == "Back to the search “林俊旸”"
    button = window.findChild(QToolButton, "backButton")
    assert button.accessibleDescription() == "Back to the search “林俊旸”", "a screen reader hears it too"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.controller.selectionChanged, timeout=5000):
        qtbot.keyClick(window.quotes.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, window)
    assert _tips(window)[1] == "Forward to the search “离职”"


def test_with_nowhere_to_go_the_tips_say_what_the_buttons_do(qtbot, window):
    assert _tips(window) == (
        "Back to the previous search or selection",
        "Forward to the next search or selection",
    )
