"""Choosing a person an article names or credits but who says and does nothing (a credited editor: no event,
no quote) shows that article in the Article pane, their credit highlighted, as choosing an event or a quote
shows theirs (walk33: the pane went blank — with no results there was no first result's article)."""

from __future__ import annotations

import pytest
from viewer import paths

from .conftest import search, settle
from .test_credited_person import XINGHE, _choose_in_list
from .test_people_names import import_and_fit


@pytest.mark.parametrize("query", ["李想", "李"])  # found alone by name; chosen among others
def test_choosing_a_credited_editor_shows_the_article_that_credits_them(
    qtbot, window, ask, bundled_copy, monkeypatch, query
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    import_and_fit(qtbot, window, ask, XINGHE)  # its last line: 责任编辑:李想
    search(qtbot, window, query)
    _choose_in_list(qtbot, window, window.people.list, "李想")
    qtbot.waitUntil(lambda: window.people.name.text().startswith("李想"))
    settle(qtbot, window)
    shown = window.article.article
    assert shown is not None, "the article pane is not left blank"
    assert "星河智能首席技术官辞职" in shown.title, shown.title
    assert window.article.highlighted() == ["李想"], "where the article credits them"
