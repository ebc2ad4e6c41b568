"""Date forms real news prints, read by the one parser and found in running text."""

from __future__ import annotations

import datetime as dt

import pytest
from viewer.core.dateparse import parse_date
from viewer.core.dates import day_date
from viewer.pipeline.extract.dates import find_dates

REF = day_date(dt.date(2025, 11, 18))  # a Tuesday

PARSED = {
    "6 月 25 日": "2025-06-25*",
    "2018 年 6 月 30 日": "2018-06-30",
    "今年 4 月份": "2025-04*",
    "15年3月2日": "2015-03-02",
    "零七年": "2007",
    "九七年": "1997",
    "一季度": "2025-01..2025-03*",
    "2025年第三季度": "2025-07..2025-09",
    "今年前三季度": "2025-01..2025-09*",
    "今年前十一个月": "2025-01..2025-11*",
    "三年前": "c. 2022*",
    "两个月前": "c. 2025-09*",
    "20天后": "2025-12-08*",
    "年底": "late 2025*",
    "当月": "2025-11*",
    "2019年伊始": "early 2019",
    "1993年上半年": "1993-01..1993-06",
    "上一年": "2024*",
    "上上周": "2025-11-03..2025-11-09*",
    "上上周三": "2025-11-05*",
    "下个星期一": "2025-11-24*",
    "2019年4月12-19日": "2019-04-12..2019-04-19",
    "从2015年1月至12月": "2015-01..2015-12",
    "上世纪80年代": "1980..1989",
    "90年代末": "1997..1999*",
    "6·30": "2025-06-30*",
    "去年的9月": "2024-09*",
}


@pytest.mark.parametrize(("text", "label"), PARSED.items())
def test_real_news_date_forms_are_read(text: str, label: str) -> None:
    assert parse_date(text, REF).label() == label


def test_fifteen_years_alone_is_a_duration_not_a_year() -> None:
    with pytest.raises(ValueError):
        parse_date("15年", REF)


def _found(text: str, last: dt.date | None = None) -> dict[str, str]:
    after = day_date(last) if last else None
    return {m.text: m.date.label() for m in find_dates(text, 0, REF, last=after) if m.date}


def test_real_news_date_forms_are_found_in_running_text() -> None:
    text = (
        "公司2018 年 6 月 30 日上市,15年3月2日改名。今年前三季度营收增长,一季度亏损。"
        "他三年前离开,上世纪80年代入行。展会于2019年4月12-19日举行。上上周三他辞职,下个星期一复工。"
    )
    assert _found(text) == {
        "2018 年 6 月 30 日": "2018-06-30",
        "15年3月2日": "2015-03-02",
        "今年前三季度": "2025-01..2025-09*",
        "一季度": "2025-01..2025-03*",
        "三年前": "c. 2022*",
        "上世纪80年代": "1980..1989",
        "2019年4月12-19日": "2019-04-12..2019-04-19",
        "上上周三": "2025-11-05*",
        "下个星期一": "2025-11-24*",
    }


def test_days_after_count_on_from_the_day_narrated_and_years_after_are_no_date() -> None:
    assert _found("11月1日他入职,20天后离职。", last=None) == {
        "11月1日": "2025-11-01*",
        "20天后": "2025-11-21*",
    }
    assert _found("六年后,他决定退后一步。") == {}


def test_the_year_a_companys_report_covers_is_no_date() -> None:
    text = "随着2022年年报披露落下帷幕,2023年一季报和2022年财报也已发布。公司2022年迁址。"
    assert _found(text) == {"2022年": "2022"}


def test_a_month_day_and_year_printed_without_a_comma_is_one_date() -> None:
    found = {m.text: m.date for m in find_dates("• Sep 11 2019, 22:22pm ist; June 27 1500 people", 0, REF)}
    assert found["Sep 11 2019"] == day_date(dt.date(2019, 9, 11), text="Sep 11 2019")
    assert "June 27 1500" not in found  # a count after a day is no year
