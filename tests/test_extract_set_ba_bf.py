"""Rules of stop 31, from the misses of sets BA, BB and BC (read this stop): each a kind of miss seen on
more than one page, not one page's wording."""

from __future__ import annotations

import pytest

from .test_extract_real import _events, _read
from .test_extract_set_av_az import _said


def _people(text: str) -> list[str]:
    """The persons found in a Chinese story under a dated headline."""
    return sorted(p.name for p in _read("标题一行\n2022年1月10日\n\n" + text + "\n").persons)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("比賽接近尾聲時,海港隊主教練萊科難掩失落。與此同時,萊科也坦言,賽季很艱難。", "萊科"),
        ("赛后,海港主帅穆斯卡特接受了媒体的采访。", "穆斯卡特"),
        ("之后巴西籍主教练斯科拉里在2015年率队第二次夺冠。", "斯科拉里"),
    ],
)
def test_a_foreign_name_the_tagger_reads_whole_after_a_title_is_a_person(text: str, name: str) -> None:
    """big5cri, 1689878, daweijishu, gzwanael: a coach named in characters of no Chinese shape (萊科) was
    missed, or cut to a Chinese-looking start (穆斯, 斯科), and with them five of his quotes."""
    assert _people(text) == [name]


def test_an_everyday_word_after_a_title_is_no_foreign_name() -> None:
    """The tagger's name after a title still has to be no everyday word printed once."""
    assert _people("县委书记高度重视防汛工作,主任认真部署。") == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("2022-01-10 09:08:34来源:新华社编辑:王悦阳", "王悦阳"),
        ("审核:元立业", "元立业"),
        ("【编辑:李骏】", "李骏"),
        ("山东泰山队主教练郝伟在场边指挥。新华社记者 朱峥 摄", "朱峥"),
        ("日本队监督。(特派记者林正堃摄)", "林正堃"),
    ],
)
def test_a_credited_editor_or_photographer_is_a_person(line: str, name: str) -> None:
    """big5cri, dingxinwen, 1689878, sportsltn and 25 read pages: editors and photographers credited
    on the page were missed (the issue names 责任编辑 and 【编辑:…】); BLIND.md now agrees they are
    persons, as "every named human being in the text" always said."""
    assert name in _people("县长郝伟出席会议。\n" + line)


def test_a_site_credited_as_editor_is_no_person() -> None:
    """余姚网 credited as 编辑 is a site."""
    assert _people("县长郝伟出席会议。\n来源:互联网新闻 编辑:余姚网 时间:2021/05/03") == ["郝伟"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Commencement has been postponed to September 19, the university said.",
        "The fair has been rescheduled for September 19.",
        "The vote was moved to September 19.",
    ],
)
def test_a_day_something_was_put_off_to_is_still_to_come(sentence: str) -> None:
    """courierpress, emissourian: "postponed to September 19" in a story of May 2020 was read as the
    September before."""
    assert _events(_read("Graduation news\nMay 9, 2020\n\n" + sentence + "\n")) == {
        "September 19": "2020-09-19*"  # its year inferred
    }


def test_words_closed_by_a_two_word_title_and_a_name_are_that_persons() -> None:
    """newsmax, sandiegouniontribune, bdnblogs, knoxblogs: "…, Police Chief Estella Patterson said during
    a news conference on Friday." was no quote: the attribution may hold four capitalised words."""
    said = _said(
        "Police have yet to determine a motive for the shooting, Police Chief Estella Patterson said during "
        "a news conference on Friday."
    )
    assert said == [("Estella Patterson", "Police have yet to determine a motive for the shooting")]


