"""In the Traditional window, 離職 typed through an input method (as a reader in Taiwan or Hong Kong writes
the search box's example 离职) finds the bundled article's 离职 and marks it in the article (the walkthrough
found nothing: 0 quotes, 0 events)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from viewer.gui import i18n

from .conftest import commit_text, settle


@pytest.fixture
def traditional(qapp):
    i18n.install(qapp, "zh_TW")
    yield
    i18n.install(qapp, "en")


def test_a_word_typed_in_traditional_finds_the_simplified_article(qtbot, traditional, window):
    w = window  # made once the Traditional catalogue is installed (the fixtures' order)
    w.find_action.trigger()  # Ctrl+F
    commit_text(w.search, "離職")
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert w.search.text() == "離職"
    assert w.quote_model.rowCount() == 1 and w.event_model.rowCount() == 4
    assert w.status.text().startswith("5 人 · 3 個機構 · 4 個事件 · 1 條引語")
    qtbot.waitUntil(lambda: "离职" in w.article.highlighted("match"))


def test_the_traditional_search_box_shows_its_word_example_in_traditional(qtbot, traditional, window):
    """The placeholder read 离职 (Simplified) in the Traditional window; typing its example still finds it."""
    w = window
    w.find_action.trigger()
    hint = w.search.placeholderText()
    assert "離職" in hint and "离职" not in hint
    assert "林俊旸" in hint  # a name stays as the bundled data writes it
    commit_text(w.search, "離職")
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    settle(qtbot, w)
    assert w.quote_model.rowCount() == 1
