"""Rules of stop 32, from the misses of sets BD, BE and BF (read this stop): each a kind of miss seen on
more than one page, not one page's wording."""

from __future__ import annotations

import pytest
from viewer.pipeline.extract.dates import told_as_future

from .test_extract_real import _read
from .test_extract_set_av_az import _said
from .test_extract_set_ba_bf import _people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“湖对岸是我们村经济能人刘文秀的草莓种植基地,目前,草莓已经上市,每市斤20多元呢!”郭辉说。", "刘文秀"),
        (
            "他说:“整个团队都配得上最终的冠军,像武磊、张琳芃、王燊超他们这些老将都把经验传给了年轻人。”",
            "张琳芃",
        ),
    ],
)
def test_a_name_in_someones_statement_is_a_person(text: str, name: str) -> None:
    """sqrb, daweijishu, pressreader_mazhonglin, rightbeek, rmzxb: people named only inside a speaker's
    quoted sentences were missed (the tagger's names were read outside quote marks only)."""
    assert name in _people(text)


def test_a_term_in_quote_marks_still_names_nobody() -> None:
    """A short stretch in marks (a slogan, a title) is no statement: its tagged names are not read."""
    assert "刘文秀" not in _people("活动以“刘文秀精神”为主题。")


@pytest.mark.parametrize(
    ("text", "false"),
    [
        ("賀一誠前天宴請當地中文傳媒負責人時致詞也提到,期望澳門中文媒體續發揮愛國愛澳精神。", "時致詞"),
        ("賴清德提到林郁婷背著教練繞場,看了很感動。", "繞場"),
        ("当他读了朋友圈里关于晋江的推文后说,“以前对晋江有所耳闻。”", "文后"),
        ("林宜瑾感謝議員從不同面向檢視各項施政,他說市府會努力。縣市長施政滿意度調查顯示成績不錯。", "施政"),
    ],
)
def test_words_the_tagger_reads_as_verbs_name_nobody(text: str, false: str) -> None:
    """bannedbook, mnews, ijjnews, iknowplus, dispcc, lifeinfo, zaobao, zhibotv: a verb after a title or
    before a verb of speech (負責人時致詞也提到, 教練繞場, 推文后说) was read as a name, and given quotes."""
    assert false not in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("内蒙古发改委主任包满达、呼和浩特市市长秦义等8人答记者问。除了包满达外,其余是市长。", "包满达"),
        ("董事長方進興表示,公司今年營收成長。方進興說,明年再擴廠。", "方進興"),
        ("佛光山慈善院院長依來法師、中華護智協會執行長妙僧法師出席。", "依來"),
    ],
)
def test_a_name_after_a_title_the_tagger_reads_otherwise_stays(text: str, name: str) -> None:
    """Guards: a whole name the tagger reads as one verb (包满达), a title's last character run into
    the surname (長方), a monastic name (依來法師) are still names."""
    assert name in _people(text)


def test_the_speaker_of_a_speech_is_the_host_not_the_time() -> None:
    """bannedbook: 負責人時致詞也提到 gave 賀一誠's words to 時致詞."""
    ann = _read(
        "賀一誠宴請傳媒\n2022年1月10日\n\n行政長官賀一誠前天宴請當地中文傳媒負責人時致詞也提到,"
        "期望澳門中文媒體續發揮愛國愛澳精神。\n"
    )
    names = {p.key: p.name for p in ann.persons}
    assert [names.get(q.speaker) for q in ann.quotes] == ["賀一誠"]


def _english_people(text: str) -> list[str]:
    """The persons found in an English story under a dated headline."""
    return sorted(p.name for p in _read("Council votes on the plan\nMarch 3, 2025\n\n" + text + "\n").persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“This is another incident,” Norfolk Chief Larry Boone told the Downtown Norfolk Civic League on "
            "Monday. Norfolk police have not responded.",
            "Larry Boone",
        ),
        (
            "Crowds were at the Alabama National Fair at Garrett Coliseum. Garrett said nothing, Chief James "
            "Graboys said.",
            "James Graboys",
        ),
        (
            "It had support from Mayor Pro Tempore Eleassia Davis, who spoke. Davis said the vote was fair.",
            "Eleassia Davis",
        ),
    ],
)
def test_an_institution_or_a_title_opening_with_a_name_is_no_person(text: str, name: str) -> None:
    """newsnationnow, fox5dc, abc10, sunjournal: the first words of a league's or a venue's name
    (Downtown Norfolk, Garrett Coliseum) and the rest of a title (Pro Tempore Eleassia) were persons, and
    the league took the chief's quote."""
    assert _english_people(text) == [name]


