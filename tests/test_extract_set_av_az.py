"""Rules of stop 30, from misses classed over every read set (A to AZ; AV to AZ read this stop): each
a kind of miss seen on several pages, not one page's wording."""

from __future__ import annotations

import datetime as dt

import pytest
from viewer.core.dates import day_date
from viewer.pipeline.extract.dates import find_dates

from .test_extract_real import _events, _quotes, _read


def _said(text: str) -> list[tuple[str, str]]:
    """Speaker and words of each quote of an English story under a dated headline."""
    ann = _read("Council votes on the plan\nMarch 3, 2025\n\n" + text + "\n")
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    return [(names.get(q.speaker, ""), q.occurrences[0].anchor.text) for q in ann.quotes]


def test_a_long_wire_brief_closed_by_its_agency_is_a_story_not_a_caption() -> None:
    """客家新聞 (hakkanews): briefs of Taiwan's Central News Agency end "…討論。(中央社)"; read as photo
    captions, 盧秀燕 and her two statements were lost. A caption is short: one closed so still is."""
    ann = _read(
        "標題\n2025-11-13\n\n截至目前全國仍暫停廚餘養豬,議員關心台中未來是否禁廚餘養豬;盧秀燕表示,禁廚餘養豬"
        "一定是未來趨勢,市府現在正與所有豬農及相關行業討論。另外,盧秀燕也表示,會請環境保護局通知廚餘收運業者"
        "廚餘桶要加蓋,才能減少溢出。(中央社)\n\n英國首相施凱爾(左)和日相高市早苗(右)交談。(路透)\n"
    )
    speakers = {p.key: p.name for p in ann.persons}
    assert [speakers.get(q.speaker) for q in ann.quotes] == ["盧秀燕", "盧秀燕"]


@pytest.mark.parametrize(
    "text",
    [
        "Ellen Robertson said other manufacturers in the area could hire some of the workers.",
        "Ellen Robertson told reporters even persons with personal experiences should make a report.",
    ],
)
def test_a_named_speakers_clause_of_what_was_said_is_reported_speech(text: str) -> None:
    """scnow, richmond, pravda, bari: "Stefanchuk said her resignation letter would be considered…", with
    no "that", was no quote when its clause opened with a word the patterns do not list; the parser reads
    the verb's clause instead."""
    said = _said(text)
    assert [who for who, _ in said] == ["Ellen Robertson"]
    assert said[0][1].startswith(("other manufacturers", "even persons"))


@pytest.mark.parametrize(
    "text",
    [
        "Kwon Young-se said Monday was a good day for talks.",  # the day he said it
        "Thomas D’Eon said of crews learning there were people inside.",  # what it was said of
        "Minister Taoufik Charfeddine on Friday announced his resignation, citing family reasons, "
        "state-run news agency Tap reported.",  # the verb's object, then another's report
        "Deputies say his condition is unknown at this time.",  # nobody named says it
        "Ellen Robertson would not say how the council would vote.",  # a question, not a statement
    ],
)
def test_a_clause_after_a_verb_of_speech_that_is_no_ones_statement_is_no_quote(text: str) -> None:
    assert _said(text) == []


def test_a_body_opening_a_clause_and_speaking_in_it_is_its_speaker() -> None:
    """花蓮 (onews), 馬祖 (matsunews), 客家新聞: 縣府澄清表示,…, 縣府表示,…, 數發部今天表示,… had no
    speaker: a body's name the rules do not list, ending as one (府, 部, 局, 大隊) or tagged a body."""
    assert _quotes("縣府澄清表示,縣長徐榛蔚當天全程走訪災區,只想讓鄉親早日恢復家園生活。") == [
        ("縣府", "縣長徐榛蔚當天全程走訪災區,只想讓鄉親早日恢復家園生活。")
    ]
    assert _quotes("數發部今天表示,個人化資料自主運用平台累積提供143項資料下載。") == [
        ("數發部", "個人化資料自主運用平台累積提供143項資料下載。")
    ]


