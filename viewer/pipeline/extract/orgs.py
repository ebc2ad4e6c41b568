"""Organisations named by a suffix (科技, 公司, 集团…): where the name starts, and which cut the
article uses."""

from __future__ import annotations

import re

from .lexicon import EN_ORG_SUFFIXES, GENERIC_ORG_SUFFIXES, ORG_NOT_START, ORG_SUFFIXES
from .segment import Span, is_cjk
from .words import is_common_word, words

ORG_SUFFIX = "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True))
SUFFIX_RE = re.compile(rf"(?:{ORG_SUFFIX})")
# titles printed after a body's name, before its holder's: the Ministry of Health Minister Jane Doe
_HOLDERS = (
    r"(?:Minister|Secretary|Director|Chief|President|Commissioner|Chairman|Chair|Spokesman|Spokeswoman)\b"
)
_OF_WHAT = rf"(?!{_HOLDERS})[A-Z][\w&-]*(?: (?!{_HOLDERS})[A-Z][\w&-]*)?"
# the office holder a body's name may print before its suffix (St. Johns County Sheriff's Office)
_OFFICE_HOLDER = (
    r"(?:Sheriff|Attorney|Governor|Mayor|Coroner|Marshal|Prosecutor|Clerk|Commissioner|Auditor|Treasurer"
    r"|Assessor|Recorder|Controller|Solicitor|Examiner)"
)
_SUFFIXES = "|".join(re.escape(x) for x in EN_ORG_SUFFIXES)
EN_ORG_RE = re.compile(
    # a word ending a sentence is none of the name's (…arrested on Friday. Police Chief …)
    # (Chippewa Falls Fire and Emergency Services Department: "and" between two of its words)
    rf"\b(?!(?:A|An)\s)(?:[A-Z][\w&.-]*(?<![a-z]{{3}}\.)\s(?:and\s(?=[A-Z]))?){{1,3}}"
    rf"(?:[A-Z][\w&.-]*\s){{0,2}}(?:{_OFFICE_HOLDER}['’]s\s)?(?:{_SUFFIXES})\b"
    rf"(?:-[A-Z][a-z]+\b)?"  # two papers' names joined: The Atlanta Journal-Constitution, Times-Dispatch
    rf"(?: of(?: the)? {_OF_WHAT}(?: and {_OF_WHAT})?\b)?"  # Bureau of Investigation, Ministry of Lands and …
    rf"(?:, (?:Inc|Ltd|LLC|Corp|plc|PLC|AG|SE|SA|NV)\b\.?)?"
    rf"|\b(?:[A-Z][\w&.-]*\s){{0,3}}[A-Z][\w&-]*, (?:Inc|Ltd|LLC|Corp)\b\.?"
)


def suffix_orgs(body: str, spans: list[Span]) -> dict[str, set[str]]:
    """Organisations named by a suffix (科技, 公司, 董事会, Robotics, Capital…), with the other forms
    they go by. Of the ways to cut a name off the words before it, the one the article repeats
    most (星河智能, not 加入星河智能); before 公司 or 集团 the whole word from its start, named without
    the suffix when the article mostly does so (青禾机器人公司 → 青禾机器人)."""
    found: dict[str, set[str]] = {}
    for span in spans:
        for m in SUFFIX_RE.finditer(span.text):
            named = (
                _generic_cut(span.text, m, body)
                if m.group() in GENERIC_ORG_SUFFIXES
                else _repeated_cut(span.text, m, body)
            )
            if named:
                name = _SCENE_OPENING.sub("", named[0])  # 会中社会局家防中心提出…: 社会局家防中心
                found.setdefault(name, set()).update(named[1:])
        for m in EN_ORG_RE.finditer(span.text):
            name = _without_the(last_sentence(m.group()))
            if " " in name:  # "The Ministry said": a body named by its kind alone
                found.setdefault(name, set())
    return found


# a paper's name keeps its article (The New York Times, The Canadian Press); a body's does not
_PAPER_ENDS = ("Times", "Post", "Journal", "Press", "News", "Herald", "Tribune", "Telegraph", "Star")


