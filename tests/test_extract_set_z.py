"""Rules learnt in stop 23 from blind set Z (its misses read for the first time)."""

from __future__ import annotations

from viewer.pipeline.extract import extract
from viewer.pipeline.reader import Source

from .test_extract_real import TODAY, _en_names, _en_quotes, _names, _quotes, _read


def _en_read(text: str):
    return extract(Source("a.txt", text, text.encode(), "utf-8", "txt"), today=TODAY)


def test_an_english_text_opening_with_its_byline_has_no_headline_and_that_author() -> None:
    """hartsvillevidette: "By Chris Gregory, Managing Editor" above the story was read as its title."""
    ann = _en_read(
        "By Chris Gregory, Managing Editor\n\nThe County Commission gave preliminary approval to putting "
        "school resource officers in each of the county’s three schools during Monday night’s meeting.\n"
    )
    assert (ann.title, ann.author) == ("", "Chris Gregory")
    assert "Chris Gregory" in {p.name for p in ann.persons}


def test_an_english_sentence_opening_the_text_is_its_story_not_its_headline() -> None:
    """jacksonvilleprogress: the first sentence (no comma, so not read as prose) was the title, and its
    day (at the Jan. 11 meeting) dated nothing."""
    ann = _en_read(
        "Commissioners approved several items related to the sheriff’s department at the Jan. 11 meeting.\n"
        "The first item was the sheriff’s monthly report.\n"
    )
    assert ann.title == ""
    assert [e.date_text for e in ann.events] == ["Jan. 11"]
    assert _en_read("Syria talks start on Friday, but can't say who with or when : U.N.\n\nText.\n").title


def test_a_title_with_its_office_is_no_part_of_the_name_after_it() -> None:
    """hartsvillevidette: "said Director of Schools Clint Satterfield" named "Schools Clint Satterfield"."""
    text = "“I’m asking for a commitment,” said Director of Schools Clint Satterfield in remarks to them."
    assert _en_names(text) == {"Clint Satterfield"}
    assert _en_quotes(text) == [("Clint Satterfield", "I’m asking for a commitment,")]


def test_a_generation_set_off_by_a_comma_is_part_of_the_name() -> None:
    """greenvilleadvocate: "chairman Charlie Sankey, Jr. saying" gave Charlie Sankey."""
    text = "Commission chairman Charlie Sankey, Jr. said the citizens of this county need coverage."
    assert _en_names(text) == {"Charlie Sankey, Jr."}


def test_a_reporter_of_an_outlet_who_reported_is_a_person() -> None:
    """cpr: "As NPR’s Merrit Kennedy reported on Saturday morning, police believe…" named nobody."""
    assert _en_names("As NPR’s Merrit Kennedy reported on Saturday, police believe he acted alone.") == {
        "Merrit Kennedy"
    }


def test_a_month_naming_the_vote_it_held_dates_it() -> None:
    """greenvilleadvocate: "following Powell’s defeat in the June primary" was no event."""
    ann = _read(
        "Title\n\nSeptember 13, 2018\n\nCommissioners expressed concern at staff shortages following "
        "Powell’s defeat in the June primary, with chairman Charlie Sankey saying more.\n"
    )
    assert [(e.date_text, e.date.label().rstrip("*")) for e in ann.events] == [("June", "2018-06")]


def test_a_pages_audio_player_and_more_news_links_are_no_part_of_the_story() -> None:
    """greenvilleadvocate (Getting your Trinity Audio player ready...), ftvnews (更多新聞: 快新聞/蔣萬安…)."""
    assert _en_names("Getting your Trinity Audio player ready...\n\nMickey Powell said it was late.") == {
        "Mickey Powell"
    }
    links = "更多新聞: 快新聞/蔣萬安自誇成功推不孕症補助 陳時中提8立委質詢過狠打臉"
    assert _names("陳其邁說,很好。\n\n" + links) == {"陳其邁"}


def test_more_said_after_a_subject_is_its_speakers_though_short() -> None:
    """ctinews: 陳耀祥此時又說「我不知道調查報告安排什麼時候」,又稱「我們內部本來就要開會」 was nobody's
    (又 before a verb read as 又称, "also called")."""
    text = (
        "陳椒華質疑,NCC還在整理資料。陳耀祥此時又說「我不知道調查報告安排什麼時候」,"
        "又稱「我們內部本來就要開會」。"
    )
    assert _quotes(text)[1:] == [
        ("陳耀祥", "我不知道調查報告安排什麼時候"),
        ("陳耀祥", "我們內部本來就要開會"),
    ]
    assert _quotes("新冠肺炎又稱「武漢肺炎」,已經傳播全球。") == []  # also called: a name, not words


