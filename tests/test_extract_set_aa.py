"""Rules learnt in stop 24 from blind set AA (its misses read for the first time)."""

from __future__ import annotations

from .test_extract_real import _en_names, _en_quotes, _events, _names, _quotes, _read


def test_a_labelled_stamp_in_a_page_flattened_into_one_line_dates_it_and_the_story_starts_after() -> None:
    """明報 (mainpao): "…調查 (20:21) 發佈於 1 年 前 2024 年 10 月 31 日 By 明報 記協今年9月曾表示,…"
    on one line gave no publication day, so none of its five days was read, and the stamp dated the
    first sentence."""
    ann = _read(
        "數十記者遭滋擾恐嚇 灣仔警區重案組跟進調查 (20:21) 發佈於 1 年 前 2024 年 10 月 31 日 By 明報 "
        "記協今年9月曾表示,數十名記者曾遭到不同形式滋擾及恐嚇。主席鄭嘉如昨去信會員交代事件進展,"
        "稱警方重案組已接手調查記者受滋擾事件,就針對其家人及執委的事件提供資料,另指警方呼籲其他受影響人士報案。"
        " 警方今日回覆本報稱,至今接獲共三宗報案以及一宗由其他機構轉介的案件,灣仔警區重案組正進行跟進調查。"
        # a line this long is no page furniture, whatever stamp it prints
        "記協表示,會繼續留意事件發展,並會向有需要的會員提供協助,亦呼籲會員如遇滋擾應盡快報警。"
    )
    assert ann.published_date is not None and ann.published_date.label() == "2024-10-31"
    assert _events(ann) == {"今年9月": "2024-09*", "昨": "2024-10-30*", "今日": "2024-10-31*"}


def test_a_verb_after_a_name_of_three_is_no_fourth_character_of_it() -> None:
    """dejavu: 議員王世堅送大鐵鍋…王世堅送給蔣萬安 named 王世堅送 (printed twice, so the longer form
    looked like the name), and 林延鳳送 likewise; 金杉宪治表示 still names 金杉宪治."""
    text = "議員王世堅送大鐵鍋和米。林延鳳送「吊車尾」看板。王世堅送給蔣萬安大鐵鍋。林延鳳送蔣萬安魚竿。"
    assert _names("台北市長蔣萬安昨赴議會。" + text) == {"蔣萬安", "王世堅", "林延鳳"}


def test_a_surname_then_a_modal_verb_is_the_person_of_that_surname_not_another() -> None:
    """dejavu: 要求蔣應安排… and 要求蔣應盡快… (Chiang should) were a person 蔣應 beside 蔣萬安."""
    text = (
        "台北市長蔣萬安昨赴議會。王世堅要求蔣應安排局處進駐社子島。"
        "王世堅送給蔣萬安大鐵鍋,要求蔣應盡快宣示開發。"
    )
    assert _names(text) == {"蔣萬安", "王世堅"}


def test_the_one_given_something_does_not_speak_for_the_giver() -> None:
    """dejavu: 王世堅送給蔣萬安大鐵鍋和米,要求蔣應盡快… gave the demand to 蔣萬安, named after 送給."""
    text = "台北市長蔣萬安昨赴議會。王世堅送給蔣萬安大鐵鍋和米,要求蔣應盡快宣示開發社子島。"
    assert _quotes(text) == [("王世堅", "蔣應盡快宣示開發社子島。")]


def test_reported_words_end_at_a_semicolon_before_someone_else_named() -> None:
    """dejavu: 王世堅…要求蔣應…決心;民進黨籍議員林延鳳送…;… ran over every other councillor's gift."""
    text = (
        "台北市長蔣萬安昨赴議會,議員王世堅送大鐵鍋和米,要求蔣應安排局處進駐社子島,宣示開發決心;"
        "民進黨籍議員林延鳳送看板象徵吊車尾。"
    )
    assert _quotes(text) == [("王世堅", "蔣應安排局處進駐社子島,宣示開發決心")]


def test_a_sentence_opened_by_he_or_she_ends_the_reported_words_before_it() -> None:
    """新华社 (cnganbu): 林郑月娥表示,…意见。她于上任首日已致函…,承诺… ran her words over the narrator's
    next sentence, and its pledge was lost."""
    text = "林郑月娥表示,特区政府重视地区工作。她于上任首日已致函18区区议会主席,承诺与区议会共谋发展。"
    assert _quotes(text) == [("林郑月娥", "特区政府重视地区工作。"), ("林郑月娥", "与区议会共谋发展。")]


def test_a_pledge_in_a_clause_after_a_comma_is_the_subjects_but_urging_is_not() -> None:
    """舟山日报 (zsrb): 侯富光…表示感谢,并承诺将在一周内…清理干净 was lost; …,同时鼓励民众… stays
    nobody's words."""
    assert _quotes("侯富光就市民关心环境保护表示感谢,并承诺将在一周内将垃圾清理干净。") == [
        ("侯富光", "将在一周内将垃圾清理干净。")
    ]
    assert _quotes("蒋万安出席书展并采购书籍,同时鼓励民众踊跃阅读、买书。") == []


