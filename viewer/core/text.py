"""Text helpers shared by the builder, the search and the extractor."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

_CJK = (
    r"\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf"
    r"\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_SPACES = re.compile(r"\s+")


@functools.cache
def _cjk(pattern: str) -> re.Pattern[str]:
    """A pattern over CJK characters, compiled when first used (~3 ms each: not at start-up)."""
    return re.compile(pattern.replace("CJK", _CJK))


def read_article_text(path: Path) -> str:
    """The article as stored for spans: UTF-8 decoded, CRLF folded to LF, nothing else changed."""
    return path.read_bytes().decode("utf-8").replace("\r\n", "\n")


def valid_text(text: str) -> str:
    """Text that can be encoded: a lone surrogate (from a bad paste or invalid UTF-8 in a
    command line) becomes U+FFFD, a surrogate pair the character it stands for."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def fold(text: str) -> str:
    """Case-, width- and accent-insensitive form for matching names and words."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold().replace("\x00", "")).strip()


def fts_fold(text: str) -> str:
    """The one normalisation of both indexed text and search terms: width and case (NFKC, casefold).

    Nothing is decomposed, so kana with voicing marks and Hangul syllables stay whole."""
    return unicodedata.normalize("NFKC", text.replace("\x00", "")).casefold()


def spaced_cjk(text: str) -> str:
    """Every CJK character as its own token, so a word index can match any run of them."""
    return _cjk("[CJK]+").sub(_space_run, text.replace("\x00", ""))


def _space_run(m: re.Match[str]) -> str:
    return " " + " ".join(m.group()) + " "


def has_cjk(text: str) -> bool:
    """True when the text holds at least one CJK character."""
    return _cjk("[CJK]").search(text) is not None


def find_all(body: str, text: str) -> list[int]:
    """Start offsets of every occurrence of text in body."""
    starts, at = [], body.find(text)
    while at >= 0 and text:
        starts.append(at)
        at = body.find(text, at + 1)
    return starts


def context(body: str, start: int, end: int, width: int = 16) -> tuple[str, str]:
    """The few characters before and after a span, kept to detect a moved anchor."""
    return body[max(0, start - width) : start], body[end : end + width]


@functools.cache
def _by_character(table: str) -> Callable[[str], str] | None:
    """OpenCC's conversion of one character at a time by one of its tables (STCharacters: Simplified to
    Traditional; TSCharacters: back), or None without OpenCC. Its standard configurations add the phrase
    tables: s2t loads in ~100 ms, the characters alone in ~1 (this runs on a search's first Chinese word)."""
    import json
    import os
    import tempfile

    try:
        import opencc
    except ImportError:  # pragma: no cover - a dependency; without it a search reads one script
        return None
    dictionary = {
        "type": "ocd2",
        "file": os.path.join(os.path.dirname(opencc.__file__), "clib", "share", "opencc", f"{table}.ocd2"),
    }
    if not os.path.isfile(dictionary["file"]):  # pragma: no cover - laid out otherwise: the standard ones
        return opencc.OpenCC("s2t" if table.startswith("ST") else "t2s").convert
    config = {
        "name": table,
        "segmentation": {"type": "mmseg", "dict": dictionary},
        "conversion_chain": [{"dict": dictionary}],
    }
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, f"{table}.json")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(config, out)
        return opencc.OpenCC(path).convert


@functools.lru_cache(maxsize=512)
def script_forms(term: str) -> tuple[str, ...]:
    """A searched term as typed, then in Simplified and in Traditional characters (each form once): the data
    is never converted, so a search for 離職 also finds 离职 printed, and 恒越 finds 恆越. Cached: the
    worker's search works the forms out before the lists ask for them to highlight matches."""
    if not _cjk("[CJK]").search(term):
        return (term,)
    forms = [term]
    for table in ("TSCharacters", "STCharacters"):
        converter = _by_character(table)
        if converter is not None:
            forms.append(converter(term))
    return tuple(dict.fromkeys(forms))
