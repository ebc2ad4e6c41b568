"""The article pane says where the article was found: the address's host in its byline, whole in its tip."""

from __future__ import annotations

from viewer.core.records import Article
from viewer.gui.panes.article_pane import ArticlePane

WBRC = "https://www.wbrc.com/2019/04/16/leeds-residents-struggling-with-flooding-issues/"


def _article(address: str) -> Article:
    return Article(
        1, "Leeds residents struggling", "", "WBRC", "2019-04-16", "en", "x", "Some text.", "a.txt", address
    )


def test_the_byline_names_the_host_and_the_tip_holds_the_whole_address(qtbot) -> None:
    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.show_article(_article(WBRC))
    header = pane.findChild(object, "articleHeader")
    assert header.text().splitlines()[1] == "WBRC · 2019-04-16 · wbrc.com"
    assert header.toolTip() == WBRC
    pane.show_article(_article(""))  # the same id in another database: another article
    assert header.text().splitlines()[1] == "WBRC · 2019-04-16" and header.toolTip() == ""


def test_a_guessed_day_is_shown_in_the_interfaces_language(qtbot, qapp) -> None:
    """A walkthrough read 2026-11-09* in the Chinese article pane, where the lists say 2026年11月9日*."""
    from viewer.gui import i18n

    guessed = Article(2, "标题", "", "", "2026-11-09*", "zh", "y", "木原稔9日表示。", "b.txt")
    printed = Article(3, "标题", "", "", "2018年03月21日", "zh", "z", "正文。", "c.txt")
    i18n.install(qapp, "zh_CN")
    try:
        pane = ArticlePane()
        qtbot.addWidget(pane)
        header = pane.findChild(object, "articleHeader")
        pane.show_article(guessed)
        assert header.text().splitlines()[1] == "2026年11月9日*"
        pane.show_article(printed)
        assert header.text().splitlines()[1] == "2018年03月21日", "a printed day stays as printed"
    finally:
        i18n.install(qapp, "en")
    pane.show_article(guessed)
    pane.show_article(printed)
    pane.show_article(guessed)
    assert header.text().splitlines()[1] == "2026-11-09*"