@pytest.mark.parametrize(
    ("text", "who", "words"),
    [
        (
            "A man was arrested on Division Street, according to a Michigan State Police statement.",
            "Michigan State Police",
            "A man was arrested on Division Street",
        ),
        (
            "The Illinois deputy shot at the hotel died according to the McHenry County Sheriff’s Office.",
            "McHenry County Sheriff’s Office",
            "The Illinois deputy shot at the hotel died",
        ),
    ],
)
def test_a_closing_according_to_a_bodys_statement_is_its_words(text: str, who: str, words: str) -> None:
    """recordeagle, kfvs12: "…, according to a Michigan State Police statement." and "…died according to
    the McHenry County Sheriff’s Office." (no comma) were no one's words."""
    assert _said(text) == [(who, words)]


def _dated(text: str) -> dict[str, str]:
    """Each dated event's date text and its date, of a text read as it is (no header added)."""
    return {e.date_text: e.date.label() for e in _read(text).events if e.date}


def test_a_day_with_its_time_of_day_dates_an_undated_page() -> None:
    """huxianbbs, changde, ahcourt, sclsjs: a page printing no date of its own, whose story opens on
    9月21日上午, was guessed written on no day (a day with its part of the day was not read as one)."""
    text = (
        "我县召开2026年三秋工作动员会\n9月21日上午,我县召开2026年三秋工作动员会。县委书记陆晓延出席会议。\n"
    )
    assert _dated(text).get("9月21日上午") == "2026-09-21*"


def test_a_day_written_with_nian_is_read() -> None:
    """vctnews: 二零二二年七月廿四日 (廿四, the 24th) was read as the month of July."""
    assert _dated("庆典\n\n分会于二零二二年七月廿四日星期天早上隆重庆祝创会十周年。\n") == {
        "二零二二年七月廿四日": "2022-07-24"
    }


def test_nearly_is_no_will() -> None:
    """vctnews: 将近迈入第十年的分会,于…庆祝: 将近 (nearly) told the day as still to come, and the page
    was guessed written on no day; 将于 still tells it."""
    before = "将近迈入第十年的分会,于"
    assert not told_as_future(before + "二零二二年七月廿四日", len(before))
    assert told_as_future("分会将在下月,于7月24日", len("分会将在下月,于"))


def test_encouraging_words_are_speech() -> None:
    """epochtimes, newnet: 勉勵 (encouraged) with its words after it (…的林素霞,也勉勵同學「…」是…) was no
    verb of speech."""
    ann = _read(
        "畢業典禮\n2010年6月11日\n\n崙背國中校長同時也是虎中畢業校友的林素霞,也勉勵同學「做好自我管理,"
        "建立良好生活習慣」是人生的基本課題。\n"
    )
    names = {p.key: p.name for p in ann.persons}
    assert [names.get(q.speaker) for q in ann.quotes] == ["林素霞"]


@pytest.mark.parametrize(
    "closing",
    ["Chief Grimes stated.", "Chief Grimes, explained."],
)
def test_a_title_and_surname_closing_a_quotation_speak_it(closing: str) -> None:
    """nbc33tv: "…,” Chief Grimes stated." named no one (the surname printed only after a title, and the
    name was looked for where the quotation closes, inside its marks), and "…,” Captain Sharp, explained."
    was no attribution (a comma before the verb); four quotes were lost."""
    said = _said(
        "Officers set up a perimeter.\n“It was apparent that the teens had interrupted a burglary,” "
        + closing
    )
    assert said == [("Grimes", "It was apparent that the teens had interrupted a burglary,")]


def test_a_correspondents_byline_above_the_story_is_no_headline() -> None:
    """rmjtxw: a page opening on "通讯员 肖利伟 申太隆 刘亚平" took the line as its headline, and lost
    its three credited correspondents."""
    ann = _read("通讯员 肖利伟 申太隆 刘亚平\n6月20日,怀化西站派出所一天之内连续抓获两名网上逃犯。\n")
    assert (ann.title, sorted(p.name for p in ann.persons)) == ("", ["刘亚平", "申太隆", "肖利伟"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Bulldogs went 9-27 under coach Dave D’Angelo, who resigned in late October.", "Dave D’Angelo"),
        ("市委全会是一次重要会议。赵革书记的讲话站位高、思路明。", "赵革"),
    ],
)
def test_a_name_cut_at_its_apostrophe_or_printed_once_before_a_title_is_whole(text: str, name: str) -> None:
    """shawlocal: Dave D’Angelo was Dave D’; fcwmw, zwu, niaot: a two-character name the tagger reads,
    printed once, right before a title (赵革书记) was not taken."""
    assert (_people if "书记" in text else _english_people)(text) == [name]


def test_a_byline_with_a_trailing_dash_names_the_author() -> None:
    """jeffersonpost: "By Jesse Campbell -" above the story credited no one."""
    ann = _read(
        "Commissioners hold off on vote\n\nBy Jesse Campbell -\n\nCounty commissioners met Tuesday.\n"
    )
    assert (ann.author, [p.name for p in ann.persons]) == ("Jesse Campbell", ["Jesse Campbell"])


