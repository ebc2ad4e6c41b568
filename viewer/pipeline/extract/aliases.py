"""The other names people and organisations go by in one article: short names, forms of address,
a family name written first; and the false ones folded into the right entity."""

from __future__ import annotations

import re
from collections import Counter

from ...core.names import JAPANESE_SURNAMES
from .english import NOT_FIRST_WORDS
from .lexicon import GENERIC_ORG_SUFFIXES, NOT_NAMES, SURNAMES_2
from .registry import LATIN_NAME, Registry, is_title
from .segment import is_cjk
from .words import is_common_word, words


def settle_names(registry: Registry, body: str) -> None:
    """Once everyone is found: short names, folded duplicates, forms of address."""
    short_names(registry, body)
    police_forms(registry, body)
    acronym_forms(registry, body)
    fold_contained_orgs(registry)
    fold_partial_names(registry)
    fold_titled_surnames(registry)
    honorific_forms(registry, body)
    first_word_forms(registry, body)


_HONORIFICS = ("先生", "女士", "博士", "教授")
# 王总 is 王 the boss only when a speech verb or a pause follows (not 王总监, 王总是)
_BOSS_AFTER = "表称说透指强认介回坦，,：:在也还则对"


def first_word_forms(registry: Registry, body: str) -> None:
    """Choi Seung-ho … Choi said: a two-word Latin name whose first word is printed on its own
    (a family name written first, or a first name) goes by it, when no one else's name has it; so
    does a three-word one whose first word is printed after Mr or Ms (Teo Chee Hean … Mr Teo: a
    Chinese name in its own order) or alone while its last never is (Abdullah Ahmad Badawi … Abdullah
    replied: a Malay name)."""
    people = registry.persons()
    in_names = Counter(word for p in people for word in set(p.name.split()))
    alone = Counter(re.findall(r"\b([A-Z][\w-]*)\b(?!(?:['’]s)? [A-Z])", body))
    addressed = Counter(re.findall(r"\b(?:Mr|Mrs|Ms|Mdm|Madam)\.? ([A-Z][\w-]*)\b(?!(?:['’]s)? [A-Z])", body))
    for person in people:
        parts = person.name.split()
        if (
            not re.fullmatch(LATIN_NAME, person.name)
            or parts[0] in NOT_FIRST_WORDS
            or in_names[parts[0]] != 1
        ):
            continue
        last_alone = alone[parts[-1]] - body.count(person.name)  # Badawi, not in Abdullah Ahmad Badawi
        by_first = addressed[parts[0]] or (alone[parts[0]] and last_alone <= 0)
        if (len(parts) == 2 and alone[parts[0]]) or (len(parts) == 3 and by_first):
            person.short_forms.add(parts[0])


def honorific(name: str) -> bool:
    """王总, 张先生: a surname with a form of address, not a name."""
    return name.endswith(_HONORIFICS) or (len(name) == 2 and name[1] == "总")


def honorific_forms(registry: Registry, body: str) -> None:
    """王女士, 张先生, 李总, 梁主任 (a title the person holds), 陈揆 (the premier): a person by surname and
    honorific, when no other person in the article has that surname (else the form is left to nobody) and the
    form of address is first printed after the name."""
    by_surname: dict[str, list] = {}
    for person in registry.persons():
        name = person.name
        if person.given_only or not 2 <= len(name) <= 4 or not all(is_cjk(c) for c in name):
            continue
        surname = name[:2] if len(name) >= 3 and name[:2] in SURNAMES_2 else name[:1]
        by_surname.setdefault(surname, []).append(person)
    for surname, people in by_surname.items():
        premiers = [p for p in people if any(title.endswith("行政院长") for title, _, _ in p.roles)]
        if len(premiers) == 1 and surname + "揆" in body:
            premiers[0].short_forms.add(surname + "揆")  # 陳揆: Taiwan's premier by surname, among other 陳
        if len(people) != 1:
            continue
        first = body.find(people[0].name)  # 王女士反映,…送报员王淑琴…: printed before the name, another's
        people[0].short_forms.update(surname + h for h in _HONORIFICS if body.find(surname + h) > first >= 0)
        if surname in JAPANESE_SURNAMES:
            people[0].short_forms.add(surname)  # 木原稔…木原说: a Japanese family name alone is the person
        # 梁主任: the surname with a title the person holds (居委会主任)
        titles = {t for title, _, _ in people[0].roles for t in (title, title[-2:]) if len(t) >= 2}
        people[0].short_forms.update(surname + t for t in titles if t != "记者" and surname + t in body)
        if re.search(rf"{re.escape(surname)}总(?=[{_BOSS_AFTER}])", body):
            people[0].short_forms.add(surname + "总")


# one character that starts the words run on after a transliterated name, never one of its syllables:
# 拉斐尔·科雷亚·德尔加多将于11月…, 萨马鲁·拉维让记者…
_RUN_ON = set("将于在对向的说称是曾已也还与及和被把让")


def trim_translit(name: str, definite: set[str]) -> str:
    """A transliterated name without the words run on after its last part (马库斯·林德伯格选择离开 →
    马库斯·林德伯格; 穆罕默德·扎米尔·阿萨迪得出… keeps 扎米尔):
    the longest name the article prints with its Latin form that starts the run, else the run cut
    before its first everyday word."""
    known = [d for d in definite if name.startswith(d)]
    if known:
        return max(known, key=len)
    *whole, last = name.split("·")  # the words run on can only follow the last part
    kept = ""
    for word in words(last):
        if kept and ((len(word) >= 2 and is_common_word(word)) or word in _RUN_ON):
            break
        kept += word
    return "·".join([*whole, kept])


