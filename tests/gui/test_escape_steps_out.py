"""Esc steps out of what is chosen before it clears the search: a walkthrough searched 2026-03, clicked a
quote, pressed Esc in the search box and lost the search with the choice (a quote chosen alone did not
count as chosen); Esc in the quote list did nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import search, settle


def _click_first_quote(qtbot, window) -> None:
    view = window.quotes.view
    rect = view.visualRect(view.model().index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.controller.selection.quote is not None)
    settle(qtbot, window)


def test_esc_in_the_search_box_first_lets_go_of_a_chosen_quote_then_clears_the_search(qtbot, window):
    search(qtbot, window, "2026-03")
    _click_first_quote(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.controller.selection.quote is None and window.search.text() == "2026-03"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # nothing chosen now: the search goes
    settle(qtbot, window)
    assert window.search.text() == ""


def test_esc_in_the_quote_list_lets_go_of_the_chosen_quote(qtbot, window):
    search(qtbot, window, "2026-03")
    _click_first_quote(qtbot, window)
    qtbot.keyClick(window.quotes.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.controller.selection.quote is None)
    assert window.search.text() == "2026-03"
