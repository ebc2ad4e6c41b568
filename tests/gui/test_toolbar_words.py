"""The toolbar's buttons say their action without its menu letter: in Chinese Qt dropped the & of
导出所选(&E)… and the button read “导出所选(E)”, beside the menu's 导出所选(E)…, its E underlined
(walk35 #11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from viewer.gui import i18n

from .conftest import type_and_enter
from .test_review_roles import click_fact


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def _buttons(win) -> list[str]:
    return [win.findChild(QToolButton, n).text() for n in ("backButton", "forwardButton", "exportButton")]


def test_the_toolbar_in_chinese_shows_no_stray_letters(chinese, window):
    assert window.export_action.text() == "导出所选(&E)…", "the menu keeps its letter"
    assert _buttons(window) == ["后退", "前进", "导出所选"]


def test_the_reviews_undo_tip_shows_no_stray_letter(chinese, qtbot, wire_review):
    """Undo's tip says what it takes back without its button's letter: 撤销为机构改名, not …(U) (walk36)."""
    type_and_enter_rename(qtbot, wire_review)
    undo = wire_review.findChild(QToolButton, "reviewUndo")
    assert undo.text().endswith("(U)"), "the button keeps its letter, Alt+U"
    assert undo.toolTip().startswith("撤销") and "(U)" not in undo.toolTip(), undo.toolTip()
    with qtbot.waitSignal(wire_review.undo_stack.indexChanged):
        qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    redo = wire_review.findChild(QToolButton, "reviewRedo")
    assert redo.toolTip().startswith("重做") and "(R)" not in redo.toolTip(), redo.toolTip()


def type_and_enter_rename(qtbot, dialog) -> None:
    """Choose the organisation 星河智能 and rename it, as the walkthrough did."""
    click_fact(qtbot, dialog, "星河智能")
    type_and_enter(qtbot, dialog, "correctOrgName", "Xinghe AI")
