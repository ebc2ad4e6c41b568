"""Colours come from the palette and stay readable, light or dark, and follow a change (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from viewer.gui import appearance
from viewer.gui.colours import AA, contrast, highlights, ink

from .conftest import settle


@pytest.fixture
def restore_appearance():
    yield
    appearance.apply("system")


def _light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def test_contrast_is_the_wcag_ratio():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


@pytest.mark.parametrize("palette", [_light(), appearance.dark_palette()], ids=["light", "dark"])
def test_every_highlight_reads_with_the_palettes_text(palette):
    h = highlights(palette)
    assert h.text == palette.color(QPalette.ColorRole.Text)
    for background in (h.primary, h.secondary, h.match):
        assert contrast(h.text, background) >= AA
    assert contrast(ink(palette), palette.color(QPalette.ColorRole.Base)) >= 3.0


def _article_colours(window):
    return [
        (s.format.background().color(), s.format.foreground().color())
        for s in window.article.text.extraSelections()
    ]


def test_switching_to_dark_while_running_recolours_the_article(qtbot, window, restore_appearance):
    window.controller.choose_quote(3)
    settle(qtbot, window)
    light = _article_colours(window)
    assert light
    window.appearance_actions["dark"].trigger()
    qtbot.waitUntil(lambda: _article_colours(window) != light, timeout=2000)
    dark = _article_colours(window)
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    assert text.lightness() > 200, "the dark palette is in use"
    assert dark != light and all(fg == text and contrast(fg, bg) >= AA for bg, fg in dark)
    assert window.settings.value("appearance") == "dark"
    window.appearance_actions["light"].trigger()
    qtbot.waitUntil(lambda: _article_colours(window) != dark, timeout=2000)
    again = _article_colours(window)
    assert all(contrast(fg, bg) >= AA for bg, fg in again) and again != dark


def test_highlights_follow_a_palette_changed_in_place():
    """Highlights are kept per palette (a list asks once per cell painted), never past a change of it."""
    palette = _light()
    before = highlights(palette)
    assert highlights(palette) is before
    palette.setColor(QPalette.ColorRole.Text, QColor("#202080"))
    after = highlights(palette)
    assert after.text == QColor("#202080") != before.text
    assert contrast(after.text, after.match) >= AA


def test_timeline_outlines_stand_out_from_the_dark_palettes_base_as_from_the_light():
    from viewer.gui.appearance import dark_palette
    from viewer.gui.timeline.paint import PALETTE, WHITE, edge

    dark = dark_palette().color(QPalette.ColorRole.Base)
    for color in PALETTE:
        assert contrast(edge(color, dark), dark) >= 3.0, color.name()  # WCAG's ratio for graphics
        assert contrast(edge(color, WHITE), WHITE) >= 3.0, color.name()
