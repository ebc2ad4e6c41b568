"""Rules of stop 35, from the misses of sets BM, BN and BO (unseen until this stop): each a kind of miss
seen on more than one page, or a form whole kinds of pages print (credits, a Taiwan network's bylines),
not one page's wording."""

from __future__ import annotations

import pytest

from .test_extract_real import _read, said_in
from .test_extract_set_ba_bf import _people


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("責任編輯 莫家富", "莫家富"),  # fhvip: the field's name after a space, no colon
        ("编辑: 刘燕 审核人:叶玲玲 阅读次数:2236", "叶玲玲"),  # thnews: 审核人, the reviewer
    ],
)
def test_an_editor_credited_after_a_space_or_as_reviewer_is_named(tail: str, name: str) -> None:
    """fhvip, thnews: 責任編輯 莫家富 and 审核人:叶玲玲 credited nobody (only 编辑: with a colon did)."""
    assert name in _people("香港特区政府表示欢迎,县长吴海宏主持会议。\n" + tail)


def test_a_writer_signed_in_brackets_after_the_last_sentence_is_named() -> None:
    """qinghaigov: …共谋青海未来发展。(乔欣) closes the story, its writer's name; only a line of its own
    (乔欣) was read as a signature."""
    assert "乔欣" in _people("全国台企联希望推动两岸经贸交流。\n台企联希望共谋青海未来发展。(乔欣)")


def test_brackets_closing_a_sentence_with_a_word_credit_nobody() -> None:
    """A bracketed word that is no name (完, 图片) closes a story too: nobody credited."""
    assert _people("全国台企联希望推动两岸经贸交流。\n台企联希望共谋发展。(完)") == []


@pytest.mark.parametrize("outlet", ["大波新聞", "澎湖新聞", "新頭殼網"])
def test_a_byline_of_outlet_dash_reporter_and_place_names_the_reporter(outlet: str) -> None:
    """bigtimes, nchn: 波新聞─劉己玄/高雄 heads the story; it was read as its headline and nobody named."""
    ann = _read(
        f"{outlet}─劉己玄/高雄\n2024年5月1日,公益活動配合旗山區公所,號召高雄市、台南市等慈善團體擴大辦理。"
        "理事長楊新章指出,此次擴大辦理。\n"
    )
    assert "劉己玄" in [p.name for p in ann.persons]
    assert "劉己玄" not in ann.title and ann.author == "劉己玄"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("省委书记、江西代表团团长尹弘掷地有声地道出要义。", "尹弘"),  # jjxw: an idiom after the name
        ("会上,人口资源环境建设委员会主任江怀作主旨发言。", "江怀"),  # shqp: 作 gives the talk
        ("会上,区委书记陈建明作了重要讲话。", "陈建明"),  # a third character before 作 stays
    ],
)
def test_a_name_stops_before_an_idiom_or_the_verb_of_a_talk(text: str, name: str) -> None:
    """jjxw, shqp: 尹弘掷 and 江怀作 were named, the first character of what they did taken as theirs."""
    assert _people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "受颱風影響,金門縣和連江縣也宣布今天停班課,花蓮縣也停班。",  # pts: a county announces
        "其間市長黃偉哲與各局處一級主管需列席備詢。",  # dawanews: a modal after a title
        (  # cgcc: directors in a list 由…一起
            "新任会长蔡冠深由上届会长杨釗手中接过会印,并与一眾出席的副会长及常董、会董、团体会董代表等一起"
            "接受主礼嘉宾颁授证书。"
        ),
    ],
)
def test_a_place_a_modal_or_a_board_seat_is_nobody(text: str) -> None:
    """pts, dawanews, cgcc: 連江縣 (它宣布), 需列席備詢 (after 主管) and 常董, 会董 were listed as people."""
    assert not {"連江縣", "需列席備詢", "常董", "会董"} & set(_people(text))


