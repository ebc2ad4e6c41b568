"""Rules of stop 36, from the misses of sets BP, BQ and BR (unseen until this stop): each a kind of miss
seen on more than one page, or a form whole kinds of pages print (a TV station's dateline, a photo's
credit), not one page's wording."""

from __future__ import annotations

import pytest

from .test_extract_real import _en_quotes, _read, said_in
from .test_extract_set_ba_bf import _people


def _en_people(text: str) -> list[str]:
    return sorted(p.name for p in _read("Title\nMay 2, 2024\n\n" + text + "\n").persons)


def test_a_towns_police_speaking_is_a_body_and_says_on() -> None:
    """tmj4, fox5dc: "Milwaukee police said in a statement …", "Police say …", "…, police said." were
    nobody's: a town's police, its word in lower case, was no organisation."""
    said = _en_quotes(
        "A Milwaukee man died. Milwaukee police said in a statement the crash happened just after 6 a.m. "
        "Saturday. "
        "Police say "
        "the first vehicle was speeding.\n\nCharges will be referred against the man in custody, police said."
    )
    assert said == [
        ("Milwaukee police", "the crash happened just after 6 a.m. Saturday."),
        ("Milwaukee police", "the first vehicle was speeding."),
        ("Milwaukee police", "Charges will be referred against the man in custody"),
    ]


def test_a_towns_police_closing_a_sentence_says_it() -> None:
    """fox5dc, khaosod: "…, Montgomery police said." """
    said = _en_quotes(
        "MONTGOMERY, Ala. — Five of the wounded were hospitalized with injuries, Montgomery police said."
    )
    assert said == [("Montgomery police", "Five of the wounded were hospitalized with injuries")]


@pytest.mark.parametrize("kind", ["State", "Local", "Federal", "Highway", "Airport", "Both", "Late Friday"])
def test_a_kind_of_police_is_no_towns(kind: str) -> None:
    """ "Local police said …", "Highway police said …", "Both police said …" name no body (review36): the
    town's name must be printed apart from its police."""
    ann = _read(f"Title\nMay 2, 2024\n\n{kind} police said the crash happened just after 6 a.m. Saturday.\n")
    assert said_in(ann) == [] and ann.orgs == []


def test_a_towns_police_is_the_force_the_article_names_in_full() -> None:
    """review36: "Dallas police said …" beside the Dallas Police Department made two bodies of one."""
    said = _en_quotes(
        "Dallas police said the man fled on Saturday.\n\nThe Dallas Police Department is investigating."
    )
    assert said == [("Dallas Police Department", "the man fled on Saturday.")]


def test_a_given_name_before_a_places_word_is_a_person_who_speaks() -> None:
    """abc11: Teresa Washington (a given name, then a state's) was no one, and her six quotes nobody's."""
    said = _en_quotes(
        "Teresa Washington lives behind the home. She said she was sitting on her porch.\n\n"
        '"They need to start praying, they need to go back to church," said Washington.'
    )
    assert ("Teresa Washington", "They need to start praying, they need to go back to church,") in said


def test_they_said_is_no_one_persons_words() -> None:
    """abc11, ksn, udoyou: "They said …" after police confirm… went to the last person quoted."""
    said = _en_quotes(
        'Jane Roe lives nearby. "We heard shots," Roe said.\n\nPolice confirm they were called around 9 p.m. '
        "They said a 26-year-old man was shot in the abdomen."
    )
    assert said == [("Jane Roe", "We heard shots,")]


def test_a_quotation_she_describes_is_hers() -> None:
    """abc11: "About 9 something you started hearing shots …," she describes."""
    said = _en_quotes(
        'Jane Roe lives nearby.\n\n"About 9 something we started hearing shots," she describes.'
    )
    assert said == [("Jane Roe", "About 9 something we started hearing shots,")]


@pytest.mark.parametrize(
    "lead",
    [
        "A vehicle pursuit involving three agencies Monday ended with multiple arrests on Frontage Road.",
        "A crash between a firetruck and a car left one person dead and another hurt Saturday morning.",
    ],
)
def test_a_first_sentence_opening_with_a_is_the_story_not_its_headline(lead: str) -> None:
    """billingsgazette, journalgazette: a page opening with its lead, "A …" its first word, took it for its
    headline, and its happening was no event."""
    ann = _read(" date 2021-01-04 " + lead + "\n\nPolice said more later.\n")
    assert ann.title != lead and len(ann.events) == 1