def test_a_demand_after_a_comma_is_reported_speech_unless_done_as_asked() -> None:
    """广德 (guangde): 嵇文指出,…。他要求,各级各部门… was lost; 按照张磊要求,… is the narrator's."""
    text = "嵇文指出,企业要认清形势。他要求,各级各部门对企业要支持到位、服务到位。"
    assert _quotes(text) == [("嵇文", "企业要认清形势。"), ("嵇文", "各级各部门对企业要支持到位、服务到位。")]
    assert _quotes("按照张磊要求,各部门要落实责任。张磊说,工作做得很好。") == [("张磊", "工作做得很好。")]


def test_someone_unnamed_opening_the_sentence_speaks_for_nobody_named() -> None:
    """舟山日报 (zsrb): 一名家住定海…的市民打来电话“发牢骚”:“…” went to 定海区委."""
    ann = _read(
        "定海区委书记接听12345市民热线\n《 舟山日报 》( 2023年02月23日 第 02 版 )\n"
        "本报讯 昨天下午,定海区委书记侯富光来到市12345公共服务管理中心,在线接听市民来电。\n"
        "一名家住定海大发融悦新界公馆的市民打来电话“发牢骚”:“原先购房时,听说会对建设葆三公园加大投入。”\n"
        "近期,一名家住定海林海书庭的市民遭遇了“回家难”问题:“目前上下班高峰期,蟠洋山路的车流量很大。”\n"
    )
    assert ann.quotes == []


def test_a_verb_of_speech_done_is_no_words_reported() -> None:
    """舟山日报 (zsrb): 侯富光向该市民详细解释了。… read the next sentence as what he explained."""
    assert _quotes("侯富光向该市民详细解释了。定海区委书记侯富光来到服务中心。") == []


def test_he_or_she_naming_people_only_as_objects_is_the_one_named_before_them() -> None:
    """中青网 (youthcn): 她拉着徐旭…给徐旭看:“我以前…” went to 徐旭, whom 她 cannot be."""
    text = (
        "徐旭说,初见杨修凯,这位女书记俨然一副农村妇女的形象。她拉着徐旭到公开栏前,指着照片给徐旭看:"
        "“我以前真的没有这么黑,不信你看!”"
    )
    assert _quotes(text)[-1] == ("杨修凯", "我以前真的没有这么黑,不信你看!")


def test_english_reported_clauses_with_a_longer_subject_or_a_titled_name() -> None:
    """Guardian TT and KARK/AP: "Joanne Archie said members of the public should…" and "Len Hagaman said
    Sgt. Chris Ward died…" were lost."""
    text = "Superintendent Joanne Archie said members of the public should make a report to police stations."
    assert _en_quotes(text) == [
        ("Joanne Archie", "members of the public should make a report to police stations.")
    ]
    text = "Sheriff Len Hagaman said Sgt. Chris Ward died at a hospital in Johnson City, Tennessee."
    assert _en_quotes(text) == [
        ("Len Hagaman", "Sgt. Chris Ward died at a hospital in Johnson City, Tennessee.")
    ]
    assert _en_names(text) == {"Len Hagaman", "Chris Ward"}


def test_the_last_words_of_an_organisations_name_after_the_speak_for_it() -> None:
    """KARK/AP: "The sheriff’s office said law enforcement officers have surrounded the home" was lost."""
    text = (
        "The Watauga County Sheriff’s Office said in a news release that deputies were dispatched. "
        "The sheriff’s office said law enforcement officers have surrounded the home."
    )
    assert [speaker for speaker, _ in _en_quotes(text)] == ["Watauga County Sheriff’s Office"] * 2


def test_a_bare_day_after_yu_is_a_day() -> None:
    """新华社 (cnganbu): 林郑月娥于2日,即上任后第二日,到访… dated nothing."""
    ann = _read(
        "标题\n2017-07-03\n\n新华社香港7月2日电 行政长官林郑月娥于2日,即上任后第二日,到访新界北区。\n"
    )
    assert _events(ann) == {"2日": "2017-07-02*"}


def test_a_day_said_to_be_an_occasion_then_a_time_of_it_dates_what_follows() -> None:
    """pinkuw: 今日(10日)是區議會選舉投票日,上午,陳茂波…到南島中學投票 was read as naming the day only."""
    ann = _read("标题\n2023-12-10\n\n今日(10日)是區議會選舉投票日,上午,陳茂波及其夫人到南島中學投票。\n")
    assert _events(ann) == {"今日(10日)": "2023-12-10*"}
    assert _events(_read("标题\n2023-12-10\n\n今年是建交25周年。\n")) == {}


def test_the_middle_of_this_month_before_a_verb_is_read() -> None:
    """明報 (mainpao): 她本月中已到警署錄詳細口供 was read as the whole month (本月中国 stays 本月)."""
    ann = _read("标题\n2024-10-31\n\n鄭嘉如說,她本月中已到警署錄口供。\n")
    assert _events(ann) == {"本月中": "mid 2024-10*"}


