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
