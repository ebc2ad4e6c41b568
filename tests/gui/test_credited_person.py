"""A person an article only credits (its editor, its reporter: no event, no quote of theirs) leads to that
article from their details, as anyone else's events and quotes do (walkthrough: 责任编辑 李想's details had
nothing to click, and the article stayed the one read before)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView
from viewer import paths

from .conftest import search, settle
from .test_people_names import MILLOY, import_and_fit

XINGHE = MILLOY.parents[1] / "articles" / "wire_xinghe.txt"


def _choose_in_list(qtbot, window, view, text: str) -> None:
    """Click the row of a list that reads `text` (or starts so), as a reader does, then wait."""
    model = view.model()
    rows = [r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith(text)]
    assert rows, [model.index(r, 0).data() for r in range(model.rowCount())]
    index = model.index(rows[0], 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    settle(qtbot, window)


def test_a_credited_editor_leads_to_the_article_that_credits_them(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    import_and_fit(qtbot, window, ask, XINGHE)  # its last line: 责任编辑:李想
    people = window.people
    for name, role, title in (
        (
            "刘峰",
            "作者",
            "林俊旸发文告别阿里",
        ),  # the bundled article's author, chosen while the wire story shows
        ("李想", "责任编辑", "星河智能首席技术官辞职"),
    ):
        search(qtbot, window, name)
        _choose_in_list(qtbot, window, people.list, name)
        qtbot.waitUntil(lambda name=name: people.name.text().startswith(name))
        view = window.findChild(QListView, "personArticles")
        assert view is not None and view.accessibleName(), "a list of the articles that credit them"
        assert people.tabs.currentWidget() is view, "they say and do nothing: their articles show"
        assert people.tabs.tabText(people.tabs.indexOf(view)) == "Articles (1)"
        row = view.model().index(0, 0).data()
        assert role in row and title in row, row
        _choose_in_list(qtbot, window, view, role)
        assert window.article.article is not None and title in window.article.article.title
        assert window.article.highlighted() == [name], "where the article credits them"
        assert people.name.text().startswith(name), "still their details"
    search(qtbot, window, "周启明")  # someone with events and quotes: those tabs as before
    _choose_in_list(qtbot, window, people.list, "周启明")
    qtbot.waitUntil(lambda: people.name.text().startswith("周启明"))
    assert people.tabs.currentIndex() == 0
