"""Keys as a Chinese interface names them: the arrows drawn as arrows, as the shortcuts list's own rows
(Shift+← / Shift+→) draw them, not in Qt's words (Alt+左方向, or 左鍵, the left mouse button, in Taiwan)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QKeySequence
from viewer.gui import i18n
from viewer.gui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese_window(request, qapp, window) -> MainWindow:
    """conftest's window with a Chinese catalogue installed (Qt names keys when it draws them)."""
    i18n.install(qapp, request.param)
    yield window
    i18n.install(qapp, "en")


def test_back_and_forward_name_their_arrow_keys_as_arrows_in_chinese(chinese_window, ask):
    w = chinese_window
    # what the View menu prints beside 后退 / 前进
    assert w.back_action.shortcut().toString(NATIVE) == "Alt+←"
    assert w.forward_action.shortcut().toString(NATIVE) == "Alt+→"
    w.shortcuts_action.trigger()  # Help → Keyboard Shortcuts
    keys = [k for k, _what in ask.shortcut_rows]
    assert "Alt+←" in keys and "Alt+→" in keys
    assert [k for k in keys if re.search("[左右上下]", k)] == [], "no key named in Qt's words"


def test_an_english_menu_keeps_the_keys_names(window, ask):
    assert window.back_action.shortcut().toString(NATIVE) == "Alt+Left"
