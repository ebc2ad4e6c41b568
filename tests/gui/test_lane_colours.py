"""A chosen person's events in the person pane wear their timeline lane's colour: the glyphs were the
palette's link blue while the lane of 林俊旸 on the timeline is drawn in its own colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from viewer.gui.timeline.paint import lane_color

from .conftest import settle


def _hues(image: QImage, width: int) -> set[int]:
    """The hues (in 10° steps) of the vivid pixels in the first `width` columns (the glyphs' column)."""
    out = set()
    for y in range(image.height()):
        for x in range(width):
            c = image.pixelColor(x, y)
            if c.hsvSaturation() > 90 and c.value() > 60:
                out.add(round(c.hsvHue() / 10))
    return out


def test_a_persons_events_are_drawn_in_their_lanes_colour(qtbot, window):
    w = window
    w.resize(1280, 720)
    settle(qtbot, w)
    model, people = w.entity_model, w.people
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("林俊旸"))
    index = model.index(row, 0)
    people.list.scrollTo(index)
    qtbot.mouseClick(
        people.list.viewport(), Qt.MouseButton.LeftButton, pos=people.list.visualRect(index).center()
    )
    settle(qtbot, w)
    qtbot.waitUntil(lambda: people.tabs.isVisible() and people.events_model.rowCount() > 1)
    kind, person = index.data(Qt.ItemDataRole.UserRole)
    assert kind == "person"
    colour = lane_color(person)
    assert colour != lane_color(0), "a person whose lane is not the first colour (the link blue's look-alike)"
    hue = round(colour.hsvHue() / 10)
    canvas = w.timeline.canvas
    qtbot.waitUntil(lambda: hue in _hues(canvas.grab().toImage(), canvas.width()))  # their lane's marks
    people.tabs.setCurrentIndex(0)
    people.events_view.clearSelection()
    people.events_view.setCurrentIndex(people.events_model.index(-1, -1))
    view = people.events_view
    qtbot.waitUntil(lambda: _hues(view.viewport().grab().toImage(), 36) == {hue})


def _choose(qtbot, w, name: str) -> tuple[str, int]:
    """Click a person or organisation in the people list; their Events tab is shown."""
    model, people = w.entity_model, w.people
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(name))
    index = model.index(row, 0)
    people.list.scrollTo(index)
    rect = people.list.visualRect(index)
    qtbot.mouseClick(people.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, w)
    qtbot.waitUntil(lambda: people.tabs.isVisible() and people.events_model.rowCount() > 0)
    people.tabs.setCurrentIndex(0)
    return index.data(Qt.ItemDataRole.UserRole)


def test_the_events_take_a_lane_colour_only_while_the_timeline_has_their_lane(qtbot, window):
    """With one lane for all, or lanes by people for an organisation, no lane has their colour: the glyphs
    keep the palette's accent; lanes by organisations give an organisation's events its lane's colour."""
    w = window
    w.resize(1280, 720)
    settle(qtbot, w)
    _kind, person = _choose(qtbot, w, "林俊旸")
    view = w.people.events_view
    hue = round(lane_color(person).hsvHue() / 10)
    qtbot.waitUntil(lambda: _hues(view.viewport().grab().toImage(), 36) == {hue})
    w.timeline.lanes.setCurrentIndex(w.timeline.lanes.findData("single"))  # Lanes: one lane
    settle(qtbot, w)
    qtbot.waitUntil(lambda: hue not in _hues(view.viewport().grab().toImage(), 36))
    w.timeline.lanes.setCurrentIndex(w.timeline.lanes.findData("orgs"))
    kind, org = _choose(qtbot, w, "阿里巴巴集团")
    assert kind == "org"
    org_hue = round(lane_color(org).hsvHue() / 10)
    canvas = w.timeline.canvas
    qtbot.waitUntil(lambda: org_hue in _hues(canvas.grab().toImage(), canvas.width()))
    qtbot.waitUntil(lambda: _hues(view.viewport().grab().toImage(), 36) == {org_hue})
