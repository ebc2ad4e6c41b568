"""Text helpers shared by the builder, the search and the extractor."""

from __future__ import annotations

import functools
import re
import unicodedata
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


def same_script(text: str) -> str:
    """Traditional characters read as their Simplified forms, one for one so every offset holds: the text
    index and a search's terms both folded so, 報導 finds 报导 and 报导 finds 報導."""
    return text.translate(_to_simplified())


@functools.cache
def _to_simplified() -> dict[int, int]:
    """The folding table, loaded on the first search (~1 ms)."""
    from .script_table import SIMPLIFIED, TRADITIONAL

    return str.maketrans(TRADITIONAL, SIMPLIFIED)


def spaced_cjk(text: str) -> str:
    """Every CJK character as its own token, so a word index can match any run of them."""
    return _cjk("[CJK]+").sub(_space_run, text.replace("\x00", ""))


def _space_run(m: re.Match[str]) -> str:
    return " " + " ".join(m.group()) + " "


# the marks nested inside a pair of each kind, as English and Chinese style nest them (“…‘…’…”, 「…『…』…」)
_NESTED = {"“”": str.maketrans("“”", "‘’"), "「」": str.maketrans("「」", "『』")}


def nest_marks(text: str, marks: str) -> str:
    """Words to go inside a pair of quote marks (“”, 「」), their own marks of that kind made the inner."""
    return text.translate(_NESTED.get(marks, {}))


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
