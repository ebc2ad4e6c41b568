"""Rules learnt in stop 25 from blind set AD (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _events, _names, _quotes, _read
from .test_extract_tagger import _people


def test_a_clause_dated_the_same_day_as_the_one_before_is_the_same_happening() -> None:
    """读特 (dutenews): 英国警方17日表示,…一名26岁的男子当天…被捕 was two events of one day."""
    ann = _read(
        "英国警方再逮捕一名嫌疑人\n\n2025-05-18 06:19\n\n"
        "英国警方17日表示,因涉嫌参与纵火案,一名26岁的男子当天13时45分左右在伦敦卢顿机场被捕。\n"
    )
    assert [(e.date_text, e.date.label()) for e in ann.events] == [("17日", "2025-05-17*")]


def test_a_summary_repeating_the_lead_dates_nothing_twice() -> None:
    """读特 (dutenews): the 摘要 printed before the story repeats its first paragraph: its events were told
    twice."""
    lead = "英国警方17日表示,因涉嫌参与英首相住宅纵火案,一名26岁的男子在伦敦卢顿机场被捕"
    text = f"英国警方再逮捕一名嫌疑人\n\n2025-05-18 06:19\n摘要\n\n{lead}\n\n{lead}。\n\n该男子已被拘留。\n"
    assert [e.anchor.start for e in _read(text).events] == [text.index(lead + "。")]


def test_the_end_of_a_span_is_no_happening() -> None:
    """NBC 11 (sirko): "The schools were set to be closed through April 30." was an event of April 30."""
    ann = _read(
        "Title\n\nApril 21, 2020\n\nThe schools were set to be closed through April 30. "
        "The last lesson will be given on May 15.\n"
    )
    assert _events(ann) == {"May 15": "2020-05-15*"}


def test_a_place_the_tagger_names_elsewhere_is_no_person() -> None:
    """齐鲁晚报 (qlwb): 沈高 of 沈高镇 and 沈高村 was a person wherever printed alone (到沈高开展调研)."""
    text = (
        "标题\n\n罗志军到姜堰市沈高镇沈高村与村民同吃同住。沈高村村民刁友生对书记的菜谱记忆犹新。"
        "“省委书记到沈高开展驻村住户调研,对我们是巨大的鼓舞。”沈高镇党委书记卜青山说,全镇都在寻求沈高发展。\n"
    )
    assert "沈高" not in _people(text)


def test_the_spouse_after_a_possessive_speaks() -> None:
    """齐鲁晚报 (qlwb): “5天4宿,…”刁友生的老伴凌秀珍说 gave the words to 刁友生."""
    text = (
        "罗志军带着随行三名工作人员住进了刁友生家,开始驻村调研。“5天4宿,他们4个人吃住都在我家里,"
        "因为我家子女成家后多了两个空房间。”刁友生的老伴凌秀珍说,她做的是地道的农家菜。"
    )
    assert _quotes(text)[0] == ("凌秀珍", "5天4宿,他们4个人吃住都在我家里,因为我家子女成家后多了两个空房间。")


def test_they_say_speaks_for_nobody_named() -> None:
    """齐鲁晚报 (qlwb): 草庙村的乡亲们…。他们说,李省长16日下午到村后… gave the villagers' words to 李学勇."""
    text = "草庙村的乡亲们,大多目睹了李学勇在村里的调研。他们说,李省长16日下午到村后没有休息,一刻也没有停歇。"
    assert _quotes(text) == []


def test_a_release_stamped_in_the_republics_years_after_its_label_is_dated_by_it() -> None:
    """台南市政府 (tainancity): 發稿時間:115年2月9日 was an event, and no publication date."""
    ann = _read(
        "市長視察擴大臨檢\n\n發稿單位:新聞及國際關係處\n發稿時間:115年2月9日\n\n台南市今(9)日起展開臨檢工作。\n"
    )
    assert ann.published_date is not None and ann.published_date.label() == "2026-02-09"
    assert _events(ann) == {"今(9)日": "2026-02-09*"}


def test_a_rare_surname_and_the_reporters_credit_before_a_sentence() -> None:
    """随州日报 (szrb): 总经理茆庆国来随 named 茆庆国来随; 本报讯 记者唐天才…报道:…。他要求… gave 茆庆国's
    demand to the reporter."""
    text = (
        "本报讯 记者唐天才、特约记者程舢报道:6月19日,中国盐业总公司总经理茆庆国来随,考察人造板项目。"
        "他要求该项目加快建设进度,确保项目在“十一”正式投产。"
    )
    assert "茆庆国" in _names(text)
    assert _quotes(text) == [("茆庆国", "该项目加快建设进度,确保项目在“十一”正式投产。")]


def test_days_and_quotes_printed_with_spaces_around_their_words() -> None:
    """ZAKER (zaker): 当地时间 24 日 14 时 30 分左右 and 预计 27 日访问日本 dated nothing; 该男子名叫盐田达也
    named nobody; 称 " 对气象厅…变化 " kept the spaces."""
    ann = _read(
        "美驻日使馆附近发生持刀袭警事件\n\n2025-10-26\n\n"
        "据东京警视厅消息,当地时间 24 日 14 时 30 分左右,一名男子被警方逮捕。"
        "该男子名叫盐田达也,38 岁。他承认犯罪嫌疑,但供述内容离奇,"
        '称 " 对气象厅等机构抱有恨意,认为他们在操控气候变化 ",并未提及美国。\n\n'
        "美国总统特朗普预计 27 日访问日本。\n"
    )
    assert _events(ann) == {"当地时间 24 日": "2025-10-24*", "27 日": "2025-10-27*"}
    names = {p.key: p.name for p in ann.persons}
    assert [(names[q.speaker], q.occurrences[0].anchor.text) for q in ann.quotes] == [
        ("盐田达也", "对气象厅等机构抱有恨意,认为他们在操控气候变化")
    ]


def test_a_student_asking_and_a_committee_listed_are_nobody_named() -> None:
    """昭阳信息网 (zhaoyang): 一个学生问道:“…” was 王敏正's question; 区委常委 listed after a name named
    区委."""
    text = (
        "王敏正亲切的话语激起大家的兴趣,一个学生问道:“你们对昭通的环境有什么看法?”"
        "区委副书记张华昆、区委常委、区委办公室主任王明昆等领导参加了谈话。张华昆、王明昆都很高兴。"
    )
    assert _quotes(text) == []
    assert "区委" not in _names(text)


def test_a_warning_given_is_no_words_said() -> None:
    """now.news (newszx): 警方給予警告,梁志恒突然激動以粗口罵警 was the police's words."""
    text = "記者梁志恒在太子站外拍攝。警方給予警告,梁志恒突然激動以粗口罵警,警方隨即將其拘捕。"
    assert _quotes(text) == []
