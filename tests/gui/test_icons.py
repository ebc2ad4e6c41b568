"""The hicolor PNG icons are rendered from the SVG at every size, not blank."""

from __future__ import annotations

import hashlib

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


def test_the_windows_pngs_were_drawn_from_the_svg_as_it_is():
    """resources/icons was drawn from this SVG (`make icons` after changing it; the pixels themselves
    depend on the fonts of the machine that drew them, so the SVG's checksum is compared)."""
    svg = (window_png(16).parent.parent / "events-viewer.svg").read_bytes()
    recorded = (window_png(16).parent / "drawn-from.sha256").read_text(encoding="utf-8").strip()
    assert hashlib.sha256(svg).hexdigest() == recorded, "the SVG changed: run make icons"


@pytest.mark.parametrize("size", WINDOW_SIZES)
def test_each_window_png_is_the_icon_at_its_size(size):
    image = QImage(str(window_png(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() == 0
    centre_left = image.pixelColor(size // 8, size // 2)
    assert centre_left.blue() > 100 and centre_left.red() < 80  # #1f4e8c


def test_the_window_icon_comes_from_the_pngs(qapp):
    icon = window_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(WINDOW_SIZES)
