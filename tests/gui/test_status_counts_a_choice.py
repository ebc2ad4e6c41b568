"""The status bar's counts say what a choice narrows them to (walk35 #8: with one event chosen, the quotes
and people were that event's, and the line still said "15 events" as if nothing were chosen)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import search_by_keys, settle


def _click_person(qtbot, win, name: str) -> None:
    """Click a name in the people list, as a user chooses someone."""
    model, people = win.entity_model, win.people
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(name))
    index = model.index(row, 0)
    people.list.scrollTo(index)
    qtbot.mouseClick(
        people.list.viewport(), Qt.MouseButton.LeftButton, pos=people.list.visualRect(index).center()
    )
    settle(qtbot, win)


def test_an_event_chosen_is_counted_as_one_of_the_events(qtbot, window):
    assert window.status.text() == "10 people · 16 organisations · 15 events · 8 quotes"
    canvas = window.timeline.canvas
    canvas.setFocus()
    with qtbot.waitSignal(window.controller.selectionChanged):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    settle(qtbot, window)
    assert window.controller.selection.event is not None
    counts = window.status.text().split(" — ")[0]
    people = window.entity_model.totals()[0]
    led = f"{people} people · " if people else f"{window.entity_model.totals()[1]} organisations · "
    assert counts.startswith(led) and "· 1 of 15 events ·" in counts  # (no people among organisations unsaid)
    assert counts.endswith(f"· {window.quote_model.rowCount()} quotes"), "the event's quotes"
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.status.text() == "10 people · 16 organisations · 15 events · 8 quotes"


def test_a_person_chosen_is_one_of_the_people_and_their_event_outside_the_search_is_not_one_of_its(
    qtbot, window
):
    """An event chosen from a person's own Events tab may lie outside the search: not "1 of" those found."""
    search_by_keys(qtbot, window, "2026-03-07")
    people = window.entity_model.totals()[0]
    assert people > 1
    _click_person(qtbot, window, "林俊旸")
    assert window.controller.selection.who is not None
    assert window.status.text().startswith(f"1 of {people} people · "), window.status.text()
    found = window.event_model.rowCount()
    tab, theirs = window.people.events_view, window.people.events_model
    qtbot.waitUntil(lambda: tab.isVisible() and theirs.rowCount() > found)
    outside = next(
        r for r in range(theirs.rowCount()) if window.event_model.row_of_id(theirs.record(r).id) is None
    )
    index = theirs.index(outside, 0)
    tab.scrollTo(index)
    qtbot.mouseClick(tab.viewport(), Qt.MouseButton.LeftButton, pos=tab.visualRect(index).center())
    settle(qtbot, window)
    assert window.controller.selection.event == theirs.record(outside).id
    assert " 1 of " not in window.status.text() and f"· {found} event" in window.status.text()
