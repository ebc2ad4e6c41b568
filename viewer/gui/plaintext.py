"""Text from data is shown as plain text, never interpreted as HTML; Python and Qt positions in it."""

from __future__ import annotations

TIP_COLUMNS = 72  # a tooltip's lines up to this many columns (a Chinese character two) stay whole
TIP_WIDTH = 480  # pixels a tooltip with longer lines wraps them to (some 70 Latin letters, 35 Chinese)


def tooltip(text: str) -> str:
    """A tooltip that shows the characters of `text` literally (Qt would guess rich text), its lines
    whole, or wrapped at a readable width when long (Qt wrapped “California Department of Forestry and
    Fire Protection” to three lines of a 109 px box)."""
    import html  # (not loaded before the window's first page of quotes, which needs no tooltip: ~1.7 ms)

    lines = text.split("\n")
    shown = "<br>".join(html.escape(line) for line in lines)
    if max(_columns(line) for line in lines) <= TIP_COLUMNS:
        return f"<p style='white-space:pre'>{shown}</p>"
    return f"<table width={TIP_WIDTH}><tr><td style='white-space:pre-wrap'>{shown}</td></tr></table>"


def _columns(line: str) -> int:
    """How many columns a line takes: a wide (East Asian) character two."""
    return len(line) + sum(1 for ch in line if ord(ch) >= 0x1100 and _wide(ch))


def _wide(ch: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(ch) in ("W", "F")


def qt_position(text: str, index: int) -> int:
    """A Python string index as a Qt (UTF-16) position: characters beyond the BMP count twice."""
    if text.isascii():
        return index
    # Counted by the codec, not a character at a time (an article's highlights ask twice per match).
    before = text[:index]
    return index + len(before.encode("utf-16-le", "surrogatepass")) // 2 - len(before)


def python_index(text: str, position: int) -> int:
    """A Qt (UTF-16) position in text as a Python string index (qt_position's inverse)."""
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
