"""An article that prints no publication date tells its happenings by that day (昨日上午…一审宣判): without
the day they are no events, and saving it dropped them without a word (walkthrough). Save now says so and
offers to give the date, which dates them; or saves without them, knowingly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from viewer import paths
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline.library import read_article

from .conftest import search, settle

UNDATED = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "real" / "blindab_mnw_fanhei.txt"


def _save(qtbot, dialog: ReviewDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _save_told(qtbot, dialog: ReviewDialog) -> None:
    """Save, and wait until what it leaves out is found (read again off the GUI thread) and asked about."""
    with qtbot.waitSignal(dialog.lostFound, timeout=20000):
        _save(qtbot, dialog)


def test_save_says_what_an_article_without_its_date_leaves_out_and_the_date_keeps_it(qtbot):
    dialog = ReviewDialog([read_article(UNDATED)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not any(e.date_text == "昨日" for e in dialog.annotations[0].events)
    asked: list[str] = []
    dialog.confirm_undated = lambda said: asked.append(said) or False  # Give the Date
    _save_told(qtbot, dialog)
    assert len(asked) == 1, "told at save time"
    assert (
        "prints no publication date" in asked[0]
        and "2 happenings it tells by that day" in asked[0]
        and "昨日" in asked[0]
    )
    assert dialog.isVisible() and dialog.result() != ReviewDialog.DialogCode.Accepted, "not saved"
    assert dialog.focusWidget() is dialog.published, "at the field that dates them"
    dialog.published.selectAll()
    qtbot.keyClicks(dialog.published, "2012-02-19")
    qtbot.keyClick(dialog.published, Qt.Key.Key_Return)  # read again with this date
    asked.clear()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        _save(qtbot, dialog)
    assert asked == [], "nothing left out: no question"
    [kept] = dialog.result_annotations()
    yesterday = [e for e in kept.events if e.date_text == "昨日"]
    assert yesterday and yesterday[0].date is not None and yesterday[0].date.start.isoformat() == "2012-02-18"


def test_saved_without_them_when_the_reviewer_says_so(qtbot, window, ask, bundled_copy, monkeypatch):
    """File → Import Articles…, the review as the user works it: Save, told, Save Without Them; the library
    holds the article with its dated event only, as the reviewer was told."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    asked: list[str] = []

    def review(parent, annotations, known=frozenset()):
        dialog = ReviewDialog(annotations, parent, known)
        dialog.confirm_undated = lambda said: asked.append(said) or True  # Save Without Them
        dialog.show()
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            _save(qtbot, dialog)
        kept = dialog.result_annotations()
        dialog.close()
        return kept

    ask.review = review
    ask.import_answer = [UNDATED]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=30000)
    settle(qtbot, window)
    assert len(asked) == 1 and "昨日" in asked[0]
    assert window.controller.repo.path == paths.library_db()
    search(qtbot, window, "2010-03")  # its one dated event is there
    texts = [str(window.event_model.index(r, 0).data()) for r in range(window.event_model.rowCount())]
    assert any("被警方带走" in t for t in texts), texts
    search(qtbot, window, "丹东市中级人民法院")  # 昨日上午…一审宣判: left out, as the reviewer was told
    assert window.event_model.rowCount() == 0


def test_a_title_printing_a_placeholder_is_asked_about_as_printed(qtbot):
    """review32: the title was put in before the days were, so a title printing "%2" had the days put
    in it."""
    article = read_article(UNDATED)
    article.title = "增长100%2倍"
    dialog = ReviewDialog([article])
    qtbot.addWidget(dialog)
    asked: list[str] = []
    dialog.confirm_undated = lambda said: asked.append(said) or False
    _save_told(qtbot, dialog)
    assert "“增长100%2倍”" in asked[0]
