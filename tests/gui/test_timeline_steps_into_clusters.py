"""←/→ onto an event drawn only inside a cluster opens the cluster: the chart zooms in until the event is
drawn on its own (walk35 #3: it was chosen inside a collapsed cluster, the choice unseen)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import settle


def _frame(qtbot, canvas):
    """The chart painted with its events in (not the density drawn while they are on their way)."""
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()), timeout=5000)
    canvas.grab()
    return canvas.frame


def _kinds(qtbot, canvas) -> set[str]:
    """How the chosen event is drawn: on its own ("event"), inside a cluster, or both (two lanes)."""
    return {h.kind for h in _frame(qtbot, canvas).hits if canvas.selected in h.event_ids}


def test_stepping_onto_an_event_inside_a_cluster_opens_the_cluster(qtbot, window):
    window.resize(1203, 676)  # the first window at 1280×720, where the walkthrough saw it
    settle(qtbot, window)
    canvas = window.timeline.canvas
    _frame(qtbot, canvas)
    canvas.setFocus()
    clustered, chosen = 0, []
    for _ in range(40):
        with qtbot.waitSignal(canvas.eventChosen, timeout=5000, raising=False) as stepped:
            qtbot.keyClick(canvas, Qt.Key.Key_Right)
        if not stepped.signal_triggered:
            break  # the last event
        chosen.append(canvas.selected)
        clustered += _kinds(qtbot, canvas) == {"cluster"}
        qtbot.waitUntil(lambda: "event" in _kinds(qtbot, canvas), timeout=3000)
        assert window.controller.selection.event == canvas.selected
    assert clustered, "some event of the bundled article is stepped onto inside a cluster"
    assert len(chosen) == len(set(chosen)) >= 10, "every event in turn, none stepped over"
    with qtbot.waitSignal(canvas.eventActivated) as activated:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert activated.args == [chosen[-1]]
