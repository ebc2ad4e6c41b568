"""Rules learnt in stop 28 from blind set AP (annotated and scored at the stop's start, then read)."""

from __future__ import annotations

from .test_extract_real import _en_names, _en_quotes, _events, _names, _quotes, _read


def test_a_portals_credit_fields_apart_by_spaces_name_its_writers() -> None:
    """江华融媒 (jhxww): 来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01
    named nobody; only fields apart by 丨 or ; were read. The editor is credited too (stop 31: credited
    people are persons)."""
    ann = _read(
        "我县集中开工签约项目总投资34.01亿元\n\n"
        "来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19\n\n"
        "3月1日,全市举行重大项目集中开工仪式。\n"
    )
    assert {p.name for p in ann.persons} == {"蒋林锋", "钟芳玲", "潘嘉诚", "刘翥"}


def test_a_monk_or_nun_is_named_by_the_religious_name_before_the_form_of_address() -> None:
    """人間福報 (merit-times) and 人間通訊社 (lnanews): 住持心保和尚, 院長依來法師, 住持覺來法師 were nobody;
    a verb or a title before 法師 (帶領法師, 退居和尚) names no one."""
    names = _names("佛光山住持心保和尚、退居和尚心培和尚、院长依来法师出席。住持觉来法师带领法师诵经。")
    assert names == {"心保", "心培", "依来", "觉来"}


def test_a_title_after_the_name_before_a_verb_of_hoping_leaves_the_hope_to_that_person() -> None:
    """馬祖日報 (matsu.idv.tw): 劉碧雲校長期許所有畢業生都能天天快樂的學習 was nobody's words: the title
    stood between the name and the verb, and 期許 was not read as hoping."""
    assert _quotes("典礼感性登场,刘碧云校长期许所有毕业生都能天天快乐的学习。") == [
        ("刘碧云", "所有毕业生都能天天快乐的学习。")
    ]


def test_as_she_hoped_in_a_question_is_no_words_of_hers() -> None:
    """Watchout (set N): 能如她期許自己的讓國民黨變潮…嗎? is the writer asking, once 期許 is a verb of
    hoping."""
    assert _quotes("议员钟沛君参选。能如她期许自己的让国民党变潮,争取到年轻人支持吗?") == []


def test_a_sites_menu_of_one_item_a_line_and_its_breadcrumb_are_no_headline() -> None:
    """财经频道 (cpqg): eleven menu lines (新闻, 财经, 彩票, …) and 首页 > 新闻 > 社会资讯 above the
    headline hid the stamp under it (社会资讯 2025-06-19 22:30:47): the page was dated by a guess, and the
    stamp made an event."""
    menu = "\n".join(("新闻", "财经", "彩票", "理财", "新健康", "科技", "旅游", "体育", "教育", "美食"))
    head = "\n首页 > 新闻 > 社会资讯\n\n暴雨来袭 村干部连夜呼喊村民转移\n\n社会资讯 2025-06-19 22:30:47  \n\n"
    ann = _read(menu + head + "6月16日,气象部门频频发布暴雨预警。\n")
    assert ann.published_date.label() == "2025-06-19"
    assert ann.title == "暴雨来袭 村干部连夜呼喊村民转移"
    assert _events(ann) == {"6月16日": "2025-06-16*"}


def test_each_day_a_sentence_dates_is_a_happening_of_its_own() -> None:
    """KALW (kalw): "…votes by Hayward nurses on April 5 and Concord nurses on April 13" dated only
    April 5; a year naming a plan (2035年远景目标), a span's end (到8月28日) and an alternative (or
    Monday) are none."""
    ann = _read(
        "Title\nMay 1, 2023\n\nThe announcement follows votes by Hayward nurses on April 5 and Concord nurses"
        " on April 13.\n\n中山公用6月1日发布公告称,公司于5月31日紧急停牌。\n\n"
        "6月4日,区长来到代表团讨论“十四五”规划和2035年远景目标纲要草案。\n\n"
        "She said she would leave on Sunday or Monday.\n\n"
        "沈女士家的水管8月8日改造,到8月28日,水表显示已用了600吨水。\n"
    )
    assert sorted(_events(ann).items()) == [
        ("5月31日", "2022-05-31*"),  # after the 1 May the story is dated: the year before
        ("6月1日", "2022-06-01*"),
        ("6月4日", "2022-06-04*"),
        ("8月8日", "2022-08-08*"),
        ("April 13", "2023-04-13*"),
        ("April 5", "2023-04-05*"),
        ("on Sunday", "2023-04-30*"),
    ]


