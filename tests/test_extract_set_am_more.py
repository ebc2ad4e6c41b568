"""Rules learnt in stop 28 from blind set AM's pages read again (AM was read in stop 27)."""

from __future__ import annotations

from .test_extract_real import _quotes


def test_reported_words_end_at_a_colon_before_quote_marks() -> None:
    """笔记网 (biji, set AM): 許皓程表示球隊…都盡力表現:「還是為我們的球員感到驕傲…」 was one reported quote
    running over his quoted words."""
    text = "谈到比赛,总教练许皓程表示球队都尽力表现:「还是为我们的球员感到骄傲,只是结果不如意。」"
    assert _quotes(text) == [
        ("许皓程", "球队都尽力表现"),
        ("许皓程", "还是为我们的球员感到骄傲,只是结果不如意。"),
    ]