def test_an_author_credited_inline_stops_at_the_next_fields_label() -> None:
    """maoji: 作者:张占友来源:区融媒体中心 named 张占友来源."""
    ann = _read(
        "叶宜声率队督查安全生产工作\n\n发布时间:2026-02-22 08:20点击数:作者:张占友来源:区融媒体中心\n\n"
        "2月18日,管委主任叶宜声率队督查安全生产工作。\n"
    )
    assert ann.author == "张占友" and "张占友来源" not in [p.name for p in ann.persons]


def test_a_generation_keeps_its_full_stop() -> None:
    """tmj4: Charles Anderson Jr. was named Charles Anderson Jr (the full stop read as a sentence's end)."""
    people = _en_people(
        "The organizer says Charles Anderson Jr. was driving to work when the crash happened."
    )
    assert people == ["Charles Anderson Jr."]


def test_a_vehicles_make_after_its_year_is_no_person() -> None:
    """wivb: "a 2011 Dodge Ram, said to have been driven by 52-year-old Guillermo Morales" named Dodge Ram."""
    people = _en_people(
        "Police said a 2011 Dodge Ram, said to have been driven by 52-year-old Guillermo Morales, crashed."
    )
    assert people == ["Guillermo Morales"]


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        (
            "All lanes of Corridor G were closed after a crash Thursday night.(WSAZ/Blake Whitener)",
            "Blake Whitener",
        ),
        ("Nikki Haley speaks at the United Nations. (AP Photo/Mary Altaffer, File)", "Mary Altaffer"),
    ],
)
def test_a_photos_credit_names_its_photographer(caption: str, name: str) -> None:
    """wsaz, khaosod: the photographer credited after a caption was no one (the brief counts credits)."""
    ann = _read(
        "Crash sends driver to the hospital\nMay 2, 2024\n\n"
        + caption
        + "\nBy Staff\n\nThe road closed on Friday night.\n"
    )
    assert name in [p.name for p in ann.persons]
    assert [e.anchor.text[:8] for e in ann.events] == ["The road"]


@pytest.mark.parametrize("opening", ["Coach Outlet explained", "General Mills stated"])
def test_a_title_opening_a_things_name_speaks_for_no_person(opening: str) -> None:
    """review36: "Coach Outlet explained that sales fell" made a person Outlet."""
    assert not _en_people(f"{opening} that sales fell in the spring.")


def test_a_titled_surname_opening_a_sentence_with_stated_speaks() -> None:
    """fox8live: Chief Jackson stated that, “Gonzales Investigators will not rush …” was nobody's."""
    said = _en_quotes("Chief Jackson stated that, “Investigators will not rush to make arrests.”")
    assert said == [("Jackson", "Investigators will not rush to make arrests.")]


def test_besides_someone_is_not_part_of_the_name() -> None:
    """mofa: 除…部長薩德外,尚有… named 薩德外."""
    people = _people("此次訪團成員除索國貿易觀光部部長薩德外,尚有該部執行長阿布都拉。")
    assert "薩德" in people and "薩德外" not in people


def test_an_auxiliary_officer_is_titled() -> None:
    """ldgdb (a police station's story): 辅警 titles the officer as 民警 does."""
    assert _people("11月1日晚,辅警张伟将嫌疑人擒获。") == ["张伟"]


@pytest.mark.parametrize(
    "text", ["据最新警方通报,事故造成两人受伤。", "我们要坚持创新警务模式。", "一批新警车正式投入使用。"]
)
def test_new_and_police_run_together_title_no_one(text: str) -> None:
    """review36: 新警 (a rookie officer: ldgdb's 新警戴操) as a title named 方通报, 务模式, 车正式."""
    assert _people(text) == []


def test_a_tv_stations_dateline_ends_the_head_above_it() -> None:
    """abc11, wsaz: the dek above "DURHAM (WTVD) -- …" told the story's shooting a second time, an event of
    its own; the station's call sign publishes the page."""
    ann = _read(
        "Neighbors want violence to end\n\nSunday, August 30, 2015\nMan shot at cookout in Durham\n"
        "A man was shot on Briggs Avenue on Saturday night, and neighbors are fed up\n\n"
        "DURHAM (WTVD) -- Police are still searching for clues after a shooting on Saturday at a party.\n"
    )
    assert [e.anchor.text[:6] for e in ann.events] == ["Police"]
    assert ann.publisher == "WTVD"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe spoke to reporters Tuesday and said the plan would fail.",
        "Jane Roe spoke with WTAP and said the plan would fail.",
    ],
)
def test_one_who_spoke_to_reporters_and_said_speaks(text: str) -> None:
    """review36: "Jane Roe spoke to reporters … and said …" lost its speaker."""
    assert _en_quotes(text) == [("Jane Roe", "the plan would fail.")]


