"""With nothing chosen after another database is opened, or after an import, the article pane shows its
article from the top: a walkthrough saw it stay scrolled to the middle, where the quote chosen before had
been, with nothing highlighted there."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from viewer import paths
from viewer.gui.controller import Selection

from .conftest import search_by_keys, settle
from .test_people_names import import_and_fit
from .test_person_pane import _tab_to
from .test_person_tabs import _backtab_to

XINGHE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "wire_xinghe.txt"


def _a_quote_further_down_chosen(qtbot, window) -> None:
    """Under a search, a quote chosen from the keyboard: the article scrolled down to it (阿里巴巴集团's
    reply, the last but two: the last two are in another article, at its top)."""
    search_by_keys(qtbot, window, "2026-03")
    quotes = window.quotes.view
    _tab_to(qtbot, quotes)
    for key in (Qt.Key.Key_End, Qt.Key.Key_Up, Qt.Key.Key_Up):
        qtbot.keyClick(quotes, key)
    qtbot.waitUntil(lambda: window.controller.selection.quote is not None)
    settle(qtbot, window)
    bar = window.article.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0 and bool(window.article.highlighted()))


def _at_the_top(qtbot, window) -> None:
    """Nothing chosen, nothing highlighted: the article from its first line."""
    bar = window.article.text.verticalScrollBar()
    assert window.controller.selection == Selection()
    qtbot.waitUntil(lambda: window.article.article is not None, timeout=3000)
    assert window.article.highlighted() == []
    qtbot.waitUntil(lambda: bar.value() == 0, timeout=3000)
    assert window.article.text.textCursor().position() == 0


def test_another_database_opened_shows_its_article_from_the_top(qtbot, window, ask, bundled_copy, tmp_path):
    _a_quote_further_down_chosen(qtbot, window)
    other = tmp_path / "other.db"
    shutil.copy(bundled_copy, other)
    ask.open_answer = other
    window.open_action.trigger()  # File → Open Database…
    settle(qtbot, window)
    assert window.controller.repo is not None and window.controller.repo.path == other
    _at_the_top(qtbot, window)


def test_an_import_under_a_search_shows_the_article_from_the_top(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _a_quote_further_down_chosen(qtbot, window)
    import_and_fit(qtbot, window, ask, XINGHE)  # the search stays on: nothing of it chosen
    assert window.controller.repo is not None and window.controller.repo.path == paths.library_db()
    _at_the_top(qtbot, window)


def test_reloading_keeps_the_place_the_reader_scrolled_to(qtbot, window):
    """F5 reads the database again and keeps the search, the choice and where the reader is."""
    search_by_keys(qtbot, window, "2026-03")
    text = window.article.text
    _backtab_to(qtbot, text)
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the reader's own place
    bar = text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    place = bar.value()
    window.reload_action.trigger()
    settle(qtbot, window)
    assert bar.value() == place
