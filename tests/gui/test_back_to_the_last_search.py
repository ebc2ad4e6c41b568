"""Back and Forward walk searches as well as choices, as a browser's do (walk34 #2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from viewer.gui.main_window import MainWindow

from .conftest import commit_text, settle


def search_by_keys(qtbot, win: MainWindow, text: str) -> None:
    """Ctrl+F, select all, the query typed through the input method, Enter; then settle."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    commit_text(win.search, text)
    with qtbot.waitSignal(win.search.querySubmitted, timeout=5000):
        qtbot.keyClick(win.search, Qt.Key.Key_Return)
    settle(qtbot, win)


def click_quote(qtbot, win: MainWindow, row: int, column: int = 3) -> int:
    """Click a cell of the quote list (its text, by default) as a reader does; the quote chosen."""
    view = win.quotes.view
    rect = view.visualRect(win.quote_model.index(row, column))
    with qtbot.waitSignal(win.controller.selectionChanged, timeout=5000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, win)
    chosen = win.controller.selection.quote
    assert chosen is not None
    return chosen


def _alt(qtbot, win: MainWindow, key: Qt.Key) -> None:
    """Alt+Left or Alt+Right in the window, then wait for what it shows to settle."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    with qtbot.waitSignal(win.controller.selectionChanged, timeout=5000):
        qtbot.keyClick(win.quotes.view, key, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, win)


def test_back_after_a_new_search_returns_to_the_last_search_and_its_choice(qtbot, window):
    """The walkthrough searched 林俊旸, clicked a quote, then searched 离职: Back was disabled and Alt+Left
    did nothing. Back now shows 林俊旸 again, with the quote chosen; Forward goes to 离职 again."""
    search_by_keys(qtbot, window, "林俊旸")
    first_rows = window.quote_model.rowCount()
    chosen = click_quote(qtbot, window, 1)
    search_by_keys(qtbot, window, "离职")
    assert window.back_action.isEnabled(), "Back goes to the last search"
    _alt(qtbot, window, Qt.Key.Key_Left)
    assert window.search.text() == "林俊旸" and window.controller.query == "林俊旸"
    qtbot.waitUntil(lambda: window.quotes.selected_quote_ids() == [chosen])
    assert window.quote_model.rowCount() == first_rows
    assert window.controller.selection.quote == chosen and window.article.highlighted()
    assert window.forward_action.isEnabled()
    _alt(qtbot, window, Qt.Key.Key_Right)
    assert window.search.text() == "离职" and window.controller.selection.quote is None
    assert window.quotes.selected_quote_ids() == []


def test_typing_a_search_letter_by_letter_is_one_step_back(qtbot, window):
    """A query typed as you type is searched several times (林, 林俊, …): Back skips its partial queries."""
    search_by_keys(qtbot, window, "林俊旸")
    chosen = click_quote(qtbot, window, 0)
    window.activateWindow()
    qtbot.keyClick(window.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for letter in "离职":
        with qtbot.waitSignal(window.search.querySubmitted, timeout=5000):
            commit_text(window.search, letter)
        settle(qtbot, window)
    assert window.controller.query == "离职"
    _alt(qtbot, window, Qt.Key.Key_Left)
    assert window.search.text() == "林俊旸" and window.controller.selection.quote == chosen


def test_a_search_made_with_enter_is_a_step_back_though_nothing_was_chosen_in_it(qtbot, window):
    """review34b: a reader who searched 林俊旸 (Enter), read its results without a click, then searched 离职
    found Back disabled, as walk34 had; and Back from the first search goes to everything, as at the start."""
    everything = window.quote_model.rowCount()
    search_by_keys(qtbot, window, "林俊旸")
    first_rows = window.quote_model.rowCount()
    search_by_keys(qtbot, window, "离职")
    assert window.back_action.isEnabled(), "Back goes to the search made with Enter"
    _alt(qtbot, window, Qt.Key.Key_Left)
    assert window.search.text() == "林俊旸" and window.quote_model.rowCount() == first_rows
    _alt(qtbot, window, Qt.Key.Key_Left)
    assert window.search.text() == "" and window.quote_model.rowCount() == everything
