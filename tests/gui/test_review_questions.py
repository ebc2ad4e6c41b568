"""The review's two questions put their safe answer first, and do not dress it as discarding: “Give the Date”
and “Keep Reviewing” were Qt's Cancel buttons, which a desktop showing buttons' icons marked with a red ✗
(walkthrough). Each is the default, Esc means it, and it carries no icon."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProxyStyle, QStyle
from viewer.gui.review_dialog import KEY, ReviewDialog
from viewer.pipeline.library import read_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
UNDATED = FIXTURES / "real" / "blindab_mnw_fanhei.txt"
WIRE = FIXTURES / "articles" / "wire_xinghe.txt"


class ButtonsWithIcons(QProxyStyle):
    """Fusion with icons on dialog buttons, as GNOME's and KDE's desktops give them (offscreen: none)."""

    def styleHint(self, hint, option=None, widget=None, data=None) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


@pytest.fixture
def icons_on_buttons(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle(ButtonsWithIcons("Fusion"))
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _answered_by_esc(qtbot, ask: Callable[[], None]) -> dict:
    """Do what asks the question; once it shows, read its default button and press Esc in it."""
    seen: dict = {}

    def read_and_escape() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(10, read_and_escape)
            return
        default = box.defaultButton()
        seen.update(
            name=default.objectName(),
            text=default.text(),
            icon=default.icon().isNull(),
            standard=box.standardButton(default),
            escape=box.escapeButton() is default,
            buttons=[(b.text(), b.icon().isNull()) for b in box.buttons()],
        )
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_escape)
    ask()
    return seen


def _check_safe(seen: dict, text: str, name: str) -> None:
    assert seen["text"] == text, seen
    assert seen["icon"], ("no icon on the safe answer", seen["buttons"])
    assert seen["standard"] != QMessageBox.StandardButton.Cancel, "not Qt's Cancel (its icon is a red ✗)"
    assert seen["escape"], "Esc means it"
    assert seen["name"] == name, "found by its name"


def test_give_the_date_is_the_default_has_no_cancel_icon_and_esc_means_it(qtbot, icons_on_buttons):
    dialog = ReviewDialog([read_article(UNDATED)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def save() -> None:  # what it leaves out is found off the GUI thread, then asked about
        with qtbot.waitSignal(dialog.lostFound, timeout=20000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = _answered_by_esc(qtbot, save)
    _check_safe(seen, "Give the Date", "undatedGiveDate")
    assert dict(seen["buttons"])["Save Without Them"] is False, "the other answer keeps its (save) icon"
    assert dialog.isVisible() and dialog.result() != ReviewDialog.DialogCode.Accepted, "not saved"
    assert dialog.focusWidget() is dialog.published, "at the field that dates them"


def test_keep_reviewing_is_the_default_has_no_cancel_icon_and_esc_means_it(qtbot, icons_on_buttons):
    dialog = ReviewDialog([read_article(WIRE)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    facts = dialog.facts
    model = facts.model()
    quotes = next(model.item(g) for g in range(model.rowCount()) if model.item(g).child(0).data(KEY) == "q1")
    facts.setFocus()
    facts.setCurrentIndex(quotes.child(0).index())
    qtbot.keyClick(facts, Qt.Key.Key_Space)  # untick it: a review with something to lose
    assert quotes.child(0).checkState() == Qt.CheckState.Unchecked
    seen = _answered_by_esc(qtbot, lambda: qtbot.keyClick(facts, Qt.Key.Key_Escape))
    _check_safe(seen, "Keep Reviewing", "discardKeep")
    assert dialog.isVisible() and quotes.child(0).checkState() == Qt.CheckState.Unchecked, "still reviewing"
    seen = _answered_by_esc(qtbot, lambda: dialog.findChild(object, "reviewCancel").click())
    assert seen["name"] == "discardKeep" and dialog.isVisible()
