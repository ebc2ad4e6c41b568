"""Rules learnt in stop 26 from blind set AH (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_names, _en_quotes, _events, _names, _quotes, _read


def test_a_name_opening_with_initials_run_together() -> None:
    """Business Insider SG (businessinsidersg): "Juul Labs CEO K.C. Crosthwaite" named nobody, and his words
    after "Crosthwaite said" were nobody's."""
    text = (
        "Juul Labs CEO K.C. Crosthwaite sent a memo to staffers on Wednesday.\n\n"
        "“We have hard decisions to make,” Crosthwaite said in the memo.\n"
    )
    assert _en_names(text) == {"K.C. Crosthwaite"}
    assert _en_quotes(text) == [("K.C. Crosthwaite", "We have hard decisions to make,")]


def test_an_outlet_told_and_a_universitys_team_are_no_people() -> None:
    """Business Insider SG: "a Juul spokesperson told Business Insider:" made a person of the site; Valdosta
    Daily Times (valdostadailytimes): "the Bowie State Bulldogs" one of the university."""
    text = (
        "The Valdosta State Blazers took down the Bowie State Bulldogs 41-17 on Saturday, coach Gary Goff "
        "said.\n\nA spokesperson told Business Insider: “We have nothing to announce at this time.”\n"
    )
    assert _en_names(text) == {"Gary Goff"}


def test_a_day_after_a_title_is_no_name() -> None:
    """澳門政府新聞局 (gcsgovmo): (明天宣佈新入境限制措施) and 行政長官明天將會召開記者會 made 明天 a
    person."""
    text = "標題(明天宣佈新入境限制措施)\n\n新聞局\n2020-03-23 17:25\n\n"
    text += "衛生局局長李展潤表示,行政長官明天將會召開記者會。\n"
    assert _names(text) == {"李展潤"}


def test_the_accused_named_after_their_title_and_a_surname_alone() -> None:
    """中国小康网 (chinaxiaokang): 犯罪嫌疑人马洪兵、马伟兵 named no one; 犯罪嫌疑人周姓男子 (yzaobao) and
    把嫌犯繩之以法 (ttv) would have named 周姓 and 繩之 with the title known."""
    assert _names("警方在菜场附近发现犯罪嫌疑人马洪兵行踪。马洪兵随后被抓获。") == {"马洪兵"}
    assert _names("民警当场抓获52岁犯罪嫌疑人周姓男子。") == set()
    assert _names("部长徐国勇表示,应该要把嫌犯繩之以法。") == {"徐国勇"}


def test_a_name_the_dictionary_knows_after_a_title_is_still_a_name() -> None:
    """The rule for an idiom after a title (嫌犯繩之以法) took every four characters the dictionary knows for
    one: 外长拉夫罗夫, 总理马哈蒂尔 and 大使司徒雷登 named no one, or a name cut short."""
    assert _names("俄罗斯外长拉夫罗夫表示,俄方愿意对话。") == {"拉夫罗夫"}
    assert _names("马来西亚总理马哈蒂尔表示,他将访问中国。") == {"马哈蒂尔"}
    assert _names("美国大使司徒雷登表示,他很失望。") == {"司徒雷登"}


def test_a_paper_and_its_site_joined_by_a_dot_are_no_name() -> None:
    """中青报 (everyday-news): (中青报·中青网记者 朱彩云) made 中青报·中青网 a transliterated name."""
    text = "本报北京7月15日电(中青报·中青网记者 朱彩云)今天,多位企业家代表亮相见面会。\n\n"
    text += "创始人王兴兴表示,今年增长很快。\n"
    assert _names(text) == {"朱彩云", "王兴兴"}


def test_a_hong_kong_married_name_and_its_two_surnames() -> None:
    """mna.net.cn: 行政长官林郑月娥 was 林郑; in 文匯報's and TVB's pages 林鄭 and 林鄭月娥 were two
    people."""
    text = "香港特区行政长官林郑月娥届时将出席酒会并致辞。\n\n林郑称,政府会聆听各方意见。\n"
    assert _names(text) == {"林郑月娥"}
    assert _quotes(text) == [("林郑月娥", "政府会聆听各方意见。")]


