"""A day typed in the review without its year, a few days after the publication date, is the coming one, as
the extractor reads the article's own: a walkthrough typed 6月21日 for a story published 2026-06-20 and got
2025-06-21, under a preview that said so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline.library import read_article

from .conftest import commit_text
from .test_review_corrections import _click_fact

XIAOLIWEI = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "blindbd_rmjtxw_xiaoliwei.txt"


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    """Click into a field, select what it holds and type over it (Chinese as an input method commits it:
    QTest types no Chinese)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    commit_text(edit, text)


def test_a_day_typed_just_after_the_publication_date_is_the_coming_one(qtbot):
    dialog = ReviewDialog([read_article(XIAOLIWEI)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _type(qtbot, dialog.published, "2026-06-20")
    with qtbot.waitSignal(dialog.readAgain):
        qtbot.keyClick(dialog.published, Qt.Key.Key_Return)  # read again with the day given
    assert dialog.annotations[0].published_date.label() == "2026-06-20"
    _click_fact(qtbot, dialog, "e2")  # 零时许,怀化西站派出所…
    edit = dialog.findChild(QLineEdit, "correctDate")
    reading = dialog.findChild(QLabel, "correctDateReading")
    _type(qtbot, edit, "6月21日")
    assert reading.text().startswith("2026-06-21"), reading.text()
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Set date
    [event] = [e for e in dialog.result_annotations()[0].events if e.key == "e2"]
    assert event.date is not None and event.date.start.isoformat() == "2026-06-21", event.date
    assert reading.text().startswith("2026-06-21"), "the preview says what was set"
    for typed, read in (("6月10日", "2026-06-10"), ("7月10日", "2025-07-10"), ("7月3日", "2026-07-03")):
        _type(
            qtbot, edit, typed
        )  # a day before it, and one far ahead, are the ones gone by; 13 days on, ahead
        assert reading.text().startswith(read), (typed, reading.text())
