"""The people pane is given what it shows of the one chosen (the controller reads it): no query runs from
the pane, and it keeps no database (it had kept the closed one after File → Open)."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QListView
from viewer.core.repository import Repository

from .conftest import search, settle
from .test_credited_person import _choose_in_list

PANE = "panes/person_pane.py"


def _watch(window, asked_by_pane: list[str]) -> None:
    """Note every statement the window's connection runs on behalf of the people pane."""

    def traced(sql: str) -> None:
        if any(frame.filename.endswith(PANE) for frame in traceback.extract_stack()):
            asked_by_pane.append(sql)

    window.controller.repo.conn.set_trace_callback(traced)


def _held(obj, seen: set[int]) -> list[object]:
    """Repositories among what an object keeps (its attributes, and the tuples, lists, dicts in them)."""
    if id(obj) in seen:
        return []
    seen.add(id(obj))
    if isinstance(obj, Repository):
        return [obj]
    if isinstance(obj, tuple | list | set | frozenset):
        return [r for x in obj for r in _held(x, seen)]
    if isinstance(obj, dict):
        return [r for x in (*obj.keys(), *obj.values()) for r in _held(x, seen)]
    return []


def _choose(qtbot, window, name: str) -> None:
    search(qtbot, window, name)
    _choose_in_list(qtbot, window, window.people.list, name)
    qtbot.waitUntil(lambda: window.people.name.text().startswith(name))
    settle(qtbot, window)


def test_the_person_pane_shows_what_it_is_given(qtbot, window, ask, bundled_copy):
    pane, asked = window.people, []
    _watch(window, asked)
    _choose(qtbot, window, "刘峰")  # the bundled article's author: credited, nothing said or done
    articles = window.findChild(QListView, "personArticles")
    assert pane.tabs.currentWidget() is articles and pane.tabs.tabText(2) == "Articles (1)"
    _choose_in_list(qtbot, window, articles, "作者")
    assert window.article.highlighted() == ["刘峰"] and pane.name.text().startswith("刘峰")
    _choose(qtbot, window, "林俊旸")
    assert "•" in pane.info.text() and pane.tabs.tabText(0) == "Events (6)"
    _choose(qtbot, window, "阿里")
    assert pane.info.text().startswith("Organisation")
    assert pane.tabs.currentIndex() == 0
    pane.tabs.setCurrentIndex(1)  # chosen for 阿里 in this opening of the database
    _choose(qtbot, window, "林俊旸")
    _choose(qtbot, window, "阿里")
    assert pane.tabs.currentIndex() == 1, "阿里's details open on the tab chosen for it"
    assert asked == [], "queries ran from the pane"

    ask.open_answer = bundled_copy  # File → Open, the same file: another opening of it
    window.open_action.trigger()
    settle(qtbot, window)
    _watch(window, asked)
    assert _held(vars(pane), set()) == [], "the pane keeps no database, the closed one least"
    _choose(qtbot, window, "林俊旸")
    assert "•" in pane.info.text() and pane.tabs.currentIndex() == 0
    _choose(qtbot, window, "阿里")
    assert pane.tabs.currentIndex() == 1, "the tab chosen for 阿里 holds in another opening too"
    assert asked == [], "queries ran from the pane"