def test_an_app_pages_chrome_above_a_headline_and_its_stamp_is_passed() -> None:
    """kankanews: a page opens with its app's chrome (看看新闻APP, 登录, ⁺, 收藏…) above the headline and
    its stamp line; the stamp was read as an event (the headline a chrome line) and 7月24号 was lost."""
    chrome = "看看新闻APP\n扫描二维码下载APP\n下载APP\n登录\n⁺\n历史\n⁺\n收藏\n个人中心\n点赞\n分享\n"
    ann = _read(
        chrome + "7层居民楼凌晨失火 消防用高音喇叭“喊”醒住户\n2021-07-29 19:29:37 看看新闻Knews综合\n\n"
        "接着要说的救援现场,情况也是相当危险。7月24号凌晨5点多,莆田一栋居民楼突发大火。\n"
    )
    assert ann.title == "7层居民楼凌晨失火 消防用高音喇叭“喊”醒住户"
    assert [(e.date_text, str(e.date.start)) for e in ann.events if e.date] == [("7月24号凌晨", "2021-07-24")]


def _said(text: str) -> list[tuple[str, str]]:
    """Who says what in a Chinese story under a dated headline: (speaker's name, words)."""
    return said_in(_read("标题一行\n2022年1月10日\n\n" + text + "\n"))


def test_he_after_an_opening_about_someone_elses_words_is_the_one_speaking() -> None:
    """shqp: 结合学习…陈吉宁书记…的讲话精神,他要求,… gave 曹卫东's demands to 陈吉宁, named only in
    what the sentence is about."""
    said = _said(
        "区政协主席曹卫东主持会议并讲话。\n曹卫东指出,新城建设成效显著。\n"
        "结合学习市委书记陈吉宁调研示范区的讲话精神以及做好下半年工作,他要求,要强化学习意识,在增强学习实效上再进一步。"
    )
    assert ("曹卫东", "要强化学习意识,在增强学习实效上再进一步。") in said
    assert not [s for s in said if s[0] == "陈吉宁"]


def test_a_body_reminding_after_a_comma_is_quoted() -> None:
    """hrbtv: 国家消防救援局提醒,… (only 提醒: with a colon was read as announcing words)."""
    said = _said(
        "记者今天从国家消防救援局获悉,检查将持续。\n事故原因还在调查之中。国家消防救援局提醒,自建房一旦投入经营,必须合法合规。"
    )
    assert ("国家消防救援局", "自建房一旦投入经营,必须合法合规。") in said


def _en_people(text: str) -> list[str]:
    """The persons found in an English story under a dated headline."""
    return sorted(p.name for p in _read("Headline\nMay 1, 2024\n\n" + text + "\n").persons)


def test_a_hong_kong_name_is_one_person_known_by_its_surname() -> None:
    """khaosod: Agnes Chow Ting and Andy Chan Ho-tin (a surname, then a Chinese given name), later Chow and
    Chan, were read as Agnes Chow, Chow Ting, Andy Chan; a caption's Joshua Wong is Joshua Wong Chi-fung."""
    text = (
        "Pro-democracy activist Joshua Wong speaks to media at a court. (AP Photo)\n\n"
        "Three leaders, Joshua Wong Chi-fung, Agnes Chow Ting and Andy Chan Ho-tin, have been detained, "
        "Hong Kong police confirmed Friday.\n\nWong was arrested Friday. Chow was detained at her home. "
        "Chan said he was detained Thursday night."
    )
    assert _en_people(text) == ["Agnes Chow Ting", "Andy Chan Ho-tin", "Joshua Wong Chi-fung"]


def test_a_sentence_opening_with_following_names_nobody() -> None:
    """khaosod: "Following Wong’s arrest, Chow was detained" listed a Following Wong."""
    text = (
        "Demosisto said Joshua Wong was arrested at around 7:30 a.m. Friday.\n\nIt said that Wong was "
        "arrested on three charges.\n\nFollowing Wong’s arrest, Chow was detained at her home."
    )
    assert "Following Wong" not in _en_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They said the driver, 67-year-old William Martin of Monmouth, was taken to a hospital.",
            "William Martin",
        ),
        (
            "Police say Pitts illegally detained 49-year-old John Hill Jr. Police say Pitts took him.",
            "John Hill Jr.",
        ),
    ],
)
def test_a_name_after_its_age_is_a_person(text: str, name: str) -> None:
    """wandtv, kvia: 67-year-old William Martin and 49-year-old John Hill Jr. (the age before the name, not
    after it: William Martin, 67,) were nobody."""
    assert name in _en_people(text)


