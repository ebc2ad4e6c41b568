"""Full-text query building: user text never reaches MATCH unescaped."""

from __future__ import annotations

import re

from .text import fts_fold, same_script, spaced_cjk

_WORD = re.compile(r"[^\W_]+")


def phrase(text: str) -> str:
    """One FTS5 string literal: the text in double quotes, inner quotes doubled."""
    return '"' + text.replace("\x00", "").replace('"', '""') + '"'


def match_query(term: str) -> str | None:
    """A MATCH expression for the one-token-per-CJK-character index, or None when nothing is searchable.

    Any run of Chinese characters becomes a phrase of single-character tokens, so one, two or
    twenty characters all match exactly, in either script; a trailing Latin word matches as a prefix.
    """
    printed = _WORD.findall(spaced_cjk(fts_fold(term)))
    if not printed:
        return None
    folded = [same_script(t) for t in printed]
    if folded == printed:
        return _phrase_of(printed)
    # both scripts as one (報導 as 报导), and as typed for an index built before they were folded
    return f"({_phrase_of(folded)} OR {_phrase_of(printed)})"


def _phrase_of(tokens: list[str]) -> str:
    """The tokens as one phrase, the last a prefix when it is a Latin word."""
    return phrase(" ".join(tokens)) + (" *" if tokens[-1].isascii() else "")


def match_spans(text: str, terms: tuple[str, ...] | list[str], limit: int = 500) -> list[tuple[int, int]]:
    """Where a search's text terms occur in a text, as the full-text index matches them:
    Chinese characters in order (punctuation between them allowed) in either script, a trailing
    Latin word as a prefix; case-insensitive. Sorted, non-overlapping, at most `limit`."""
    spans: list[tuple[int, int]] = []
    folded = same_script(text)  # one for one: its offsets are the text's
    for term in terms:
        pattern = term_pattern(term)
        if pattern is None:
            continue
        for m in pattern.finditer(folded):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
            if len(spans) >= limit:
                break
    return _merge(sorted(spans))[:limit]


def term_tokens(term: str) -> list[str]:
    """The tokens of a term as the index reads them (casefolded, one script, a CJK character each)."""
    return _WORD.findall(spaced_cjk(same_script(fts_fold(term))))


def term_pattern(term: str) -> re.Pattern[str] | None:
    """A pattern finding a term in a text folded by same_script, as the full-text index matches it
    (None when nothing in it is searchable)."""
    tokens = term_tokens(term)
    if not tokens:
        return None
    parts = [
        re.escape(t) if not t.isascii() else re.escape(t) + ("" if i == len(tokens) - 1 else r"(?![^\W_])")
        for i, t in enumerate(tokens)
    ]
    lead = r"(?<![^\W_])" if tokens[0].isascii() else ""
    return re.compile(lead + r"[\W_]*".join(parts), re.IGNORECASE)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
