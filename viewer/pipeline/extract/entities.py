"""People and organisations: found by titles, speech verbs, enumerations and name shapes, then
every later mention (short forms included) found with jieba and a user dictionary of the names."""
from __future__ import annotations

import re

from .lexicon import (EN_ORG_SUFFIXES, GENERIC_ORG_SUFFIXES, KNOWN_ORGS, NAME_STOP, NOT_NAMES, ORG_NOT_START, ORG_SUFFIXES,
                      SPEECH_RE, SURNAMES_1, SURNAMES_2, TITLE_RE)
from .english import NOT_FIRST_WORDS, english_names, standalone_words
from .registry import LATIN_NAME, Registry
from .segment import Span
from .words import names_as_words, words

_CJK = r"\u4e00-\u9fff"
_ORG_STEMS = "|".join(sorted((re.escape(o) for o in KNOWN_ORGS), key=len, reverse=True))
_ORG_SUFFIX = "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True))
ORG_RE = re.compile(rf"(?:{_ORG_STEMS})(?:[{_CJK}A-Za-z]{{0,6}}?(?:{_ORG_SUFFIX}))?")
SUFFIX_RE = re.compile(rf"(?:{_ORG_SUFFIX})")
EN_ORG_RE = re.compile(rf"\b(?:[A-Z][\w&.-]*\s){{1,3}}(?:{'|'.join(re.escape(x) for x in EN_ORG_SUFFIXES)})\b"
                       rf"(?:, (?:Inc|Ltd|LLC|Corp|plc|PLC|AG|SE|SA|NV)\b\.?)?"
                       rf"|\b(?:[A-Z][\w&.-]*\s){{0,3}}[A-Z][\w&-]*, (?:Inc|Ltd|LLC|Corp)\b\.?")
_TRANSLIT = rf"[{_CJK}]{{1,6}}·[{_CJK}]{{1,8}}(?:·[{_CJK}]{{1,8}})?"
ROLE_RE = re.compile(rf"(?P<title>{TITLE_RE})(?P<name>{_TRANSLIT}|{LATIN_NAME}|[{_CJK}]{{2,4}})")
TRANSLIT_RE = re.compile(rf"(?P<name>{_TRANSLIT})"
                         rf"(?:[(（](?P<latin>[A-Z][\w .'’-]{{2,40}})[)）])?")
ENUM_RE = re.compile(r"由(?P<items>[^。；;:：“”]{2,40}?)(?:共同|一起|联合|分别)")
# a Latin company name in Chinese text: 芯片公司Corvane宣布, Corvane联合创始人…, Northloom发言人
LATIN_ORG_IN_CJK = re.compile(r"(?:公司|企业|厂商|巨头|创企|机构|平台|实验室)(?P<org>[A-Z][A-Za-z0-9&.-]*[a-z][A-Za-z0-9&.-]*)"
                              r"(?![A-Za-z ])"
                              r"|(?<![A-Za-z ])(?P<org2>[A-Z][A-Za-z0-9&-]*[a-z][A-Za-z0-9&-]*)"
                              r"(?=联合创始人|创始人|首席|董事会|发言人|官网|宣布|公告)")
