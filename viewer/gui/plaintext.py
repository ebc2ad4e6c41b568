"""Text from data is shown as plain text, never interpreted as HTML."""

from __future__ import annotations

import html


def tooltip(text: str) -> str:
    """A tooltip that shows the characters of `text` literally (Qt would guess rich text)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text).replace("\n", "<br>") + "</p>"