def test_today_inside_a_name_and_a_comment_boxs_notice_date_nothing() -> None:
    """今日澳洲 (qldtoday): "Copyright Media Today Group" and 今日评论 网友评论仅供… were events of the
    day."""
    ann = _read(
        "标题\n2020-10-19\n\n10月12日,于绍良担任上海市委副书记。\n\n"
        "今日评论 网友评论仅供其表达个人看法,并不表明网站立场。\n\nCopyright Media Today Group Pty Ltd.\n"
    )
    assert _events(ann) == {"10月12日": "2020-10-12*"}


def test_also_said_after_a_comma_starts_the_speakers_next_words() -> None:
    """明報 (mainpao): 鄭嘉如…稱警方重案組已接手調查…,另指警方呼籲… ran both into one."""
    assert _quotes("主席鄭嘉如昨去信會員,稱警方重案組已接手調查,另指警方呼籲其他受影響人士報案。") == [
        ("鄭嘉如", "警方重案組已接手調查"),
        ("鄭嘉如", "警方呼籲其他受影響人士報案。"),
    ]


def test_the_medium_speaks_for_the_paper_named_last_in_title_marks() -> None:
    """今日澳洲 (qldtoday): 香港《星岛日报》引述…。…(新华社)。该媒体10月19日透露,… was lost."""
    text = (
        "会议决定新华社总编辑何平接替蔡名照担任社长。\n\n香港《星岛日报》引述多名人士确认这一消息。\n\n"
        "中南海拍板 新华社社长换人(图)\n\n2018年4月9日,何平出席会议并发言。(新华社)\n\n"
        "该媒体10月19日透露,65岁的蔡名照因年龄原因不再担任社长。"
    )
    assert _quotes(text) == [("星岛日报", "65岁的蔡名照因年龄原因不再担任社长。")]


def test_the_one_handed_something_without_gei_does_not_speak_either() -> None:
    """dejavu: 林延鳳送蔣萬安魚竿…,批評蔣已上任近一年… went to 蔣萬安."""
    text = "台北市長蔣萬安昨赴議會。議員林延鳳送蔣萬安魚竿看板,諷刺滿意度吊車尾,批評蔣已上任近一年,施政無能。"
    assert _quotes(text) == [("林延鳳", "蔣已上任近一年,施政無能。")]


def test_an_english_body_goes_by_its_initials_and_a_jail_is_a_body() -> None:
    """WBBJ (set L): "The TBI says Arnold was booked…" and "The jail says he bonded out…" were lost."""
    text = (
        "Tennessee Bureau of Investigation agents arrested him. The TBI says Arnold was booked into the "
        "Gibson County Jail Tuesday on a bond. The jail says he bonded out the same day."
    )
    assert _en_quotes(text) == [
        (
            "Tennessee Bureau of Investigation",
            "Arnold was booked into the Gibson County Jail Tuesday on a bond.",
        ),
        ("Gibson County Jail", "he bonded out the same day."),
    ]


def test_the_department_attributed_after_its_words_is_the_one_department_named_in_full() -> None:
    """Chippewa Herald (set W): "…, the department reported." was nobody's, and the department's name
    lost its words before "and" (Chippewa Falls Fire and Emergency Services Department)."""
    text = (
        "The Chippewa Falls Fire and Emergency Services Department responded. Eleven firefighters reported "
        "to the scene, the department said. A resident was able to escape the garage safely, the department "
        "reported Wednesday morning."
    )
    department = "Chippewa Falls Fire and Emergency Services Department"
    assert _en_quotes(text) == [
        (department, "Eleven firefighters reported to the scene"),
        (department, "A resident was able to escape the garage safely"),
    ]


def test_a_short_name_defined_in_brackets_is_no_quote() -> None:
    """The GUI walkthrough: 恆越控股有限公司(下稱「恆越」) was a one-word quote of the company."""
    assert _quotes("恆越控股有限公司(下稱「恆越」)今日公布業績。公司主席李明表示,全年業績相當理想。") == [
        ("李明", "全年業績相當理想。")
    ]


def test_a_pledge_or_a_hope_before_that_reports_words() -> None:
    """Meghalaya Monitor (set Q): "Kurian hoped that there will be a time when…" was lost."""
    text = "Minister George Kurian visited. Kurian hoped that there will be a time when the region leads."
    assert _en_quotes(text) == [("George Kurian", "there will be a time when the region leads.")]


def test_a_name_in_the_possessive_or_a_relative_clause_does_not_speak() -> None:
    """Telegraph (set N) and Daily Post (set S): "Ruto has ordered a probe into Ojwang’s death and pledged
    that…" went to Ojwang; "Monday, who works … at a Mobile Company, confessed…, stating that…" to the
    company."""
    text = (
        "Albert Ojwang died in custody. President William Ruto has ordered a probe into Ojwang’s death and "
        "pledged that the government will protect citizens."
    )
    assert _en_quotes(text) == [("William Ruto", "the government will protect citizens.")]
    text = (
        "The suspect, Meshark Monday, who works as a security officer at a Mobile Company, confessed to his "
        "crime, stating that he succumbed to temptation and stole a vehicle."
    )
    assert [speaker for speaker, _ in _en_quotes(text)] == ["Meshark Monday"]
