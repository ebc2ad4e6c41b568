"""A window made small and then large again gives its panes back their sizes: the people and article panes
stayed some 70-100 px wide (and the timeline one lane high) after the window was made 800×560 and then
1280×720 again, the quote list having taken all the room regained."""

from __future__ import annotations

from .conftest import settle


def _sizes(w) -> tuple[int, int, int]:
    docks = w.docks
    return docks["personDock"].width(), docks["articleDock"].width(), docks["timelineDock"].height()


def test_a_window_made_small_then_large_again_gives_the_panes_back(qtbot, window):
    w = window
    w.resize(1280, 720)
    settle(qtbot, w)
    people, article, timeline = _sizes(w)
    w.resize(800, 560)
    qtbot.waitUntil(lambda: w.width() == 800)
    small = _sizes(w)
    assert small[0] < people - 100 and small[1] < article - 100, "squeezed for the quote list"
    w.resize(1280, 720)
    qtbot.waitUntil(lambda: w.width() == 1280)
    settle(qtbot, w)
    again = _sizes(w)
    assert abs(again[0] - people) <= 2 and abs(again[1] - article) <= 2, (again, (people, article))
    assert abs(again[2] - timeline) <= 2, (again, timeline)
