"""Rules learnt in stop 26 from blind set AJ (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_names, _events, _names, _read


def test_the_stores_day_before_the_first_line_dates_the_page() -> None:
    """mid-day and Marion County Messenger (midday, marioncounty): " date 2017-01-11 Reports are now
    confirmed …" dated nothing (so "on Tuesday" was no event) or was an event of its own."""
    ann = _read(
        " date 2017-01-11 Reports are now confirmed that the plant will trim 375 jobs.\n"
        "The layoffs are a result of a partial closure, the company announced on Tuesday.\n"
    )
    assert ann.published_date.label() == "2017-01-11"
    assert _events(ann) == {"on Tuesday": "2017-01-10*"}


def test_a_releases_labelled_day_below_a_sites_chrome() -> None:
    """臺南市政府 (tainan): 發稿時間: 113年1月1日 08:45, sixty lines down past a weather widget, dated
    nothing and was an event; the widget's 今日氣溫 was one too."""
    chrome = "跳到主要內容區塊\n晴天\n今日氣溫\n28 ~ 30\n" + "".join(
        f"  • 站{i}\n    AQI\n" for i in range(30)
    )
    ann = _read(
        chrome + "發稿單位: 新聞及國際關係處\n發稿時間: 113年1月1日 08:45\n發稿人: 邱姿穎\n\n"
        "迎接113年元旦新年到來,台南市政府今(1)日一早舉行升旗典禮。\n"
    )
    assert ann.published_date.label() == "2024-01-01"
    assert _events(ann) == {"今(1)日": "2024-01-01*"}


def test_a_long_first_line_of_clauses_ending_in_a_full_stop_is_no_headline() -> None:
    """安徽网 (ahwang): 安徽网 大皖客户端讯 5月30日上午9时许,颍上县公安局民警调查发现,…进行抓捕。 was the
    headline, so nothing in it was read; …大皖客户端记者 向凯 credited no one."""
    ann = _read(
        "安徽网 大皖客户端讯 5月30日上午9时许,颍上县公安局民警调查发现,2013年因持枪伤人被网上追逃的犯罪嫌疑人"
        "陈某在城北商场附近出现,并迅速指令特巡警大队进行抓捕。\n\n"
        "王雅涵 新安晚报 安徽网 大皖客户端记者 向凯\n"
    )
    assert ann.title == ""
    assert set(_events(ann)) == {"2013年"}
    assert "向凯" in {p.name for p in ann.persons}


def test_a_labelled_stamp_opening_the_line_the_story_starts_on() -> None:
    """内江广播电视台 (scnj): 时间:2019-05-30 20:18:38 来源:内江广播电视台5月30日上午,… dated nothing,
    so 将于6月6日至8日 was no event, and the stamp was one."""
    ann = _read(
        "我市召开2019年第17场新闻发布会\n时间:2019-05-30 20:18:38 来源:内江广播电视台5月30日上午,市政府新闻办"
        "举行2019年第17场新闻发布会,介绍我市内江沱江流域综合治理和绿色生态系统建设与保护“世代工程”的推进情况,"
        "以及第七届爱心送考大型公益志愿服务活动的有关安排。市委宣传部、市交通运输局、市教育局等部门负责人出席发布会,"
        "并回答了四川日报、华西都市报等媒体记者的提问。\n届时,出租车将于6月6日至8日为参加高考的学生无偿"
        "提供接送服务。\n"
    )
    assert ann.published_date.label() == "2019-05-30"
    assert _events(ann) == {"5月30日上午": "2019-05-30*", "6月6日至8日": "2019-06-06..2019-06-08*"}


def test_a_football_club_is_no_person() -> None:
    """mid-day (midday): "Crystal Palace boosted their bid …" made Crystal Palace a person."""
    text = "Crystal Palace boosted their bid for survival on Sunday, coach Roy Hodgson said.\n"
    assert _en_names(text) == {"Roy Hodgson"}


def test_today_and_its_day_spaced_in_brackets() -> None:
    """立場新聞 (standnews): 被還押至今( 19 日)在東區裁判法院判刑 was no event."""
    ann = _read("標題\n\n2021-03-19\n\n被告被還押至今( 19 日)在東區裁判法院判刑。\n")
    assert _events(ann) == {"今( 19 日)": "2021-03-19*"}
    assert _names("標題\n\n2021-03-19\n\n裁判官羅德泉今( 19 日)判刑。") == {"羅德泉"}
