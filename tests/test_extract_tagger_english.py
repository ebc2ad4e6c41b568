"""People spaCy's English recogniser finds beside the rules (names printed with no title or verb the
rules know), and the names it reads that are kept out."""

from __future__ import annotations

import datetime as dt
import sys

from viewer.pipeline.extract import extract
from viewer.pipeline.reader import Source


def _people(text: str) -> set[str]:
    ann = extract(Source("a.txt", text, text.encode(), "utf-8", "txt"), today=dt.date(2026, 12, 5))
    return {p.name for p in ann.persons}


def test_names_printed_with_no_title_or_verb_are_people() -> None:
    people = _people(
        "Kurian hits out at Congress\n\nUnion minister George Kurian said on Sunday that the party had "
        "lost its way. He added that the reforms promised by Kpetu Ahmed had not come.\n"
    )
    assert {"George Kurian", "Kpetu Ahmed"} <= people


def test_initials_count_as_words_of_a_name() -> None:
    people = _people(
        "Rescue goes on\n\nThe rescue teams were led by engineers from the border roads agency, and "
        "J. S. Brar, who heads the local relief effort, visited the site on Monday.\n"
    )
    assert "J. S. Brar" in people


def test_a_name_in_what_someone_says_is_a_person_of_the_story() -> None:
    people = _people(
        'Minister under fire\n\nThe party was divided on Monday. "She should be replaced by Alain Juppe," '
        "said Pierre Martin, a member of parliament.\n"
    )
    assert "Alain Juppe" in people


def test_a_longer_or_shorter_form_of_a_known_name_is_no_second_person() -> None:
    people = _people(
        "Credence\n\nPresident Bola Tinubu received three envoys on Thursday. The envoys met Bola Ahmed "
        "Tinubu at the villa and thanked him.\n"
    )
    assert "Bola Ahmed Tinubu" not in people


def test_credits_and_datelines_are_no_people() -> None:
    people = _people(
        "Envoys arrive\n\nAso Villa, Abuja - President Bola Tinubu received three envoys on Thursday.\n\n"
        "The envoys were welcomed at the gate. Photo Credit: Presidency\n"
    )
    assert people & {"Aso Villa", "Photo Credit"} == set()


def test_without_the_english_tagger_the_rules_read_alone_and_stderr_says_so_once(monkeypatch, capsys) -> None:
    from viewer.pipeline.extract import tagger

    monkeypatch.setitem(sys.modules, "spacy", None)  # as a broken install: importing it fails
    tagger._english.cache_clear()
    try:
        text = (
            "Title\n\nUnion minister George Kurian said the reforms promised by Kpetu Ahmed had not come.\n"
        )
        people = _people(text)
        _people(text)
    finally:
        tagger._english.cache_clear()
    assert "George Kurian" in people and "Kpetu Ahmed" not in people
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith(
        "events-viewer: warning: the English name tagger is unavailable"
    )


def test_a_chinese_article_is_not_read_by_the_english_tagger(monkeypatch) -> None:
    from viewer.pipeline.extract import tagger

    def fail(texts):
        raise AssertionError("the English tagger read a Chinese article")

    monkeypatch.setattr("viewer.pipeline.extract.entities.english_people", fail)
    assert "王建国" in _people("标题\n\n市长王建国昨日视察工程。Rahul Gandhi met the mayor.\n")
    assert tagger.ENGLISH_MODELS


def test_a_text_longer_than_the_recogniser_reads_is_left_to_the_rules(monkeypatch) -> None:
    from viewer.pipeline.extract import tagger

    nlp = tagger._english()
    assert nlp is not None
    monkeypatch.setattr(nlp, "max_length", 40)  # spaCy refuses a text longer than this (E088)
    assert tagger.english_people(
        ["Kpetu Ahmed met the board of the agency on Monday in Abuja.", "Kpetu Ahmed"]
    ) == [
        [],
        [(0, "Kpetu Ahmed")],
    ]


def test_a_title_and_a_surname_or_a_place_are_no_name_it_reads() -> None:
    from viewer.pipeline.extract.english import _tagged_name

    assert [_tagged_name(raw) for raw in ("Gov Al-Makura", "Las Giraldas", "Alhaji Lai Mohammed")] == [
        None,
        None,
        "Lai Mohammed",
    ]


def test_a_malay_place_read_as_a_name_is_no_person() -> None:
    """Bernama (set I): spaCy read Batu Talam, Sungai Como and Tasik Kenyir as people."""
    people = _people(
        "Abdullah on the polls\n\nThe victory did not give him an indication to call for the general "
        "election, Abdullah Badawi told reporters after opening the Aquaculture Industrial Zone at Sungai "
        "Como in Tasik Kenyir, following the landslide victory in the Batu Talam by-election.\n"
    )
    assert not people & {"Sungai Como", "Tasik Kenyir", "Batu Talam"}
