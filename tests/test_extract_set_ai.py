"""Rules learnt in stop 26 from blind set AI (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_names, _names, _read


def test_a_name_the_tagger_cuts_before_a_title() -> None:
    """雲林縣政府 (yunlin): 當張麗善縣長的耳朵 and 將張麗善縣府團隊 made the person 張麗."""
    text = "標題\n\n由計畫處舉辦,將張麗善縣府團隊的成果和縣民分享。\n\n"
    text += "處長李明岳邀請鄉親一起當張麗善縣長的耳朵和眼睛。\n"
    assert "張麗善" in _names(text)
    assert "張麗" not in _names(text)


def test_a_name_ending_in_a_conjunctions_character() -> None:
    """建德新闻网 (jdnews): 该村的党总支书记徐学和。 was 徐学."""
    text = "记者走进了该村办公楼,正好遇见了该村的党总支书记徐学和。徐书记告诉记者说,报纸办了一年。"
    assert _names(text) == {"徐学和"}


def test_a_count_after_a_name_is_no_handle() -> None:
    """体坛+ (titanplus): 全运-湖南小将黄瑰芬200米夺冠 read 黄瑰芬 as a credit's handle
    (刘吻雯_LoisLiu)."""
    text = "全运-湖南小将黄瑰芬200米夺冠\n\n北京时间9月5日,来自湖南队的黄瑰芬以23秒24夺冠。\n"
    assert _names(text) == {"黄瑰芬"}


def test_a_numeric_date_line_spelled_out_below_it() -> None:
    """Wyoming's governor (wyogov, 2013): 5/3/2013 over "May 3, 2013" dated the release 5 March."""
    ann = _read(
        "Governor Provides Update\n\n5/3/2013\n\nOFFICE OF GOVERNOR MATT MEAD\n\n\nMay 3, 2013\n\n\n"
        "CHEYENNE, Wyo. – Governor Matt Mead held a news conference today to take questions.\n"
    )
    assert ann.published_date.label() == "2013-05-03"


def test_a_major_and_a_command() -> None:
    """East Idaho News (eastidahonews): "ISP Western Command Major Russ Wheatley" made two people, the
    command and Major Russ Wheatley."""
    text = (
        "“Our primary concern is the trooper’s well-being,” said ISP Western Command Major Russ Wheatley.\n"
    )
    assert _en_names(text) == {"Russ Wheatley"}


def test_a_byline_of_a_spaced_name_and_another() -> None:
    """商洛日报 (slrb): 文/图 记者 王 涛 方由朝 credited no one."""
    names = {
        n.replace(" ", "") for n in _names("标题\n\n文/图 记者 王 涛 方由朝\n\n3月11日,市委召开会议。\n")
    }
    assert names == {"王涛", "方由朝"}


def test_a_lecturer_named_after_the_title() -> None:
    """澳門日報 (modaily): 科大講師項方 named no one."""
    assert _names("出席嘉賓包括理事長許治煒、科大講師項方,該協會會長黃銓昌。") == {"許治煒", "項方", "黃銓昌"}
