"""Text from data is shown as plain text, never interpreted as HTML; Python and Qt positions in it."""

from __future__ import annotations


def tooltip(text: str) -> str:
    """A tooltip that shows the characters of `text` literally (Qt would guess rich text)."""
    import html  # (not loaded before the window's first page of quotes, which needs no tooltip: ~1.7 ms)

    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"


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
