"""A person's tabs as a walkthrough used them: Sharp (no event, four quotes) opened on “Events (0)”, his
Quotes tab hid the words behind Date, Speaker and Kind, and an article in someone's Articles tab could be
chosen only with the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from viewer.pipeline.build import build_database

from .conftest import search_by_keys, settle
from .test_person_pane import _tab_to

GRIMES = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "blindbe_nbc33tv_grimes.toml"


@pytest.fixture
def grimes(qtbot, window, ask, tmp_path):
    """The window with the Walker burglary story open (File → Open): Morris does, Sharp and Grimes speak."""
    db = tmp_path / "grimes.db"
    build_database([GRIMES], db)
    ask.open_answer = db
    window.open_action.trigger()
    settle(qtbot, window)
    assert window.controller.repo is not None and window.controller.repo.path == db
    return window


def _choose_by_keys(qtbot, window, name: str) -> None:
    """Search for a name, Tab to the people list and ↓ to the first: their details, counted."""
    search_by_keys(qtbot, window, name)
    pane = window.people
    _tab_to(qtbot, pane.list)
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: pane.name.text().startswith(name) and "…" not in pane.tabs.tabText(1))
    settle(qtbot, window)


def _click_tab(qtbot, pane, index: int) -> None:
    bar = pane.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_someones_details_open_on_the_first_tab_with_something_or_the_one_chosen_for_them(qtbot, grimes):
    window, pane = grimes, grimes.people
    _choose_by_keys(qtbot, window, "David Morris")
    assert pane.tabs.currentWidget() is pane.events_view and pane.tabs.tabText(0) == "Events (1)"
    _choose_by_keys(qtbot, window, "Sharp")
    assert pane.tabs.tabText(0) == "Events (0)" and pane.tabs.tabText(1) == "Quotes (4)"
    assert pane.tabs.currentWidget() is pane.quotes_view, "his quotes, not “No events.”"
    _click_tab(qtbot, pane, 0)  # the reader wants his (no) events
    assert pane.tabs.currentWidget() is pane.events_view
    quotes = window.quotes.view  # one of his quotes chosen in the quote list: still his details, that tab
    _tab_to(qtbot, quotes)
    qtbot.keyClick(quotes, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.controller.selection.quote is not None)
    settle(qtbot, window)
    assert pane.name.text().startswith("Sharp") and pane.tabs.currentWidget() is pane.events_view
    _choose_by_keys(qtbot, window, "David Morris")
    assert pane.tabs.currentWidget() is pane.events_view
    _click_tab(qtbot, pane, 1)  # Morris's (no) quotes; the next one opens on his own first tab again
    _choose_by_keys(qtbot, window, "Grimes")
    assert pane.tabs.currentWidget() is pane.events_view and pane.tabs.tabText(0) == "Events (1)"


def test_the_words_of_someones_quotes_show_in_their_quotes_tab(qtbot, grimes):
    """As narrow as the walkthrough's people pane (270 px at 1600×1000): the words take half the list."""
    window, pane = grimes, grimes.people
    window.resizeDocks([window.docks["personDock"]], [270], Qt.Orientation.Horizontal)
    _choose_by_keys(qtbot, window, "Sharp")
    view = pane.quotes_view
    _click_tab(qtbot, pane, 1)
    qtbot.waitUntil(lambda: view.isVisible() and pane.quotes_model.rowCount() == 4)
    header, width = view.horizontalHeader(), view.viewport().width()

    def words_shown() -> None:
        """The quote column in view and the widest, nothing scrolled off to the right, the date whole."""
        assert header.sectionViewportPosition(3) + header.sectionSize(3) <= width, "the words end in view"
        assert header.sectionSize(3) >= width / 2, (header.sectionSize(3), width)
        assert view.horizontalScrollBar().maximum() == 0, "nothing to the right"
        assert header.sectionSize(0) >= view.sizeHintForColumn(0), "the date whole"

    qtbot.waitUntil(words_shown, timeout=3000)  # (the header sizes its sections a turn of the loop later)
    assert view.isColumnHidden(1), "no Speaker column: Sharp says every one of them"
    said = pane.quotes_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Published 2012-05-01: the article" in said, "the day shown muted, its tooltip says whose it is"


def test_an_article_in_someones_articles_tab_is_chosen_from_the_keyboard(qtbot, window):
    """吴泳铭's quote chosen in the quote list, then his Articles tab from the keyboard: ↓ into it (after an
    article chosen there earlier), Enter and Space each show the article with his credit marked."""
    search_by_keys(qtbot, window, "2026-03")
    c, pane = window.controller, window.people
    quotes, model = window.quotes.view, window.quote_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "吴泳铭")
    _tab_to(qtbot, quotes)
    for _ in range(row + 1):
        qtbot.keyClick(quotes, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: c.selection.quote is not None and pane.name.text().startswith("吴泳铭"))
    settle(qtbot, window)
    articles = pane.articles_view
    marked = ["阿里巴巴CEO", "由我,靖人,范禹共同协调集团资源"]
    assert window.article.highlighted() != marked, "the quote's words, not his credits"
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Space):
        _backtab_to(qtbot, pane.tabs.tabBar())  # from the quote list back to his tabs, → to Articles
        while pane.tabs.currentWidget() is not articles:
            qtbot.keyClick(pane.tabs.tabBar(), Qt.Key.Key_Right)
        _tab_to(qtbot, articles)
        qtbot.keyClick(articles, key)
        qtbot.waitUntil(lambda: window.article.highlighted() == marked, timeout=3000)
        settle(qtbot, window)
        assert pane.name.text().startswith("吴泳铭"), (key, "still his details")
        assert QApplication.focusWidget() is articles
        _tab_to(qtbot, quotes)  # ↓ chooses his quote again (the row the list left current)
        qtbot.keyClick(quotes, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: c.selection.quote is not None)
        settle(qtbot, window)
        assert window.article.highlighted() != marked and pane.name.text().startswith("吴泳铭")


def _backtab_to(qtbot, widget) -> None:
    """Shift+Tab back (at most twelve times) until the widget holds the keyboard."""
    for _ in range(12):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is widget
