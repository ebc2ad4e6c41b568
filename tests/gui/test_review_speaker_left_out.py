"""A quote whose speaker is unticked in the review is not saved, and the list shows it so: greyed, with a
tooltip saying why, and counted out of its group as out of the article's line (walk35: unticking 锤子科技
left its quote ticked under “Quotes (6)” while the article's line said 5 quotes). A person's are the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from viewer.gui.review_dialog import KEY, ReviewDialog

from .conftest import review_group
from .test_review_roles import click_fact

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"  # 星河智能 says q1, 孙立群 q3 and q4


@pytest.fixture
def dialog(wire_review):
    return wire_review


def _quote(dialog: ReviewDialog, key: str) -> QModelIndex:
    quotes = review_group(dialog, "quotes")
    return next(quotes.child(i).index() for i in range(quotes.rowCount()) if quotes.child(i).data(KEY) == key)


def _space_on(qtbot, dialog: ReviewDialog, label_start: str) -> None:
    """Click a fact's line and press Space on it, as a reader (un)ticks it: one step of Undo."""
    click_fact(qtbot, dialog, label_start)
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(dialog.facts, Qt.Key.Key_Space)


def _undo(qtbot, dialog: ReviewDialog) -> None:
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _drawn_greyed(dialog: ReviewDialog, index: QModelIndex) -> bool:
    """True when the list draws the line as a disabled one (greyed text and box)."""
    option = QStyleOptionViewItem()
    option.initFrom(dialog.facts)
    dialog.facts.itemDelegateForIndex(index).initStyleOption(option, index)
    return not option.state & QStyle.StateFlag.State_Enabled


def _shown_saved(dialog: ReviewDialog, key: str) -> bool:
    index = _quote(dialog, key)
    return (
        not _drawn_greyed(dialog, index)
        and "not saved" not in (index.data(Qt.ItemDataRole.ToolTipRole) or "").lower()
    )


def test_an_unticked_organisations_quote_is_shown_left_out_and_counted_out(qtbot, dialog):
    said = len(dialog.annotations[0].quotes)
    assert review_group(dialog, "quotes").text() == f"Quotes ({said})" and _shown_saved(dialog, "q1")
    _space_on(qtbot, dialog, "星河智能")
    q1 = _quote(dialog, "q1")
    assert _drawn_greyed(dialog, q1)
    assert (
        "星河智能" in q1.data(Qt.ItemDataRole.ToolTipRole)
        and "not saved" in q1.data(Qt.ItemDataRole.ToolTipRole).lower()
    )
    assert review_group(dialog, "quotes").text() == f"Quotes ({said - 1} of {said})"
    assert f"{said - 1} quotes" in dialog.articles.item(0).text()
    assert all(_shown_saved(dialog, k) for k in ("q2", "q3", "q4", "q5"))
    _space_on(qtbot, dialog, "星河智能")  # ticked again
    assert _shown_saved(dialog, "q1") and review_group(dialog, "quotes").text() == f"Quotes ({said})"
    _space_on(qtbot, dialog, "星河智能")
    _undo(qtbot, dialog)
    assert _shown_saved(dialog, "q1") and review_group(dialog, "quotes").text() == f"Quotes ({said})"
    assert f"{said} quotes" in dialog.articles.item(0).text()


def test_an_unticked_persons_quotes_are_shown_left_out_as_an_organisations(qtbot, dialog):
    people = len(dialog.annotations[0].persons)
    said = len(dialog.annotations[0].quotes)
    _space_on(qtbot, dialog, "孙立群")
    assert not _shown_saved(dialog, "q3") and not _shown_saved(dialog, "q4") and _shown_saved(dialog, "q2")
    assert "孙立群" in _quote(dialog, "q3").data(Qt.ItemDataRole.ToolTipRole)
    assert review_group(dialog, "persons").text() == f"People ({people - 1} of {people})"
    assert review_group(dialog, "quotes").text() == f"Quotes ({said - 2} of {said})"
    assert f"{said - 2} quotes" in dialog.articles.item(0).text()
    _undo(qtbot, dialog)
    assert _shown_saved(dialog, "q3") and review_group(dialog, "persons").text() == f"People ({people})"


def test_a_left_out_quote_can_still_be_chosen_to_see_it(qtbot, dialog):
    _space_on(qtbot, dialog, "孙立群")
    click_fact(qtbot, dialog, "孙立群 (direct)")
    assert dialog.facts.currentIndex().data(KEY) == "q3" and dialog.text.highlighted()
