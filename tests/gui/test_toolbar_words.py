"""The toolbar's buttons say their action without its menu letter: in Chinese Qt dropped the & of
导出所选(&E)… and the button read “导出所选(E)”, beside the menu's 导出所选(E)…, its E underlined
(walk35 #11)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton
from viewer.gui import i18n


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
