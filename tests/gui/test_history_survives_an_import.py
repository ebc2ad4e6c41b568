"""Back and Forward's history outlives an import into the database shown (or into the library made from
it): walk35 saved an import and found Back and Forward greyed out, the searches before it gone. A step whose
quote (or person, event, article) went with the database's change is passed over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from viewer import paths
from viewer.gui.main_window import MainWindow
from viewer.pipeline.library import remove_articles

from .conftest import settle
from .test_back_to_the_last_search import click_quote, search_by_keys

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


def _import(qtbot, win: MainWindow, ask) -> None:
    """File → Import Articles… of the wire story, reviewed as extracted and saved."""
    ask.import_answer = [WIRE]
    win.import_action.trigger()
    qtbot.waitUntil(lambda: win.importer is None, timeout=20000)
    settle(qtbot, win)


def _alt_left(qtbot, win: MainWindow) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.back_action.isEnabled()
    with qtbot.waitSignal(win.controller.selectionChanged, timeout=5000):
        qtbot.keyClick(win.quotes.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, win)


def test_back_after_an_import_goes_to_the_searches_before_it(qtbot, window, ask, bundled_copy, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    search_by_keys(qtbot, window, "林俊旸")
    chosen = click_quote(qtbot, window, 1)
    search_by_keys(qtbot, window, "离职")
    _import(qtbot, window, ask)
    assert window.controller.repo.path == paths.library_db() and "1 imported" in window.notice.text()
    assert window.search.text() == "离职"
    _alt_left(qtbot, window)
    assert window.search.text() == "林俊旸" and window.controller.query == "林俊旸"
    qtbot.waitUntil(lambda: window.quotes.selected_quote_ids() == [chosen])
    assert window.controller.selection.quote == chosen


def test_back_passes_over_a_step_whose_quote_went(qtbot, window, ask, bundled_copy, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    search_by_keys(qtbot, window, "林俊旸")
    before = click_quote(qtbot, window, 0)
    window.clear_action.trigger()  # Show All: everything, nothing chosen
    settle(qtbot, window)
    _import(qtbot, window, ask)  # the wire story's first quote is chosen: a step
    added = window.controller.focus().article
    assert added is not None and added.source_name == "wire_xinghe.txt"
    search_by_keys(qtbot, window, "2026")
    remove_articles(paths.library_db(), bundled_copy, [added.id])  # as events-cli or another window does
    window.activateWindow()
    with qtbot.waitSignal(window.controller.sessionChanged, timeout=5000):
        qtbot.keyClick(window.quotes.view, Qt.Key.Key_F5)
    settle(qtbot, window)
    assert window.search.text() == "2026"
    _alt_left(qtbot, window)  # over the wire story's quote, gone, to Show All's step
    assert window.controller.query == "" and window.controller.selection.quote is None
    _alt_left(qtbot, window)
    assert window.controller.query == "林俊旸" and window.controller.selection.quote == before


def test_an_import_under_a_chosen_quote_lets_it_go_and_back_chooses_it_again(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    search_by_keys(qtbot, window, "林俊旸")
    chosen = click_quote(qtbot, window, 1)
    _import(qtbot, window, ask)
    assert window.search.text() == "林俊旸" and window.controller.selection.quote is None
    assert not window.forward_action.isEnabled()
    _alt_left(qtbot, window)
    qtbot.waitUntil(lambda: window.quotes.selected_quote_ids() == [chosen])
    assert window.controller.query == "林俊旸" and window.forward_action.isEnabled()