# a full stop after a word that is no abbreviation before a name (St. Louis, Dr. Smith, Gen. Lee)
_SENTENCE_END = re.compile(
    r"(?<!\b(?:St|Mt|Ft|Dr|Mr|Ms)\.)(?<!\b(?:Gen|Sgt|Gov|Sen|Rep|Rev)\.)(?<!\bLt\.)(?<=[a-z]\.)\s+"
)


# words that set a scene before a clause's subject, never the start of a body's name
_SCENE_OPENING = re.compile(r"^(?:会中|会上|会后|席间|其中|此外|另外|同时|随后)")


def last_sentence(words: str) -> str:
    """Capitalised words that run over a sentence's end, from the last sentence only ("…detained John Hill
    Jr. Police say": Police)."""
    return _SENTENCE_END.split(words)[-1]


def _without_the(name: str) -> str:
    """ "The Environment Agency said": the agency is named Environment Agency."""
    paper = name.endswith(_PAPER_ENDS) or name.split("-")[0].endswith(_PAPER_ENDS)  # The Times-Dispatch
    return name[4:] if name.startswith("The ") and not paper else name


# verbs of a headline, never inside a company's name: 周建华任港务集团董事长 names no 周建华任港务集团
_NEWS_VERB = re.compile(r"任|辞|离职|获|宣布|加入|聘|请")


def _cuts(text: str, m: re.Match) -> list[int]:
    """Where an organisation's name ending at the suffix m could start (nearest first)."""
    starts = []
    for size in range(2, 9):
        start = m.start() - size
        if start < 0 or not all(is_cjk(c) or c.isalnum() for c in text[start : m.start()]):
            break
        if text[start] not in ORG_NOT_START:
            starts.append(start)
    return starts


def _repeated_cut(text: str, m: re.Match, body: str) -> tuple[str, ...] | None:
    best, best_n = None, 0
    for start in _cuts(text, m):
        name = text[start : m.end()]
        n = body.count(name)
        if n >= best_n:
            best, best_n = name, n
    at_start = best is not None and m.end() - len(best) == 0
    if best and (best_n >= 2 or at_start):
        return (best,)
    unknown = _unknown_word_before(text, m.start())
    return (unknown + m.group(),) if unknown else None


def _everyday_words(stem: str) -> bool:
    """离开|公司, 按照|公司, 芯片|公司: words before 公司 that are all everyday words name no company."""
    parts = words(stem)
    return bool(parts) and all(len(w) >= 2 and is_common_word(w) for w in parts)


def _unknown_word_before(text: str, end: int) -> str:
    """The characters just before `end` that the dictionary knows no word for (机器人企业远拓|科技 →
    远拓): a name seen once, cut off the common words before it."""
    run = ""
    for word in reversed(words(text[max(0, end - 8) : end])):
        if len(word) != 1 or not is_cjk(word) or word in ORG_NOT_START:
            break
        run = word + run
    return run if len(run) >= 2 else ""


def _generic_cut(text: str, m: re.Match, body: str) -> tuple[str, ...] | None:
    starts = [
        s
        for s in _cuts(text, m)
        if s == 0 or not (is_cjk(text[s - 1]) or text[s - 1].isalnum()) or text[s - 1] in ORG_NOT_START
    ]
    if not starts:
        return None
    full = text[starts[-1] : m.end()]
    stem = full[: -len(m.group())]
    if not all(is_cjk(c) or c.isalpha() for c in stem) or any(c in ORG_NOT_START for c in stem):
        return None
    if m.group() == "公司" and _everyday_words(stem):
        return None
    full_n, stem_n = body.count(full), body.count(stem)
    if stem_n > full_n and stem_n >= 2:
        return stem, full
    at_line_start = starts[-1] == 0 and len(stem) <= 6 and not _NEWS_VERB.search(stem)
    return (full,) if full_n >= 2 or at_line_start else None
