"""An organisation left ticked is saved, even when everything that named it is unticked: it was dropped
unseen, though the review still showed it ticked (gui35c)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from viewer.core.repository import Repository
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline.library import save

ROOT = Path(__file__).resolve().parents[2]


def _untick(qtbot, dialog: ReviewDialog, line: str) -> None:
    """Click the line that begins so (a group's or a fact's) and press Space, as a reader unticks it."""
    model, view = dialog.facts.model(), dialog.facts
    heads = [model.item(g) for g in range(model.rowCount())]
    items = [i for h in heads for i in (h, *(h.child(r) for r in range(h.rowCount())))]
    index = next(i for i in items if i.text().startswith(line)).index()
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex() == index
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(view, Qt.Key.Key_Space)


def test_an_organisation_ticked_and_used_by_nothing_is_saved(qtbot, wire_review, tmp_path):
    dialog = wire_review
    for line in ("Dated events", "星河智能 (reported)", "孙立群", "陈默"):  # all that names 星河智能
        _untick(qtbot, dialog, line)
    kept = dialog.result_annotations()[0]
    assert not any("o_425eb1c5b3" in e.orgs for e in kept.events) and not any(
        r.org for p in kept.persons for r in p.roles
    ), "nothing left names it"
    assert [o.name for o in kept.orgs] == ["星河智能"], "ticked: kept"
    library = tmp_path / "library.db"
    assert save(dialog.result_annotations(), library, ROOT / "data" / "events.db").added
    with Repository(library) as repo:
        assert "星河智能" in {o.name for o in repo.orgs()}