def test_a_coach_titled_as_the_teams_commander() -> None:
    """新华网 (news.cn): 澳大利亚队主帅谢丽尔·里夫 was the person 队主帅谢丽尔·里夫."""
    text = "中国女篮对手澳大利亚队主帅谢丽尔·里夫表示,她们是一支非常好的球队。\n"
    assert _names(text) == {"谢丽尔·里夫"}


def test_a_press_releases_head_dates_it() -> None:
    """Wyoming's governor (politicalemails): "NEWS RELEASE April 17, 2025 CONTACTS: …" dated nothing, so the
    summit "on Wednesday" and the grants "last year" were not events."""
    ann = _read(
        "NEWS RELEASE April 17, 2025 CONTACTS: Michael Pearlman, Communications Director Janelle Collins, "
        "Strategic Communications Director\n"
        "Governor Mark Gordon addressed attendees of the Funding Summit on Wednesday at Central Wyoming "
        "College in Riverton.\n"
    )
    assert ann.published_date.label() == "2025-04-17"
    assert _events(ann) == {"on Wednesday": "2025-04-16*"}


def test_a_news_date_in_the_republics_years_in_numbers() -> None:
    """金門縣議會 (kmcc): 新聞日期:98-12-23 (2009) dated nothing, so 昨日 and 今日 were not events."""
    ann = _read(
        "洪麗萍提議提前結束議程\n\n資料來源:金門日報\n新聞日期:98-12-23\n"
        "縣議會第四屆第八次定期會昨日續進行縣政總質詢,由第二組議員上場質詢。\n"
    )
    assert ann.published_date.label() == "2009-12-23"
    assert _events(ann) == {"昨日": "2009-12-22*"}


def test_a_short_lead_opening_with_its_day_and_a_county_leader() -> None:
    """河北新闻网 (hebei): the page's first line,
    7月8日,县委书记彭晓明检查调度防汛备汛工作。县领导秦迎春陪同。, was its headline (so no event), and
    县领导秦迎春 named no one."""
    ann = _read("7月8日,县委书记彭晓明检查调度防汛备汛工作。县领导秦迎春陪同。\n彭晓明先后查看了险工险段。\n")
    assert ann.title == ""
    assert {p.name for p in ann.persons} == {"彭晓明", "秦迎春"}
    assert set(_events(ann)) == {"7月8日"}


def test_a_day_to_come_then_what_will_be_done_on_it_in_someones_words() -> None:
    """澳門政府新聞局 (gcsgovmo): 他表示,行政長官明天將會召開記者會 was a plan, not the press conference
    of the 24th."""
    ann = _read(
        "標題\n\n2020-03-23\n\n局長李展潤表示,稍後會安排措施。他表示,行政長官明天將會召開記者會,宣佈細節。\n"
    )
    assert _events(ann) == {"明天": "2020-03-24*"}


def test_noted_before_a_clause_with_a_named_subject() -> None:
    """Wyoming's governor (politicalemails): "Governor Gordon noted Wyoming has historically been challenged
    …" was nobody's words."""
    text = (
        "Governor Mark Gordon spoke at the summit. Governor Gordon noted Wyoming has historically been "
        "challenged in its efforts to secure grant funding.\n"
    )
    assert _en_quotes(text) == [
        ("Mark Gordon", "Wyoming has historically been challenged in its efforts to secure grant funding.")
    ]


def test_a_news_item_credited_as_its_writer_is_no_author() -> None:
    """中国小康网 (chinaxiaokang): 作者:消息 made 消息 the author."""
    ann = _read("标题\n\n2020-07-07 09:22:10 来源:中国小康网 作者:消息\n7月6日,江苏淮安发生一起事件。\n")
    assert ann.author == ""
