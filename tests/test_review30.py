"""Misreadings a review of stop 30's rules found (review30), each mended."""

from __future__ import annotations

import datetime as dt

import pytest
from viewer.core.dates import day_date
from viewer.pipeline.extract.dates import find_dates

from .test_extract_real import _events, _quotes, _read
from .test_extract_set_av_az import _said


@pytest.mark.parametrize("said", ["said:", "said,", "told the court:"])
def test_words_in_quote_marks_after_a_verb_of_speech_stay_direct(said: str) -> None:
    """The parser reads “ as the verb's: "John Smith said: “…”" became reported words ending in ”."""
    assert _said(f"John Smith {said} “Prosecutors hid evidence in my case.”") == [
        ("John Smith", "Prosecutors hid evidence in my case.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Critics of Mayor John Smith argue prices will rise.",  # the critics argue
        "Supporters of Jane Doe claim the election was stolen.",
        "Mayor John Smith did not say prices would rise next year.",  # nothing said
        "Why did Jane Doe claim prosecutors hid evidence?",  # asked
    ],
)
def test_a_clause_said_by_no_one_named_as_its_subject_is_no_quote(text: str) -> None:
    assert _said(text) == []


def test_whom_words_are_told_to_is_no_part_of_them() -> None:
    said = _said("John Smith was charged on Monday after Jane Doe told police Smith hit her.")
    assert said == [("Jane Doe", "Smith hit her.")]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe works for a charity called “Hope for All” in Ohio.",  # a name
        "Jane Doe was called “a traitor” by protesters.",  # others call her so
        "Critics of Jane Doe called her plan “a disaster.”",
        "Jane Doe, whom critics called “the iron lady,” resigned.",
        "Jane Doe called on the council to scrap what the mayor termed “a modest tax.”",
    ],
)
def test_a_thing_called_so_by_others_or_named_so_is_not_the_subjects_quote(text: str) -> None:
    assert _said("Jane Doe spoke on Monday.\n\n" + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mary Jones, an aide to Gov. Abbott, spoke on Monday.",  # the aide is no governor
        "Gen. Mark Milley met Lt. Gov. Dan Patrick on Monday.",  # a lieutenant governor is no governor
    ],
)
def test_a_title_cut_short_names_only_the_one_it_is_printed_before(text: str) -> None:
    assert _said(text + "\n\n“Taxes must fall,” the governor said.") == []


def test_a_short_quotation_after_someone_else_is_described_is_not_the_last_speakers() -> None:
    said = _said("“We will win this fight,” John Smith said. His opponent shook her head. “Not a chance.”")
    assert said == [("John Smith", "We will win this fight,")]
    assert _quotes("盧秀燕說:「市府會全力配合中央政策。」但現場民眾不滿。「政府要負起責任!」") == [
        ("盧秀燕", "市府會全力配合中央政策。")
    ]


def test_a_short_quotation_right_after_another_goes_on_in_the_same_voice() -> None:
    """东方网 (cztn), 山海关: “奶奶,…?”“我上午已经出去转过啦!”: the grandmother's answer was no one's once
    short quotations needed an attribution between."""
    found = _quotes("魏桂凤笑着说:“今天天气真好,我很高兴。”“我上午已经出去转过啦!”")
    assert found == [("魏桂凤", "今天天气真好,我很高兴。"), ("魏桂凤", "我上午已经出去转过啦!")]


@pytest.mark.parametrize("opening", ["政府表示", "本院表示", "兩黨都表示", "醫院表示", "全隊表示"])
def test_a_kind_of_body_or_this_one_is_no_organisation_speaking(opening: str) -> None:
    assert _quotes(opening + ",將全力協助受災民眾重建家園。") == []


def test_a_chinese_lead_after_the_stores_day_is_the_story_not_its_headline() -> None:
    ann = _read(
        " date 2025-11-13 花蓮縣政府今天表示,縣長徐榛蔚當天全程走訪災區,心中所想的只有一件事,讓鄉親早日恢復"
        "家園生活。\n\n第二段說明重建進度。\n"
    )
    assert ann.title == ""
    assert [e.date_text for e in ann.events] == ["今天"]


def test_a_range_of_months_after_next_year_is_one_date() -> None:
    found = find_dates("工程將於明年3月至5月施工", 0, day_date(dt.date(2025, 11, 13)))
    assert [(m.text, m.date.start, m.date.end) for m in found if m.date] == [
        ("明年3月至5月", dt.date(2026, 3, 1), dt.date(2026, 5, 31))
    ]


def test_a_page_builders_code_and_a_sites_login_links_are_no_headline() -> None:
    """walk30: imported pages were titled "[get-weather-slider]" and "一网搜 登录| 注册", the publisher
    "您当前的位置: 首页"."""
    ann = _read(
        "[get-weather-slider]\n\n屏東首位女縣長就職1周年 周春米秀施政成績\n\n周春米今天表示,施政有成。\n"
    )
    assert ann.title == "屏東首位女縣長就職1周年 周春米秀施政成績"
    assert ann.publisher == ""
    ann = _read(
        "一网搜 登录| 注册\n您当前的位置: 首页 > 信息公开 > 领导简介\n\n"
        "吴威主持召开市长办公会2021年第一次会议\n\n"
        "发布时间: 2021-09-30 08:36 来源: 榆树市信息中心\n\n9月29日下午,代市长吴威主持召开市长办公会。\n"
    )
    assert (ann.title, ann.publisher) == ("吴威主持召开市长办公会2021年第一次会议", "榆树市信息中心")


def test_a_role_after_a_curly_possessive_is_not_cut_at_its_s() -> None:
    """walk30: "Sheriff’s spokesman Ed Troyer" showed "Ed Troyer — s spokesman"."""
    ann = _read(
        "Deputy arrested\nMarch 3, 2025\n\nSheriff’s spokesman Ed Troyer said the deputy was arrested.\n"
    )
    assert [(p.name, [r.title for r in p.roles]) for p in ann.persons] == [("Ed Troyer", ["spokesman"])]


def test_a_quotation_held_whole_after_a_speakers_label_keeps_its_words_not_its_marks() -> None:
    """walk30: TV news prints 屏東縣長 周春米:「…」; the quote kept its 「」, doubled in lists and exports."""
    found = _quotes(
        "刘建超:各位下午好!今天的会议很重要。\n\n屏東縣長 周春米:「屏東縣重要的一些建設要加快。」"
    )
    assert ("周春米", "屏東縣重要的一些建設要加快。") in found


def test_a_time_of_day_before_its_day_ends_no_sentence() -> None:
    """walk30: "…at 8:35 p.m. Saturday, Lt. Steve Kellogg said." made "Lt. Steve Kellogg said." an event."""
    ann = _read(
        "Car hits tree\nFebruary 1, 2020\n\nPolice were called to River Drive at 8:35 p.m. Saturday, "
        "Lt. Steve Kellogg said.\n"
    )
    assert [e.anchor.text for e in ann.events] == [
        "Police were called to River Drive at 8:35 p.m. Saturday, Lt. Steve Kellogg said."
    ]


def test_todays_month_and_day_in_brackets_date_a_text_that_prints_no_other() -> None:
    """苗栗 (fm971), 清水區公所 (qingshui): 今天(10/2) / 今天(3/13) dated nothing: the page offered no day."""
    ann = _read("苗縣防颱工作會報\n\n苗栗縣長鍾東錦今天(10/2)上午10點到應變中心主持防颱工作會報。\n")
    assert ann.published_date is not None and ann.published_guess
    assert _events(ann) == {"今天(10/2)": "2026-10-02*"}  # the latest 2 October up to the day it is read