def test_reported_words_end_where_someone_else_named_goes_on_to_speak() -> None:
    """中視 (cts): "BBC則說,沙磊…決定到台灣,不過華春瑩宣稱,沒聽說任何…": once BBC spoke, her words
    were its."""
    assert _quotes(
        "BBC則說,沙磊受到來自中國當局的壓力,所以決定到台灣,不過華春瑩宣稱,沒聽說任何中國政府部門威脅沙磊。"
    ) == [
        ("BBC", "沙磊受到來自中國當局的壓力,所以決定到台灣"),
        ("華春瑩", "沒聽說任何中國政府部門威脅沙磊。"),
    ]


def test_a_short_quoted_sentence_after_someones_words_goes_on_in_their_voice() -> None:
    """nunesmagician, cztn, shanhaiguan: "“…,” Abbott said. “We will go on.”": a sentence of fewer than
    fifteen characters after the attribution was no one's."""
    assert _said("Governor Greg Abbott spoke.\n\n“It works,” Abbott said. “We will go on.”") == [
        ("Greg Abbott", "It works,"),
        ("Greg Abbott", "We will go on."),
    ]


def test_a_title_cut_short_before_a_name_is_the_title_the_story_then_uses() -> None:
    """dailycaller: Gov. Greg Abbott, then "…,” the governor added.": the governor was no one."""
    said = _said(
        "Gov. Greg Abbott declared a disaster.\n\n“Texas is prepared, and we will act,” the governor added."
    )
    assert said == [("Greg Abbott", "Texas is prepared, and we will act,")]


def test_a_person_naming_a_thing_in_their_own_words_is_quoted() -> None:
    """lfpress, kobi5, phatz: "Pockele called his employment “a ruse”", "called … a “bi-partisan success”",
    "called Wigenton’s remarks “ill-advised”" were dropped as terms. Not so what a pronoun calls (the
    one meant may be named later), nor a thing's name ("a group called “…”")."""
    said = _said(
        "Gregory Pockele was sentenced on Monday. The judge noted that Gregory Pockele called his "
        "employment “a ruse” in court.\n\nA group called “Save Our City” met.\n\n"
        "He referred to the memorial as “a pile of trash.”"
    )
    assert said == [("Gregory Pockele", "a ruse")]


def test_the_stores_day_before_a_story_s_first_paragraph_leaves_the_paragraph_to_the_story() -> None:
    """39 read pages open " date 2020-09-29 Wukela said earlier…": the line was the headline, its
    paragraph's people, quotes and dates lost, the title "date 2020-09-29 Wukela said…"."""
    ann = _read(
        " date 2020-09-29 Mayor Stephen Wukela said earlier in the meeting that the city staff was working "
        "to incorporate changes to the ordinance into a version that could be available next week.\n\n"
        "Council member Gibson-Hye Moore said she made the motion because something had to be done now.\n"
    )
    assert ann.title == ""
    assert ann.published == "2020-09-29"
    assert "Stephen Wukela" in [p.name for p in ann.persons]
    assert len(ann.quotes) == 2


def test_a_headline_after_the_stores_day_is_the_title_without_it() -> None:
    ann = _read(
        " date 2020-12-18 Oklahoma sheriff arrested for perjury\n\nThe sheriff was arrested Friday.\n"
    )
    assert ann.title == "Oklahoma sheriff arrested for perjury"
    assert ann.published == "2020-12-18"
    assert _events(ann) == {"Friday": "2020-12-18*"}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("明年3月3日至3月15日", dt.date(2026, 3, 3), dt.date(2026, 3, 15)),
        ("今年3月3日至15日", dt.date(2025, 3, 3), dt.date(2025, 3, 15)),
    ],
)
def test_a_range_of_days_after_this_or_next_year_is_one_date(text: str, start: dt.date, end: dt.date) -> None:
    """客家新聞: 台灣燈會將於明年3月3日至3月15日…舉辦 was the 3rd alone, and a second date the 15th."""
    found = find_dates("燈會將於" + text + "在嘉義縣舉辦", 0, day_date(dt.date(2025, 11, 13)))
    assert [(m.text, m.date.start, m.date.end) for m in found if m.date] == [(text, start, end)]
