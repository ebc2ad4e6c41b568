"""The review's buttons show the keyboard in the dark palette: Save, the dialog's default button, looked the
same with and without the focus (Fusion outlines a default button as it outlines a focused one), so a
walkthrough tabbing through the review could not see the keyboard reach it. The focus must change the
button's look by 3:1 somewhere (WCAG 2.4.13: the focused and unfocused states' pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from viewer.gui import appearance
from viewer.gui.colours import contrast
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline.library import read_article

from .test_review_reads_again_off_the_gui_thread import UNDATED


@pytest.fixture
def dark(qapp):
    appearance.apply("dark")  # View → Appearance → Dark
    yield
    appearance.apply("system")


def _change(before: QImage, after: QImage) -> float:
    """The most any pixel's colour changed, as a contrast ratio (1: the two look the same)."""
    assert before.size() == after.size()
    return max(
        contrast(before.pixelColor(x, y), after.pixelColor(x, y))
        for y in range(before.height())
        for x in range(before.width())
    )


def _tab_to(qtbot, dialog: QWidget, target: QWidget) -> None:
    for _ in range(60):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached it")


@pytest.mark.parametrize("name", ["reviewSave", "reviewCancel"])
def test_tabbing_to_a_review_button_changes_its_look_in_the_dark(qtbot, dark, name):
    dialog = ReviewDialog([read_article(UNDATED)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    role = QPalette.ColorRole.Window
    qtbot.waitUntil(lambda: dialog.palette().color(role) == appearance.dark_palette().color(role))
    button = dialog.findChild(QPushButton, name)
    dialog.published.setFocus()
    qtbot.waitUntil(dialog.published.hasFocus)
    assert dialog.save_button.isDefault(), "Save is the default while the keyboard is in the date"
    unfocused = button.grab().toImage()
    _tab_to(qtbot, dialog, button)
    assert button.isDefault()
    focused = button.grab().toImage()
    assert _change(unfocused, focused) >= 3.0, "the keyboard on it shows"