SPEAKER_RE = re.compile(rf"(?P<name>[{_CJK}]{{2,4}})(?:在[^，,。；;“”]{{1,12}})?(?:{SPEECH_RE})")
def chinese_name(text: str, recurs=lambda name: False, after_title: bool = False) -> str | None:
    """The Chinese name at the start of text: a surname and one or two characters, or None. A third
    character that usually starts the next word (和, 在…) still belongs to the name when the
    three-character form recurs in the article (宋清和担任…, 宋清和表示…); right after a title,
    a second character such as 亦 does too (创始人唐亦凡表示)."""
    for size in (2, 1):
        surname = text[:size]
        if (size == 2 and surname in SURNAMES_2) or (size == 1 and surname in SURNAMES_1):
            rest = text[size:size + 2]
            third_ok = len(rest) == 2 and _cjk(rest[1]) and (rest[1] not in NAME_STOP or recurs(surname + rest))
            given = rest[:2] if third_ok else rest[:1]
            if not given or not _cjk(given[0]) or (given[0] in NAME_STOP and not (after_title and third_ok)):
                continue
            name = surname + given
            if name in NOT_NAMES or any(name.startswith(n) for n in NOT_NAMES if len(n) >= 2):
                continue
            return name
    return None


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def discover(registry: Registry, spans: list[Span], skip: list[tuple[int, int]], body: str) -> None:
    """Find people and organisations in running text (outside quoted stretches)."""
    recurs = lambda name: body.count(name) >= 2  # noqa: E731
    alone = standalone_words(body)
    definite = {translit_name(m.group("name"), span.text[max(0, m.start() - 8):m.start()])
                for span in spans for m in TRANSLIT_RE.finditer(span.text) if m.group("latin")}
    for name, others in _suffix_orgs(body, spans).items():
        registry.org(name).short_forms.update(others)
    for span in spans:
        text = span.text
        outside = lambda i: not any(a <= span.start + i < b for a, b in skip)  # noqa: E731
        _roles(registry, span, outside, recurs, body, definite)
        for m in TRANSLIT_RE.finditer(text):
            if outside(m.start()):
                name = translit_name(m.group("name"), text[max(0, m.start() - 8):m.start()])
                registry.person(name if m.group("latin") else _trim_translit(name, definite), m.group("latin") or "")
        for m in ENUM_RE.finditer(text):
            _enumeration(registry, m.group("items"))
        for m in SPEAKER_RE.finditer(text):
            name = _speaker_name(m.group("name"), recurs)
            if name and outside(m.start()) and not ORG_RE.match(m.group("name")) and not _is_org(registry, name):
                registry.person(name)
        english_names(registry, span, outside, alone, lambda name: bool(ORG_RE.fullmatch(name)))
        for m in LATIN_ORG_IN_CJK.finditer(text):
            if outside(m.start()):
                registry.org(m.group("org") or m.group("org2"))
        _defined_names(registry, span)
        for m in ORG_RE.finditer(text):
            if outside(m.start()) and not _inside_name(registry, text, m.start(), body):
                registry.org(_org_name(m.group()))
    _short_names(registry, body)
    _fold_contained_orgs(registry)
    _fold_partial_names(registry)
    _honorific_forms(registry, body)
    _first_word_forms(registry, body)


_HONORIFICS = ("先生", "女士", "博士", "教授")
# 王总 is 王 the boss only when a speech verb or a pause follows (not 王总监, 王总是)
_BOSS_AFTER = "表称说透指强认介回坦，,：:在也还则对"


def _first_word_forms(registry: Registry, body: str) -> None:
    """Choi Seung-ho … Choi said: a two-word Latin name whose first word is printed on its own
    (a family name written first, or a first name) goes by it, when no one else's name has it."""
    people = registry.persons()
    for person in people:
        words = person.name.split()
        if len(words) != 2 or not re.fullmatch(LATIN_NAME, person.name) or words[0] in NOT_FIRST_WORDS:
            continue
        first = words[0]
        if any(o is not person and first in o.name.split() for o in people):
            continue
        if re.search(rf"\b{re.escape(first)}\b(?! {re.escape(words[1])})(?!['’]s? [A-Z])", body):
            person.short_forms.add(first)


def _honorific(name: str) -> bool:
    """王总, 张先生: a surname with a form of address, not a name."""
    return name.endswith(_HONORIFICS) or (len(name) == 2 and name[1] == "总")


def _honorific_forms(registry: Registry, body: str) -> None:
    """王女士, 张先生, 李总: a person by surname and honorific, when no other person in the
    article has that surname (else the form is left to nobody)."""
    by_surname: dict[str, list] = {}
    for person in registry.persons():
        name = person.name
        if person.given_only or not 2 <= len(name) <= 4 or not all(_cjk(c) for c in name):
            continue
        surname = name[:2] if len(name) >= 3 and name[:2] in SURNAMES_2 else name[:1]
        by_surname.setdefault(surname, []).append(person)
    for surname, people in by_surname.items():
        if len(people) != 1:
            continue
        people[0].short_forms.update(surname + h for h in _HONORIFICS if surname + h in body)
        if re.search(rf"{re.escape(surname)}总(?=[{_BOSS_AFTER}])", body):
            people[0].short_forms.add(surname + "总")