def test_today_with_its_month_and_day_in_brackets_dates_the_page() -> None:
    """passiontimes: 今日(10月18日) tells the day written, as 今天(3/13) does; the weekday pin of
    上周三(10月12日) was taken for it, and the arrest 今日凌晨 dated 10月12日."""
    ann = _read(
        "\n一名48歲本地男子涉嫌毀壞慶祝國慶的橫額,今日(10月18日)被警方拘捕。\n"
        "警方表示,上周三(10月12日)在灣仔區一個行人天橋上,發現5幅橫額遭受惡意破壞。警方成功鎖定一名涉案的48歲本地男子,"
        "並於今日凌晨於天水圍洪水橋一單位將他拘捕。\n"
    )
    dated = {e.date_text: e.date.start.isoformat() for e in ann.events if e.date}
    assert dated["今日"] == "2022-10-18", "in the year the weekday pins (10月12日 a Wednesday), not today's"


def _en_said(text: str) -> list[tuple[str, str]]:
    """Who says what in an English story under a dated headline: (speaker's name, words)."""
    return said_in(_read("Headline\nMay 1, 2024\n\n" + text + "\n"))


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (  # cbs4: police say, mid-sentence, of a sheriff's office
            "The Adams County Sheriff's Office responded to a call Tuesday. When deputies contacted him, "
            "police say the man fired a gun at the deputies.",
            "Adams County Sheriff's Office",
        ),
        (  # gillettenewsrecord: Troopers said
            "Wyoming Highway Patrol Lt. Matt Brackin said Monday the road was icy.\n"
            "Troopers said Koerber was driving too fast for the snowy conditions.",
            "Wyoming Highway Patrol",
        ),
    ],
)
def test_the_officers_of_the_one_force_named_speak_for_it(text: str, force: str) -> None:
    """cbs4, gillettenewsrecord: "police say" and "Troopers said" were no one's words though the story names
    one force; only "State police say" opening a sentence was read so."""
    assert force in [who for who, _ in _en_said(text)]


@pytest.mark.parametrize("closing", ["海外网", "全文完", "杨浦", "方舱", "周末版"])
def test_a_source_or_a_closing_word_in_brackets_signs_nothing(closing: str) -> None:
    """review35: …发展。(海外网) and (全文完) close many stories; they became the author once a bracket after
    the last sentence was read as a signature."""
    ann = _read(f"标题一行\n2022年1月10日\n\n台企联希望推动交流。\n台企联希望共谋青海未来发展。({closing})\n")
    assert (ann.author, [p.name for p in ann.persons]) == ("", [])


def test_a_credit_after_a_space_stops_at_the_next_fields_label() -> None:
    """review35: 责任编辑 莫家富 监制 黄莺 credited 黄莺 as the editor (the label 监制 read as no name)."""
    from viewer.pipeline.extract.credits import bylines

    assert [(role, s.text) for role, s in bylines("责任编辑 莫家富 监制 黄莺")] == [("责任编辑", "莫家富")]


def test_a_name_ending_in_a_place_character_still_speaks() -> None:
    """review35: 市民王镇表示,… lost 王镇 and the quote once 镇 was read as a place's end."""
    assert _said("市民王镇表示,今年收成不错。") == [("王镇", "今年收成不错。")]


@pytest.mark.parametrize("text", ["市民张伟接到银行提醒，账户存在异常。", "张先生收到短信提醒，账户被冻结。"])
def test_a_reminder_received_is_nobody_speaking(text: str) -> None:
    """review35: 接到银行提醒，… made a body 市民张伟接到银行 speak once 提醒 with a comma announced words."""
    assert _said(text) == []


def test_a_short_headline_and_its_byline_over_a_dek_and_a_stamp_are_kept() -> None:
    """review35: the first long line over a stamp was taken for the headline, the lines above as chrome."""
    ann = _read(
        "中国经济稳中向好\n上半年数据解读\n记者 张三\n上半年GDP同比增长12.7%，经济运行稳中加固\n"
        "2021-07-15 10:00:00\n\n国家统计局今天发布数据。\n"
    )
    assert (ann.title, ann.author) == ("中国经济稳中向好", "张三")
