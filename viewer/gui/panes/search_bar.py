"""The search box: one query language for people, dates and text, applied as you type,
with completions for people and fields, and recent queries one key (↓) away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QListView, QWidget

if TYPE_CHECKING:
    from ...core.suggest import Suggestion
    from ..session import Ticket

Offer = Callable[[list["Suggestion"]], None]

DEBOUNCE_MS = 200
MAX_RECENT = 15
REPLACE_ROLE = Qt.ItemDataRole.UserRole + 10


class SearchBar(QLineEdit):
    """Emits the query after a pause in typing, or at once on Enter; Esc clears."""

    querySubmitted = Signal(str)
    queryKept = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setAccessibleName(self.tr("Search"))
        self.setPlaceholderText(
            self.tr("Search people, dates or text — 林俊旸, ljy, 2026-03, 3月4日, 离职, p:CEO")
        )
        self.setToolTip(
            self.tr(
                "Person (林俊旸, lin junyang, ljy, p:CEO), date (2026-03, 3月4日, "
                "2026-03-01..2026-03-07, within:2026-03) or text of any length; combine "
                "them: 林俊旸 2026-03. Fields: person: org: date: before: after: kind: sort:. "
                "↓ shows recent searches."
            )
        )
        self.setClearButtonEnabled(True)
        # asks for the completions of the text before the cursor; they are offered when they arrive
        self.provider: Callable[[str, Offer], Ticket | None] | None = None
        self._asked: Ticket | None = None
        self.recent: list[str] = []
        self.step_out: Callable[[], bool] = lambda: False  # Esc first steps out of a choice, if there is one
        self.window_keys: set[QKeySequence] = set()
        self._choices = QStandardItemModel(self)
        self.suggester = QCompleter(self._choices, self)
        self.suggester.setWidget(self)
        self.suggester.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.suggester.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.popup = QListView()
        self.popup.setObjectName("searchCompletions")
        self.popup.setAccessibleName(self.tr("Search suggestions"))
        self.suggester.setPopup(self.popup)
        self.popup.installEventFilter(ClickThrough(self.popup))  # after the completer's: asked first
        self.suggester.activated.connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.submit)
        self._showing = False  # the text is set to show a search already made (Back): not one to make
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._enter)
        self.textChanged.connect(self._cleared)

    def submit(self) -> None:
        """Apply the current text now."""
        self._timer.stop()
        self.querySubmitted.emit(self.text())

    def show_query(self, text: str) -> None:
        """Show a search already made (Back, Forward) without making it again."""
        self._timer.stop()
        self._forget()
        self.popup.hide()
        self._showing = True
        try:
            self.setText(text)
        finally:
            self._showing = False

    def keep(self) -> None:
        """Remember the current query among the recent ones."""
        text = self.text().strip()
        if text:
            self.recent = [text] + [q for q in self.recent if q != text][: MAX_RECENT - 1]
            self.queryKept.emit(text)

    def _enter(self) -> None:
        """Enter searches what was typed; a suggestion only when one was chosen with the arrow keys."""
        self._forget()
        if not self.popup.isVisible() or not self.popup.currentIndex().isValid():
            self.popup.hide()
            self.submit()
            self.keep()

    def _edited(self, _text: str) -> None:
        self._timer.start()
        self._forget()
        if self.provider is not None:
            self._asked = self.provider(self.text()[: self.cursorPosition()], self._offer)

    def _forget(self) -> None:
        """Completions asked for earlier are no longer wanted."""
        if self._asked is not None:
            self._asked.cancel()
            self._asked = None

    def _cleared(self, text: str) -> None:
        if not text and not self._showing:
            self._forget()
            self.submit()

    def _offer(self, items: list[Suggestion] | list[str]) -> None:
        self._choices.clear()
        for item in items:
            if isinstance(item, str):
                row = QStandardItem(item)
                row.setData(("all", item, 0), REPLACE_ROLE)
            else:
                kind = {"person": self.tr("person"), "organisation": self.tr("organisation")}.get(item.kind)
                row = QStandardItem(f"{item.display} — {kind}" if kind else item.display)
                row.setData(("token", item.replacement, item.start), REPLACE_ROLE)
            self._choices.appendRow(row)
        if items:
            self.suggester.complete()
            self.popup.setCurrentIndex(QModelIndex())  # none chosen until ↓: Enter keeps what was typed
        else:
            self.popup.hide()

    def _activated(self, display: str) -> None:
        matches = self._choices.findItems(display)
        if not matches:
            return
        mode, replacement, start = matches[0].data(REPLACE_ROLE)
        if mode == "all":
            self.setText(replacement)
        else:
            cursor = self.cursorPosition()
            before, after = self.text()[:start], self.text()[cursor:].lstrip()
            self.setText(f"{before}{replacement} {after}".rstrip() + " ")
            self.setCursorPosition(len(before) + len(replacement) + 1)
        self.submit()
        self.keep()

    def show_recent(self) -> None:
        """Offer the recent queries."""
        self._offer(self.recent)

    def event(self, e: QEvent) -> bool:
        """Let the window's shortcuts through: on X11, QLineEdit takes Ctrl+E (end of line) and others."""
        if (
            e.type() == QEvent.Type.ShortcutOverride
            and isinstance(e, QKeyEvent)
            and QKeySequence(e.keyCombination()) in self.window_keys
        ):
            e.ignore()
            return True
        return super().event(e)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text() and not self.popup.isVisible():
            if not self.step_out():  # nothing chosen to step out of: the search itself is cleared
                self.clear()
            return
        if event.key() == Qt.Key.Key_Down and not self.popup.isVisible() and self.recent:
            self.show_recent()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        if not self.popup.isVisible():
            self.keep()
        super().focusOutEvent(event)


class ClickThrough(QObject):
    """A click outside the open suggestions closes them and reaches what it was aimed at (a quote, a
    person), instead of only closing them (QCompleter's own filter eats it)."""

    def eventFilter(self, popup, event) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        if popup.rect().contains(event.position().toPoint()):
            return False
        popup.hide()
        aimed = QApplication.widgetAt(event.globalPosition().toPoint())
        if aimed is not None and aimed is not popup:
            press = QMouseEvent(
                event.type(),
                aimed.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.button(),
                event.buttons(),
                event.modifiers(),
            )
            QApplication.sendEvent(aimed, press)
        return True
