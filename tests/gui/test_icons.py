"""The hicolor PNG icons are rendered from the SVG at every size, not blank."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from viewer.desktop import ICON_SIZES
from viewer.gui.icons import WINDOW_SIZES, render_png, window_icon, window_png


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_renders_at_its_size_with_the_svgs_blue(qapp, size):
    image = QImage.fromData(render_png(size), "PNG")
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent
    centre_left = image.pixelColor(size // 8, size // 2)
    assert centre_left.blue() > 100 and centre_left.red() < 80  # #1f4e8c


@pytest.mark.parametrize("size", WINDOW_SIZES)
def test_the_windows_pngs_are_the_svg_rendered(qapp, size):
    """resources/icons holds the SVG drawn at each window size (`make icons` after changing the SVG)."""
    committed = QImage(str(window_png(size)))
    drawn = QImage.fromData(render_png(size), "PNG")
    assert (committed.width(), committed.height()) == (size, size)
    pairs = [
        (committed.pixelColor(x, y).getRgb(), drawn.pixelColor(x, y).getRgb())
        for x in range(size)
        for y in range(size)
    ]
    worst = max(abs(a - b) for one, other in pairs for a, b in zip(one, other, strict=True))
    assert worst <= 8, "the committed PNG no longer matches the SVG: run make icons"


def test_the_window_icon_comes_from_the_pngs(qapp):
    icon = window_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(WINDOW_SIZES)
