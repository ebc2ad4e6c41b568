"""A word printed only in an imported article's headline, typed in the search box, finds that article: its
events, quotes and people, the article shown with the word marked; after a restart too."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from viewer import paths
from viewer.gui.launch import start_window

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]
PORTAL = ROOT / "tests" / "fixtures" / "heldout" / "heldout_portal_zh.txt"
HEADLINE = "青禾机器人联合创始人陈思远离职 公司称产品交付不受影响"


def _shows_the_article(qtbot, win) -> None:
    """产品交付, printed in the headline alone: every event and quote of the article, its people, and it."""
    win.search.setText("产品交付")  # (key clicks type ASCII only)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    settle(qtbot, win)
    quotes = [win.quote_model.record(r) for r in range(win.quote_model.rowCount())]
    events = [win.controller.events.record(r) for r in range(win.controller.events.rowCount())]
    assert len(quotes) == 7 and len(events) == 10, (len(quotes), len(events), win.status.text())
    shown = win.controller.focus().article
    assert shown is not None and shown.title == HEADLINE
    assert {q.article_id for q in quotes} == {e.article_id for e in events} == {shown.id}
    people = " ".join(win.entity_model.index(r, 0).data() for r in range(win.entity_model.rowCount()))
    assert "陈思远" in people and "罗嘉伟" in people, people
    assert f"headlines: {HEADLINE}" in win.status.toolTip(), (
        "the line whole (cut with … where the window is narrow)"
    )
    assert "产品交付" in win.article.highlighted("match"), "the headline's words marked in the article"


def test_a_word_only_in_an_imported_headline_is_found(
    qtbot, window, ask, bundled_copy, monkeypatch, settings
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [PORTAL]
    window.import_action.trigger()
    assert window.importer is not None
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        pass
    settle(qtbot, window)
    assert window.controller.repo.path == paths.library_db()
    _shows_the_article(qtbot, window)
    window.close()

    again = start_window(Namespace(db=None), QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.built and again.controller.session is not None, timeout=10000)
    settle(qtbot, again)
    assert again.controller.repo.path == paths.library_db()
    assert again.search.text() == "产品交付" and again.quote_model.rowCount() == 7, "the remembered search"
    again.search.clear()
    _shows_the_article(qtbot, again)
    again.close()
