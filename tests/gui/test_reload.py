"""F5 (File → Reload Database) reads the open database again: what `events-cli import` added to it while
the window was open shows, the search and the choice stay (the walkthrough pressed F5, as in DB Browser for
SQLite, after importing from a terminal: nothing happened, the counts stayed those of before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from viewer import paths
from viewer.pipeline.library import import_files

from .conftest import settle

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HK = FIXTURES / "heldout" / "heldout_hk_big5.txt"
WIRE = FIXTURES / "articles" / "wire_xinghe.txt"


@pytest.fixture
def library(tmp_path) -> Path:
    """A library of the bundled article and one imported."""
    lib = tmp_path / "library.db"
    assert import_files([HK], lib, paths.bundled_db()).added
    return lib


def _open(qtbot, window, ask, db: Path) -> None:
    ask.open_answer = db
    window.open_action.trigger()  # File → Open
    settle(qtbot, window)


def _quotes(window) -> set[str]:
    model = window.quote_model
    return {model.index(r, 3).data() for r in range(model.rowCount())}


def test_f5_shows_what_another_program_added_to_the_open_database(qtbot, window, ask, library):
    _open(qtbot, window, ask, library)
    before = _quotes(window)
    people_before = window.entity_model.rowCount()
    assert import_files([WIRE], library, paths.bundled_db()).added  # events-cli import, in a terminal
    window.quotes.view.setFocus()
    qtbot.keyClick(window.quotes.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.quote_model.rowCount() > len(before))
    settle(qtbot, window)
    assert before < _quotes(window)
    assert window.entity_model.rowCount() > people_before
    assert window.controller.repo is not None and window.controller.repo.path == library
    assert "library.db" in window.notice.text()


def test_f5_keeps_the_search_and_what_was_chosen(qtbot, window, ask, library):
    _open(qtbot, window, ask, library)
    window.find_action.trigger()  # Ctrl+F, a name, Enter
    qtbot.keyClicks(window.search, "Liang Zhenbang")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    window.quotes.view.setFocus()
    qtbot.keyClick(window.quotes.view, Qt.Key.Key_Down)  # the first quote chosen
    settle(qtbot, window)
    chosen = window.controller.selection
    assert chosen.quote is not None and window.quote_model.rowCount() > 0
    shown = _quotes(window)
    canvas = window.timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)  # zoomed in on the chart
    view = (canvas.scale.origin, canvas.scale.px_per_day)
    window.quotes.view.setFocus()
    with qtbot.waitSignal(window.controller.sessionChanged, timeout=5000):
        qtbot.keyClick(window.quotes.view, Qt.Key.Key_F5)
    settle(qtbot, window)
    assert window.search.text() == "Liang Zhenbang"
    assert _quotes(window) == shown
    assert (canvas.scale.origin, canvas.scale.px_per_day) == pytest.approx(view), "the chart as it was"
    qtbot.waitUntil(lambda: window.controller.selection.quote == chosen.quote)
    qtbot.waitUntil(lambda: window.quotes.selected_quote_ids() == [chosen.quote])


def test_reload_is_in_the_file_menu_with_f5(window):
    action = window.findChild(type(window.open_action), "reloadAction")
    assert action is not None and action.shortcut().toString() == "F5"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
