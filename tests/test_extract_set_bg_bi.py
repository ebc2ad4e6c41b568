"""Rules of stop 33, from the misses of sets BG, BH and BI (read this stop): each a kind of miss seen on
more than one page, not one page's wording."""

from __future__ import annotations

import pytest

from .test_extract_real import _read
from .test_extract_set_ba_bf import _people


def _said_zh(text: str) -> list[tuple[str, str]]:
    """Speaker and words of each quote of a Chinese story under a dated headline."""
    ann = _read("标题一行\n2022年1月10日\n\n" + text + "\n")
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    return [(names.get(q.speaker, ""), q.occurrences[0].anchor.text) for q in ann.quotes]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "2月7日,记者从交运局获悉,春节期间,我市高速公路、干线公路路网运行整体平稳,道路水路运输安全有序。",
            ("交运局", "春节期间,我市高速公路、干线公路路网运行整体平稳,道路水路运输安全有序。"),
        ),
        (
            "记者21日从天津市委政法委获悉,近日,天津一民警在街头拦截嫌疑人过程中,被其用电动车拖拽10余米。",
            ("天津市委政法委", "近日,天津一民警在街头拦截嫌疑人过程中,被其用电动车拖拽10余米。"),
        ),
    ],
)
def test_what_a_reporter_learned_from_a_body_is_its_words(text: str, said: tuple[str, str]) -> None:
    """hbyidu, lygmedia, inewsqq: 记者从交运局获悉,… tells what the body said; no one was found speaking."""
    assert said in _said_zh(text)


@pytest.mark.parametrize("where", ["现场", "江苏作家网", "相关方面"])
def test_what_a_reporter_learned_from_a_place_or_a_site_is_nobodys_words(where: str) -> None:
    """A scene, a website, unnamed sources are no body that speaks."""
    assert _said_zh(f"记者从{where}获悉,火势已经得到控制,现场没有人员伤亡的报告。") == []


def test_a_police_force_is_printed_with_police_in_small_letters_too() -> None:
    """alaskapublic: "Anchorage police officers shot …, saying he was the suspect" was found as the words of
    Anchorage Police, which the reader's "Anchorage police" did not name (a name differing in its capital)."""
    ann = _read(
        "Police shoot suspect\nAugust 23, 2024\n\nAnchorage Police Chief Sean Case spoke on Friday.\n\n"
        "Anchorage police officers shot and wounded a man Friday afternoon, saying he was the suspect.\n"
    )
    force = next(o for o in ann.orgs if o.name == "Anchorage Police")
    assert "Anchorage police" in force.aliases


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("新甘肃·甘肃日报记者 杨唯伟 通讯员 何春喜", ["何春喜", "杨唯伟"]),
        ("大众网·海报新闻记者 滕立军 通讯员 李莹 临沂报道", ["李莹", "滕立军"]),
        ("来源:中国道路运输网在线通讯员 董宏计 杨华强 2017年1月19日14:20", ["杨华强", "董宏计"]),
    ],
)
def test_reporters_credited_by_role_after_an_outlet_are_persons(line: str, names: list[str]) -> None:
    """gansudaily, lyxinwen, chinarta: a head line crediting by role after an outlet's name, names set
    apart by spaces, lost its reporters (the outlet before the role matched no byline; it was a headline)."""
    ann = _read(line + "\n标题一行\n\n5月25日,张伟在会上表示,工作进展顺利。\n")
    assert set(names) <= {p.name for p in ann.persons}
    assert "新甘肃·甘肃" not in {p.name for p in ann.persons}


def test_a_reporter_credit_with_a_division_slash_keeps_the_whole_name() -> None:
    """thehubnews: 記者范振和∕花蓮報導 (U+2215, not ／) was read as 范振."""
    ann = _read("標題一行\n記者范振和∕花蓮報導\n\n5月25日,張偉在會上表示,工作進展順利。\n")
    assert "范振和" in {p.name for p in ann.persons}


def test_a_caption_run_on_after_a_paragraph_leaves_the_paragraph_prose() -> None:
    """thehubnews: …平安圓滿順利。▲縣長徐榛蔚(中)與董監事相談甚歡。(圖/縣政府提供) closed a paragraph with a
    photo's caption, and the whole paragraph was dropped as one: its day, 趙鳳山 and 謝守義 were lost."""
    ann = _read(
        "標題一行\n2020年10月12日\n\n花蓮縣政府今(12)日在花蓮港天宮舉辦賽事祈福儀式,縣長徐榛蔚偕同體育會代理理事長趙鳳山"
        "出席,祈求賽事平安圓滿順利。▲縣長徐榛蔚(中)與港天宮董監事相談甚歡。(圖/縣政府提供)\n"
    )
    assert "趙鳳山" in {p.name for p in ann.persons}
    assert [str(e.date.start) for e in ann.events if e.date] == ["2020-10-12"]


