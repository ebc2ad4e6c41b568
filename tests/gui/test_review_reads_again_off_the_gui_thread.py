"""Told at Save that an undated article loses its happenings, the reviewer gives the date: the article is read
again on a thread of its own (the extractor took the GUI thread for a second and more), and the reading
comes back to the dialog that asked. Save pressed meanwhile saves once, with the new reading; a dialog
closed meanwhile drops it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton
from viewer import paths
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline import extract
from viewer.pipeline.library import read_article

from .conftest import search, settle

UNDATED = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "real" / "blindab_mnw_fanhei.txt"


class SlowReading:
    """The extractor's redate from now on (reading an article uses it too, and Save to find what an undated
    one loses), noting the threads it runs on; once `held`, held on its thread until `go` is set."""

    def __init__(self, monkeypatch) -> None:
        self.real, self.threads, self.held = extract.redate, [], False
        self.go, self.ended = threading.Event(), threading.Event()
        monkeypatch.setattr(extract, "redate", self)

    def __call__(self, ann, published, given_by="answer"):
        self.threads.append(threading.current_thread())
        held = self.held and threading.current_thread() is not threading.main_thread()  # (there: it hangs)
        try:
            if held:
                assert self.go.wait(20)
            return self.real(ann, published, given_by)
        finally:
            if held:
                self.ended.set()

    def off_the_gui_thread(self) -> bool:
        return bool(self.threads) and all(t is not threading.main_thread() for t in self.threads)


class Asked(QObject):
    """The question Save asks of an undated article, answered Give the Date: what it said, and a signal."""

    asked = Signal()

    def __init__(self, dialog: ReviewDialog) -> None:
        super().__init__(dialog)
        self.said: list[str] = []
        dialog.confirm_undated = self.answer

    def answer(self, said: str) -> bool:
        self.said.append(said)
        self.asked.emit()
        return False


def _dialog(qtbot, annotations=None) -> ReviewDialog:
    dialog = ReviewDialog(annotations or [read_article(UNDATED)])
    qtbot.addWidget(dialog)
    dialog.asked = Asked(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _give_the_date(qtbot, dialog: ReviewDialog, slow: SlowReading) -> None:
    """Save, told, Give the Date: the date typed where the focus went, Enter (its reading held)."""
    with qtbot.waitSignal(dialog.asked.asked, timeout=20000):  # what it loses is found off the GUI thread
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.published and dialog.isVisible()
    slow.held = True
    dialog.published.selectAll()
    qtbot.keyClicks(dialog.published, "2012-02-19")
    qtbot.keyClick(dialog.published, Qt.Key.Key_Return)


def _yesterday(dialog: ReviewDialog) -> list[str]:
    return [
        e.date.label()
        for a in dialog.result_annotations()
        for e in a.events
        if e.date_text == "昨日" and e.date
    ]


def test_save_while_the_article_is_read_again_saves_once_with_the_new_reading(qtbot, monkeypatch):
    dialog = _dialog(qtbot)
    slow = SlowReading(monkeypatch)
    accepted: list[int] = []
    dialog.accepted.connect(lambda: accepted.append(1))
    _give_the_date(qtbot, dialog, slow)
    assert dialog.published_note.text() == "Reading the article again…"
    for _ in range(2):  # impatient: Save twice while it reads
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert accepted == [] and dialog.isVisible(), "not saved before its new reading is in"
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        slow.go.set()
    QCoreApplication.processEvents()
    assert accepted == [1], "saved once"
    assert slow.off_the_gui_thread() and len(slow.threads) == 2, "Save's reading and the date's"
    assert len(dialog.asked.said) == 1, "dated now: not asked again"
    assert _yesterday(dialog) == ["2012-02-18*"], "saved with the new reading"
    assert dialog.undo_stack.undoText() == "setting the publication date"


def test_a_review_closed_while_the_article_is_read_again_drops_the_reading(qtbot, monkeypatch):
    dialog = _dialog(qtbot)
    slow = SlowReading(monkeypatch)
    happened: list[str] = []
    dialog.accepted.connect(lambda: happened.append("saved"))
    dialog.undo_stack.indexChanged.connect(lambda _step: happened.append("read"))
    before = dialog.result_annotations()
    _give_the_date(qtbot, dialog, slow)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # waits for the reading
    dialog.confirm_discard = lambda: True  # (not asked: nothing is reviewed yet)
    dialog.findChild(QPushButton, "reviewCancel").click()  # then Cancel: closed at once
    assert not dialog.isVisible() and dialog.result() == ReviewDialog.DialogCode.Rejected
    slow.go.set()
    qtbot.waitUntil(slow.ended.is_set, timeout=20000)  # (the thread, which signals nobody any longer)
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    assert slow.off_the_gui_thread()
    assert happened == [] and dialog.result() == ReviewDialog.DialogCode.Rejected, "not saved after closing"
    assert dialog.result_annotations() == before and dialog.undo_stack.count() == 0


def test_the_import_saves_what_the_date_given_during_the_review_dates(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """File → Import Articles…, the review worked as a user does: Save, Give the Date, the date, Enter, Save
    while it reads; the library holds the happening the date dates."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    slows: list[SlowReading] = []

    def review(parent, annotations, known=frozenset()):
        slow = SlowReading(monkeypatch)
        dialog = _dialog(qtbot, annotations)
        slows.append(slow)
        _give_the_date(qtbot, dialog, slow)
        with qtbot.waitSignal(dialog.accepted, timeout=20000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            slow.go.set()
        kept = dialog.result_annotations()
        dialog.close()
        return kept

    ask.review = review
    ask.import_answer = [UNDATED]
    window.import_action.trigger()
    assert window.importer is not None
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        pass
    settle(qtbot, window)
    assert window.controller.repo.path == paths.library_db()
    assert slows and slows[0].off_the_gui_thread()
    search(qtbot, window, "2012-02-18")  # 昨日上午…一审宣判, dated by the day given
    texts = [str(window.event_model.index(r, 0).data()) for r in range(window.event_model.rowCount())]
    assert any("丹东市中级人民法院" in t for t in texts), texts
