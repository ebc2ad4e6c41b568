"""The organisations an article names, in the review (a walkthrough found them saved unseen): listed in a
group of their own, each unticked (not saved, and the quotes it said with it, as a person's) or renamed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from viewer.core.repository import Repository
from viewer.gui.review_dialog import KEY, ReviewDialog, facts_model
from viewer.pipeline.library import read_article, save

from .conftest import review_group, type_and_enter
from .test_review_roles import click_fact

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"
XINGHE = "o_425eb1c5b3"  # 星河智能, who says q1


@pytest.fixture
def dialog(wire_review):
    return wire_review


def _untick_xinghe(qtbot, dialog: ReviewDialog) -> None:
    """Click the organisation's line and press Space on it, as a reader unticks it: one step of Undo."""
    click_fact(qtbot, dialog, "星河智能")
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(dialog.facts, Qt.Key.Key_Space)


def _rename_xinghe(qtbot, dialog: ReviewDialog, name: str) -> None:
    click_fact(qtbot, dialog, "星河智能")
    assert dialog.findChild(QLineEdit, "correctOrgName").text() == "星河智能"
    type_and_enter(qtbot, dialog, "correctOrgName", name)


def test_the_organisations_are_listed_with_where_the_article_names_them(qtbot, dialog):
    orgs = review_group(dialog, "orgs")
    assert orgs.text() == "Organisations (1)" and orgs.child(0).text() == "星河智能"
    assert orgs.child(0).checkState() == Qt.CheckState.Checked
    click_fact(qtbot, dialog, "星河智能")
    assert set(dialog.text.highlighted()) == {"星河智能"} and len(dialog.text.highlighted()) > 3
    assert dialog.corrections.first_field() is dialog.findChild(QLineEdit, "correctOrgName")


def test_an_unticked_organisation_is_left_out_with_the_quotes_it_said(qtbot, dialog):
    said = len(dialog.annotations[0].quotes)
    _untick_xinghe(qtbot, dialog)
    kept = dialog.result_annotations()[0]
    assert kept.orgs == [] and "q1" not in {q.key for q in kept.quotes}
    assert len(kept.quotes) == said - 1 and f"{said - 1} quotes" in dialog.articles.item(0).text()
    assert all(e.orgs == [] for e in kept.events), "no event names it"
    sun = next(p for p in kept.persons if p.name == "孙立群")
    assert [(r.title, r.org) for r in sun.roles] == [("董事长", None)], "the role stays, at no organisation"
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [o.name for o in dialog.result_annotations()[0].orgs] == ["星河智能"]


def test_an_organisation_is_renamed_keeping_the_printed_name_and_undone(qtbot, dialog):
    _rename_xinghe(qtbot, dialog, "Xinghe Intelligence")
    assert dialog.facts.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "Xinghe Intelligence"
    org = dialog.result_annotations()[0].orgs[0]
    assert (org.name, org.aliases) == ("Xinghe Intelligence", ["星河智能"])
    assert dialog.undo_stack.undoText() == "renaming an organisation"
    quote = review_group(dialog, "quotes").child(0)
    assert "Xinghe Intelligence (reported)" in quote.text(), "its quote's too"
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result_annotations()[0].orgs[0].name == "星河智能"
    assert dialog.facts.currentIndex().data(KEY) == XINGHE, "chosen again"


def test_an_organisation_renamed_is_saved_so_and_one_unticked_not_at_all(qtbot, dialog, tmp_path):
    bundled = ROOT / "data" / "events.db"
    _rename_xinghe(qtbot, dialog, "Xinghe Intelligence")
    renamed = tmp_path / "renamed.db"
    assert save(dialog.result_annotations(), renamed, bundled).added
    with Repository(renamed) as repo:
        org = next(o for o in repo.orgs() if o.name == "Xinghe Intelligence")
        assert org.aliases == ("星河智能",)
    dialog.undo_stack.undo()
    _untick_xinghe(qtbot, dialog)
    unticked = tmp_path / "unticked.db"
    assert save(dialog.result_annotations(), unticked, bundled).added
    with Repository(unticked) as repo:
        names = {o.name for o in repo.orgs()} | {a for o in repo.orgs() for a in o.aliases}
        assert not {"星河智能", "Xinghe Intelligence"} & names
        said = [q.text for q in repo.quotes()]
        assert not [t for t in said if t.startswith("公司首席技术官周启明因个人原因")], (
            "the quote it said goes"
        )
        sun = next(p for p in repo.all_persons() if p.name == "孙立群")
        assert [(r.title, r.org_name) for r in sun.roles] == [("董事长", None)]


def test_the_facts_model_with_its_organisations_is_a_sound_model(qtmodeltester):
    model = facts_model(read_article(WIRE))
    assert [model.item(r).data(KEY) for r in range(model.rowCount())] == [
        "persons",
        "orgs",
        "events",
        "quotes",
    ]
    qtmodeltester.check(model)
