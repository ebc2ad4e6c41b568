"""The chart's fit gives one day's event the days around it, not the whole width (the GUI walkthrough)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from .conftest import search, settle


def test_a_search_finding_one_days_event_shows_the_weeks_around_it(qtbot, window):
    """The walkthrough (1280×720 and 1600×1000) searched 徐耀昌 (one event, 2018-07-11): the chart fitted that
    day across its whole width, an axis of two ticks (11, 12) with nothing to place it in; here p:吴嘉."""
    window.resize(1203, 676)
    search(qtbot, window, "p:吴嘉")
    settle(qtbot, window)
    canvas = window.timeline.canvas
    assert window.timeline.source.data.total == 1
    first, last = canvas.visible_days()
    day = dt.date(2025, 12, 9).toordinal()
    assert first <= day - 5 and last >= day + 6, "the days around it in view"
    assert last - first < 60, "weeks, not the years around it"
    canvas.set_scale(canvas.scale.zoomed(3.0, canvas.width() / 2))
    qtbot.mouseClick(window.timeline.findChild(QToolButton, "zoomFit"), Qt.MouseButton.LeftButton)
    assert canvas.visible_days() == (first, last), "Fit shows the same"
