"""Rules of stop 34, from the misses of sets BJ, BK and BL (unseen until this stop): each a kind of miss
seen on more than one page, or a form that whole kinds of pages print (Taiwan's years, US local papers'
article ids), not one page's wording."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from viewer.core.dateparse import parse_date
from viewer.core.dates import DateParseError
from viewer.pipeline.address import day_in_address
from viewer.pipeline.library import extract_article
from viewer.pipeline.reader import Source

from .test_extract_real import _read
from .test_extract_set_ba_bf import _people

BLOX = "https://columbustelegram.com/news/local/house-fire/article_5378d3b0-d3f6-11ed-b8a1-5f4e1b3c2d10.html"


@pytest.mark.parametrize("dot", ["‧", "・", "•"])
def test_a_name_parted_by_another_dot_is_one_name(dot: str) -> None:
    """hualieninfo: 撒韵‧武荖 (Taiwan prints the hyphenation point between an Amis name's parts) was read
    as 撒韵; the name keeps the page's own mark."""
    assert _people(f"花蓮縣議員撒韵{dot}武荖表示,將持續爭取經費。") == [f"撒韵{dot}武荖"]


def test_a_bullet_opening_a_line_stays_a_bullet() -> None:
    """Only a mark between two characters of a name is read as its dot."""
    assert _people("•王小明表示,將持續爭取經費。") == ["王小明"]


def test_a_double_barrelled_last_part_is_the_name_and_either_half_is_her() -> None:
    """dayoo: 蒙特塞拉特·罗梅罗-罗查 (printed twice) was read as 生蒙特塞拉特·罗梅罗 and 罗查, two people."""
    text = (
        "林肯中学12年级学生蒙特塞拉特·罗梅罗-罗查说:“我真的很感激。”蒙特塞拉特·罗梅罗-罗查是其中一员。"
        "后来,罗查又说了一遍。"
    )
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


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("民國96年1月12日", "2007-01-12"),
        ("中華民國114年", "2025"),
        ("111年4月9日", "2022-04-09"),
        ("103年5月", "2014-05"),
        ("今(113)年", "2024"),  # read before this stop too
    ],
)
def test_a_year_of_the_republic_of_china_is_read(text: str, day: str) -> None:
    """quwei, ccss3172, taitungnews: 103年5月, 111年4月9日 (Taiwan's years, 1911 on) were read as nothing."""
    assert parse_date(text, dt.date(2025, 1, 1)).label() == day


@pytest.mark.parametrize("text", ["立縣115年", "115年"])
def test_three_digits_and_years_without_a_month_are_years_counted(text: str) -> None:
    """hualiennews: 花蓮立縣115年 is the county's 115th year, no date."""
    with pytest.raises(DateParseError):
        parse_date(text, dt.date(2025, 1, 1))


def test_a_happening_dated_in_taiwans_years_is_an_event() -> None:
    """ccss3172: 呂秋遠將於111年4月9日… was dated as 4月9日 of the page's year, or not at all."""
    ann = _read("講座\n2022年3月1日\n\n呂秋遠將於111年4月9日以「愛與婚姻的練習題」為主題演講。\n")
    assert [(e.date_text, e.date.label()) for e in ann.events] == [("111年4月9日", "2022-04-09")]


def test_a_time_based_article_id_dates_the_page() -> None:
    """columbustelegram, claremoreprogress and 19 more: US local papers name a story by a version-1 UUID,
    which holds the moment it was filed; their texts print no date, so "Wednesday" went undated."""
    assert day_in_address(BLOX) == dt.date(2023, 4, 5)
    text = "House fire\n\nThe fire department was dispatched at 1:55 p.m. Wednesday to a house in Columbus.\n"
    ann = extract_article(
        Source("a.txt", text, text.encode(), "utf-8", "txt"), dt.date(2026, 1, 1), None, BLOX
    )
    assert [e.date.start for e in ann.events] == [dt.date(2023, 4, 5)]
    assert ann.published_from == "address"


@pytest.mark.parametrize(
    "address",
    [
        "https://x.com/article_3f2504e0-4f89-41d3-9a0c-0305e82c3301.html",  # a random (version-4) UUID
        "https://x.com/article_00000000-0000-1000-8000-000000000000.html",  # a version-1 clock of 1582
    ],
)
def test_an_id_that_holds_no_time_of_ours_dates_nothing(address: str) -> None:
    assert day_in_address(address) is None


