"""The status bar's line of counts, notes and what a choice narrows to: cut where it loses least."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

SUMMARY = "\x00"  # where a line holds the chosen event's summary, the part cut to fit


def counted(people: int, orgs: int, events: int, quotes: int, one_of: str = "") -> list[str]:
    """The status line's counts, people and organisations apart (organisations only when there are some,
    people only when there are some or no organisations);
    `one_of` ("person", "org" or "event"): the one chosen is among those counted, said as "1 of 15 events"
    (walk35 #8: a chosen event narrowed the quotes and people, and the line still said "15 events"); said
    only of two or more, so English needs no singular (other languages' plurals come with %Ln). No people
    among organisations is not said: who:密尔沃基警方 read "0 people · 1 organisation" (walk36)."""
    said = (
        []
        if people == 0 and orgs
        else [
            QCoreApplication.translate("MainWindow", "1 of %Ln people", None, people)
            if one_of == "person" and people > 1
            else QCoreApplication.translate("MainWindow", "%Ln person(s)", None, people)
        ]
    )
    if orgs:
        said.append(
            QCoreApplication.translate("MainWindow", "1 of %Ln organisations", None, orgs)
            if one_of == "org" and orgs > 1
            else QCoreApplication.translate("MainWindow", "%Ln organisation(s)", None, orgs)
        )
    said.append(
        QCoreApplication.translate("MainWindow", "1 of %Ln events", None, events)
        if one_of == "event" and events > 1
        else QCoreApplication.translate("MainWindow", "%Ln event(s)", None, events)
    )
    said.append(QCoreApplication.translate("MainWindow", "%Ln quote(s)", None, quotes))
    return said


class StatusLine(QLabel):
    """A line cut at the window's edge, whole in its tooltip; a chosen event's summary (a sentence of the
    article, at times longer than the rest) is cut first, so the end of the line, the way back (Esc shows
    all), stays in view: at 1280×720 in Chinese a long summary pushed it out, cut at “（按”."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line, self._summary = "", ""

    def show_line(self, line: str, summary: str = "") -> None:
        """Show a line, the summary where it holds SUMMARY."""
        self._line, self._summary = line, summary
        self.setToolTip(line.replace(SUMMARY, summary))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        whole = self._line.replace(SUMMARY, self._summary)
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        if SUMMARY in self._line and self._summary and metrics.horizontalAdvance(whole) > room:
            left = room - metrics.horizontalAdvance(self._line.replace(SUMMARY, ""))
            cut = metrics.elidedText(self._summary, Qt.TextElideMode.ElideRight, max(left, 0))
            whole = self._line.replace(SUMMARY, cut if cut else "…")
        if metrics.horizontalAdvance(whole) > room:  # cut with an ellipsis, never mid-word bare (walk36 b12)
            whole = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, max(room, 0))
        if self.text() != whole:
            self.setText(whole)