def _trim_translit(name: str, definite: set[str]) -> str:
    """A transliterated name without the words run on after it (马库斯·林德伯格选择离开 → 马库斯·林德伯格):
    the longest name the article prints with its Latin form that starts the run, else the run cut
    before its first everyday word."""
    known = [d for d in definite if name.startswith(d)]
    if known:
        return max(known, key=len)
    from .words import is_common_word

    first, rest = name.split("·", 1)
    kept = ""
    for word in words(rest):
        if len(word) >= 2 and is_common_word(word) and kept:
            break
        kept += word
    return f"{first}·{kept}"


def _fold_partial_names(registry: Registry) -> None:
    """首席科学家林德伯格… read as 林德伯: a Chinese-looking name that begins a transliterated
    person's last part is that person."""
    foreign = [e for e in registry.persons() if "·" in e.name]
    for person in registry.persons():
        if "·" in person.name or not all(_cjk(c) for c in person.name):
            continue
        owner = next((f for f in foreign if f.name.split("·")[-1].startswith(person.name)), None)
        if owner is not None:
            owner.roles.extend(person.roles)
            del registry.entities[person.key]


def _inside_name(registry: Registry, text: str, at: int, body: str) -> bool:
    """A company's name that starts inside a person's (任命周建华为… is not 华为)."""
    three = text[max(0, at - 2):at + 1]
    two = text[max(0, at - 1):at + 1]
    return (len(three) == 3 and chinese_name(three) == three and body.count(three) >= 2) or \
        "p:" + two in registry.entities or "p:" + three in registry.entities


def _fold_contained_orgs(registry: Registry) -> None:
    """港务集团 beside 澄州港务集团: the shorter name, ending the longer one, is its short form (when
    only one organisation's name ends so)."""
    orgs = registry.orgs()
    for short in orgs:
        longer = [o for o in orgs if o is not short and len(o.name) > len(short.name) >= 3
                  and o.name.endswith(short.name) and all(_cjk(c) for c in short.name)]
        if len(longer) == 1 and short.name not in GENERIC_ORG_SUFFIXES:
            longer[0].short_forms.add(short.name)
            longer[0].short_forms.update(short.short_forms)
            del registry.entities[short.key]


def _short_names(registry: Registry, body: str) -> None:
    """宏硕光电 … 宏硕10日…: a company of four or more characters goes by its first two, when the
    article uses them more often than the full name and they are no dictionary word (not 中国),
    and no other organisation's name starts with them (澄州日报, 澄州港务集团: 澄州 is a place)."""
    from .words import is_common_word

    starts: dict[str, int] = {}
    for org in registry.orgs():
        starts[org.name[:2]] = starts.get(org.name[:2], 0) + 1
    for org in registry.orgs():
        name = org.name
        first = name.split()[0] if " " in name else ""
        if first and first[0].isupper() and first not in NOT_FIRST_WORDS and len(first) > 2:
            if len(re.findall(rf"\b{re.escape(first)}\b", body)) > body.count(name):
                org.short_forms.add(first)
            continue
        if len(name) < 4 or not all(_cjk(c) for c in name[:4]):
            continue
        short = name[:2]
        if not is_common_word(short) and short not in NOT_NAMES and body.count(short) > body.count(name) \
                and starts[short] == 1:
            org.short_forms.add(short)


def _employer(before_title: str, body: str) -> str:
    """The organisation printed just before a title (宏硕光电|执行长), when the article names it
    again elsewhere and it is not a single common word (公司, 集团)."""
    from .words import is_common_word

    name = before_title.strip()
    if not 2 <= len(name) <= 8 or not all(_cjk(c) for c in name) or name[-1] in ORG_NOT_START:
        return ""
    if name in NOT_NAMES or is_common_word(name) or body.count(name) < 2:
        return ""
    return name