def test_a_body_that_confirmed_in_a_statement_speaks() -> None:
    """cbsnews: "…, the Louisville Police Department confirmed in a statement to CBS News." was no one's
    words (said, added, announced and reported were)."""
    said = _said(
        "The attack happened at around 9 p.m., when a shooter opened fire, the Louisville Police "
        "Department confirmed in a statement to CBS News."
    )
    assert [who for who, _ in said] == ["Louisville Police Department"]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("今年龍舟錦標賽即將於6月7日(週五)在冬山河舉辦。", {"6月7日": "2019-06-07*"}),
        ("今年龍舟錦標賽即將於6月7、8日(週五、週六)在冬山河舉辦。", {"6月7、8日": "2019-06-07..2019-06-08*"}),
        ("公司已於本月最後一個工作日(週五)公布了結果。", {"週五": "2019-05-10*"}),
    ],
)
def test_a_weekday_in_brackets_after_its_day_is_no_day_of_its_own(sentence: str, dated: dict) -> None:
    """taiwandiginews: 6月7、8日(週五、週六) gave two events on the Friday and Saturday before the
    publication day, and no event on the two days running it prints; 6月7日(週五) gave one beside the
    day's. A weekday after a word ending in 日 (工作日) is still a day (review32)."""
    assert _dated("龍舟賽\n2019-05-16\n\n" + sentence + "\n") == dated


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted by Andy Durham on December 12, 2016 at 11:05 pm under High School | 64 Comments to Read",
    ],
)
def test_a_pages_stamp_on_a_line_of_its_own_is_no_event(stamp: str) -> None:
    """greensborosports (and seattlechinesepost, newsworldindia): the page's own stamp line (its date with a
    clock, who posted it, its section or its comments) was dated as a happening."""
    dated = _dated("Coach named\n\n" + stamp + "\n\nThe board hired a new coach on Monday, officials said.\n")
    assert not [d for d in dated if d not in ("Monday", "on Monday")]


def test_the_surname_tu_as_taiwan_prints_it() -> None:
    """peponews (walk31), ttv: 凃, the form of 涂 Taiwan's registers print, was no surname: 凃珮雅 and
    凃明誠 were missed."""
    assert _people("沙鹿區里長聯誼會今日舉行交接典禮。(圖/凃珮雅攝)") == ["凃珮雅"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'U.S. coach Bruce Arena said Tuesday that the team is ready. "We are ready," Arena said.',
            "Bruce Arena",
        ),
        ("The council met. Mayor Pro Tem Jane Rivera said the vote was fair.", "Jane Rivera"),
    ],
)
def test_a_surname_that_ends_a_venue_or_a_title_word_still_names(text: str, name: str) -> None:
    """review32: Arena as an organisation's last word took Bruce Arena; Pro Tem was part of a name."""
    assert _english_people(text) == [name]


def test_a_name_the_tagger_reads_as_a_verb_that_opens_a_clause_is_a_person() -> None:
    """review32: 县长张扬…。张扬强调 lost 张扬, whom the tagger reads as the verb 张扬 at both printings."""
    assert _people("县长张扬出席并讲话。张扬强调,要继续做好各项工作。") == ["张扬"]


def test_according_to_an_index_without_a_comma_is_no_ones_words() -> None:
    """review32: "…according to the Consumer Price Index." is a source of figures, no body speaking."""
    assert _said("Rents rose 6 percent last year according to the Consumer Price Index.") == []


def test_a_headline_naming_a_reporter_is_still_a_headline() -> None:
    """review32: a headline shaped as a byline with no space (最美记者李华) was skipped as one."""
    assert _read("最美记者李华\n2022年1月10日\n\n李华在一线采访了三个月。\n").title == "最美记者李华"


def test_a_borough_and_its_chief_name_no_one_before_them() -> None:
    """peponews (walk31): 新任會長由公明里里長蔡水松接任 read 由公明 (由, "by", then the borough 公明里) as a
    person, and the tagger 公明里."""
    assert _people("新任會長由公明里里長蔡水松接任。民政局表示,交由公明里蔡水松里長接棒新任會長。") == [
        "蔡水松"
    ]


def test_a_firm_named_for_a_person_by_its_trade_is_no_person() -> None:
    """changde (walk32): 邓权塑业, a plastics firm, gave the person 邓权 and a timeline lane of his own."""
    assert _people("王启武一行先后来到泰利恒友、志远新材料、邓权塑业、跃盈机械企业进行走访调研。") == [
        "王启武"
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Michael Pollard said in a news release:",
        "Michael Pollard addressed the jobs announcement in a news release:",
        "Michael Pollard released this statement:",
    ],
)
def test_a_statement_announced_by_a_colon_is_its_speakers(intro: str) -> None:
    """marioncounty: "… Michael Pollard addressed the jobs announcement in a news release:" then the quoted
    paragraph was nobody's (only "said:" announced the next paragraph's words)."""
    said = _said(
        f"The company will close its plant, officials said.\n{intro}\n“This has nothing to do with the "
        "performance of our people. Our associates have performed very well.”\nThe plant employs 100 people."
    )
    assert [who for who, words in said if words.startswith("This has")] == ["Michael Pollard"]
