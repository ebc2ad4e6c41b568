"""Rules learnt in stop 25 from blind set AG (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_quotes, _events, _names, _read
from .test_extract_tagger import _people


def test_days_in_chinese_numerals_to_come_and_their_stretches() -> None:
    """香港政府新聞公報 (infogovhk): 局長曾國衞將率領代表團,於五月十二日至十五日到訪北京 was the 12th a year
    back; the stretch printed again in the details was a second visit."""
    ann = _read(
        "局長率團訪京\n\n2024-05-10\n\n政制及內地事務局局長曾國衞將率領特區政府代表團,於五月十二日至十五日到訪北京。\n\n"
        "代表團於五月十二日至十五日到訪北京,與外交部官員會面交流。曾國衞將於五月十五日下午回港。\n"
    )
    assert _events(ann) == {"五月十二日至十五日": "2024-05-12..2024-05-15*", "五月十五日": "2024-05-15*"}


def test_a_leader_named_with_the_title_in_someones_words_and_a_correspondents_closing_line() -> None:
    """中国侨网 (chinaqw): “…习近平总书记在报告中提出的…” named nobody; 闽西日报 (mxrb): (通讯员 李聪妹 张永
    李云泽) on its own line credited nobody."""
    text = "标题\n\n他说:“我守着电脑看直播。习近平总书记在报告中提出的目标让我很受鼓舞。”\n\n"
    text += "(通讯员 李聪妹 张永 李云泽)\n"
    assert {p.name for p in _read(text).persons} == {"习近平", "李聪妹", "张永", "李云泽"}


def test_a_years_tally_is_no_happening() -> None:
    """寿宁新闻网 (snxww): 2024年中心所属媒体平台共推送各类新闻9300余条 was an event of 2024."""
    ann = _read(
        "标题\n\n2025-01-20\n\n2024年中心所属媒体平台共推送各类新闻9300余条。1月18日,中心召开总结会。\n"
    )
    assert _events(ann) == {"1月18日": "2025-01-18*"}


def test_an_embedded_post_is_its_posters_and_leaves_the_subject_as_it_was() -> None:
    """Chatham Daily News (chathamdailynews): after "Flames can now be seen through the roof. … — Trevor
    Terfloth (@DailyNewsTT) May 8, 2019", the chief's words "…," he said were the reporter's, and the
    post's day an event."""
    ann = _read(
        "Title\n\nMay 9, 2019\n\nFire Chief Bob Crawford stated that the response was a team effort.\n\n"
        "Flames can now be seen through the roof. #ckont pic.twitter.com/LhKnnA39ws — Trevor Terfloth "
        "(@DailyNewsTT) May 8, 2019\n\n“Crews worked swiftly to clear the homes and ensure everyone was "
        "safe,” he said in a release.\n"
    )
    names = {p.key: p.name for p in ann.persons}
    said = [(names[q.speaker], q.occurrences[0].anchor.text) for q in ann.quotes if q.kind == "direct"]
    assert said == [
        ("Trevor Terfloth", "Flames can now be seen through the roof."),
        ("Bob Crawford", "Crews worked swiftly to clear the homes and ensure everyone was safe,"),
    ]
    assert "May 8, 2019" not in _events(ann)


def test_an_english_sentence_opening_the_page_is_no_headline() -> None:
    """Chattanoogan (chattanoogan): "County Commissioner Warren Mackey said it is time for a Democrat to serve
    as chairman of the County Commission." was the headline, and so no one's words."""
    text = (
        "County Commissioner Warren Mackey said it is time for a Democrat to serve as chairman of the County "
        "Commission.\n\nThe selection will be made next week.\n"
    )
    assert _read(text).title == ""
    assert _en_quotes(text)[0][0] == "Warren Mackey"


def test_a_meetings_scene_and_a_labelled_credit_line_above_the_headline() -> None:
    """台灣TB新聞網 (tbnews): 會中社會局家防中心提出專案報告指出,… spoke as 會中社會局家防中心, and the line
    作者:孫曜樟 時間:2025-06-05 人氣: was the headline."""
    ann = _read(
        "作者:孫曜樟 時間:2025-06-05 人氣:\n\n新北警打詐掃黑成果豐\n\n新北市長侯友宜5日主持治安會報。\n\n"
        "會中社會局家防中心提出專案報告指出,老人受家庭暴力通報案量呈上升趨勢。\n"
    )
    assert (ann.title, ann.author) == ("新北警打詐掃黑成果豐", "孫曜樟")
    assert "社會局家防中心" in [o.name for o in ann.orgs]


def test_a_name_then_an_idiom_and_a_title_alone_are_read_as_they_are() -> None:
    """常州日报 (ourjiangsu): 肖丽铁了心 named 肖丽铁 beside 肖丽 printed alone; 澳門 (pjmacau):
    葉華釗助理關長 named 關長."""
    text = (
        "标题\n\n肖丽今年35岁。肖丽第一次辞职回家是在10年前。肖丽跟着师傅学会了操作。想想还是回城了。"
        "这一次,肖丽铁了心。她说,她发现不少村庄的面貌在发生变化。\n"
    )
    assert _people(text) == {"肖丽"}
    assert "關長" not in _names(
        "警察總局劉運嫦局長助理、澳門海關葉華釗助理關長、治安警察局梁慶康副局長出席。"
    )
