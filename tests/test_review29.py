"""Misreadings of stop 29's rules a review found (each passed before those rules, failed with them)."""

from __future__ import annotations

import datetime as dt

from viewer.core.dateparse import parse_date

from .test_extract_real import _events, _quotes, _read

PAGE = "Title\nTuesday, September 24, 2019\n\n"


def test_a_short_headline_above_its_source_line_stays_the_headline() -> None:
    """Only a site's own links (设为首页 | 收藏本站) under a short first line make it the site's name."""
    for text in (
        "习近平会见普京\n来源:新华社 | 编辑:张三\n\n普京说了话。\n",
        "全市经济稳中向好\n2025-03-01 | 来源:市统计局\n\n今年1月,全市经济运行稳中向好。\n",
        "Mayor quits\nBy Staff | Reuters\n\nThe mayor quit on Monday.\n",
    ):
        ann = _read(text)
        assert ann.title == text.split("\n")[0] and ann.publisher != ann.title


def test_once_said_is_no_surname_speaking() -> None:
    """曾表示 (once said) after 梁君彦 is his, not 曾俊华's of the sentence before."""
    assert _quotes("财政司前司长曾俊华出席活动。立法会主席梁君彦早前接受访问,曾表示会尽力推动议会改革。") == [
        ("梁君彦", "会尽力推动议会改革。")
    ]


def test_a_tallys_date_after_according_to_or_up_to_date_stays_no_happening() -> None:
    for text in (
        "According to data as of June 30, the unemployment rate was 4.1 percent.",
        "The list is up to date as of April 30, officials said.",
        "Compared to levels as of March 31, prices rose.",
    ):
        assert _events(_read(PAGE + text + "\n")) == {}


def test_a_past_days_consequences_to_come_leave_the_day_past() -> None:
    """“Saturday's vote will be remembered” is last Saturday's vote; “a hearing set for Sept. 3” that
    was missed, aid "going to families" hit on Sept. 3, are past."""
    assert _events(_read(PAGE + "Saturday's vote will be remembered as a turning point.\n")) == {
        "Saturday": "2019-09-21*"
    }
    for text in (
        "Smith failed to appear at a hearing set for Sept. 3 and a warrant was issued.",
        "Most of the aid is going to families hit by the floods on Sept. 3.",
    ):
        assert _events(_read(PAGE + text + "\n")) == {"Sept. 3": "2019-09-03*"}


def test_the_start_of_the_year_before_a_count_is_the_start_of_the_year() -> None:
    """年初一度 (once, early this year) and 年初三个月 are early in the year; 年初一下午 is the lunar new
    year's first day."""
    for text in ("国际金价年初一度跌至每盎司1800美元,市长李明说。", "年初三个月,市长李明走访企业。"):
        assert _events(_read("标题\n2025-11-23\n\n" + text + "\n")) == {"年初": "early 2025*"}


def test_a_correspondent_alone_in_the_leads_bracket_is_named_not_the_word_correspondent() -> None:
    ann = _read("标题\n\n县疾控中心讯(通讯员 李明)3月1日,县疾控中心开展培训。\n")
    assert ([p.name for p in ann.persons], ann.author) == (["李明"], "李明")


def test_a_misprinted_weekday_does_not_move_a_day_a_year_on() -> None:
    assert parse_date("Wednesday, July 29", dt.date(2014, 8, 2)).start == dt.date(2014, 7, 29)


def test_a_word_after_a_listed_name_is_not_its_third_character() -> None:
    for text, names in (
        ("获奖者为王刚、李明等、张伟等三组。", {"王刚", "李明", "张伟"}),
        ("副镇长李明、刘洋和、张伟参加。", {"李明", "刘洋", "张伟"}),
    ):
        assert {p.name for p in _read("标题\n\n" + text + "\n").persons} == names


def test_a_line_under_the_date_line_that_is_no_headline_is_no_title() -> None:
    """The second review: after a page's date line, a byline, a credit, a dateline or a site's button was
    taken for the headline."""
    lines = ("By Tom Wu and Ana Lind", "（记者 王明）", "新华社北京11月23日电", "WASHINGTON —", "来源:人民网")
    lines += ("Listen to this article · 5 min", "Breaking News", "分享到:微信 微博", "Photo: Getty Images")
    for line in lines:
        ann = _read(
            f"Monday, November 23, 2025\n{line}\n\nOfficials said the plan would help, Mayor Jane Doe said.\n"
        )
        assert ann.title == "", line


def test_words_set_off_after_a_name_that_are_no_title_held_give_no_role() -> None:
    for text in (
        "Bob Ray, whose brother is the police chief, said it was fine.",
        "David Chen, a friend of the president, said it was fine.",
        "John Smith, a former chief of the agency, said it was fine.",
        "Ana Lind, chief of staff to the mayor, said it was fine.",
    ):
        ann = _read("Title\nMay 2, 2024\n\n" + text + "\n")
        assert [r.title for p in ann.persons for r in p.roles] == [], text


def test_a_speaker_after_an_institutions_name_keeps_the_words() -> None:
    """Governor of the Bank of England Andrew Bailey said…: no person and no quote, once the end of an
    institution's name before "said" was no person; the name past the institution's last word is his."""
    ann = _read(
        "Title\nMay 2, 2024\n\nGovernor of the Bank of England Andrew Bailey said rates would fall.\n"
    )
    assert [p.name for p in ann.persons] == ["Andrew Bailey"] and len(ann.quotes) == 1


def test_a_roles_printed_words_keep_an_organisation_named_with_a_conjunction() -> None:
    for text, printed in (
        ("和记黄埔主席李嘉诚昨天说,生意很好。", "和记黄埔主席"),
        ("中国人民对外友好协会会长林松添表示,欢迎。", "中国人民对外友好协会会长"),
    ):
        ann = _read("标题\n2025-11-23\n\n" + text + "\n")
        assert [r.anchor.text for p in ann.persons for r in p.roles] == [printed]


def test_a_city_before_its_mayors_title_is_no_person() -> None:
    for text in ("同时,高雄市市长表示欢迎游客。", "會中,高雄市議員表示,預算不足。"):
        assert _read("标题\n2025-11-23\n\n" + text + "\n").persons == []


def test_a_marked_reporter_credit_with_a_compound_surname_a_colon_or_two_names() -> None:
    """The second review: ■记者 欧阳晓红 (a surname of two), ■记者：张三, ■本报记者 张三 李四 named no
    author, and ■记者 张三报道 named 张三报."""
    for credit, author in (
        ("■记者 欧阳晓红", "欧阳晓红"),
        ("■记者：张三", "张三"),
        ("■本报记者 张三 李四", "张三"),
        ("■记者 张三报道", "张三"),
    ):
        text = (
            f"中报期306家公司高管辞职\n\n2017年08月09日 来源: 证券日报\n\n{credit}\n\n8月8日晚间,公司公告。\n"
        )
        assert _read(text).author == author, credit
