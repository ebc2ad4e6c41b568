"""A list given new results starts at their first row (seen in the walkthrough: the timeline's List kept the
place it had scrolled to in the last database or search, its first events hidden above the top)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from .conftest import settle


@pytest.fixture
def synth_db(tmp_path) -> Path:
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=300, events=3000, quotes=6000, seed=11)
    return db


def _show_the_list(qtbot, window):
    """The timeline's List tab, and the keyboard in it."""
    qtbot.mouseClick(window.timeline.pages[1], Qt.MouseButton.LeftButton)
    view = window.timeline.view
    qtbot.waitUntil(view.isVisible)
    view.setFocus()
    return view


def _scrolled_down(qtbot, view) -> None:
    """End in a list, as a user reading it to its last row."""
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)


def _first_row_at_the_top(view) -> bool:
    return view.verticalScrollBar().value() == 0 and view.rowAt(0) == 0


def test_the_event_list_starts_at_the_first_event_of_a_new_search(qtbot, window, ask, synth_db):
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    view = _show_the_list(qtbot, window)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: view.rowAt(0) > 10)
    window.find_action.trigger()  # Ctrl+F, a year typed, Enter
    qtbot.keyClicks(window.search, "2020")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.event_model.rowCount() > 100
    qtbot.waitUntil(lambda: _first_row_at_the_top(view))


def test_the_event_list_chosen_on_the_chart_unseen_starts_at_the_top_in_another_database(
    qtbot, window, ask, synth_db
):
    """The walkthrough's way there: events chosen with → on the chart scroll the list hidden behind it
    (a list in view is emptied on the way to another database; a hidden one kept its place)."""
    canvas = window.timeline.canvas
    canvas.setFocus()
    for _ in range(8):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    settle(qtbot, window)
    assert window.controller.selection.event is not None
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    view = _show_the_list(qtbot, window)
    qtbot.waitUntil(lambda: _first_row_at_the_top(view))


def test_a_chosen_persons_lists_start_at_their_first_row(qtbot, window, ask, synth_db):
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    people = window.people.list
    people.setFocus()
    qtbot.keyClick(people, Qt.Key.Key_Down)  # the first person chosen
    settle(qtbot, window)
    first = window.controller.selection.who
    assert first is not None
    for tab, view in enumerate((window.people.events_view, window.people.quotes_view)):
        window.people.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(view.isVisible)
        bar = view.verticalScrollBar()
        if bar.maximum() == 0:
            continue
        bar.triggerAction(bar.SliderAction.SliderToMaximum)  # read to the end with the wheel: End would
        qtbot.waitUntil(lambda b=bar: b.value() > 0)  # choose their last event, narrowing the people to it
    scrolled = [
        v for v in (window.people.events_view, window.people.quotes_view) if v.verticalScrollBar().value()
    ]
    assert scrolled, "the first person's lists are longer than they are tall"
    people.setFocus()
    qtbot.keyClick(people, Qt.Key.Key_Down)  # the next one
    settle(qtbot, window)
    assert window.controller.selection.who not in (None, first)
    for view in scrolled:
        window.people.tabs.setCurrentWidget(view)
        qtbot.waitUntil(view.isVisible)
        qtbot.waitUntil(lambda v=view: _first_row_at_the_top(v))
