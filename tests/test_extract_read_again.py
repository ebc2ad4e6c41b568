"""Rules learnt in stop 28 from pages of sets read before (AM, AI), read again."""

from __future__ import annotations

import datetime as dt

from viewer.pipeline.extract import extract
from viewer.pipeline.reader import Source

from .test_extract_real import TODAY, _events, _quotes


def test_reported_words_end_at_a_colon_before_quote_marks() -> None:
    """笔记网 (biji, set AM): 許皓程表示球隊…都盡力表現:「還是為我們的球員感到驕傲…」 was one reported quote
    running over his quoted words."""
    text = "谈到比赛,总教练许皓程表示球队都尽力表现:「还是为我们的球员感到骄傲,只是结果不如意。」"
    assert _quotes(text) == [
        ("许皓程", "球队都尽力表现"),
        ("许皓程", "还是为我们的球员感到骄傲,只是结果不如意。"),
    ]


def test_an_embedded_post_on_one_line_does_not_date_the_page() -> None:
    """The Daily Caller (set AI): a tweet printed on one line, "Updating legislators, … — Gov. Greg Abbott
    (@GovAbbott) March 12, 2020", dated the page over its address's 13 March, and "declared … Friday" became
    the 6th."""
    text = (
        "The governor of Texas declared a “State of Disaster” Friday regarding the coronavirus pandemic.\n\n"
        "Updating legislators on TX’s ongoing #COVID19 efforts. pic.twitter.com/kqqJa1PBFO — Gov. Greg Abbott"
        " (@GovAbbott) March 12, 2020\n"
    )
    ann = extract(
        Source("a.txt", text, text.encode(), "utf-8", "txt"), TODAY, dt.date(2020, 3, 13), "address"
    )
    assert ann.published_date.label() == "2020-03-13"
    assert _events(ann) == {"Friday": "2020-03-13*"}


def test_an_embedded_posts_day_is_a_guess_when_nothing_else_dates_the_page() -> None:
    """The Chatham Daily News (set AG): with no date of its own and no address, the page is dated by the
    embedded post's day as before, but as a guess the review asks about."""
    text = (
        "More than a dozen residents were left without a home after a Wednesday afternoon fire.\n\n"
        "Flames can now be seen through the roof. #ckont pic.twitter.com/LhKnnA39ws — Trevor Terfloth"
        " (@DailyNewsTT) May 8, 2019\n"
    )
    ann = extract(Source("a.txt", text, text.encode(), "utf-8", "txt"), TODAY)
    assert ann.published_date.label() == "2019-05-08"
    assert ann.published_guess
