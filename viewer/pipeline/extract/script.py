"""Chinese text read in the other script (Traditional as Simplified, or back), one character for one, so
every offset still holds."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc  # imported on first use: start-up stays light

    return opencc.OpenCC(config)


def traditional(text: str) -> str:
    """The text with each Simplified character replaced by its Traditional form (same length)."""
    return _one_for_one(text, "s2t")


def simplified(text: str) -> str:
    """The text with each Traditional character replaced by its Simplified form (same length)."""
    return _one_for_one(text, "t2s")


def _one_for_one(text: str, config: str) -> str:
    """The text converted by OpenCC's `config`, character by character (a character whose form would
    take more or fewer characters stays)."""
    chars = {c for c in text if "\u3400" <= c <= "\u9fff"}
    if not chars:
        return text
    converter = _converter(config)
    joined = "".join(sorted(chars))
    converted = converter.convert(joined)
    if len(converted) == len(joined):
        table = {ord(a): b for a, b in zip(joined, converted, strict=True) if a != b}
    else:
        table = {ord(c): s for c in chars if len(s := converter.convert(c)) == 1 and s != c}
    return text.translate(table) if table else text
