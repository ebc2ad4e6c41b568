"""The keyboard: F6 / Shift+F6 move between panes, and the list Help → Keyboard Shortcuts shows."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenuBar, QPlainTextEdit, QTextEdit, QWidget


def pane_keys() -> list[tuple[str, str]]:
    """Keys that act inside a pane rather than through a menu."""
    return [
        (
            "Tab / Shift+Tab",
            QCoreApplication.translate("Keyboard", "Next / previous control (leaves a list)"),
        ),
        (
            "↑ ↓ PgUp PgDn Home End",
            QCoreApplication.translate(
                "Keyboard",
                "Move in a list; with Shift, extend the quote selection (Home / End: to the first / last)",
            ),
        ),
        (
            "Esc",
            QCoreApplication.translate(
                "Keyboard",
                "Step out of a chosen person, event, range or quote; with none, clear the search box",
            ),
        ),
        (
            "↓ " + QCoreApplication.translate("Keyboard", "in the empty search box"),
            QCoreApplication.translate("Keyboard", "Recent searches"),
        ),
        (
            QCoreApplication.translate("Keyboard", "{keys}, {more}").format(
                keys="+ / −", more="Ctrl+" + QCoreApplication.translate("Keyboard", "wheel")
            ),
            QCoreApplication.translate(
                "Keyboard",
                "Timeline: zoom around the chosen event (else the centre); Ctrl+wheel, the pointer",
            ),
        ),
        ("Home", QCoreApplication.translate("Keyboard", "Timeline: fit every event")),
        ("← / →", QCoreApplication.translate("Keyboard", "Timeline: previous / next event")),
        ("Shift+← / Shift+→", QCoreApplication.translate("Keyboard", "Timeline: pan")),
        (
            QCoreApplication.translate("Keyboard", "{keys}, {more}").format(
                keys="↑ / ↓", more="Shift+" + QCoreApplication.translate("Keyboard", "wheel")
            ),
            QCoreApplication.translate("Keyboard", "Timeline: more lanes"),
        ),
        ("Enter", QCoreApplication.translate("Keyboard", "Timeline: show the event in the article")),
        (
            QCoreApplication.translate(
                "Keyboard", "Space, Menu"
            ),  # the keys as a Chinese keyboard names them
            QCoreApplication.translate("Keyboard", "Timeline: open the cluster holding the chosen event"),
        ),
        ("Delete", QCoreApplication.translate("Keyboard", "Manage Library: take the selected articles out")),
    ]


def shortcut_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """Every action with a shortcut, as (keys, what it does), then the keys inside panes."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, action_words(action)))
    return rows + pane_keys()


def action_words(action: QAction) -> str:
    """An action's text as said: no mnemonic (&B, a Chinese text's (&B)), no trailing ellipsis."""
    return re.sub(r"\(&\w\)", "", action.text()).replace("&", "").rstrip("…")


def idle_while_greyed(action: QAction, window: QWidget) -> QShortcut:
    """While the action is greyed out its key does nothing, rather than fall through to the focused widget
    (walk35: Alt+Left with nowhere to go back was ← to the quote list, which chose the row it was on)."""
    idle = QShortcut(action.shortcut(), window)
    idle.setObjectName(f"{action.objectName()}Idle")
    idle.setEnabled(not action.isEnabled())
    action.enabledChanged.connect(lambda enabled: idle.setEnabled(not enabled))
    return idle


class PaneCycle:
    """Moves the focus to the next or previous visible pane, as F6 does in most desktop apps."""

    def __init__(self, panes: Callable[[], list[tuple[QWidget, QWidget]]]) -> None:
        self.panes = panes  # each pane as (what it holds: its buttons, tabs, lists; what takes the focus)

    def step(self, forward: bool) -> None:
        """Focus the pane after (or before) the one holding the focus: from anywhere in a pane (the
        timeline's buttons, a person's events), not only from the widget F6 gives the focus to."""
        shown = [(area, w) for area, w in self.panes() if w.isVisible() and w.isEnabled()]
        if not shown:
            return
        focus = QApplication.focusWidget()
        at = next((i for i, (area, _w) in enumerate(shown) if focus is not None and _holds(area, focus)), -1)
        target = shown[(at + (1 if forward else -1)) % len(shown)][1] if at >= 0 else shown[0][1]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)


def tab_in_reading_order(window: QWidget, panes: Sequence[QWidget], late: Sequence[QWidget] = ()) -> None:
    """Tab goes through the panes one after another, in F6's order, and through each pane's controls in
    the order they were made, `late` ones after the rest of their pane (the order widgets were made put
    the quote list before the timeline, a chart before its own buttons, a tab's page before its tab)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    ordered: list[QWidget] = []
    for pane in panes:
        mine = [w for w in chain if _holds(pane, w) and w not in ordered]
        ordered += [w for w in mine if w not in late] + [w for w in mine if w in late]
    ordered += [w for w in chain if w not in ordered]
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)


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


class KeyboardMenuBar(QMenuBar):
    """The menu bar, showing where the keyboard is while it holds it and always giving it back. Esc closing a
    menu opened with Alt+F leaves the bar holding the keyboard on that title, which Fusion draws like any
    other (it marks a title only while its menu is open): nothing showed where the keys went. And after Alt+F,
    Esc, Alt+E, Esc, Esc, Qt left the keyboard on the bar with no title chosen, for good: arrows and typing
    went nowhere (a walkthrough's, at 1280×720). Its title is framed in the focus colour, and Esc with no
    title chosen gives the keyboard back to where it was before the bar took it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("menuBar")
        self._before: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Remembers the widget of this window the bar took the keyboard from (not a menu of its own)."""
        try:
            if new is self and old is not None and old is not self and old.window() is self.window():
                self._before = old
        except RuntimeError:  # the bar, or the widget, being taken down
            self._before = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() == Qt.Key.Key_Escape and self.hasFocus() and self.activeAction() is None:
            self._give_back()

    def _give_back(self) -> None:
        before, self._before = self._before, None
        try:
            if before is not None and before.isVisible() and before.isEnabled():
                before.setFocus(Qt.FocusReason.MenuBarFocusReason)
                return
        except RuntimeError:  # gone since
            pass
        self.window().focusNextChild()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        action = self.activeAction()
        if action is None or not self.hasFocus() or QApplication.activePopupWidget() is not None:
            return
        from .colours import focus_ring  # with the rest of the window, after the first paint

        painter = QPainter(self)
        painter.setPen(QPen(focus_ring(self.palette()), 2))
        painter.drawRect(self.actionGeometry(action).adjusted(1, 1, -1, -1))
