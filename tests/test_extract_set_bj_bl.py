"""Rules of stop 34, from the misses of sets BJ, BK and BL (unseen until this stop): each a kind of miss
seen on more than one page, or a form that whole kinds of pages print (Taiwan's years, US local papers'
article ids), not one page's wording."""

from __future__ import annotations

import pytest

from .test_extract_real import _read
from .test_extract_set_ba_bf import _people


@pytest.mark.parametrize("dot", ["‧", "・", "•"])
def test_a_name_parted_by_another_dot_is_one_name(dot: str) -> None:
    """hualieninfo: 撒韵‧武荖 (Taiwan prints the hyphenation point between an Amis name's parts) was read
    as 撒韵; the name keeps the page's own mark."""
    assert _people(f"花蓮縣議員撒韵{dot}武荖表示,將持續爭取經費。") == [f"撒韵{dot}武荖"]


def test_a_bullet_opening_a_line_stays_a_bullet() -> None:
    """Only a mark between two characters of a name is read as its dot."""
    assert _people("•王小明表示,將持續爭取經費。") == ["王小明"]


def test_a_double_barrelled_last_part_is_the_name_and_either_half_is_her() -> None:
    """dayoo: 蒙特塞拉特·罗梅罗-罗查 was read as 生蒙特塞拉特·罗梅罗 and 罗查, two people."""
    text = "林肯中学12年级学生蒙特塞拉特·罗梅罗-罗查说:“我真的很感激。”后来,罗查又说了一遍。"
    assert _people(text) == ["蒙特塞拉特·罗梅罗-罗查"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("原住民族委員會主委夷將‧拔路兒今天出席活動。", "夷將‧拔路兒"),
        ("來自法國的遊客瑪麗·杜邦表示,這裡的風景很美。", "瑪麗·杜邦"),
        ("她的姐姐艾布拉娜·罗查去年也来过中国。", "艾布拉娜·罗查"),
    ],
)
def test_a_title_or_a_kind_of_person_before_a_transliterated_name_is_none_of_it(text: str, name: str) -> None:
    """twchinanews: 委員會主委夷將‧拔路兒 was read from 會 on (委员 of 委员会 hid the title 主委)."""
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Red Cross was on scene helping the occupants Tuesday morning, officials said.",
        "Deputies took the boy to Hope House on Monday, officials said.",
        "The Salvation Army opened Grace Center on Friday, officials said.",
    ],
)
def test_a_place_or_a_body_named_like_a_person_is_none(text: str) -> None:
    """harrisondaily, columbustelegram, wiscnews: "The Red Cross" and "Hope House" (a given name, then a
    word) were read as people."""
    assert [p.name for p in _read("Fire\nMarch 3, 2024\n\n" + text + "\n").persons] == []
