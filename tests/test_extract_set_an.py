"""Rules learnt in stop 27 from blind set AN (scored first at ca48cbb, read at the stop's end)."""

from __future__ import annotations

from .test_extract_real import _events, _names, _read


def test_a_day_in_quote_marks_naming_a_disaster_dates_it() -> None:
    """hrbtv (央视新闻): 去年发生的河北承德“4·8”养老院火灾 was dated only by 去年; the marks hid the day."""
    ann = _read("标题\n2026-03-17\n\n去年发生的河北承德“4·8”养老院火灾,造成20名失能老人遇难。\n")
    assert _events(ann) == {"4·8": "2025-04-08*"}


def test_the_day_a_show_runs_to_is_still_to_come() -> None:
    """MCTV (macaucabletv): 展覽展期至11月30日, printed on 13 November 2024, was the 30th of the year
    before."""
    ann = _read("标题\n2024-11-13\n\n展覽於今日開幕。展覽展期至11月30日。\n")
    assert _events(ann) == {"今日": "2024-11-13*", "11月30日": "2024-11-30*"}


def test_a_preposition_or_if_after_a_title_opens_no_name() -> None:
    """澎湃新闻 (thepaper) and 台中時報 (taichungtimes): 科学家向观众介绍 made a person 向观众,
    市長若未表示意見 one called 若未; 记者 向凯 is still a person."""
    assert _names("青年科学家向观众介绍了他们的研究成果。议员刘士州表示,市长若未表示意见就遭批评。") == {
        "刘士州"
    }
    assert _names("新安晚报 记者 向凯\n") == {"向凯"}
