"""The hicolor PNG icons are rendered from the SVG at every size, not blank."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from viewer.desktop import ICON_SIZES
from viewer.gui.icons import render_png


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_renders_at_its_size_with_the_svgs_blue(qapp, size):
    image = QImage.fromData(render_png(size), "PNG")
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner stays transparent
    centre_left = image.pixelColor(size // 8, size // 2)
    assert centre_left.blue() > 100 and centre_left.red() < 80  # #1f4e8c
