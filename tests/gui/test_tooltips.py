"""Tooltips show short text on one line and wrap long text at a readable width (Qt wrapped “California
Department of Forestry and Fire Protection (organisation)” into a box 109 px wide, three words a line)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from viewer.gui.plaintext import TIP_WIDTH, tooltip


def _shown_tip(qtbot, widget: QWidget, at: QPoint) -> QWidget:
    """Hover over `at` in `widget` as a pointer resting there does, and the tooltip label Qt shows."""
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: bool(_tip_label()), timeout=5000)
    return _tip_label()[0]


def _tip_label() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]


def test_a_name_in_the_people_list_shows_its_tooltip_on_one_line(qtbot, window):
    view = window.people.list
    longest = max(range(view.model().rowCount()), key=lambda r: len(view.model().index(r, 0).data()))
    index = view.model().index(longest, 0)
    label = _shown_tip(qtbot, view.viewport(), view.visualRect(index).center())
    first_line = index.data(3).split("<br>")[0]
    assert "(person)" in first_line or "(organisation)" in first_line
    line = label.fontMetrics().height()
    roles = index.data(3).count("<br>")
    assert label.height() < (roles + 2) * line, "one line for the name, one for each role"


def test_a_long_tooltip_wraps_at_a_readable_width_not_a_narrow_column(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(300, 200)
    host.show()
    qtbot.waitExposed(host)
    text = (
        "A sentence long enough to need more than one line in any tooltip a reader would want to read. " * 3
    )
    QToolTip.showText(host.mapToGlobal(QPoint(10, 10)), tooltip(text), host)
    qtbot.waitUntil(lambda: bool(_tip_label()), timeout=5000)
    label = _tip_label()[0]
    assert TIP_WIDTH <= label.width() <= TIP_WIDTH + 40
    short = "California Department of Forestry and Fire Protection (organisation)"
    QToolTip.showText(host.mapToGlobal(QPoint(10, 10)), tooltip(short), host)
    qtbot.waitUntil(lambda: bool(_tip_label()) and "California" in _tip_label()[0].text(), timeout=5000)
    label = _tip_label()[0]
    assert label.height() < 2 * label.fontMetrics().height(), "a short text stays on one line"
    QToolTip.hideText()