def test_places_listed_as_the_doers_are_no_people() -> None:
    """matzunews: 由福州市、連江縣共同舉辦 (two places holding an event) made two people."""
    people = _people("由福州市、連江縣共同舉辦的兩岸同胞聯誼活動昨日展開,縣長王忠銘致詞。")
    assert not {"福州市", "連江縣"} & set(people)


def test_a_hong_kong_secretarys_title_is_no_name() -> None:
    """takungpao: 政務司司長林鄭月娥 made a person 司司長 (司 a surname, 司長 a title)."""
    people = _people(
        "行政長官梁振英、政務司司長林鄭月娥等一眾嘉賓出席典禮。林鄭月娥致辭時表示,期望社會齊心協力。"
    )
    assert "司司長" not in people


def test_a_list_of_people_names_each_of_them() -> None:
    """zzctp, vctnews: 区级领导杨斌、侯绍军、焦化保、陈永福、彭韬分别参加 missed 焦化保 (焦化, coking, is a
    word) and 陈永福 (a name the dictionary holds, which the tagger read as none)."""
    people = _people("区级领导杨斌、侯绍军、焦化保、陈永福、彭韬分别参加。")
    assert {"焦化保", "陈永福"} <= set(people)


@pytest.mark.parametrize(
    "text",
    [
        "区长杨斌、区政府、区人大、区政协分别派员参加。",  # bodies among one person
        "活动在北京、上海、广州、深圳同时举行,王小明主持。",  # places, no people listed
        "杨斌、侯绍军、区政府、高铁办、公交站负责人参加。",  # two people, three things: not mostly people
    ],
)
def test_a_list_not_mostly_of_people_names_no_one_more(text: str) -> None:
    assert not {"区政府", "区人大", "区政协", "上海", "广州", "高铁办", "公交站"} & set(_people(text))


def test_a_credit_field_may_name_two_people() -> None:
    """scfzbs: 审核:刘祥玖 吴江萍 credited 刘祥玖 alone; the next field's label is still no name."""
    people = _people("区级领导杨斌参加。\n\n编辑:王硼   校对:何盈巧   审核:刘祥玖 吴江萍")
    assert {"刘祥玖", "吴江萍", "王硼", "何盈巧"} <= set(people)
    assert "校对" not in people


def _days_told(text: str) -> list[str]:
    """The dated events of a Chinese story under a dated headline, by their sentences' first words."""
    ann = _read("标题一行\n2009年12月24日\n\n" + text + "\n")
    return [e.anchor.text[:6] for e in ann.events if e.date]


def test_that_day_with_no_time_of_its_own_tells_the_same_happening_on() -> None:
    """cctv, ldqxn, yicai and 14 more: 当日…/当天… after a sentence dated that day made one event per
    sentence of one happening (25 of 34 such events over the read pages were none annotated)."""
    text = "昨日上午9时30分,庭审在湛江中院刑事一庭正式开审。当日的庭审并没有当场判决。"
    assert _days_told(text) == ["昨日上午9时"]


def test_that_day_with_a_time_of_its_own_is_another_happening() -> None:
    """当天下午,… (that afternoon) is a happening of its own, as annotators mark it."""
    text = "昨日上午,代表团抵达广州。当天下午,代表团参访了文远知行。"
    assert _days_told(text) == ["昨日上午,代", "当天下午,代"]