def translit_name(run: str, before: str = "") -> str:
    """A transliterated name without the words run into its first part (首席执行官山姆·… → 山姆·…);
    `before` is the text just ahead of the run, so a title cut in two is still seen."""
    first, rest = run.split("·", 1)
    context = before + first
    cut = max((m.end() for m in re.finditer(rf"{TITLE_RE}|[的和与及是在被由对向、]", context)), default=0)
    cut = max(0, cut - len(before))
    return first[cut:] + "·" + rest if cut < len(first) else run


_DEFINED_AS = re.compile(r"[（(]\s*(?:以下简称|以下称|下称|简称|下同|hereafter|hereinafter)\s*[:：]?\s*"
                         r"[“「\"‘]?(?P<short>[^”」\"’（）()]{1,12}?)[”」\"’]?\s*[)）]")


def _defined_names(registry: Registry, span: Span) -> None:
    """恒越科技集团（下称「恒越」）: the short name stands for the organisation named just before it."""
    for m in _DEFINED_AS.finditer(span.text):
        before = span.text[:m.start()]
        owners = [e for e in registry.orgs() if any(before.endswith(f) for f in {e.name} | e.short_forms)]
        if owners:
            owner = max(owners, key=lambda e: max(len(f) for f in {e.name} | e.short_forms if before.endswith(f)))
            owner.short_forms.add(m.group("short"))


_COLLECTIVE = ("方面", "官方", "人士", "负责人", "发言人", "媒体", "网友", "员工", "高层", "内部")


def _speaker_name(run: str, recurs) -> str | None:
    """The name just before a speech verb: the last three or two characters of the run (none when
    a collective speaks: 海川汽车方面回应称 is the company, not a 车方面)."""
    run = re.sub(r"(?:向|对|跟|和|告诉|接受)记者$", "", run)
    if len(run) < 2 or run.endswith(_COLLECTIVE):
        return None
    for size in (3, 2):
        if len(run) >= size:
            name = chinese_name(run[-size:], recurs)
            if name == run[-size:] and not _honorific(name):
                return name
    return None


def _is_org(registry: Registry, name: str) -> bool:
    return any(e.kind == "org" and name in e.name for e in registry.entities.values())


def _suffix_orgs(body: str, spans: list[Span]) -> dict[str, set[str]]:
    """Organisations named by a suffix (科技, 公司, 董事会, Robotics, Capital…), with the other forms
    they go by. Of the ways to cut a name off the words before it, the one the article repeats
    most (星河智能, not 加入星河智能); before 公司 or 集团 the whole word from its start, named without
    the suffix when the article mostly does so (青禾机器人公司 → 青禾机器人)."""
    found: dict[str, set[str]] = {}
    for span in spans:
        for m in SUFFIX_RE.finditer(span.text):
            named = _generic_cut(span.text, m, body) if m.group() in GENERIC_ORG_SUFFIXES else \
                _repeated_cut(span.text, m, body)
            if named:
                found.setdefault(named[0], set()).update(named[1:])
        for m in EN_ORG_RE.finditer(span.text):
            found.setdefault(m.group(), set())
    return found


def _cuts(text: str, m: re.Match) -> list[int]:
    """Where an organisation's name ending at the suffix m could start (nearest first)."""
    starts = []
    for size in range(2, 9):
        start = m.start() - size
        if start < 0 or not all(_cjk(c) or c.isalnum() for c in text[start:m.start()]):
            break
        if text[start] not in ORG_NOT_START:
            starts.append(start)
    return starts


def _repeated_cut(text: str, m: re.Match, body: str) -> tuple[str, ...] | None:
    best, best_n = None, 0
    for start in _cuts(text, m):
        name = text[start:m.end()]
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
    from .words import is_common_word

    parts = words(stem)
    return bool(parts) and all(len(w) >= 2 and is_common_word(w) for w in parts)


def _unknown_word_before(text: str, end: int) -> str:
    """The characters just before `end` that the dictionary knows no word for (机器人企业远拓|科技 →
    远拓): a name seen once, cut off the common words before it."""
    run = ""
    for word in reversed(words(text[max(0, end - 8):end])):
        if len(word) != 1 or not _cjk(word) or word in ORG_NOT_START:
            break
        run = word + run
    return run if len(run) >= 2 else ""


