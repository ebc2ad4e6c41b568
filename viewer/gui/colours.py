"""Colours derived from the palette, text and background together, readable by WCAG AA (4.5:1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

AA = 4.5


def luminance(c: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable_behind(text: QColor, background: QColor, minimum: float = AA) -> QColor:
    """The background, made lighter or darker (away from the text) until the text reads on it."""
    return _stepped(background, luminance(text) <= 0.5, lambda c: contrast(text, c) >= minimum)


def distinct_beside(colour: QColor, backgrounds: list[QColor], minimum: float = 3.0) -> QColor:
    """The colour, made lighter (on dark backgrounds) or darker (on light) until it stands out from each
    background by the minimum contrast (WCAG's 3:1 for what is not text, such as a focus indicator)."""
    lighter = max(luminance(b) for b in backgrounds) < 0.2
    return _stepped(colour, lighter, lambda c: min(contrast(c, b) for b in backgrounds) >= minimum)


def _stepped(colour: QColor, lighter: bool, good: Callable[[QColor], bool]) -> QColor:
    """The colour, its lightness stepped up (or down) until good() holds of it, or as far as it goes."""
    out = QColor(colour)
    for _ in range(60):
        if good(out):
            return out
        lightness = out.lightnessF()
        lightness = min(1.0, lightness + 0.03) if lighter else max(0.0, lightness - 0.03)
        out = QColor.fromHslF(out.hslHueF(), out.hslSaturationF(), lightness, out.alphaF())
    return out


def focus_ring(palette: QPalette) -> QColor:
    """The frame shown round a pane holding the keyboard: the palette's highlight, made to stand out
    (3:1) from both the window around it and the base inside it."""
    role = QPalette.ColorRole
    around = [palette.color(role.Window), palette.color(role.Base)]
    return distinct_beside(palette.color(role.Highlight), around)


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark base."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True)
class Highlights:
    """The article's highlight colours: the chosen span, its other places, search matches; one text colour."""

    text: QColor
    primary: QColor
    secondary: QColor
    match: QColor


_HIGHLIGHTS: dict[int, Highlights] = {}


def highlights(palette: QPalette) -> Highlights:
    """Highlight colours for a palette: amber for the chosen span, pale for its other places, blue for
    matches — each darkened (dark palette) or lightened (light) until the palette's text reads on it.
    Kept per palette (its cacheKey changes with any of its colours): a list asks once per cell painted."""
    key = palette.cacheKey()
    found = _HIGHLIGHTS.get(key)
    if found is None:
        if len(_HIGHLIGHTS) >= 16:
            _HIGHLIGHTS.clear()
        found = _HIGHLIGHTS[key] = _derive_highlights(palette)
    return found


def _derive_highlights(palette: QPalette) -> Highlights:
    text = palette.color(QPalette.ColorRole.Text)
    if is_dark(palette):
        hues = (QColor(128, 92, 0), QColor(88, 70, 24), QColor(28, 68, 118))
    else:
        hues = (QColor(255, 214, 102), QColor(255, 238, 190), QColor(190, 225, 255))
    primary, secondary, match = (readable_behind(text, c) for c in hues)
    return Highlights(text, primary, secondary, match)


def ink(palette: QPalette) -> QColor:
    """The accent for date glyphs: the palette's link colour, readable on its base."""
    base = palette.color(QPalette.ColorRole.Base)
    link = palette.color(QPalette.ColorRole.Link)
    return link if contrast(link, base) >= 3.0 else palette.color(QPalette.ColorRole.Text)
