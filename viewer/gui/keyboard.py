"""The keyboard: F6 / Shift+F6 move between panes, and the list Help → Keyboard Shortcuts shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Keyboard", text)


def pane_keys() -> list[tuple[str, str]]:
    """Keys that act inside a pane rather than through a menu."""
    return [
        ("Tab / Shift+Tab", _tr("Next / previous control (leaves a list)")),
        ("↑ ↓ PgUp PgDn Home End", _tr("Move in a list; Shift or Ctrl extends the quote selection")),
        ("Esc", _tr("Clear the search box")),
        ("↓ " + _tr("in the empty search box"), _tr("Recent searches")),
        ("+ / − , Ctrl+wheel", _tr("Timeline: zoom around the centre or the pointer")),
        ("Home", _tr("Timeline: fit every event")),
        ("← / →", _tr("Timeline: previous / next event")),
        ("Shift+← / Shift+→", _tr("Timeline: pan")),
        ("↑ / ↓, Shift+wheel", _tr("Timeline: more lanes")),
        ("Enter", _tr("Timeline: show the event in the article")),
    ]


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """Every action with a shortcut, as (keys, what it does), then the keys inside panes."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows + pane_keys()


class PaneCycle:
    """Moves the focus to the next or previous visible pane, as F6 does in most desktop apps."""

    def __init__(self, panes: Callable[[], list[QWidget]]) -> None:
        self.panes = panes

    def step(self, forward: bool) -> None:
        """Focus the pane after (or before) the one holding the focus."""
        shown = [w for w in self.panes() if w.isVisible() and w.isEnabled()]
        if not shown:
            return
        focus = QApplication.focusWidget()
        at = next((i for i, w in enumerate(shown) if focus is not None and _holds(w, focus)), -1)
        target = shown[(at + (1 if forward else -1)) % len(shown)] if at >= 0 else shown[0]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)


def _holds(pane: QWidget, widget: QWidget) -> bool:
    return pane is widget or pane.isAncestorOf(widget)


def copy_focused_text() -> bool:
    """Copy the text selected in the focused widget (article, search box, a label); False if none."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit) and widget.hasSelectedText():
        widget.copy()
        return True
    if isinstance(widget, QPlainTextEdit | QTextEdit) and widget.textCursor().hasSelection():
        widget.copy()
        return True
    if isinstance(widget, QLabel) and widget.hasSelectedText():
        QGuiApplication.clipboard().setText(widget.selectedText())
        return True
    return False
