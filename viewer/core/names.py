"""Every way a reader may type a name: characters, pinyin in either order, joined, initials."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .text import fold, has_cjk

COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "夏侯",
        "长孙",
        "宇文",
        "司徒",
        "独孤",
        "南宫",
        "西门",
        "百里",
        "呼延",
        "端木",
        "轩辕",
        "万俟",
        "闻人",
        "赫连",
        "澹台",
        "公冶",
        "宗政",
        "濮阳",
        "太叔",
        "申屠",
        "钟离",
        "拓跋",
    ]
)
# Japanese family names as Chinese news prints them (日本经济新闻社记者渡边园子, 木原稔), chosen among
# those no Chinese surname and given name would spell; on its own, such a name is the person (木原说)
JAPANESE_SURNAMES = frozenset(
    [
        "渡边",
        "渡辺",
        "山本",
        "铃木",
        "佐藤",
        "高桥",
        "伊藤",
        "加藤",
        "吉田",
        "山田",
        "松本",
        "井上",
        "木村",
        "清水",
        "山口",
        "池田",
        "桥本",
        "石川",
        "藤田",
        "后藤",
        "冈田",
        "村上",
        "近藤",
        "坂本",
        "远藤",
        "青木",
        "藤井",
        "西村",
        "福田",
        "三浦",
        "藤原",
        "冈本",
        "松田",
        "中岛",
        "竹内",
        "森田",
        "岸田",
        "安倍",
        "石破",
        "河野",
        "麻生",
        "茂木",
        "菅原",
        "小泉",
        "鸠山",
        "宫崎",
        "工藤",
        "安藤",
        "丸山",
        "杉山",
        "松井",
        "野村",
        "菊地",
        "佐野",
        "荒木",
        "松尾",
        "水野",
        "小池",
        "木原",
        "上川",
        "玉木",
        "金杉",
        "岩屋",
        "野田",
    ]
)
TWO_CHARACTER_SURNAMES = COMPOUND_SURNAMES | JAPANESE_SURNAMES
# Surnames whose reading differs from the character's everyday reading.
SURNAME_READINGS = {
    "曾": ["zeng"],
    "单": ["shan"],
    "解": ["xie"],
    "仇": ["qiu"],
    "朴": ["piao"],
    "区": ["ou"],
    "查": ["zha"],
    "盖": ["ge"],
    "乐": ["yue"],
    "缪": ["miao"],
    "覃": ["qin"],
    "翟": ["zhai"],
    "秘": ["bi"],
    "召": ["shao"],
    "员": ["yun"],
    "长孙": ["zhang", "sun"],
    "万俟": ["mo", "qi"],
    "尉迟": ["yu", "chi"],
    "句": ["gou"],
    "折": ["she"],
    "隗": ["wei"],
    "黑": ["he"],
}
RANK_NAME, RANK_ALIAS, RANK_PINYIN, RANK_INITIALS, RANK_ROLE = range(5)
_LATIN_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class NameForm:
    """One searchable spelling of a name, with how good a match it is."""

    form: str
    kind: str
    rank: int


def pinyin_syllables(text: str) -> list[str]:
    """Toneless pinyin syllables for the CJK characters of a text (Latin runs kept as words)."""
    from pypinyin import Style, lazy_pinyin  # heavy: imported on first use

    out: list[str] = []
    for piece in lazy_pinyin(text, style=Style.NORMAL, errors="default"):
        out.extend(_LATIN_WORD.findall(fold(piece)))
    return out


def split_surname(name: str, given_only: bool = False) -> tuple[str, str]:
    """Surname and given name of a Chinese name; ('', name) when only a given name is known."""
    if given_only or len(name) < 2:
        return "", name
    size = 2 if name[:2] in TWO_CHARACTER_SURNAMES and len(name) > 2 else 1
    return name[:size], name[size:]


Syllables = Callable[[str], list[str]]


def japanese_name(name: str) -> bool:
    """A Japanese family name and a given name (木原稔): its pinyin is no romanisation of it."""
    return len(name) >= 3 and name[:2] in JAPANESE_SURNAMES


def latin_name(name: str, given_only: bool = False, syllables: Syllables = pinyin_syllables) -> str:
    """Conventional romanisation: 林俊旸 -> Lin Junyang; Latin names unchanged."""
    if not has_cjk(name):
        return name
    surname, given = split_surname(name, given_only)
    parts = ["".join(_surname_syllables(surname, syllables)).capitalize()] if surname else []
    parts += ["".join(syllables(given)).capitalize()] if given else []
    return " ".join(parts)


def name_forms(
    name: str, given_only: bool = False, syllables: Syllables = pinyin_syllables
) -> list[NameForm]:
    """The characters, pinyin spaced / joined / either order, and initials of a name."""
    forms = [NameForm(fold(name), "name", RANK_NAME)]
    if has_cjk(name):
        forms += _chinese_forms(name, given_only, syllables)
    else:
        forms += _latin_forms(name)
    return best_forms(forms)


def _surname_syllables(surname: str, syllables: Syllables) -> list[str]:
    return list(SURNAME_READINGS.get(surname) or syllables(surname)) if surname else []


def alias_forms(alias: str) -> list[NameForm]:
    """An alias as typed, plus its pinyin forms when it is written in characters."""
    forms = [NameForm(fold(alias), "alias", RANK_ALIAS)]
    if has_cjk(alias):
        syllables = pinyin_syllables(alias)
        forms.append(NameForm(" ".join(syllables), "alias_pinyin", RANK_PINYIN))
        forms.append(NameForm("".join(syllables), "alias_pinyin", RANK_PINYIN))
    return best_forms(forms)


def _chinese_forms(name: str, given_only: bool, syllables: Syllables) -> list[NameForm]:
    surname, given = split_surname(name, given_only)
    sur, giv = _surname_syllables(surname, syllables), syllables(given)
    joined_sur, joined_giv = "".join(sur), "".join(giv)
    spellings = {" ".join(sur + giv), "".join(sur + giv)}
    if sur:
        spellings |= {f"{joined_sur} {joined_giv}", f"{joined_giv} {joined_sur}", f"{joined_giv}{joined_sur}"}
    spellings |= {_v_to_u(s) for s in spellings}
    forms = [NameForm(s, "pinyin", RANK_PINYIN) for s in sorted(spellings)]
    if surname and len(given) >= 2:
        forms.append(NameForm(given, "given_name", RANK_PINYIN))
    initials = "".join(s[0] for s in sur + giv)
    if len(initials) >= 2:
        forms.append(NameForm(initials, "initials", RANK_INITIALS))
    return forms


def _latin_forms(name: str) -> list[NameForm]:
    words = _LATIN_WORD.findall(fold(name))
    if len(words) < 2:
        return []
    forms = [
        NameForm(" ".join(reversed(words)), "latin", RANK_PINYIN),
        NameForm("".join(words), "latin", RANK_PINYIN),
    ]
    forms += [NameForm(w, "latin_part", RANK_PINYIN) for w in words]
    forms.append(NameForm("".join(w[0] for w in words), "initials", RANK_INITIALS))
    return forms


def _v_to_u(spelling: str) -> str:
    return spelling.replace("v", "u")


def best_forms(forms: list[NameForm]) -> list[NameForm]:
    """One form per spelling, keeping its best rank."""
    seen: dict[str, NameForm] = {}
    for f in forms:
        if f.form and (f.form not in seen or f.rank < seen[f.form].rank):
            seen[f.form] = f
    return list(seen.values())


def sort_name(name: str, latin: str = "") -> str:
    """The key people and organisations are listed by: the folded latin name, else the name."""
    return fold(latin or name)


def normalise_person_query(text: str) -> str:
    """Fold a typed name for lookup: case, width, tones (marks or digits) and extra spaces."""
    folded = fold(text)
    return re.sub(r"(?<=[a-z])[1-5](?=\s|$)", "", folded).strip()
