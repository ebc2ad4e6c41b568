"""Rules of stop 31, from the misses of sets BA, BB and BC (read this stop): each a kind of miss seen on
more than one page, not one page's wording."""

from __future__ import annotations

import pytest

from .test_extract_real import _read


def _people(text: str) -> list[str]:
    """The persons found in a Chinese story under a dated headline."""
    return sorted(p.name for p in _read("标题一行\n2022年1月10日\n\n" + text + "\n").persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("比賽接近尾聲時,海港隊主教練萊科難掩失落。與此同時,萊科也坦言,賽季很艱難。", "萊科"),
        ("赛后,海港主帅穆斯卡特接受了媒体的采访。", "穆斯卡特"),
        ("之后巴西籍主教练斯科拉里在2015年率队第二次夺冠。", "斯科拉里"),
    ],
)
def test_a_foreign_name_the_tagger_reads_whole_after_a_title_is_a_person(text: str, name: str) -> None:
    """big5cri, 1689878, daweijishu, gzwanael: a coach named in characters of no Chinese shape (萊科) was
    missed, or cut to a Chinese-looking start (穆斯, 斯科), and with them five of his quotes."""
    assert _people(text) == [name]


def test_an_everyday_word_after_a_title_is_no_foreign_name() -> None:
    """The tagger's name after a title still has to be no everyday word printed once."""
    assert _people("县委书记高度重视防汛工作,主任认真部署。") == []
