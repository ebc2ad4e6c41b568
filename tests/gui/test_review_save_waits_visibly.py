"""Save pressed while the article is read again (a date given; a long article takes seconds) shows that it
waits: a walkthrough pressed it and saw nothing — the button looked the same and nothing said the save
waited for the reading. Now Save is held and a word beside it says it saves once the reading is in; a
reading that fails gives Save back, and Cancel still drops the waiting save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton
from viewer.gui.review_dialog import ReviewDialog

from .test_review_reads_again_off_the_gui_thread import SlowReading, _dialog, _give_the_date


@pytest.fixture
def slow(monkeypatch):
    """The extractor's reading, held once the date is given; let go at the end whatever happened (a held
    reading keeps the extractor's lock from the next test)."""
    reading = SlowReading(monkeypatch)
    yield reading
    reading.go.set()


def _waiting(dialog: ReviewDialog) -> bool:
    return not dialog.save_button.isEnabled() and dialog.save_note.text() != ""


def test_save_pressed_while_the_article_is_read_again_shows_that_it_waits(qtbot, slow):
    dialog = _dialog(qtbot)
    _give_the_date(qtbot, dialog, slow)
    assert not _waiting(dialog), "reading, but nothing waits on it yet"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.save_button.isEnabled(), "Save looks pressed: it waits"
    assert "read again" in dialog.save_note.text() and dialog.save_note.isVisible(), dialog.save_note.text()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        slow.go.set()
    assert not _waiting(dialog)


def test_a_failed_reading_gives_save_back(qtbot, slow):
    dialog = _dialog(qtbot)
    _give_the_date(qtbot, dialog, slow)

    def fails(ann, published, given_by="answer"):
        raise RuntimeError("the extractor broke")

    slow.real = fails
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)  # Save from the keyboard
    assert _waiting(dialog)
    slow.go.set()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20000)
    assert dialog.save_note.text() == "" and dialog.isVisible(), "not saved, and not waiting any longer"
    assert dialog.save_button.hasFocus(), "the keyboard back on Save"


def test_cancel_still_drops_the_waiting_save(qtbot, slow):
    dialog = _dialog(qtbot)
    accepted: list[int] = []
    dialog.accepted.connect(lambda: accepted.append(1))
    _give_the_date(qtbot, dialog, slow)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _waiting(dialog)
    cancel = dialog.findChild(QPushButton, "reviewCancel")
    assert cancel.isEnabled(), "Cancel is not held with Save"
    dialog.confirm_discard = lambda: True
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == ReviewDialog.DialogCode.Rejected
    slow.go.set()
    qtbot.waitUntil(slow.ended.is_set, timeout=20000)
    QCoreApplication.processEvents()
    assert accepted == [] and not _waiting(dialog)
