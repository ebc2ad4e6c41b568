"""The date model and the one date parser: every form the article prints, and properties."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from viewer.core.dateparse import cn_number, parse_date
from viewer.core.dates import DateParseError, FuzzyDate, day_date, month_date, year_date

PUBLISHED = dt.date(2026, 3, 7)
D = dt.date


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2026-03-04", "2026年3月4日"),
        ("2026-03", "2026年3月"),
        ("2026", "2026年"),
        ("今年初", "2026年初*"),
        ("2026年年中", "2026年中"),
        ("2026年底", "2026年底"),
        ("3月初", "2026年3月上旬*"),
        ("3月下旬", "2026年3月下旬*"),
        ("大约2026年3月", "约 2026年3月"),
        ("2026-03-01..2026-03-07", "2026年3月1日至7日"),
        ("2026-03..2026-05", "2026年3月至5月"),
        ("2025-12-30..2026-01-02", "2025年12月30日至2026年1月2日"),
    ],
)
def test_labels_in_chinese(text, label):
    assert parse_date(text, PUBLISHED).label("zh") == label


def test_chinese_descriptions_and_open_ends():
    assert parse_date("今年初", PUBLISHED).describe("zh") == (
        "2026年初（精确到年，2026-01-01至2026-03-31，约略日期，年份据发表日期推断）"
    )
    assert parse_date("2026-03-04").describe("zh") == "2026年3月4日（精确到日）"
    day = parse_date("2026-03-04")
    assert replace(day, modifier="after").label("zh") == "2026年3月4日之后"
    assert replace(day, modifier="before").label("zh") == "2026年3月4日之前"


@pytest.mark.parametrize(
    "text, start, end, precision, modifier, inferred",
    [
        ("3月7日", D(2026, 3, 7), D(2026, 3, 7), "day", None, True),
        ("3月4日凌晨", D(2026, 3, 4), D(2026, 3, 4), "day", None, True),
        ("3月5日", D(2026, 3, 5), D(2026, 3, 5), "day", None, True),
        ("3月6日", D(2026, 3, 6), D(2026, 3, 6), "day", None, True),
        ("12月9日", D(2025, 12, 9), D(2025, 12, 9), "day", None, True),
        ("4月10日", D(2025, 4, 10), D(2025, 4, 10), "day", None, True),
        ("11月24日", D(2025, 11, 24), D(2025, 11, 24), "day", None, True),
        ("7月22日", D(2025, 7, 22), D(2025, 7, 22), "day", None, True),
        ("9月12日", D(2025, 9, 12), D(2025, 9, 12), "day", None, True),
        ("2026年1月", D(2026, 1, 1), D(2026, 1, 31), "month", None, False),
        ("今年初", D(2026, 1, 1), D(2026, 3, 31), "year", "early", True),
        ("2026-03-07 11:16", D(2026, 3, 7), D(2026, 3, 7), "day", None, False),
    ],
)
def test_every_date_form_of_the_article(text, start, end, precision, modifier, inferred):
    d = parse_date(text, PUBLISHED)
    assert (d.start, d.end, d.precision, d.modifier, d.year_inferred) == (
        start,
        end,
        precision,
        modifier,
        inferred,
    )
    assert d.text == text


@pytest.mark.parametrize(
    "text, modifier, year, inferred",
    [
        ("late last year", "late", 2025, True),
        ("early this month", "early", 2026, True),
        ("mid-March", "mid", 2026, True),
    ],
)
def test_a_part_of_a_relative_period_keeps_its_hedge(text, modifier, year, inferred):
    d = parse_date(text, PUBLISHED)
    assert (d.modifier, d.start.year, d.year_inferred) == (modifier, year, inferred)


def test_a_range_with_its_year_printed_once_is_not_inferred():
    printed = parse_date("2025年3月3日至5日", PUBLISHED)
    assert (printed.start, printed.end, printed.year_inferred) == (D(2025, 3, 3), D(2025, 3, 5), False)
    assert parse_date("3月3日至5日", PUBLISHED).year_inferred


def test_today_inside_a_brief_takes_the_brief_date():
    brief = parse_date("3月5日", PUBLISHED)
    today = parse_date("今日", brief)
    assert today.start == today.end == D(2026, 3, 5)
    assert today.year_inferred


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("2026", D(2026, 1, 1), D(2026, 12, 31), "year"),
        ("2026-03", D(2026, 3, 1), D(2026, 3, 31), "month"),
        ("2026-03-04", D(2026, 3, 4), D(2026, 3, 4), "day"),
        ("2026/3/4", D(2026, 3, 4), D(2026, 3, 4), "day"),
        ("2026年3月", D(2026, 3, 1), D(2026, 3, 31), "month"),
        ("2026年3月4日", D(2026, 3, 4), D(2026, 3, 4), "day"),
        ("二〇二六年三月四日", D(2026, 3, 4), D(2026, 3, 4), "day"),
        ("March 2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
        ("Mar 4 2026", D(2026, 3, 4), D(2026, 3, 4), "day"),
        ("4 March 2026", D(2026, 3, 4), D(2026, 3, 4), "day"),
        ("May 14, 2024", D(2024, 5, 14), D(2024, 5, 14), "day"),
        ("2026-03-01..2026-03-07", D(2026, 3, 1), D(2026, 3, 7), "day"),
        ("2025..2026", D(2025, 1, 1), D(2026, 12, 31), "year"),
        ("3月", D(2026, 3, 1), D(2026, 3, 31), "month"),
        ("4月", D(2025, 4, 1), D(2025, 4, 30), "month"),
        ("去年11月", D(2025, 11, 1), D(2025, 11, 30), "month"),
        ("当地时间17日", D(2026, 2, 17), D(2026, 2, 17), "day"),
        ("昨日", D(2026, 3, 6), D(2026, 3, 6), "day"),
        ("本周五", D(2026, 3, 6), D(2026, 3, 6), "day"),
        ("last Tuesday", D(2026, 3, 3), D(2026, 3, 3), "day"),
        ("3月上旬", D(2026, 3, 1), D(2026, 3, 10), "month"),
        ("September 9, 2025 3:41 PM", D(2025, 9, 9), D(2025, 9, 9), "day"),
        ("May 14, 2024, 09:30 GMT", D(2024, 5, 14), D(2024, 5, 14), "day"),
        ("last month", D(2026, 2, 1), D(2026, 2, 28), "month"),
        ("next month", D(2026, 4, 1), D(2026, 4, 30), "month"),
        ("last year", D(2025, 1, 1), D(2025, 12, 31), "year"),
        ("April", D(2025, 4, 1), D(2025, 4, 30), "month"),
        ("本週三", D(2026, 3, 4), D(2026, 3, 4), "day"),
        ("8月11日晚間", D(2025, 8, 11), D(2025, 8, 11), "day"),
        ("昨（5）日晚間", D(2026, 3, 5), D(2026, 3, 5), "day"),
        ("Sept. 2019", D(2019, 9, 1), D(2019, 9, 30), "month"),
        ("last week", D(2026, 2, 23), D(2026, 3, 1), "day"),
        ("上周", D(2026, 2, 23), D(2026, 3, 1), "day"),
        ("this week", D(2026, 3, 2), D(2026, 3, 8), "day"),
        ("本周末", D(2026, 3, 7), D(2026, 3, 8), "day"),
        ("next weekend", D(2026, 3, 14), D(2026, 3, 15), "day"),
        ("下周", D(2026, 3, 9), D(2026, 3, 15), "day"),
        ("昨晚", D(2026, 3, 6), D(2026, 3, 6), "day"),
        ("二零二五年九月二十九日", D(2025, 9, 29), D(2025, 9, 29), "day"),
        ("二零零零年至二零一一年", D(2000, 1, 1), D(2011, 12, 31), "year"),
    ],
)
def test_search_and_news_date_forms(text, start, end, precision):
    d = parse_date(text, PUBLISHED)
    assert (d.start, d.end, d.precision) == (start, end, precision)


def test_a_month_is_a_band_never_its_first_day():
    january = parse_date("2026年1月", PUBLISHED)
    first = parse_date("2026-01-01")
    mid = parse_date("2026-01-15")
    assert january != first and january.start == first.start
    assert january.overlaps(mid) and not january.within(mid)
    assert mid.within(january)
    assert january.label() == "2026-01"


def test_labels_say_precision_and_inference():
    assert parse_date("3月4日", PUBLISHED).label() == "2026-03-04*"
    assert parse_date("今年初", PUBLISHED).label() == "early 2026*"
    assert "year inferred" in parse_date("3月4日", PUBLISHED).describe()
    assert "approximate" in parse_date("今年初", PUBLISHED).describe()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "13月1日",
        "2026-02-30",
        "2月30日",
        "32日",
        "2026-13",
        "March 45 2026",
        "3..",
        "NEAR(",
        "'; DROP TABLE",
        "0000",
        "十十日",
        "十十月",
        "0日",
        "2026-00",
        "00000",
    ],
)
def test_unreadable_dates_raise_a_clear_error(text):
    with pytest.raises(DateParseError):
        parse_date(text, PUBLISHED)


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("3月1日..3月5日", D(2026, 3, 1), D(2026, 3, 5)),
        ("3月4日..5日", D(2026, 3, 4), D(2026, 3, 5)),
        ("2月28日..3月5日", D(2026, 2, 28), D(2026, 3, 5)),
        ("2025年12月..1月", D(2025, 12, 1), D(2026, 1, 31)),
        ("2026-02-28..3月5日", D(2026, 2, 28), D(2026, 3, 5)),
        ("30日", D(2026, 1, 30), D(2026, 1, 30)),
        ("31日", D(2026, 1, 31), D(2026, 1, 31)),
    ],
)
def test_year_less_ranges_run_forward_and_days_walk_back(text, start, end):
    d = parse_date(text, PUBLISHED)
    assert (d.start, d.end) == (start, end)


@given(st.text(alphabet="0123456789一二三四五六七八九十〇年月日号-/.. ", max_size=14))
def test_date_like_noise_never_raises_anything_but_a_date_error(text):
    with contextlib.suppress(DateParseError):
        parse_date(text, PUBLISHED)


def test_yearless_date_without_reference_is_an_error():
    with pytest.raises(DateParseError, match="needs a year"):
        parse_date("3月4日")


def test_chinese_numerals():
    assert [cn_number(s) for s in ("一", "十", "十二", "二十", "二十一", "三十一", "二〇二六")] == [
        1,
        10,
        12,
        20,
        21,
        31,
        2026,
    ]


days = st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31))


@given(days)
def test_iso_and_chinese_forms_read_back_the_same_day(day):
    for text in (
        day.isoformat(),
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}/{day.month}/{day.day}",
    ):
        d = parse_date(text)
        assert (d.start, d.end, d.precision, d.year_inferred) == (day, day, "day", False)


@given(days, days)
def test_forward_yearless_dates_are_the_earliest_on_or_after_two_days_before_the_reference(day, ref):
    """What will happen is on or after the page's day, or on one of the two days before it (a page
    printed after the day it was written for)."""
    if (day.month, day.day) == (2, 29):
        return
    d = parse_date(f"{day.month}月{day.day}日", ref, forward=True)
    assert (d.start.month, d.start.day) == (day.month, day.day) and d.year_inferred
    earliest = ref - dt.timedelta(days=2)
    assert d.start.replace(year=d.start.year - 1) < earliest <= d.start


@given(days, days, st.integers(0, 20))
def test_a_forward_yearless_range_is_the_earliest_not_ended_before_the_reference(day, ref, length):
    """将于11月19日至25日 (a plan told on 2007-11-13) was not read at all. Like a day, a range that ended on
    one of the two days before the page is that one (a page printed after the day it was written for)."""
    last = day + dt.timedelta(days=length)
    if (2, 29) in ((day.month, day.day), (last.month, last.day)):
        return
    d = parse_date(f"{day.month}月{day.day}日至{last.month}月{last.day}日", ref, forward=True)
    assert d.modifier == "range" and d.year_inferred and (d.start.month, d.start.day) == (day.month, day.day)
    late = ref - dt.timedelta(days=2)
    assert d.end >= late and (d.end.month, d.end.day) == (last.month, last.day)
    assert (d.end.year - d.start.year) == (last.year - day.year)
    earlier = parse_date(
        f"{day.month}月{day.day}日至{last.month}月{last.day}日", d.start - dt.timedelta(days=1)
    )
    assert earlier.end < late, "a reading a year earlier would already have ended"


def test_a_hyphen_between_days_is_a_range():
    """新浪财经 (set I): 9月27日-29日 was not read at all."""
    ref = D(2024, 9, 20)
    assert parse_date("9月27日-29日", ref).label() == "2023-09-27..2023-09-29*"
    assert parse_date("9月30日-10月2日", ref, forward=True).label() == "2024-09-30..2024-10-02*"
    assert parse_date("2024-09-20").label() == "2024-09-20", "an ISO day is no range"


def test_forward_leaves_printed_years_alone():
    assert parse_date("2024年11月1日", PUBLISHED, forward=True).start == D(2024, 11, 1)


@given(days, days)
def test_yearless_dates_are_the_latest_on_or_before_the_reference(day, ref):
    if (day.month, day.day) == (2, 29):
        return
    d = parse_date(f"{day.month}月{day.day}日", ref)
    assert (d.start.month, d.start.day) == (day.month, day.day) and d.year_inferred
    assert d.start <= ref < d.start.replace(year=d.start.year + 1)


@given(days, days)
def test_sort_keys_order_by_start_then_width(a, b):
    x, y = day_date(a), month_date(b.year, b.month)
    if x.start != y.start:
        assert (x.sort_key < y.sort_key) == (x.start < y.start)
    else:
        assert x.sort_key < y.sort_key


@given(days, days)
def test_overlap_is_symmetric_and_within_implies_overlap(a, b):
    x, y = month_date(a.year, a.month), year_date(b.year)
    assert x.overlaps(y) == y.overlaps(x)
    if x.within(y):
        assert x.overlaps(y)


@given(st.text(max_size=40))
def test_the_parser_never_fails_with_anything_but_a_date_error(text):
    try:
        d = parse_date(text, PUBLISHED)
    except DateParseError:
        return
    assert isinstance(d, FuzzyDate) and d.start <= d.end


@pytest.mark.parametrize(
    ("printed", "published", "day"),
    [
        ("明(19)日", dt.date(2016, 4, 18), dt.date(2016, 4, 19)),
        ("明（1）日上午", dt.date(2016, 4, 30), dt.date(2016, 5, 1)),
        ("今(18)日", dt.date(2016, 4, 18), dt.date(2016, 4, 18)),
        ("昨(30)日", dt.date(2016, 5, 1), dt.date(2016, 4, 30)),
        ("今(7/9)日", dt.date(2025, 7, 10), dt.date(2025, 7, 9)),
        # a word for a day, then the day in brackets: the day nearest the word's, on its side of today
        ("昨日(7日)上午", dt.date(2010, 4, 8), dt.date(2010, 4, 7)),
        ("昨天（30日）", dt.date(2016, 5, 1), dt.date(2016, 4, 30)),
        ("明日(1日)下午", dt.date(2016, 4, 30), dt.date(2016, 5, 1)),
        ("星期一(24日)下午", dt.date(2024, 6, 25), dt.date(2024, 6, 24)),
        ("星期一(24日)", dt.date(2024, 6, 28), dt.date(2024, 6, 24)),
        ("本周五(5月31日)", dt.date(2019, 5, 28), dt.date(2019, 5, 31)),
        ("今日(24日)", dt.date(2026, 2, 25), dt.date(2026, 2, 24)),
    ],
)
def test_taiwans_day_in_brackets_after_tomorrow_is_to_come(printed, published, day):
    assert parse_date(printed, day_date(published)).start == day


@pytest.mark.parametrize(
    ("printed", "said"),
    [
        ("Sunday", "inferred: the text prints no month or year for it"),
        ("昨日", "inferred: the text prints no month or year for it"),
        ("上月", "inferred: the text prints no month or year for it"),
        ("3月4日", "year inferred from the publication date"),
        ("Dec. 10", "year inferred from the publication date"),
        ("今(7/9)日", "year inferred from the publication date"),
    ],
)
def test_a_day_reckoned_whole_is_not_said_to_have_only_its_year_inferred(printed: str, said: str) -> None:
    """A walkthrough read "year inferred" on an event printed only as "Sunday": its whole day was."""
    assert said in parse_date(printed, parse_date("2019-04-16")).describe()


@pytest.mark.parametrize("text", ["2026-Feb-24", "2026-Feb-24 19:23", "24-Feb-2026", "2026/Feb/24"])
def test_a_day_with_its_months_name_between_numbers(text):
    """am730 prints 出版：2026-Feb-24 19:23."""
    assert parse_date(text).start == D(2026, 2, 24)


def test_what_will_happen_a_day_or_two_before_the_page_is_that_day_not_next_years():
    """IT之家 via itbear (set K): 小米将于9月25日晚7点举办… on a page of 2025-09-26 06:37 (written the day
    before, printed after midnight); a week before, it is next year's."""
    assert parse_date("9月25日", D(2025, 9, 26), forward=True).start == D(2025, 9, 25)
    assert parse_date("July 11", D(2015, 7, 12), forward=True).start == D(2015, 7, 11)
    assert parse_date("9月18日", D(2025, 9, 26), forward=True).start == D(2026, 9, 18)


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("昨", "2024-10-30*"),  # 蔣萬安昨赴議會, 鄭嘉如昨去信會員: Hong Kong and Taiwan papers' yesterday
        ("昨(24)", "2024-10-24*"),  # 賀一誠昨(24)前往廣州
        ("九月廿日", "2024-09-20*"),
        ("卅一日", "2024-10-31*"),
        ("6至8月", "2024-06..2024-08*"),  # 6至8月期間: June to August
        ("2023年6-8月", "2023-06..2023-08"),
        ("12月16日晚", "2023-12-16*"),  # 财新 (set B), 央视 (set B): annotated as 12月16日
        ("on Jan. 14", "2024-01-14*"),  # Salon (set C)
        ("in June last year", "2023-06*"),  # The National (set C): annotated as June
        ("last June", "2024-06*"),
        ("last November", "2023-11*"),
        ("June this year", "2024-06*"),
        ("Friday evening", "2024-10-25*"),  # set AB: annotated as the bare day word
        ("this Thursday evening", "2024-10-31*"),
        ("Saturday night", "2024-10-26*"),
        ("今天(10/2)", "2024-10-02*"),  # a Miaoli radio page (set AB)
        ("昨早", "2024-10-30*"),  # Apple Daily (set AB)
        ("今晨", "2024-10-31*"),
        ("今(2022)年", "2022"),
        ("今(113)年", "2024"),  # the Republic of China's year 113
        ("05.11.2015.", "2015-11-05"),  # B92 (set K), a Xinhua page (set O): day, month, year
        ("Thursday, 13th October, 2022", "2022-10-13"),  # GhanaWeb (set S)
        ("last Wednesday, February 21", "2024-02-21*"),  # Leitrim Observer (set O): the date says which
        ("11.03.2015  12:19", "2015-03-11"),
    ],
)
def test_forms_blind_annotators_could_not_load_are_read(printed: str, label: str) -> None:
    """Annotators of sets AA, B and C left such days undated or cut them short: the loader read none."""
    assert parse_date(printed, dt.date(2024, 10, 31)).label() == label