def test_known_as_is_no_one_speaking() -> None:
    """950enews: 有「街頭小霸王」之稱,為民主進步黨創始黨員之一。… was read as 林正杰 saying the rest of
    the paragraph (之稱 holds 稱, "says"), and its years 1990 and 2016 were dropped as words spoken."""
    text = "林正杰活躍於黨外運動,有「街頭小霸王」之稱,為民主進步黨創始黨員之一。後於1990年退出民主進步黨。"
    assert _said_zh(text) == []
    assert "1990" in {e.date.label() for e in _read("標題\n2022年1月10日\n\n" + text + "\n").events if e.date}


def test_a_papers_name_joined_by_a_hyphen_is_whole() -> None:
    """waltontribune, routefifty: The Atlanta Journal-Constitution said … was the words of "The Atlanta
    Journal"; Richmond Times-Dispatch was read as a person's name."""
    ann = _read(
        "Suspect caught\nMarch 17, 2021\n\nThe Atlanta Journal-Constitution said 21-year-old Robert "
        "Aaron Long of Woodstock was captured in Crisp County.\n"
    )
    assert [o.name for o in ann.orgs] == ["The Atlanta Journal-Constitution"]
    assert len(ann.quotes) == 1 and ann.quotes[0].speaker == ann.orgs[0].key


def test_a_sentence_opening_with_and_said_goes_on_from_the_one_told_of() -> None:
    """president_phoenix, cnnb: 賴清德…接見…,感謝…。並表示,未來要… (并指出…) had no subject of its own, and
    its words were no one's."""
    said = _said_zh(
        "赖清德今日上午接见得奖人,感谢所有得奖人守护国人生命财产。并表示,未来要继续团结所有力量,全面强化防救灾体系。"
    )
    assert ("赖清德", "未来要继续团结所有力量,全面强化防救灾体系。") in said


def test_a_sentence_opening_with_and_said_after_no_one_is_no_ones() -> None:
    """Guard: with no one told of before it, 并表示,… stays unattributed."""
    assert _said_zh("会议在市政厅举行,各界代表出席。并表示,未来要继续团结所有力量,全面强化防救灾体系。") == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "刘博文牺牲了。\n市消防救援局相关负责人表示:刘博文是一名优秀的消防员,也是我们万千消防员的缩影。",
            ("市消防救援局", "刘博文是一名优秀的消防员,也是我们万千消防员的缩影。"),
        ),
        (
            "居民反映路上满是泥巴。市容局工作人员表示,他们已经收到居民的反映,会尽快到现场清理。",
            ("市容局", "他们已经收到居民的反映,会尽快到现场清理。"),
        ),
    ],
)
def test_a_body_speaking_through_someone_unnamed_speaks(text: str, said: tuple[str, str]) -> None:
    """hcxcw, fznews: 市消防救援局相关负责人表示, 市容局工作人员表示 name a body whose words these are; the
    body was never found, and the words were no one's."""
    assert said in _said_zh(text)


def test_a_notice_quoted_on_is_its_issuers() -> None:
    """yzaobao, fyrmtzx: 通报也称,…, 通报最后指出,… quote on the notice a body issued, named before; the words
    were no one's."""
    said = _said_zh(
        "苏州市公安局发布通报称,一名男子持刀伤人,已被当场抓获。\n通报最后指出,周姓男子已被刑事拘留,案件正在进一步侦办中。"
    )
    assert ("苏州市公安局", "周姓男子已被刑事拘留,案件正在进一步侦办中。") in said


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("县委常委、宣传部部长刘文丙陪同调研。", "刘文丙"),
        ("东姚镇党委书记王建富及党委副书记、镇长赵海峰陪同调研。", "赵海峰"),
    ],
)
def test_a_name_after_a_title_stops_before_the_verb_it_runs_into(text: str, name: str) -> None:
    """ay, dingxinwen: 刘文丙陪同调研 gave 刘文丙陪 (陪同 "accompanied" read as a fourth character, because
    同调 too is a word of the dictionary, though a rarer one)."""
    assert name in _people(text)
    assert name + text[text.index(name) + len(name)] not in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宜蘭縣體育會蔡岡志理事長、宜蘭縣龍舟委員會李木田主委出席。", "蔡岡志"),
        ("宜蘭縣龍舟委員會李木田主委出席。", "李木田"),
    ],
)
def test_a_member_named_between_a_body_and_its_title_is_a_person(text: str, name: str) -> None:
    """taiwandiginews: guests listed as 宜蘭縣體育會蔡岡志理事長 (a body, the name, the title held in it)
    were not found: the name opens no clause and follows no title."""
    assert name in _people(text)


