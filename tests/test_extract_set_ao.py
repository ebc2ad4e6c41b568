"""Rules learnt in stop 28 from blind set AO (scored first at ca48cbb and unread until this stop)."""

from __future__ import annotations

from .test_extract_real import _en_names, _en_quotes, _quotes, _read


def test_the_second_part_of_a_quotation_split_by_its_attribution_is_the_same_speakers() -> None:
    """TPR (tpr): “She was just recently elected to the board,” said City Clerk Leticia Vacek, “after
    this is voted upon …” lost its second part; the clerk was read as "City Clerk Leticia"."""
    quotes = _en_quotes(
        "“She was just recently elected to the board,” said City Clerk Leticia Vacek, “after this is voted"
        " upon we will have another motion.”"
    )
    assert quotes == [
        ("Leticia Vacek", "She was just recently elected to the board,"),
        ("Leticia Vacek", "after this is voted upon we will have another motion."),
    ]


def test_a_name_owning_what_is_quoted_after_the_verb_does_not_speak() -> None:
    """The London Free Press (lfpress, set AL): "The court said Pockele’s observations “reflect an error
    in principle.”" is the court's, not Pockele's."""
    quotes = _en_quotes("Judge Gregory Pockele ruled. The court said Pockele’s views “reflect an error.”")
    assert ("Gregory Pockele", "reflect an error.") not in quotes


def test_a_speaker_named_by_title_and_surname_after_the_verb_is_that_person() -> None:
    """TPR: “So just to clarify,” said Mayor Castro. and "…," said District 1 Councilman Bernal. named
    nobody; the mayor's next quoted sentence went with it."""
    quotes = _en_quotes(
        "“So just to clarify,” said Mayor Castro. “With regard to Big Brothers, we're voting without that.”"
        "\n\n“The whole council was frozen in time,” said District 1 Councilman Bernal."
    )
    assert quotes == [
        ("Castro", "So just to clarify,"),
        ("Castro", "With regard to Big Brothers, we're voting without that."),
        ("Bernal", "The whole council was frozen in time,"),
    ]


def test_a_titled_surname_is_the_person_of_that_surname_when_one_is_named_in_full() -> None:
    """Channel NewsAsia (cna, set F): "…," said Mr Teo. beside Teo Chee Hean (a family name written
    first) is him, not a second person; nor is "said Lt. Col. J. S. Brar" a person called Col."""
    text = "Defence Minister Teo Chee Hean spoke on Tuesday. “It is very hard to tell,” said Mr Teo."
    assert _en_names(text) == {"Teo Chee Hean"}
    assert _en_names("About 200 remained missing, said Lt. Col. J. S. Brar, an army spokesman.") <= {
        "J. S. Brar"
    }


def test_an_authority_of_three_words_speaks_after_a_quotation() -> None:
    """AP (highergroundtimes): “Storing equipment …,” the Metropolitan Transportation Authority said in a
    statement late Tuesday. was attributed to nobody: its name was longer than 40 characters."""
    quotes = _en_quotes(
        "“Storing equipment is a common practice,” the Metropolitan Transportation Authority said in a"
        " statement late Tuesday."
    )
    assert quotes == [("Metropolitan Transportation Authority", "Storing equipment is a common practice,")]


def test_reported_words_before_said_and_a_name_with_a_bare_description() -> None:
    """AP: "Sparks … stayed upright, said Joe Lhota, chairman of the MTA." was nobody's words: only a
    description with an article ("an army spokesman") was allowed after the name."""
    quotes = _en_quotes("Sparks briefly ignited garbage on the track, said Joe Lhota, chairman of the MTA.")
    assert quotes == [("Joe Lhota", "Sparks briefly ignited garbage on the track")]


def test_a_bracketed_reporter_credit_without_a_slash_names_the_reporter() -> None:
    """波士頓雙語網 (bostonese): 【波士頓雙語網記者李強報道】 credited nobody: only 記者X／台北報導 was read,
    and 李強, a name the dictionary knows as a word, was taken for no name."""
    ann = _read("标题\n\n【波士頓雙語網記者李強報道】大会于2018年8月28日举行。\n")
    assert ann.author == "李強"
    assert {p.name for p in ann.persons} == {"李強"}


def test_thanks_or_congratulations_with_de_are_no_words_said() -> None:
    """波士頓雙語網: 表示衷心的感謝 and 表示熱烈的祝賀 were quotes (“衷心的感謝。”); 表示衷心感谢 was not."""
    text = "理事长黄立辉对黄海龙的大力支持表示衷心的感谢。市议员费连对成立表示热烈的祝贺。"
    assert _quotes(text) == []


def test_a_quotation_split_by_wrote_and_a_name_is_that_writers() -> None:
    """The review kept "He wrote to Senator Jane Smith, “…”" from the senator, by the words between the verb
    and the name; "wrote" itself, inverted before the writer's name, still splits a writer's quotation."""
    quotes = _en_quotes("“The plan is sound,” wrote Jane Smith, “and the council should adopt it.”")
    assert quotes == [
        ("Jane Smith", "The plan is sound,"),
        ("Jane Smith", "and the council should adopt it."),
    ]