def test_saying_with_a_laugh_and_of_oneself_report_words() -> None:
    """ftvnews: 陳其邁笑說要讓張硯卿自己說明…; rfi: 他自言,之前曾說過,…."""
    laughed = _quotes("高雄市長陳其邁找來張硯卿擔任發言人。陳其邁笑說要讓張硯卿自己說明,接受媒體的嚴刑拷打。")
    assert laughed == [("陳其邁", "要讓張硯卿自己說明,接受媒體的嚴刑拷打。")]
    said = _quotes("主任郑雁雄表示,香港正走上正轨。他自言,之前曾说过,香港必然有新局。")
    assert said[-1] == ("郑雁雄", "之前曾说过,香港必然有新局。")


def test_a_question_someone_is_reported_asking_still_dates_what_the_sentence_tells() -> None:
    """ctinews: 今(10)日NCC主委陳耀祥到立院…,立委陳椒華表示,…交出來了嗎? dated nothing: a question."""
    ann = _read(
        "標題\n\n記者黃彥昇/綜合報導\n\n昨(9)日有多名立委收到匿名爆料信。今(10)日NCC主委陳耀祥到立院進行專案報告,"
        "時代力量立委陳椒華表示,想請問陳主委的調查報告交出來了嗎?\n"
    )
    assert [e.date_text for e in ann.events] == ["昨(9)日", "今(10)日"]
    asked = _read("標題\n\n2023年1月10日\n\n香港歷經2003年SARS一疫之後,為何表現仍不如人意?\n")
    assert asked.events == []  # asked, not told


def test_the_radical_dot_typed_as_a_list_comma_separates_names() -> None:
    """rfi: 财政司长陈茂波丶商务及经济发展局长丘应桦丶… lost 丘应桦."""
    assert "丘应桦" in _names("出席的有财政司长陈茂波丶商务及经济发展局长丘应桦丶库务局长许正宇等。")


def test_hereby_after_a_name_is_no_part_of_it() -> None:
    """mytokencap: 本人杨宁特此声明 named 宁特此."""
    assert _names("天使投资人杨宁发文。本人杨宁特此声明,本人所转文章并非出自本人之笔。") == {"杨宁"}


def test_someone_named_again_by_surname_alone_speaks() -> None:
    """takungpao: 主席吳天海…吳形容,…; 吳認為,… were lost inside the first reported quote, and 吳形容
    was a person."""
    text = (
        "香港總商會今日舉行周年會員大會,主席吳天海在記者會表示,香港在區內排行榜倒退。"
        "吳形容,香港的情況不止原地踏步,更是在行倒車。吳認為,香港的當前急務是發展經濟及新市場。"
    )
    assert _names(text) == {"吳天海"}
    assert _quotes(text) == [
        ("吳天海", "香港在區內排行榜倒退。"),
        ("吳天海", "香港的情況不止原地踏步,更是在行倒車。"),
        ("吳天海", "香港的當前急務是發展經濟及新市場。"),
    ]


def test_the_title_alone_speaks_for_its_holder_named_with_a_form_of_address_without_its_stop() -> None:
    """urdupoint (set I): "Health Minister Dr Yasmin Rashid … the minister said that …" was nobody's."""
    text = (
        "Health Minister Dr Yasmin Rashid visited the hospital on Monday. "
        "The minister said that more than 20,000 patients were treated."
    )
    assert _en_quotes(text) == [("Yasmin Rashid", "more than 20,000 patients were treated.")]


def test_a_taiwan_papers_reporter_credit_near_the_top_names_the_author() -> None:
    """ltn (set A), ctinews (set Z) and six more Taiwan pages (seen in the GUI walkthrough's citation):
    〔記者凌美雪／台北報導〕 opening the story, or 記者黃彥昇/綜合報導 on a line of its own: no author."""
    opening = "標題\n\n2025/09/29 10:53\n\n〔記者凌美雪／台北報導〕民眾黨主席黃國昌遭爆指揮狗仔跟拍政敵。\n"
    assert _read(opening).author == "凌美雪"
    line = "標題\n\n記者黃彥昇/綜合報導\n\n鏡電視爭議持續延燒,昨(9)日有多名立委收到匿名爆料信。\n"
    assert _read(line).author == "黃彥昇"
    late = "標題\n\n" + "鏡電視爭議持續延燒。" * 50 + "\n\n記者黃彥昇/綜合報導\n"
    assert _read(late).author == ""  # far below the top: a credit of something else


def test_a_portals_date_line_names_the_outlet_it_carries() -> None:
    """chinanews (set A, seen in the GUI walkthrough's citation): "http://www.sina.com.cn 2003年10月04日16:33
    中国新闻网" under the headline gave the date but no publisher."""
    ann = _read("郝龙斌再度递交辞呈\n\nhttp://www.sina.com.cn 2003年10月04日16:33 中国新闻网\n\n正文。\n")
    assert (ann.publisher, ann.published_date.label()) == ("中国新闻网", "2003-10-04")