@pytest.mark.parametrize(
    "text",
    [
        "本報訊(記者王小明‧台北報導)市府今天表示,將持續爭取經費。",
        "文‧圖/王小明\n市府今天表示,將持續爭取經費。",
        "【花蓮‧吉安】市府今天表示,將持續爭取經費。",
        "台灣‧高雄今天舉行活動,王小明表示,很好。",
        "發揚真‧善‧美的精神,王小明表示,很好。",
        "首頁•新聞•體育•娛樂\n王小明表示,很好。",
    ],
)
def test_a_dot_parting_words_makes_no_one(text: str) -> None:
    """review34: Taiwan's pages print ‧ between words as often as inside names (a dateline's reporter and
    place, 文‧圖, a section's label, a slogan): no person is made of them, the reporter is still found."""
    assert all("‧" not in p and "•" not in p and "·" not in p for p in _people(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("卡玛拉·哈里斯-蒂姆·沃尔兹组合今天表示,很好。", {"卡玛拉·哈里斯", "蒂姆·沃尔兹"}),
        ("卡罗琳娜·普利斯科娃-王蔷组合晋级。王蔷赛后表示,很好。", {"卡罗琳娜·普利斯科娃", "王蔷"}),
        ("专访伊隆·马斯克-新华网。他说,很好。", {"伊隆·马斯克"}),
        ("美国财长珍妮特·耶伦今天表示,很好。", {"珍妮特·耶伦"}),
        ("教练员伊万·彼得罗夫说,很好。", {"伊万·彼得罗夫"}),
        ("家长安娜·史密斯说,很好。", {"安娜·史密斯"}),
    ],
)
def test_a_hyphen_joining_two_names_or_a_name_and_a_site_keeps_each(text: str, names: set[str]) -> None:
    """review34: a hyphen joins two names (a doubles pair, a ticket) or a name and a site more often than it
    parts a double-barrelled name printed once; a title or an interview before a name is none of it."""
    assert set(_people(text)) == names


def test_a_title_of_a_company_is_no_director() -> None:
    """review34: 该公司长江以南地区 read 司长 across 公司 and 长江, and made a person 江以南."""
    assert _people("该公司长江以南地区业务增长。王小明表示,很好。") == ["王小明"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("活動於111年4月9日至10日舉行。", "2022-04-09..2022-04-10"),
        ("工程於113年7月至9月施工。", "2024-07..2024-09"),
    ],
)
def test_a_stretch_in_taiwans_years_is_read_whole(text: str, label: str) -> None:
    ann = _read("講座\n2022年3月1日\n\n" + text + "\n")
    assert [e.date.label() for e in ann.events] == [label]


def test_a_year_of_the_common_era_is_no_year_of_the_republic() -> None:
    """review34: 公元110年5月 was dated 2021-05."""
    ann = _read("講座\n2022年3月1日\n\n據載公元110年5月,皇帝出巡。\n")
    assert [e.date.label() for e in ann.events if e.date and e.date.start.year > 2000] == []


def test_an_id_in_the_query_or_to_come_dates_nothing() -> None:
    """review34: a session id made on the day of reading dated the page; an id of a day to come too."""
    made_now = str(uuid.uuid1())
    assert day_in_address(f"https://x.com/story.html?session={made_now}") is None
    assert day_in_address("https://x.com/article_00000000-0000-11f9-8000-000000000000.html") is None


def test_a_role_printed_after_a_dateline_credit_is_printed_without_it() -> None:
    """walk34: 黃國昌's role showed as printed "〔記者凌美雪／台北報導〕民眾黨主席": the credit's brackets and
    slash end what a role is read back to."""
    ann = _read("標題一行\n2022年1月10日\n\n〔記者凌美雪／台北報導〕民眾黨主席黃國昌今天表示,將提告。\n")
    person = next(p for p in ann.persons if p.name == "黃國昌")
    assert [r.anchor.text for r in person.roles] == ["民眾黨主席"]


def test_that_day_opening_a_sentence_after_a_quotation_is_another_happening() -> None:
    """heldout_portal_zh: …发文称:“…。”当天,罗嘉伟在内部信中写道 (the CEO's letter, a happening of its own)
    was taken for the post told on: a sentence opens after a quotation's closing mark too."""
    text = (
        "8月11日晚间,陈思远在朋友圈发文称:“我把它交还给团队。”"
        "当天,罗嘉伟在内部信中写道:“接下来我将兼管研发。”"
    )
    assert len(_days_told(text)) == 2


def test_a_name_printed_in_capitals_is_named_as_a_reader_writes_it() -> None:
    """walk34: the byline's VERENA DOBNIK and DAVID CARUSO were listed in capitals; the printed form stays an
    alias (the anchors keep the page's own letters)."""
    ann = _read(
        "Rain cripples New York City transit\nAugust 8, 2007\n\n"
        "By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers\n\n"
        "NEW YORK — Subway lines were suspended Wednesday, Gov. Eliot Spitzer said.\n"
    )
    people = {p.name: p.aliases for p in ann.persons}
    assert people["Verena Dobnik"] == ["VERENA DOBNIK"] and "David Caruso" in people
    assert "Eliot Spitzer" in people
