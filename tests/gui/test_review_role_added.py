"""A role the extraction missed is added in the review (walk36 b05, b08: 王绍国, printed 村支书王绍国, showed
“no role found” with every role field disabled; the extractor now finds that one, so 老农户李仲良 stands in):
its title typed, at one of the article's organisations or none, one step of Undo, and saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QToolButton
from viewer.core.repository import Repository
from viewer.pipeline.library import save

from .conftest import commit_text, review_group, shown_review
from .test_review_roles import click_fact

ROOT = Path(__file__).resolve().parents[2]
YANG = ROOT / "tests" / "fixtures" / "real" / "blindbq_fzzfw_yangdebing.txt"


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    """Click the field and type the text as an input method commits it (Chinese is typed so)."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    commit_text(edit, text)


def test_a_person_with_no_role_found_is_given_one(qtbot, tmp_path):
    dialog = shown_review(qtbot, YANG)
    click_fact(qtbot, dialog, "李仲良")
    role, title = dialog.findChild(QComboBox, "correctRole"), dialog.findChild(QLineEdit, "correctRoleTitle")
    add = dialog.findChild(QPushButton, "correctRoleAdd")
    assert not role.isEnabled() and role.placeholderText() == "no role found"
    assert title.isEnabled() and add.isVisible() and add.accessibleName() == "Add role"
    assert not add.isEnabled(), "nothing typed to add"
    _type(qtbot, title, "老农户")
    assert add.isEnabled()
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(title, Qt.Key.Key_Return)  # with no role chosen, Enter adds it
    assert dialog.isVisible() and dialog.result() == 0, "Enter saved the import"
    people = review_group(dialog, "persons")
    assert any(people.child(i).text() == "李仲良 — 老农户" for i in range(people.rowCount()))
    assert role.isEnabled() and role.currentText() == "老农户" and title.text() == "老农户"
    assert dialog.findChild(QToolButton, "reviewUndo").toolTip() == "Undo adding a role"
    li = next(p for p in dialog.result_annotations()[0].persons if p.name == "李仲良")
    (added,) = li.roles
    body = dialog.annotations[0].body
    assert added.anchor is not None and body[added.anchor.start : added.anchor.end + 3] == "老农户李仲良"
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(dialog.facts, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    li = next(p for p in dialog.result_annotations()[0].persons if p.name == "李仲良")
    assert li.roles == [] and not role.isEnabled()
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        dialog.undo_stack.redo()
    library = tmp_path / "library.db"
    assert save(dialog.result_annotations(), library, ROOT / "data" / "events.db").added
    with Repository(library) as repo:
        assert {p.name: [r.title for r in p.roles] for p in repo.all_persons()}["李仲良"] == ["老农户"]


def test_a_role_is_added_at_an_organisation_of_the_article(qtbot, wire_review):
    dialog = wire_review
    click_fact(qtbot, dialog, "林雨晴")
    title, at = dialog.findChild(QLineEdit, "correctRoleTitle"), dialog.findChild(QComboBox, "correctRoleOrg")
    assert title.text() == "副总裁"
    assert not at.isVisible(), "no room taken from the list till another title is typed"
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    title.selectAll()
    qtbot.keyClicks(title, "Acting CTO")
    assert at.isVisible() and at.isEnabled() and at.currentText() == "no organisation"
    at.setFocus()
    qtbot.keyClick(at, Qt.Key.Key_Down)  # the next choice: 星河智能
    assert at.currentText() == "星河智能"
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(at, Qt.Key.Key_Return)  # Enter there adds the role
    lin = next(p for p in dialog.result_annotations()[0].persons if p.name == "林雨晴")
    assert [(r.title, r.org) for r in lin.roles] == [("副总裁", None), ("Acting CTO", "o_425eb1c5b3")]
