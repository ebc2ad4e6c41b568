"""Back and Forward say where they lead, searches as well as selections, alike in the tip shown, the status
line and to a screen reader (walk35 #2: their tips said “Previous selection” and “Next selection” though Back
goes back to the last search too; #7: they named no step)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolButton, QToolTip, QWidget

from .test_back_to_the_last_search import search_by_keys


def _tip_label() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]


def _hovered_tip(qtbot, button: QToolButton) -> str:
    """The tooltip Qt shows with the pointer resting on the button."""
    QToolTip.hideText()
    at = button.rect().center()
    QApplication.sendEvent(button, QHelpEvent(QEvent.Type.ToolTip, at, button.mapToGlobal(at)))
    qtbot.waitUntil(lambda: bool(_tip_label()), timeout=5000)
    text = _tip_label()[0].text()
    QToolTip.hideText()
    return text


def _go_action(window, name: str):
    """The action as the menus hold it."""
    actions = [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    return next(a for a in actions if a.objectName() == name)


def test_back_and_forward_say_they_walk_searches_and_selections(qtbot, window):
    search_by_keys(qtbot, window, "林俊旸")
    search_by_keys(qtbot, window, "离职")
    window.findChild(QToolButton, "backButton").click()
    qtbot.waitUntil(lambda: window.search.text() == "林俊旸")
    for name, action, step in (
        ("backButton", "backAction", "Back to everything"),
        ("forwardButton", "forwardAction", "Forward to the search “离职”"),
    ):
        button = window.findChild(QToolButton, name)
        for said in (
            _hovered_tip(qtbot, button),
            button.accessibleDescription(),
            _go_action(window, action).statusTip(),
        ):
            assert said == step
