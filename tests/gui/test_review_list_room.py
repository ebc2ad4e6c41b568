"""At 1280×720 the review's list of facts has the room its chosen person's fields do not need (walk35 #9:
with a person chosen it showed nine lines over a band of empty fields: a button on a row of its own under
each field, and two empty lines kept for a note nothing had said)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from viewer.gui.review_dialog import review_size

from .conftest import shown_review
from .test_review_roles import click_fact

SMARTISAN = Path(__file__).resolve().parents[1] / "fixtures" / "real" / "blind_mydrivers_smartisan.txt"


def _lines_in_view(dialog) -> int:
    """The list's lines seen whole."""
    model, view = dialog.facts.model(), dialog.facts
    rows = [model.item(g).index() for g in range(model.rowCount())]
    rows += [
        model.item(g).child(i).index()
        for g in range(model.rowCount())
        for i in range(model.item(g).rowCount())
    ]
    return sum(1 for index in rows if view.viewport().rect().contains(view.visualRect(index)))


def test_with_a_person_chosen_at_1280x720_the_whole_list_of_a_short_article_is_in_view(qtbot):
    dialog = shown_review(qtbot, SMARTISAN, review_size(QSize(1280, 720)).toTuple())
    lines = dialog.facts.model().rowCount() + sum(
        dialog.facts.model().item(g).rowCount() for g in range(dialog.facts.model().rowCount())
    )
    assert lines == 17
    click_fact(qtbot, dialog, "崔玉贤")
    fields, remove = dialog.middle.widget(1), dialog.findChild(QPushButton, "correctRoleRemove")
    qtbot.waitUntil(
        lambda: fields.height() >= fields.sizeHint().height()
    )  # the person's fields have their room
    assert remove.isVisible() and remove.visibleRegion().boundingRect() == remove.rect()
    assert _lines_in_view(dialog) == lines


def test_a_note_refusing_a_correction_is_shown_whole_under_the_fields(qtbot):
    dialog = shown_review(qtbot, SMARTISAN, review_size(QSize(1280, 720)).toTuple())
    click_fact(qtbot, dialog, "崔玉贤")
    note = dialog.findChild(QLabel, "correctRoleNote")
    assert not note.isVisible(), "nothing said: no room kept"
    edit = dialog.findChild(QLineEdit, "correctRoleTitle")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: note.isVisible() and note.visibleRegion().boundingRect() == note.rect())
    assert "remove" in note.text()