def test_a_borough_chief_by_surname_and_title_is_the_one_named_in_full() -> None:
    """peponews, merittimes: 里長 (Taiwan's borough chief) was no title, so 蔡里長 stood beside 蔡水松 as a
    second person, and 王里長 took 王宏書's words."""
    people = _people(
        "新任會長由公明里里長蔡水松接任,卸任會長斗抵里里長王宏書功成身退。蔡里長表示,這是新的開始。"
    )
    assert {"蔡水松", "王宏書"} <= set(people)
    assert not {"蔡里長", "王里長", "蔡里长", "王里长"} & set(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The jury deliberated in the murder trial of S. Dale Turner on Monday. Turner said nothing.",
            "S. Dale Turner",
        ),
        ("District Attorney R. Christopher Almy will review the case, Almy said.", "R. Christopher Almy"),
        ("After ten years in the U.S. Dale Turner came home. Dale Turner said it was time.", "Dale Turner"),
    ],
)
def test_a_first_initial_printed_before_a_name_is_part_of_it(text: str, name: str) -> None:
    """bastropenterprise, bdnblogs: "S. Dale Turner" was Dale Turner; not an initial ending U.S."""
    ann = _read("Trial news\nMarch 3, 2025\n\n" + text + "\n")
    assert name in {p.name for p in ann.persons}


def test_a_surname_alone_saying_something_of_himself_is_a_person() -> None:
    """scnow (walk30): "Jebaily said he was voting yes" named a council member by his surname only, and
    he and his words were missed; a body says no "he", and police are no one person."""
    said = _said(
        "Jebaily said he was voting yes with the amendment. Brand said he was concerned about the cost. "
        "Police said he was driving too fast."
    )
    assert [who for who, _ in said] == ["Jebaily", "Brand"]


def test_a_body_named_with_a_possessive_speaks_by_its_short_form() -> None:
    """staugustine, birminghamal: "St. Johns County Sheriff's Office" was read as "St. Johns County" (and
    "A St. Johns County…" after an article), so "…, according to the sheriff's office." was nobody's."""
    said = _said(
        "A St. Johns County Sheriff's Office deputy was arrested on Thursday. Monroe West was booked in "
        "the county jail Thursday afternoon, according to the sheriff's office."
    )
    assert said == [
        ("St. Johns County Sheriff's Office", "Monroe West was booked in the county jail Thursday afternoon")
    ]


def test_the_one_body_with_that_word_in_its_name_speaks_as_the_ministry() -> None:
    """ghanaweb, lfpress: "“…,” the ministry said." named the Ministry of Lands and Natural Resources, whose
    name does not end in "ministry"; the one body with the word in its name speaks."""
    said = _said(
        "The Ministry of Lands and Natural Resources issued a statement on Thursday. "
        "The media has a role to play in the fight, the ministry said."
    )
    assert said == [("Ministry of Lands and Natural Resources", "The media has a role to play in the fight")]


def test_a_page_saved_with_its_story_twice_tells_each_happening_once() -> None:
    """qingshui (walk30), voa, fonfmedia and five more: a page whose story is printed twice word for word
    gave every event twice, and 花博 (the flora expo), printed twice so, passed as a person's name."""
    story = (
        "清水區公所今天(3/13)上午舉行里鄰長研習會,盧市長在清水區長蔡慶生的陪同下蒞臨。"
        "盧市長表示,市府現已實現本市市民免費入園參觀花博等各項承諾。"
    )
    ann = _read("標題\n2019-03-13\n\n" + story + "\n" + story + "\n")
    assert [e.date.label() for e in ann.events if e.date] == ["2019-03-13*"]  # 今天(3/13): no year
    assert "花博" not in {p.name for p in ann.persons}


def test_quoted_paragraphs_under_topic_lines_are_the_one_interviewed() -> None:
    """daweijishu: "赛后,海港主帅穆斯卡特接受了媒体的采访。" then topic lines (对于本场比赛) over
    paragraphs all in quote marks; nobody was said to say them, and all three were lost."""
    ann = _read(
        "标题一行\n2025年11月22日\n\n赛后,海港主帅穆斯卡特接受了媒体的采访。\n对于本场比赛\n"
        "“连续两个赛季在最后一轮决出冠军还是非常特别的,整个团队配得上所有赞誉。”\n关于德比\n"
        "“我对那场比赛还是记忆犹新,那是一场6分大战,这是非常关键的转折点。”\n"
    )
    names = {p.key: p.name for p in ann.persons}
    assert [names.get(q.speaker) for q in ann.quotes] == ["穆斯卡特", "穆斯卡特"]