def _generic_cut(text: str, m: re.Match, body: str) -> tuple[str, ...] | None:
    starts = [s for s in _cuts(text, m) if s == 0 or not (_cjk(text[s - 1]) or text[s - 1].isalnum())
              or text[s - 1] in ORG_NOT_START]
    if not starts:
        return None
    full = text[starts[-1]:m.end()]
    stem = full[:-len(m.group())]
    if not all(_cjk(c) or c.isalpha() for c in stem) or any(c in ORG_NOT_START for c in stem):
        return None
    if m.group() == "公司" and _everyday_words(stem):
        return None
    full_n, stem_n = body.count(full), body.count(stem)
    if stem_n > full_n and stem_n >= 2:
        return stem, full
    return (full,) if full_n >= 2 or starts[-1] == 0 else None


def _roles(registry: Registry, span: Span, outside, recurs, body: str, definite: set[str]) -> None:
    for m in ROLE_RE.finditer(span.text):
        if not outside(m.start()):
            continue
        raw = m.group("name")
        name = _trim_translit(translit_name(raw), definite) if "·" in raw else raw if re.fullmatch(LATIN_NAME, raw) else \
            chinese_name(raw, recurs, after_title=True)
        if not name:
            continue
        start = _role_start(span.text, m.start())
        org = _org_before(span.text, start, m.start()) or _employer(span.text[start:m.start()], body)
        if org:
            registry.org(org)
        registry.person(name).roles.append((m.group("title"), org,
                                            Span(span.start + start, span.start + m.start("name"),
                                                 span.text[start:m.start("name")])))


def _role_start(text: str, title_at: int) -> int:
    """Where a role phrase begins: back over its organisation and qualifiers to a delimiter."""
    i = title_at
    while i > 0 and text[i - 1] not in "，,。；;：:、（）()“”「」 \u3000\n的▲" and title_at - i < 24:
        i -= 1
    return i


def _org_before(text: str, start: int, title_at: int) -> str:
    m = ORG_RE.search(text[start:title_at])
    return _org_name(m.group()) if m else ""


def _enumeration(registry: Registry, items: str) -> None:
    """由A,B,C共同…: when one item is a person, the others of a name's shape are too."""
    parts = [p.strip() for p in re.split(r"[,，、和与及]", items) if p.strip()]
    names = [p for p in parts if 2 <= len(p) <= 3 and all(_cjk(c) for c in p) and p not in NOT_NAMES]
    if any(chinese_name(p) == p for p in names) and len(names) >= 2:
        for p in names:
            registry.person(p, given_only=chinese_name(p) != p)


def _org_name(text: str) -> str:
    return text.strip()


def find_mentions(registry: Registry, spans: list[Span]) -> None:
    """Every mention of every known spelling. Chinese names are found among jieba's words, with the
    names added to its user dictionary (so 林俊旸 is one word, not 林/俊/旸, and 吴嘉 is not found
    inside 吴嘉文); Latin names and organisations by their text."""
    forms = registry.forms()
    if not forms:
        return
    cjk = {f: e for f, e in forms.items() if e.kind == "person" and all(_cjk(c) or c == "·" for c in f)}
    others = sorted((f for f in forms if f not in cjk), key=len, reverse=True)
    other_re = re.compile("|".join(rf"(?<![A-Za-z]){re.escape(f)}(?![A-Za-z])" for f in others)) if others else None
    with names_as_words(cjk) as tk:
        for span in spans:
            for word, start, end in tk.tokenize(span.text):
                if word in cjk:
                    cjk[word].mentions.append(Span(span.start + start, span.start + end, word))
    for span in spans:
        if other_re is not None:
            for m in other_re.finditer(span.text):
                forms[m.group()].mentions.append(Span(span.start + m.start(), span.start + m.end(), m.group()))
    for e in registry.entities.values():
        e.mentions.sort(key=lambda s: s.start)
