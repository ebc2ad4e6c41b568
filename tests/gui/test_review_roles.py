"""A person's roles in the review (a walkthrough could neither mend nor remove a wrong title): each shown
under the chosen person, its title edited or the role removed, undoable, and saved as corrected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton
from viewer.core.repository import Repository
from viewer.gui.review_dialog import KEY, ReviewDialog
from viewer.pipeline.library import save

from .conftest import type_and_enter

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


@pytest.fixture
def dialog(wire_review):
    return wire_review


def click_fact(qtbot, dialog: ReviewDialog, label_start: str) -> None:
    """Click the fact whose line begins so, as a reader does (on its words, not its box)."""
    model = dialog.facts.model()
    for g in range(model.rowCount()):
        head = model.item(g)
        for i in range(head.rowCount()):
            if head.child(i).text().startswith(label_start):
                index = head.child(i).index()
                dialog.facts.scrollTo(index)
                rect = dialog.facts.visualRect(index)
                at = rect.center()
                at.setX(rect.left() + 60)  # past the box, on the words
                qtbot.mouseClick(dialog.facts.viewport(), Qt.MouseButton.LeftButton, pos=at)
                assert dialog.facts.currentIndex() == index
                return
    raise AssertionError(label_start)


def _person(dialog: ReviewDialog, name: str):
    return next(p for p in dialog.result_annotations()[0].persons if p.name == name)


def _retitle(qtbot, dialog: ReviewDialog, title: str) -> None:
    """Type a new title over the chosen role's and press Enter: one step of Undo."""
    type_and_enter(qtbot, dialog, "correctRoleTitle", title)


def _remove(qtbot, dialog: ReviewDialog) -> None:
    button = dialog.findChild(QPushButton, "correctRoleRemove")
    assert button is not None and button.isVisible() and button.isEnabled() and button.accessibleName()
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_persons_roles_are_shown_and_a_title_is_edited_and_undone(qtbot, dialog):
    click_fact(qtbot, dialog, "孙立群")
    roles = dialog.findChild(QComboBox, "correctRole")
    assert roles.isVisible() and roles.accessibleName()
    assert [roles.itemText(i) for i in range(roles.count())] == ["董事长 (星河智能)"]
    assert dialog.findChild(QLineEdit, "correctRoleTitle").text() == "董事长"
    _retitle(qtbot, dialog, "Chairman")
    assert dialog.facts.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "孙立群 — Chairman"
    said = [q.speaker_role for q in dialog.result_annotations()[0].quotes if q.key in ("q3", "q4")]
    assert [r.title for r in _person(dialog, "孙立群").roles] == ["Chairman"] and said == ["Chairman"] * 2
    assert roles.currentText() == "Chairman (星河智能)", "the role stays chosen"
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.title for r in _person(dialog, "孙立群").roles] == ["董事长"]
    assert dialog.facts.currentIndex().data(KEY) == _person(dialog, "孙立群").key, "chosen again"


def test_a_wrong_role_is_removed_and_undone(qtbot, dialog):
    click_fact(qtbot, dialog, "陈默")
    _remove(qtbot, dialog)
    assert _person(dialog, "陈默").roles == []
    assert dialog.facts.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "陈默"
    assert next(q for q in dialog.result_annotations()[0].quotes if q.key == "q5").speaker_role is None
    roles = dialog.findChild(QComboBox, "correctRole")
    assert roles.count() == 0 and not roles.isEnabled(), "nothing left to edit"
    assert not dialog.findChild(QPushButton, "correctRoleRemove").isEnabled()
    assert dialog.undo_stack.undoText() == "removing a role"
    dialog.undo_stack.undo()
    assert [r.title for r in _person(dialog, "陈默").roles] == ["发言人"]


def test_an_empty_title_is_refused_and_the_panel_says_to_remove_the_role(qtbot, dialog):
    click_fact(qtbot, dialog, "周启明")
    edit = dialog.findChild(QLineEdit, "correctRoleTitle")
    assert edit is not None and edit.isVisible()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.undo_stack.count() == 0
    assert "remove" in dialog.findChild(object, "correctRoleNote").text()


def test_the_roles_corrected_in_the_review_are_the_ones_saved(qtbot, dialog, tmp_path):
    click_fact(qtbot, dialog, "孙立群")
    _retitle(qtbot, dialog, "Chairman")
    click_fact(qtbot, dialog, "陈默")
    _remove(qtbot, dialog)
    library = tmp_path / "library.db"
    assert save(dialog.result_annotations(), library, ROOT / "data" / "events.db").added
    with Repository(library) as repo:
        titles = {p.name: [r.title for r in p.roles] for p in repo.all_persons()}
        assert titles["孙立群"] == ["Chairman"] and titles["陈默"] == []
        assert titles["周启明"] == ["首席技术官"], "the others' stay"
        said = {q.text[:6]: q.speaker_role.title if q.speaker_role else None for q in repo.quotes()}
        assert "董事长" not in said.values() and "发言人" not in said.values()
        assert "Chairman" in said.values()