def test_a_two_character_name_before_and_is_no_three_character_name() -> None:
    """菏泽 (qyyjzz): the headline 张伦与我市部分外资外贸企业负责人座谈, its lead printing 市长张伦与… again,
    made a person 张伦与: a name printed twice kept its third character, though 与 ends no given name."""
    ann = _read(
        "张伦与我市部分外资外贸企业负责人座谈\n\n8月13日,市委副书记、市长张伦与我市部分外资外贸企业负责人座谈。"
        "张伦对与会企业表示感谢。\n"
    )
    assert {p.name for p in ann.persons} == {"张伦"}


def test_an_abbreviated_rank_and_noting_that_keep_an_officers_words() -> None:
    """Detroit Free Press (freep): “…,” 1st Asst. Chief LaShinda Stair explained… was cut into sentences
    at "Asst." and lost; "…,” Stair said, noting that the partner drove… lost what she noted."""
    quotes = _en_quotes(
        '"Next thing they know they see the muzzle flash," 1st Asst. Chief LaShinda Stair explained during'
        ' a news conference.\n\n"He called out to let everyone know," Stair said, noting that the partner'
        " drove the injured officer to the hospital."
    )
    assert quotes == [
        ("LaShinda Stair", "Next thing they know they see the muzzle flash,"),
        ("LaShinda Stair", "He called out to let everyone know,"),
        ("LaShinda Stair", "the partner drove the injured officer to the hospital."),
    ]


def test_a_features_present_tense_reports_words() -> None:
    """Grasslands News (grasslandsnews): "She adds that along with the Grand Opening – the library enjoyed
    a busy day." was nobody's: only "added" reported words."""
    quotes = _en_quotes(
        "Charla Smyth is the librarian. She said it was good.\n\nShe adds that along with the Grand Opening"
        " the library enjoyed a busy day."
    )
    assert quotes[-1] == ("Charla Smyth", "along with the Grand Opening the library enjoyed a busy day.")


def test_the_first_words_of_an_institutions_name_are_no_person() -> None:
    """Grasslands News: "Branch Manager – Southeast Regional Library" made a person Southeast Regional
    (Regional being printed on its own elsewhere); a library is an institution, as a hospital is."""
    text = "James Richards (Branch Manager – Southeast Regional Library) came. Regional staff helped."
    assert _en_names(text) == {"James Richards"}


def test_a_stamp_after_the_stories_credit_dates_it_over_a_portals_today() -> None:
    """人間通訊社 (lnanews): the page's head printed the day it was stored (2025年08月16日 星期六); the
    story's own stamp after its credit (【人間社 黃秋治 高雄報導】 2023-02-22) was read as an event of
    2023."""
    ann = _read(
        "人間通訊社\n\n2025年08月16日 星期六\n首頁 > 全球宗教\n\n佛光山寶華寺歡喜睦鄰\n\n"
        "【人間社 黃秋治 高雄報導】 2023-02-22\n住持覺來法師2月21日帶領佛光會員前往誦經祝賀。\n"
    )
    assert ann.published_date.label() == "2023-02-22"
    assert _events(ann) == {"2月21日": "2023-02-21*"}


def test_a_forums_label_and_read_counter_are_no_part_of_the_title_and_the_reporter_is_in_no_event() -> None:
    """馬祖資訊網 (matsu.idv.tw), seen in a walkthrough: the title was the forum's label 張貼者; the
    headline below it carried its counter (--閱讀人次 : 858); and the reporter credited in the lead
    (【記者陳鵬雄報導】…15日下午…) was a person of the graduation, with a lane of his own."""
    ann = _read(
        "張貼者\n坂里國小第51屆畢典感性登場 7位畢業生開心說再見 --閱讀人次 : 858\n"
        "【記者陳鵬雄報導】坂里國小第51屆畢業典禮15日下午4時感性登場,劉碧雲校長期許畢業生快樂學習。\n"
    )
    assert ann.title == "坂里國小第51屆畢典感性登場 7位畢業生開心說再見"
    assert ann.author == "陳鵬雄"
    names = {p.key: p.name for p in ann.persons}
    assert [[names[key] for key, _how in e.person_links] for e in ann.events] == [["劉碧雲"]]