def test_the_outlet_a_source_spoke_to_does_not_speak() -> None:
    """wtap: "The deputy WTAP spoke to says there are 37 …" was WTAP's (its name the last before says)."""
    said = _en_quotes(
        "The sheriff's office is short of deputies, WTAP reported.\n\n"
        "The deputy WTAP spoke to says there are 37 total people on the roster."
    )
    assert said == [("WTAP", "The sheriff's office is short of deputies")]


def test_a_question_not_waited_for_is_the_askers_and_no_answer() -> None:
    """fzzfw: “我问个问题!”老农户李仲良举起了手,“…?”不等杨德兵回答,… gave 李仲良's question to 杨德兵, who did
    not answer."""
    said = said_in(
        _read(
            "标题一行\n2022年1月10日\n\n宣讲员杨德兵结束了宣讲。\n\n"
            "“我问个问题!”老农户李仲良举起了手,“今后国家还有投入没有?”不等杨德兵回答,其他村民也抛出问题。\n"
        )
    )
    assert said == [("李仲良", "我问个问题!"), ("李仲良", "今后国家还有投入没有?")]


def test_a_tagged_name_ending_in_a_places_word_is_a_person_after_a_given_name() -> None:
    """chattanoogan: Greg Martin, listed among the commissioners, was left out (Martin is a county's
    word); a given name before it makes a person."""
    people = _en_people(
        "The panel has six Republicans (Chip Baker, Sabrena Smedley, Steve Highlander, Tim Boyd, Greg Martin "
        "and Randy Fairbanks) and three Democrats."
    )
    assert "Greg Martin" in people


@pytest.mark.parametrize("credit", ["(Photo/China Daily)", "(WSAZ/Google Maps)", "(Photo/Getty Images)"])
def test_a_credit_to_a_body_or_a_service_names_no_one(credit: str) -> None:
    """review36: (Photo/China Daily) and (WSAZ/Google Maps) were photographers."""
    assert _en_people(f"The road was closed after a crash.{credit}\n\nThe road closed on Friday night.") == []


def test_a_paper_page_with_its_breadcrumb_kicker_and_closing_writers_reads_its_head() -> None:
    """walk36 (fzzfw, a 人民日报 repost): the breadcrumb 您所在的位置:… >> … >> 正文 was its headline, the
    kicker ending in —— over the headline its title, and 作者:崔佳 蒋云龙 closing the story no author."""
    ann = _read(
        "您所在的位置:福州理论在线 >> 理论专题 >> 正文\n\n重庆市铜梁区大珑村“院坝宣讲”乡村振兴战略——\n\n"
        "只要舍得干 日子会更好\n\n2017-11-08 09:07:38来源:人民日报\n\n"
        "11月6日,重庆铜梁区西河镇大珑村。村支书王绍国介绍了当天的宣讲人。\n\n作者:崔佳 蒋云龙 责任编辑:俞琳\n"
    )
    assert (ann.title, ann.author, ann.publisher) == ("只要舍得干 日子会更好", "崔佳", "人民日报")
    roles = {p.name: [r.title for r in p.roles] for p in ann.persons}
    assert roles == {"崔佳": ["作者"], "蒋云龙": ["作者"], "俞琳": ["责任编辑"], "王绍国": ["村支书"]}


def test_a_towns_police_is_not_called_by_the_towns_name() -> None:
    """walk36: "Milwaukee police" went by "Milwaukee" (its first word, printed more often), so "a 40-year-old
    Milwaukee man" was highlighted as the police and saved as its alias."""
    ann = _read(
        "Title\nMay 2, 2024\n\nMILWAUKEE — A Milwaukee man died. Milwaukee police said the crash happened "
        "Saturday. A second Milwaukee man was hurt.\n"
    )
    (police,) = ann.orgs
    assert police.name == "Milwaukee police" and "Milwaukee" not in police.aliases
