"""Completions for the search box: people (with latin names) by any form of their name, and fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .repository import Repository

FIELD_WORDS = (
    "person:",
    "org:",
    "date:",
    "within:",
    "before:",
    "after:",
    "kind:direct",
    "kind:reported",
    "sort:relevance",
    "sort:date",
    "text:",
)
WHO_FIELDS = {"p": "person", "person": "person", "who": "person", "o": "org", "org": "org"}
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class Suggestion:
    """What the popup shows, and what replaces the typed text from `start` to the cursor."""

    display: str
    replacement: str
    start: int
    kind: str = ""  # person or organisation: the window says which, in its language


def suggestions(repo: Repository | None, typed: str, limit: int = 8) -> list[Suggestion]:
    """Completions for the text before the cursor."""
    if not typed or typed[-1].isspace():
        return []
    token_start = len(typed) - len(typed.split()[-1])
    token = typed[token_start:]
    field, colon, value = token.partition(":")
    if colon and field.lower() in WHO_FIELDS:
        return (
            _people(repo, value, token_start, f"{field}:", (WHO_FIELDS[field.lower()],), limit)
            if value
            else []
        )
    if colon:
        return [
            Suggestion(w, w, token_start)
            for w in FIELD_WORDS
            if w.startswith(token.lower()) and w != token.lower()
        ][:limit]
    out = [
        Suggestion(w, w, token_start) for w in FIELD_WORDS if w.startswith(token.lower()) and len(token) >= 2
    ]
    starts = [m.start() for m in _WORDS.finditer(typed)]
    for words in (3, 2, 1):
        if len(starts) < words:
            continue
        start = starts[-words]
        found = _people(repo, typed[start:], start, "", ("person", "org"), limit)
        if found:
            return (found + out)[:limit]
    return out[:limit]


def _people(
    repo: Repository | None, text: str, start: int, prefix: str, kinds: tuple[str, ...], limit: int
) -> list[Suggestion]:
    if repo is None:
        return []
    out = []
    for w in repo.find_who(text, kinds, limit=limit):
        latin = f"  {w.name_latin}" if w.name_latin and w.name_latin != w.name else ""
        kind = "organisation" if w.kind == "org" else "person"
        name = f'"{w.name}"' if " " in w.name else w.name
        field = prefix or (
            "" if w.kind == "person" and " " not in w.name else "person:" if w.kind == "person" else "org:"
        )
        replacement = f"{field}{name}"
        out.append(Suggestion(f"{w.name}{latin}", replacement, start, kind))
    return out
