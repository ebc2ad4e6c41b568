"""Full-text query building: user text never reaches MATCH unescaped."""

from __future__ import annotations

import re

from .text import fts_fold, script_forms, spaced_cjk

_WORD = re.compile(r"[^\W_]+")


def phrase(text: str) -> str:
    """One FTS5 string literal: the text in double quotes, inner quotes doubled."""
    return '"' + text.replace("\x00", "").replace('"', '""') + '"'


def match_query(term: str) -> str | None:
    """A MATCH expression for the one-token-per-CJK-character index, or None when nothing is searchable.

    Any run of Chinese characters becomes a phrase of single-character tokens, so one, two or
    twenty characters all match exactly; a trailing Latin word matches as a prefix.
    Chinese words match in either script (script_forms): 離職 is searched as 離職 or 离职.
    """
    exprs = []
    for form in script_forms(term):
        tokens = _WORD.findall(spaced_cjk(fts_fold(form)))
        if not tokens:
            continue
        expr = phrase(" ".join(tokens))
        exprs.append(expr + " *" if tokens[-1].isascii() else expr)
    if not exprs:
        return None
    return exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"


def match_spans(text: str, terms: tuple[str, ...] | list[str], limit: int = 500) -> list[tuple[int, int]]:
    """Where a search's text terms occur in a text, as the full-text index matches them:
    Chinese characters in order (punctuation between them allowed), a trailing Latin word as
    a prefix; case-insensitive. Sorted, non-overlapping, at most `limit`."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        pattern = _term_pattern(term)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
            if len(spans) >= limit:
                break
    return _merge(sorted(spans))[:limit]


def _term_pattern(term: str) -> re.Pattern[str] | None:
    """The term's forms in either script (as match_query searches them), one pattern."""
    found = [p for p in (_form_pattern(form) for form in script_forms(term)) if p]
    return re.compile("|".join(f"(?:{p})" for p in found), re.IGNORECASE) if found else None


def _form_pattern(term: str) -> str | None:
    tokens = _WORD.findall(spaced_cjk(fts_fold(term)))
    if not tokens:
        return None
    parts = [
        re.escape(t) if not t.isascii() else re.escape(t) + ("" if i == len(tokens) - 1 else r"(?![^\W_])")
        for i, t in enumerate(tokens)
    ]
    lead = r"(?<![^\W_])" if tokens[0].isascii() else ""
    return lead + r"[\W_]*".join(parts)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
