"""After an import the timeline shows the event chosen in the new article, whichever comes first: the
chosen event, or the counts of the library just opened (a walkthrough saw “2 of 23” in one run and, in
the next, “23 of 23” fitted to everything, the new article's lanes under “▼ 4 more lanes”)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from viewer import paths

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


def _drawn(canvas, event_id: int) -> bool:
    """True when the event's mark is drawn in the lanes shown (not under “more lanes”, not out of view)."""
    lay = canvas.frame.layout if canvas.frame is not None else None
    return lay is not None and any(event_id in m.event_ids for m in lay.marks)


def _import_with_counts(qtbot, window, ask, monkeypatch, counts_first: bool):
    """Import the wire story; the library's timeline counts arrive before the new event is chosen
    (counts_first), or are held until the timeline has been given the chosen event."""
    source = window.controller.timeline
    held: list = []
    arrived = source._arrived
    if not counts_first:
        monkeypatch.setattr(source, "_arrived", held.append)  # read by the next request: the library's
    else:  # the choice of what was added waits for the library's counts
        shown = window._show_what_was_added
        waiting: list = []
        monkeypatch.setattr(window, "_show_what_was_added", lambda: waiting.append(shown))
    ask.import_answer = [WIRE]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    canvas = window.timeline.canvas
    if counts_first:
        qtbot.waitUntil(lambda: bool(waiting) and not source.pending, timeout=10000)
        waiting.pop()()
    else:
        qtbot.waitUntil(lambda: bool(held) and canvas.selected is not None, timeout=10000)
        assert source.pending, "the counts are still to come"
        with qtbot.waitSignal(source.changed, timeout=5000):
            arrived(held.pop())
    settle(qtbot, window)
    return canvas


@pytest.mark.parametrize("counts_first", [True, False], ids=["counts-then-choice", "choice-then-counts"])
def test_the_event_chosen_after_an_import_is_in_view_whichever_arrives_first(
    qtbot, window, ask, bundled_copy, monkeypatch, counts_first
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    canvas = _import_with_counts(qtbot, window, ask, monkeypatch, counts_first)
    chosen = window.controller.focus().event
    assert chosen is not None and canvas.selected == chosen
    event = window.controller.repo.event(chosen)
    first, last = canvas.visible_days()
    assert first <= event.date.day_start and event.date.day_end + 1 <= last, "its day is in view"
    label = window.findChild(QLabel, "timelineSummary")
    summary = label.text()  # “2 of 20 dated events in view”
    shown, total = summary.split(" of ")[0], summary.split(" of ")[1].split()[0]
    assert int(shown) < int(total), f"zoomed to it, not fitted to everything: {summary}"
    qtbot.waitUntil(lambda: _drawn(canvas, chosen), timeout=5000)
