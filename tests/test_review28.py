"""Review of stop 28's extraction rules: inputs the new rules misread, each kept right."""

from __future__ import annotations

from .test_extract_real import _en_quotes, _events, _quotes, _read


def _names(text: str, head: str = "标题\n2025-11-23\n\n") -> set[str]:
    return {p.name for p in _read(head + text + "\n").persons}


def test_the_one_told_or_spoken_of_after_the_verb_does_not_say_the_quotation() -> None:
    """_named_after_verb gave “…” to the person told, spoken to or spoken of (the judge told John Doe)."""
    for text in (
        "The judge told John Doe, “You will spend the rest of your life in prison.”",
        "The judge said to John Doe, “You will spend the rest of your life in prison.”",
        "The coach said of Jane Smith: “She is the best player we have ever had.”",
        "He wrote to Senator Jane Smith, “Your bill will hurt families in this state.”",
    ):
        assert all(who in ("", None) for who, _ in _en_quotes(text)), text


def test_a_titled_surname_is_no_western_person_whose_given_name_it_is() -> None:
    """fold_titled_surnames folded Judge Carter into Carter Page (a given name, not a family name first)."""
    quotes = _en_quotes(
        "Police arrested Carter Page on Monday. Judge Carter set bail at $10,000."
        " “He is a flight risk,” Judge Carter said."
    )
    assert ("Carter Page", "He is a flight risk,") not in quotes


def test_a_young_or_old_monk_a_magician_and_he_shang_wei_are_no_names() -> None:
    """_MONASTIC_RE read 的老, 个小, 名魔 and 积电 as religious names."""
    assert _names("寺里的老和尚每天清晨敲钟。一个小和尚在院子里扫地。一名魔法师在台上表演。") == set()
    assert _names("台积电和尚未上市的公司都在名单上。已接种者和尚未接种者都应佩戴口罩。") == set()
    assert _names("住持心保和尚表示,佛教要与时俱进。") == {"心保"}


def test_a_section_word_the_dictionary_tags_a_name_is_no_author() -> None:
    """surnamed() took nr-tagged words (明星, 文明, 陆军, 顾问) as a name; a section line was the author."""
    for word in ("明星", "文明", "陆军", "顾问"):
        ann = _read(f"某某新闻标题在这里\n{word}\n2025-11-23\n\n市政府周三宣布新措施。\n")
        assert ann.author == "" and not ann.persons, word
    assert _read("标题\n\n【本报特派记者莫斯科报道】普京周三会见代表团。\n").author == ""


def test_a_term_quoted_after_a_colon_inside_reported_words_ends_them_not() -> None:
    """_QUOTE_ANNOUNCED cut 王毅's words at the colon, lost 原则不容挑战, made 「一个中国」 direct words."""
    assert _quotes("王毅表示,中方的立场很明确:「一个中国」原则不容挑战。") == [
        ("王毅", "中方的立场很明确:「一个中国」原则不容挑战。")
    ]
    assert _quotes("许皓程表示球队都尽力表现:「还是为我们的球员感到骄傲。」") == [
        ("许皓程", "球队都尽力表现"),
        ("许皓程", "还是为我们的球员感到骄傲。"),
    ]


def test_a_name_with_ru_before_a_verb_of_hoping_still_hopes() -> None:
    """The 如她期许 check looked only two characters back: 王如松希望… lost his hope."""
    assert _quotes("王如松希望学生们努力学习,将来报效国家。") == [("王如松", "学生们努力学习,将来报效国家。")]


def test_an_end_of_a_span_an_alternative_or_a_named_day_is_no_other_happening() -> None:
    """_other_days took between's second day, 或's second day and a day naming a thing as happenings."""
    head = "Title\nMay 2, 2024\n\n"
    assert _events(_read(head + "The store will be open between May 6 and May 10.\n")) == {
        "May 6": "2024-05-06*"
    }
    text = "On Monday, the committee released its final report on the Jan. 6 attack on the Capitol.\n"
    assert "Jan. 6" not in _events(_read(head + text))
    assert _events(_read("标题\n2025-11-23\n\n该活动将在11月28日或11月29日举行。\n")) == {
        "11月28日": "2025-11-28*"
    }


def test_a_present_tense_verb_reports_words_only_right_before_that() -> None:
    """Review 28: "Ford Motor Co. recalls 500,000 trucks that may roll away." gave Ford the words "may roll
    away"; "She adds that …" still reports hers."""
    quotes = _en_quotes(
        "Ford Motor Co. recalls 500,000 trucks that may roll away.\n\nCharla Smyth is the librarian. She said"
        " it was good. She adds that the library enjoyed a busy day."
    )
    assert quotes == [
        ("Charla Smyth", "it was good."),
        ("Charla Smyth", "the library enjoyed a busy day."),
    ]


def test_a_related_storys_credit_stamp_does_not_date_the_page() -> None:
    """Review 28: a related story's line (相关阅读:【本报记者王明报道】 2019-01-01) dated the page and named
    its reporter; only a credit on a line of its own is the story's."""
    ann = _read("标题\n2025-11-23\n\n相关阅读:【本报记者王明报道】 2019-01-01\n\n大会今天举行。\n")
    assert ann.published_date.label() == "2025-11-23"