def test_a_body_ending_in_a_title_word_names_no_member() -> None:
    """Guard: a body's name and a title with no name between them (體育會理事長表示) name nobody."""
    assert _people("宜蘭縣體育會理事長表示,今年賽事圓滿。") == []


@pytest.mark.parametrize(
    "text",
    [
        "发布会上,媒体听取通报2019年第四季度工作重点。",
        "开发区举行2016年一季度项目集中签约仪式,公司与管委会成功签约。",
        "会议听取了全县重点工作进展情况,对三、四季度重点工作进行了安排部署。",
    ],
)
def test_a_quarter_naming_what_a_plan_is_for_is_no_happening(text: str) -> None:
    """jiading, sclsjs, zhld, runsky, qingdaonews: 第四季度工作重点, 一季度项目集中签约仪式 name the period a
    plan or a signing is for (no event of the quarter: they were dated events of three months)."""
    ann = _read("标题一行\n2022年1月10日\n\n" + text + "\n")
    assert [e.date.label() for e in ann.events if e.date and e.date.precision != "day"] == []


def test_a_quarter_told_of_is_still_a_happening() -> None:
    """Guard: 一季度旅顺口区签约和开工项目23个 tells what the quarter brought."""
    ann = _read("标题一行\n2022年4月10日\n\n一季度旅顺口区签约和开工项目23个,总投资184.32亿元。\n")
    assert len([e for e in ann.events if e.date]) == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("他要求施工人员抢抓进度,确保10月1日出第一块板。", "2022-10-01"),
        ("縣府提醒民眾,必須於6月14日前完成登記備查。", "2022-06-14"),
    ],
)
def test_a_deadline_set_is_the_coming_day(text: str, day: str) -> None:
    """szrb, taitungnews: 确保10月1日…, 必須於6月14日前… set a day to come; it was read a year back."""
    ann = _read("标题一行\n2022年5月10日\n\n" + text + "\n")
    assert day in {str(e.date.start) for e in ann.events if e.date}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Interviews are scheduled to start on Aug. 31, one day after school begins.", "2020-08-31"),
        (
            "With an election set for April 19, that blackout period begins at the end of Tuesday.",
            "2020-04-19",
        ),
    ],
)
def test_a_day_scheduled_in_english_is_the_coming_one(text: str, day: str) -> None:
    """elkodaily, winnipegsun: "scheduled to start on Aug. 31", "an election set for April 19" were read a
    year back."""
    ann = _read("Plans told\nMarch 3, 2020\n\n" + text + "\n")
    assert day in {str(e.date.start) for e in ann.events if e.date}


@pytest.mark.parametrize(
    "text",
    [
        "张先生告诉记者,他从父亲处得知,母亲的病情已经好转,近期可以出院回家休养。",
        "记者从知情人士处获悉,涉事企业负责人已被警方控制,案件正在进一步调查中。",
        "记者从多家医院获悉,目前床位充足,市民无需担心看病问题。",
        "事发后,他对医院工作人员说,自己并没有签字同意手术。",
        "随后该局工作人员表示,已经安排专人处理此事。",
    ],
)
def test_no_body_is_made_of_a_place_a_pronoun_or_a_kind(text: str) -> None:
    """review33: 从父亲处得知 (from his father), 知情人士处, 多家医院, 他对医院工作人员, 随后该局 named bodies
    that spoke."""
    assert all(who in ("", "张先生") for who, _ in _said_zh(text))


def test_what_a_reporter_learned_from_a_body_is_the_named_ones_when_someone_speaks() -> None:
    """review33: 记者从市教育局获悉,该局局长王建国表示,… is 王建国's words, not the bureau's."""
    assert _said_zh("记者从市教育局获悉,该局局长王建国表示,今年全市将新建学校十所。") == [
        ("王建国", "今年全市将新建学校十所。")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "被告人张某10日被判处有期徒刑十年。法院审理认为,张某的行为已构成受贿罪。同时指出,张某到案后如实供述。",
        "死者王建军系本地居民。市应急管理局10日通报了事故调查结果。并强调,各单位要举一反三,压实安全责任。",
    ],
)
def test_and_said_goes_on_from_the_sentence_just_before_only(text: str) -> None:
    """review33: 同时指出/并强调 were given to the last person named first in a sentence (the defendant, the
    dead man), though another sentence opened otherwise in between."""
    assert all(who not in ("张某", "王建军") for who, _ in _said_zh(text))