def fold_partial_names(registry: Registry) -> None:
    """首席科学家林德伯格… read as 林德伯: a Chinese-looking name that begins a transliterated
    person's last part (or a half of it: 罗查 of 罗梅罗-罗查) is that person; so is a part of a name glossed
    with its original (艾巴 and 巴尼斯 of 艾巴尼斯(Anthony Albanese))."""
    foreign = [e for e in registry.persons() if "·" in e.name]
    glossed = [e for e in registry.persons() if e.latin and all(is_cjk(c) for c in e.name)]
    for person in registry.persons():
        if "·" in person.name or not all(is_cjk(c) for c in person.name):
            continue
        owner = next((f for f in foreign if _opens_last_part(f.name, person.name)), None) or next(
            (g for g in glossed if person.name in g.name and person is not g), None
        )
        if owner is not None:
            owner.roles.extend(person.roles)
            del registry.entities[person.key]


def _opens_last_part(foreign: str, name: str) -> bool:
    """True when a name begins the last part of a transliterated name, or either half of a
    double-barrelled one (罗查 of 蒙特塞拉特·罗梅罗-罗查)."""
    return any(part.startswith(name) for part in foreign.split("·")[-1].split("-"))


def fold_titled_surnames(registry: Registry) -> None:
    """Minister Kirati beside Sudan Kirati: a title and a surname is the one person of that surname;
    Mayor Castro, with no one else of that surname, is Castro (who goes by Mayor Castro too)."""
    people = registry.persons()
    for titled in people:
        words = titled.name.split()
        if len(words) != 2 or not is_title(words[0]):
            continue
        owners = [p for p in people if p is not titled and p.name.endswith(" " + words[1])] or [
            p
            for p in people
            if p is not titled
            and p.name.startswith(words[1] + " ")
            and (len(p.name.split()) > 2 or "-" in p.name)
        ]  # Mr Teo beside Teo Chee Hean, Mr Moon beside Moon Jae-in: a family name written first (not Judge
        # Carter beside Carter Page)
        if len(owners) == 1:
            owners[0].roles.extend(titled.roles)
            del registry.entities[titled.key]
        elif not owners and not any(p is not titled and words[1] in p.name.split() for p in people):
            registry.rename(titled, words[1]).short_forms.add(titled.name)


def fold_contained_orgs(registry: Registry) -> None:
    """港务集团 beside 澄州港务集团, Kestrel Payments beside Kestrel Payments, Inc.: the shorter name,
    ending the longer one (or, in Latin letters, starting it before its legal form), is its short
    form when only one organisation's name does so."""
    orgs = registry.orgs()
    containing: dict[str, list] = {}  # a shorter name → the organisations whose names hold it so
    for o in orgs:
        ends = [o.name[i:] for i in range(1, len(o.name) - 2) if all(is_cjk(c) for c in o.name[i:])]
        starts = [o.name[:i] for i in range(3, len(o.name)) if o.name[i] == ","]
        for part in ends + starts:
            containing.setdefault(part, []).append(o)
    for short in orgs:
        longer = [o for o in containing.get(short.name, []) if o is not short and o.key in registry.entities]
        if len(longer) == 1 and short.name not in GENERIC_ORG_SUFFIXES:
            longer[0].short_forms.add(short.name)
            longer[0].short_forms.update(short.short_forms)
            del registry.entities[short.key]


def police_forms(registry: Registry, body: str) -> None:
    """Jonesboro Police Department … police said …: the one police force an English article names
    goes by "police" (not when it names two: Metropolitan Police and Surrey Police); a force is printed
    with "police" in small letters too (Anchorage police officers said)."""
    forces = [org for org in registry.orgs() if re.search(r"\bPolice\b", org.name)]
    for force in forces:
        small = re.sub(r"\bPolice\b", "police", force.name)
        if re.search(rf"\b{re.escape(small)}\b", body):
            force.short_forms.add(small)
    if len(forces) == 1:
        forces[0].short_forms.update(("police", "Police"))


_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "&"}


def acronym_forms(registry: Registry, body: str) -> None:
    """Tennessee Bureau of Investigation … The TBI says …: an English body goes by its initials where the
    article prints them alone (two letters at least, not another body's)."""
    initials: dict[str, list] = {}
    for org in registry.orgs():
        capitals = [w[0] for w in org.name.split() if w not in _SMALL_WORDS and w[:1].isupper()]
        if len(capitals) >= 2 and len(capitals) == len(
            [w for w in org.name.split() if w not in _SMALL_WORDS]
        ):
            initials.setdefault("".join(capitals), []).append(org)
    for acronym, orgs in initials.items():
        if len(orgs) == 1 and re.search(rf"\b{acronym}\b", body):
            orgs[0].short_forms.add(acronym)


def short_names(registry: Registry, body: str) -> None:
    """宏硕光电 … 宏硕10日…: a company of four or more characters goes by its first two, when the
    article uses them more often than the full name and they are no dictionary word (not 中国),
    and no other organisation's name starts with them (澄州日报, 澄州港务集团: 澄州 is a place)."""
    starts = Counter(org.name[:2] for org in registry.orgs())
    words = Counter(re.findall(r"\b\w[\w&.-]*\b", body))
    for org in registry.orgs():
        name = org.name
        first = name.split()[0] if " " in name and not name.endswith(" police") else ""  # (Milwaukee: a town)
        if first and first[0].isupper() and first not in NOT_FIRST_WORDS and len(first) > 2:
            if words[first] > body.count(name):
                org.short_forms.add(first)
            continue
        if len(name) < 4 or not all(is_cjk(c) for c in name[:4]):
            continue
        short = name[:2]
        if (
            not is_common_word(short)
            and short not in NOT_NAMES
            and body.count(short) > body.count(name)
            and starts[short] == 1
        ):
            org.short_forms.add(short)
