"""A cluster on the timeline opens: its list, and Zoom in here, which draws its events apart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import settle


def _painted(canvas):
    canvas.grab()
    return canvas.frame


def test_zoom_in_here_draws_the_events_of_a_cluster_apart(qtbot, window):
    """The walkthrough (1280×720) clicked the 林俊旸 lane's cluster of five and chose Zoom in here: the
    view zoomed fourfold and still drew two of them as a cluster (“2”), to be opened again."""
    window.resize(1203, 676)  # the first window at 1280×720
    settle(qtbot, window)
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()))
    clusters = [h for h in _painted(canvas).hits if h.kind == "cluster"]
    cluster = max(clusters, key=lambda h: len(h.event_ids))
    members = set(cluster.event_ids)
    assert len(members) >= 3
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=cluster.rect.center().toPoint())
    menu = canvas.cluster_menu
    assert menu is not None and menu.isVisible()
    zoom = next(a for a in menu.actions() if a.text() == "Zoom in here")
    with qtbot.waitSignal(canvas.viewChanged):
        zoom.trigger()
    menu.close()
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()))
    hits = _painted(canvas).hits
    together = [h.event_ids for h in hits if h.kind == "cluster" and len(members & set(h.event_ids)) > 1]
    assert together == [], "Zoom in here left some of the cluster's events gathered"
    drawn = {i for h in hits if h.kind == "event" for i in h.event_ids}
    assert members <= drawn, "each of the cluster's events is drawn, in view"


def test_zoom_in_here_on_a_cluster_at_the_edge_keeps_its_events_in_view(qtbot, window):
    """A cluster at the chart's right edge, zoomed into where it is drawn, spread its events past the
    edge: they are brought into view, between the lane names and the right edge."""
    window.resize(1203, 676)
    settle(qtbot, window)
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()))
    cluster = max((h for h in _painted(canvas).hits if h.kind == "cluster"), key=lambda h: len(h.event_ids))
    with qtbot.waitSignal(canvas.viewChanged):  # panned (as dragging the overview does): it at the edge
        canvas.set_scale(canvas.scale.panned(cluster.rect.right() - canvas.width() + 2))
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()))
    cluster = next(h for h in _painted(canvas).hits if set(h.event_ids) == set(cluster.event_ids))
    assert cluster.rect.right() > canvas.width() - 4
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=cluster.rect.center().toPoint())
    menu = canvas.cluster_menu
    assert menu is not None and menu.isVisible()
    with qtbot.waitSignal(canvas.viewChanged):
        next(a for a in menu.actions() if a.text() == "Zoom in here").trigger()
    menu.close()
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()))
    hits = _painted(canvas).hits
    drawn = {i for h in hits if h.kind == "event" for i in h.event_ids}
    assert set(cluster.event_ids) <= drawn, "each of the cluster's events is drawn, in view"