def test_a_notice_is_its_issuers_not_the_last_bodys_to_speak() -> None:
    """review33: 通报称 went to 市公安局, which spoke before 县卫健委 issued the notice."""
    said = _said_zh(
        "市公安局表示,将依法严肃处理。\n10日晚,县卫健委发布通报,确认涉事医生违规。\n通报称,已对涉事医生停职调查。"
    )
    assert ("县卫健委", "已对涉事医生停职调查。") in said


def test_a_list_marked_with_triangles_is_no_caption() -> None:
    """review33: ▲ items of a list (no photo's credit after them) were dropped with all that followed."""
    ann = _read(
        "标题一行\n2022年1月10日\n\n防疫措施调整,主要内容如下。▲餐厅营业时间限制延长至1月16日;▲私人聚会人数上限维持4人。"
        "卫生部长李明浩表示,政府将视疫情变化调整措施。\n"
    )
    assert "李明浩" in {p.name for p in ann.persons}


def test_the_story_after_a_run_on_caption_is_prose() -> None:
    """review33: …▲县长张建华致词。(图/县政府提供)此外,县议长李明…: what follows the credit was lost."""
    ann = _read(
        "标题一行\n2022年1月10日\n\n仪式10日举行,各界出席。▲县长张建华致词。(图/县政府提供)此外,县议长李明也出席了仪式。"
        "李明表示,将于2月1日起受理申请。\n"
    )
    assert ("李明", "将于2月1日起受理申请。") in [
        (p.name, q.occurrences[0].anchor.text) for q in ann.quotes for p in ann.persons if p.key == q.speaker
    ]


def test_a_name_ending_in_zhi_still_speaks() -> None:
    """review33: 方励之表示,… lost its quote (之 before a verb of speech read as 之称)."""
    assert ("方励之", "科学没有国界,科学家应当自由交流。") in _said_zh(
        "天体物理学家方励之表示,科学没有国界,科学家应当自由交流。"
    )


def test_a_papers_name_with_a_hyphen_in_its_place_keeps_the() -> None:
    """review33: The Winston-Salem Journal reported … became "The Journal" apart from it."""
    ann = _read(
        "Mayor quits\nMarch 3, 2021\n\nThe Winston-Salem Journal reported that the mayor resigned on "
        "Tuesday.\n"
    )
    assert "The Winston-Salem Journal" in {o.name for o in ann.orgs}


@pytest.mark.parametrize(
    "headline", ["女实习生 坠亡 调查", "两会特写｜记者 手记", "致敬！坚守一线的实习生 李华"]
)
def test_a_headline_holding_a_role_word_stays_the_headline(headline: str) -> None:
    """review33: a headline with 实习生/记者 and spaces was read as a byline (and 李华 as a reporter)."""
    ann = _read(headline + "\n2022年1月10日\n\n5月25日,张伟在会上表示,工作进展顺利。\n")
    assert ann.title == headline
    assert "李华" not in {p.name for p in ann.persons}


def test_a_sections_name_under_its_breadcrumb_is_no_headline() -> None:
    """walk33 (hbyidu): 当前位置:首页 > 网络视听 > 新闻播报, then 新闻播报 again, then the headline: the
    section's name was taken for the headline, and every citation printed it."""
    ann = _read(
        "当前位置:首页 > 网络视听 > 新闻播报\n\n新闻播报\n\n春节假期我市交通运输运行平稳有序\n"
        "发布日期:2025-02-08 来源:宜都融媒\n\n宜都融媒讯(记者 杨玉玲)2月7日,春节期间运行平稳。\n"
    )
    assert ann.title == "春节假期我市交通运输运行平稳有序"


@pytest.mark.parametrize(
    ("lead", "author"),
    [
        ("宜都融媒讯(记者 杨玉玲)2月7日,春节期间运行平稳。", "杨玉玲"),
        ("晚报讯(记者 郑与国 通讯员 马文)5月25日,民房着火。", "郑与国"),
    ],
)
def test_the_reporter_a_leads_flash_names_is_the_author(lead: str, author: str) -> None:
    """walk33 (hbyidu), ptwbs, zhld: 宜都融媒讯(记者 杨玉玲)… credits the story's writer, but no author was
    given (the flash prints no day, so it was read as no dateline)."""
    assert _read("标题一行\n2025年2月8日\n\n" + lead + "\n").author == author
