"""Full-text query building: user text never reaches MATCH unescaped."""
from __future__ import annotations

import re

from .text import fold, spaced_cjk

_WORD = re.compile(r"[^\W_]+")


def phrase(text: str) -> str:
    """One FTS5 string literal: the text in double quotes, inner quotes doubled."""
    return '"' + text.replace("\x00", "").replace('"', '""') + '"'


def match_query(term: str) -> str | None:
    """A MATCH expression for the one-token-per-CJK-character index, or None when nothing is searchable.

    Any run of Chinese characters becomes a phrase of single-character tokens, so one, two or
    twenty characters all match exactly; a trailing Latin word matches as a prefix.
    """
    tokens = _WORD.findall(spaced_cjk(fold(term)))
    if not tokens:
        return None
    expr = phrase(" ".join(tokens))
    if tokens[-1].isascii():
        expr += " *"
    return expr
