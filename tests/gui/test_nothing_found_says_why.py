"""A word printed only in an article's body (not in an event, quote, person, role or headline) finds
nothing: the status says so, and what the search looks in (a walkthrough read only “text “dsb””)."""

from __future__ import annotations

from .conftest import search_by_keys

SAID = (
    "Nothing matches “{query}”: the search covers events, quotes, people, roles and headlines, "
    "not articles' whole text"
)


def test_a_word_only_in_an_articles_body_finds_nothing_and_the_status_says_what_is_searched(qtbot, window):
    body = window.controller.repo.article(1).body
    assert "info@dsb.cn" in body, "printed in the bundled article's footer"
    search_by_keys(qtbot, window, "dsb")
    qtbot.waitUntil(lambda: window.status.toolTip() == SAID.format(query="dsb"))
    assert window.status.text() == window.status.toolTip(), "whole, in a window 1300 px wide"
    assert window.quote_model.rowCount() == window.event_model.rowCount() == 0
    search_by_keys(qtbot, window, "Instruct")  # printed in an event: found, and counted as ever
    counted = "3 people · 1 organisation · 1 event · 0 quotes"
    qtbot.waitUntil(lambda: window.status.toolTip().startswith(counted))


def test_it_is_said_in_chinese_too(qtbot, qapp, settings, ask, bundled_copy):
    from viewer.gui import i18n

    from .conftest import open_window

    i18n.install(qapp, "zh_CN")
    try:
        win = open_window(qtbot, settings, ask, bundled_copy)
        search_by_keys(qtbot, win, "dsb")
        said = "没有匹配“dsb”的结果：搜索范围为事件、引语、人物、职务和标题，不含文章全文"
        qtbot.waitUntil(lambda: win.status.toolTip() == said)
    finally:
        i18n.install(qapp, "en")
