"""The search box: one query language for people, dates and text, applied as you type."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 200


class SearchBar(QLineEdit):
    """Emits the query after a pause in typing, or at once on Enter; Esc clears."""

    querySubmitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setAccessibleName("Search")
        self.setPlaceholderText("Search people, dates or text — 林俊旸, ljy, 2026-03, 3月4日, 离职, p:CEO")
        self.setToolTip("Person (林俊旸, lin junyang, ljy, p:CEO), date (2026-03, 3月4日, "
                        "2026-03-01..2026-03-07, within:2026-03) or text of any length; "
                        "combine them: 林俊旸 2026-03")
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.submit)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.submit)
        self.textChanged.connect(self._cleared)

    def submit(self) -> None:
        """Apply the current text now."""
        self._timer.stop()
        self.querySubmitted.emit(self.text())

    def _cleared(self, text: str) -> None:
        if not text:
            self.submit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