# review31: what the stop's rules misread at first


@pytest.mark.parametrize(
    "text",
    [
        "A man was charged on Monday. Prosecutors said he fired three shots. Witnesses said he ran away.",
        "Repairs to the bridge will cost $2 million, the city said. The Oklahoma City Police Department "
        "closed the road on Monday.",
    ],
)
def test_a_group_or_another_body_says_no_one_persons_words(text: str) -> None:
    """Prosecutors and Witnesses said "he" of someone else; "the city" is no word of the police
    department's name that says what it is."""
    assert [who for who, _ in _said(text)] == []


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        ("President Trump's Justice Department opened an inquiry on Monday.", set(), {"Justice Department"}),
        (
            "On Monday, Gov. Gavin Newsom's Office of Emergency Services sent crews.",
            {"Gavin Newsom"},
            {"Emergency Services"},
        ),
        ("Dr. Ann Reed studies light. We lack vitamin D. Ann Reed said so in 2019.", {"Ann Reed"}, set()),
        ("The board met. (Editing by Reuters Staff)", set(), set()),
    ],
)
def test_a_possessive_before_a_body_or_a_letter_before_a_name_is_no_part_of_it(
    text: str, persons: set[str], orgs: set[str]
) -> None:
    """Only an office holder's possessive (Sheriff's, Mayor's) opens a body's name; an initial counts
    where the name is first printed; a desk credited is no one."""
    ann = _read("Title\nMarch 5, 2025\n\n" + text + "\n")
    assert {p.name for p in ann.persons} == persons
    assert orgs <= {o.name for o in ann.orgs}


@pytest.mark.parametrize(
    "text",
    [
        "万里长江第一湾位于云南丽江,每年吸引大量游客。",  # 里 a distance, 长 long
        "审核:文明办 编辑:党政办\n(图/高市府摄)",  # bodies credited
    ],
)
def test_no_borough_chief_in_a_distance_and_no_body_credited_as_a_person(text: str) -> None:
    assert _people(text) == []


def test_a_notice_quoted_before_anyone_is_interviewed_is_not_the_interviewees() -> None:
    ann = _read(
        "标题一行\n2025年3月5日\n\n昨日,交警部门在路口张贴了一份通告。\n"
        "“即日起,本路段实施交通管制,请过往车辆绕行,给您带来的不便敬请谅解。”\n"
        "附近超市老板李建国接受了记者的采访,但他并未透露更多细节。\n"
    )
    assert ann.quotes == []


def test_a_short_sentence_printed_twice_is_one_event() -> None:
    ann = _read("标题一行\n2025年3月5日\n\n3月1日,清水镇举行植树活动。\n3月1日,清水镇举行植树活动。\n")
    assert _events(ann) == {"3月1日": "2025-03-01*"}


# walk31: what a user saw importing the read pages


def test_a_photo_caption_above_the_headline_is_no_title() -> None:
    """peponews: the title was "▲沙鹿區里長聯誼會長交接。(圖/凃珮雅攝)", the lead photo's caption."""
    ann = _read(
        "▲沙鹿區里長聯誼會長交接。(圖/凃珮雅攝)\n\n"
        "沙鹿區里長聯誼會長交接 民政局長吳世瑋:期許帶動沙鹿發展\n\n民政局長吳世瑋致詞。\n"
    )
    assert ann.title == "沙鹿區里長聯誼會長交接 民政局長吳世瑋:期許帶動沙鹿發展"


def test_an_editor_credited_with_the_stamp_run_on_is_a_person() -> None:
    """xinhua: "责任编辑:黄杨海2014-12-04 09:51" named nobody, the day run into the name."""
    assert "黄杨海" in _people("马英九出席活动。\n责任编辑:黄杨海2014-12-04 09:51")
