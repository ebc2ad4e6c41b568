"""A label drawn on its own band has a backing behind its text only: the band's dashed outline and the grid
lines ran through the characters of the AGI-Next summit's label (walk36 d02b, d08d), in light and dark;
the band still shows from its start, before the backing."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QImage
from viewer.gui.main_window import MainWindow
from viewer.timeline.lanes import Rect

from .conftest import search_by_keys, settle
from .test_timeline_labels_use_the_room import _labels, _repainted


def _edge_colours(image: QImage, x0: float, x1: float, band: Rect) -> Counter[str]:
    """The colours along a band's top and bottom outline (its first and last rows and beside)."""
    rows = {int(band.y) - 1, int(band.y), int(band.bottom) - 1, int(band.bottom)}
    return Counter(image.pixelColor(x, y).name() for x in range(int(x0) + 1, int(x1) - 1) for y in rows)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_label_on_its_band_is_backed_behind_its_text_only(qtbot, window: MainWindow, mode: str):
    window.set_appearance(mode)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    settle(qtbot, window)
    search_by_keys(qtbot, window, "AGI-Next")
    _repainted(qtbot, window)
    frame = window.timeline.canvas.frame
    (label,) = _labels(window)
    band = next(m for m in frame.layout.marks if m.kind == "band")
    assert label.on_band and label.text.endswith("AGI-Next前沿峰会")
    backing = label.backing
    assert band.rect.x < backing.x and label.rect.x - backing.x < 4, "the band shows from its start"
    assert backing.right - label.rect.right < 4 and backing.right < band.rect.right, "behind the text only"
    image = window.timeline.canvas.grab().toImage()
    beyond = _edge_colours(image, backing.right + 4, backing.right + 104, band.rect)
    x = int(backing.right) + 20  # the band's fill, and the lane's background around it
    plain = {image.pixelColor(x, int(band.rect.y + band.rect.h / 2)).name()}
    plain.add(window.timeline.canvas.palette().base().color().name())
    dashes = [c for c, n in beyond.most_common() if c not in plain and n >= 20]
    assert dashes, f"the band's outline, right of the text: {beyond}"
    behind = _edge_colours(image, backing.x, backing.right, band.rect)
    assert not set(dashes) & set(behind), "the band's outline runs through the text"
