"""A role someone holds in two articles, printed alike in both, is listed once in their details (a
walkthrough read “• 测试公司 CEO (printed “测试公司CEO”)” twice); their Articles tab names both articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer.pipeline.build import build_database

from ..conftest import TINY_ANNOTATION, TINY_ARTICLE, write_tiny_sources
from .conftest import settle
from .test_credited_person import _choose_in_list

SECOND = "测试新闻:张三再谈离职"


@pytest.fixture
def two_articles(tmp_path) -> Path:
    """The tiny article and a second one like it: 张三 is 测试公司's CEO in both."""
    first = write_tiny_sources(tmp_path / "a")
    second = write_tiny_sources(
        tmp_path / "b",
        TINY_ARTICLE.replace("测试新闻:张三离职", SECOND),
        TINY_ANNOTATION.replace("测试新闻:张三离职", SECOND),
    )
    db = tmp_path / "two.db"
    build_database([first, second], db)
    return db


def test_a_role_printed_in_two_articles_is_listed_once(qtbot, window, ask, two_articles):
    ask.open_answer = two_articles
    window.open_action.trigger()  # File → Open Database…
    settle(qtbot, window)
    pane = window.people
    _choose_in_list(qtbot, window, pane.list, "张三")
    qtbot.waitUntil(lambda: pane.name.text().startswith("张三"))
    lines = pane.info.text().split("\n")
    assert lines == ["Also: 老张", "• 测试公司 CEO  (printed “测试公司CEO”)"]
    qtbot.waitUntil(lambda: pane.tabs.tabText(2) == "Articles (2)")
    titles = {pane.articles_model.item(r).text() for r in range(pane.articles_model.rowCount())}
    assert titles == {"测试公司 CEO: 测试新闻:张三离职", f"测试公司 CEO: {SECOND}"}
