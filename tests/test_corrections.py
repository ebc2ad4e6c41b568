"""A reviewer's corrections (issue 15): each changes one thing, replays, and saves."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from viewer.core.repository import Repository
from viewer.pipeline.corrections import (
    AddEvent,
    AddPerson,
    AddQuote,
    CorrectionError,
    Merge,
    NotAQuote,
    Redate,
    Rename,
    SetSpeaker,
    date_printed_in,
    replay,
)
from viewer.pipeline.library import read_article, save

ROOT = Path(__file__).resolve().parent.parent
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


@pytest.fixture(scope="module")
def wire():
    return read_article(WIRE)


def _person(ann, name):
    return next(p for p in ann.persons if p.name == name)


def test_redate_reads_the_reviewers_text_with_its_precision(wire):
    fixed = Redate("e1", "2025年11月16日").apply(wire)
    event = next(e for e in fixed.events if e.key == "e1")
    assert (event.date.start, event.date.precision, event.date.year_inferred) == (
        dt.date(2025, 11, 16),
        "day",
        False,
    )
    assert event.date_text == "17日晚间", "what the article printed is kept"
    month = Redate("e1", "11月").apply(wire)
    assert next(e for e in month.events if e.key == "e1").date.precision == "month"
    with pytest.raises(CorrectionError):
        Redate("e1", "2025-13-40").apply(wire)


def test_set_speaker_moves_a_quote_to_someone_else(wire):
    fixed = SetSpeaker("q4", _person(wire, "林雨晴").key).apply(wire)
    quote = next(q for q in fixed.quotes if q.key == "q4")
    assert (quote.speaker, quote.speaker_kind, quote.speaker_role) == (
        _person(wire, "林雨晴").key,
        "person",
        None,
    )
    with pytest.raises(CorrectionError):
        SetSpeaker("q4", "nobody").apply(wire)


def test_setting_the_speaker_a_quote_already_has_keeps_the_role_it_was_said_in(wire):
    """Set speaker pressed without choosing another (a reviewer's Enter) dropped the quote's role."""
    said = next(q for q in wire.quotes if q.key == "q3")
    assert said.speaker_role == "董事长"
    assert SetSpeaker("q3", said.speaker).apply(wire) == wire


def test_rename_keeps_the_printed_name_as_an_alias(wire):
    key = _person(wire, "周启明").key
    fixed = Rename(key, "周启明博士").apply(wire)
    person = next(p for p in fixed.persons if p.key == key)
    assert person.name == "周启明博士" and "周启明" in person.aliases


def test_merge_makes_two_people_one_everywhere(wire):
    keep, drop = _person(wire, "周启明").key, _person(wire, "陈默").key
    fixed = Merge(keep, drop).apply(wire)
    assert [p.name for p in fixed.persons].count("陈默") == 0
    kept = next(p for p in fixed.persons if p.key == keep)
    assert "陈默" in kept.aliases and {r.title for r in kept.roles} >= {"首席技术官", "发言人"}
    assert all(q.speaker != drop for q in fixed.quotes)
    assert all(k != drop for e in fixed.events for k, _ in e.person_links)


def test_a_quote_marked_as_paraphrase_goes_and_as_claim_stays_a_claim(wire):
    gone = NotAQuote("q5", "paraphrase").apply(wire)
    assert "q5" not in {q.key for q in gone.quotes} and len(gone.claims) == len(wire.claims)
    claimed = NotAQuote("q5", "claim").apply(wire)
    claim = claimed.claims[-1]
    assert claim.occurrences[0].anchor == next(q for q in wire.quotes if q.key == "q5").occurrences[0].anchor


def test_replay_passes_over_what_no_longer_applies(wire):
    steps = [SetSpeaker("q4", "nobody"), Redate("e5", "2025-11-19"), NotAQuote("missing", "claim")]
    fixed = replay(wire, steps)
    assert next(e for e in fixed.events if e.key == "e5").date.start == dt.date(2025, 11, 19)


def test_a_corrected_extraction_saves_as_corrected(wire, tmp_path):
    bundled = ROOT / "data" / "events.db"
    keep, drop = _person(wire, "周启明").key, _person(wire, "陈默").key
    fixed = replay(wire, [Merge(keep, drop), NotAQuote("q5", "claim"), Redate("e1", "2025-11-16")])
    library = tmp_path / "library.db"
    report = save([fixed], library, bundled)
    assert report.added
    with Repository(library) as repo:
        names = {p.name for p in repo.all_persons()}
        assert "陈默" not in names and "周启明" in names
        assert any(c.text.startswith("公司的研发投入") for c in repo.claims())
        dates = {e.summary: e.date.start for e in repo.events() if e.date}
        assert dt.date(2025, 11, 16) in dates.values()


def _missed(ann, name):
    """The article as if the extractor had missed the person so named (its editor, credited at its end)."""
    return dataclasses.replace(ann, persons=[p for p in ann.persons if p.name != name])


def test_a_missed_person_is_added_by_the_name_printed_and_only_once(wire):
    wire = _missed(wire, "李想")
    fixed = AddPerson(" 李想 ").apply(wire)
    added = _person(fixed, "李想")
    assert added.key not in {p.key for p in wire.persons} and added.roles == []
    with pytest.raises(CorrectionError, match="already"):
        AddPerson("李想").apply(fixed)
    with pytest.raises(CorrectionError, match="does not print"):
        AddPerson("张三丰").apply(wire)


def test_missed_words_are_added_as_a_quote_trimmed_and_dated_by_their_event(wire):
    words = "新任首席技术官的遴选工作已经启动"
    start = wire.body.index(words)
    speaker = _person(wire, "孙立群").key
    fixed = AddQuote(speaker, start - 1, start + len(words) + 1, "reported").apply(wire)  # ",…。" selected
    added = fixed.quotes[-1]
    assert (added.speaker, added.kind, added.occurrences[0].anchor.text) == (
        speaker,
        "reported",
        words + "。",
    )
    direct = "启明为公司打下了坚实的技术底座,我们尊重他的选择。"
    at = wire.body.index(direct) - 1  # the opening quote mark selected too
    quoted = AddQuote(speaker, at, at + len(direct) + 2, "direct").apply(fixed).quotes[-1]
    assert quoted.occurrences[0].anchor.text == direct and quoted.key != added.key
    assert added.event is None and added.date is None  # printed in no dated event's sentence
    denial = "公司的研发投入不会减少"
    at = wire.body.index(denial)
    dated = AddQuote(speaker, at, at + len(denial), "reported").apply(wire).quotes[-1]
    assert (dated.event, dated.date.label()) == ("e5", "2025-11-18*")  # 陈默18日回应称,…
    with pytest.raises(CorrectionError):
        AddQuote("nobody", start, start + 3, "reported").apply(wire)
    with pytest.raises(CorrectionError, match="select"):
        AddQuote(speaker, start, start, "reported").apply(wire)


def test_what_was_added_saves_with_the_article(wire, tmp_path):
    words = "新任首席技术官的遴选工作已经启动"
    start = wire.body.index(words)
    fixed = replay(
        wire,
        [AddPerson("李想"), AddQuote(_person(wire, "孙立群").key, start, start + len(words), "reported")],
    )
    library = tmp_path / "library.db"
    assert save([fixed], library, ROOT / "data" / "events.db").added
    with Repository(library) as repo:
        assert "李想" in {p.name for p in repo.all_persons()}
        assert any(q.text == words for q in repo.quotes())


def test_a_missed_event_is_added_with_the_date_read_and_the_people_it_names(wire):
    told = "孙立群表示,公司将由副总裁林雨晴暂时代管技术团队"
    start = wire.body.index(told)
    fixed = AddEvent(start, start + len(told) + 1, "11月18日").apply(wire)
    added = fixed.events[-1]
    names = {p.key: p.name for p in wire.persons}
    assert (added.anchor.text, added.date.label(), added.date_text) == (told + ",", "2025-11-18*", "11月18日")
    assert {names[k] for k, _ in added.person_links} == {"孙立群", "林雨晴"}
    with pytest.raises(CorrectionError, match="cannot read the date"):
        AddEvent(start, start + 5, "2025-13-40").apply(wire)
    with pytest.raises(CorrectionError, match="select"):
        AddEvent(start, start, "11月18日").apply(wire)


def test_the_date_offered_for_an_event_is_the_first_printed_in_the_words(wire):
    told = "星河智能17日晚间发布公告称"
    start = wire.body.index(told)
    assert date_printed_in(wire, start, start + len(told)) == "17日晚间"
    assert date_printed_in(wire, start, start + 4) == ""


def test_a_citations_title_author_and_publisher_are_set_and_survive_a_new_reading(wire):
    from viewer.pipeline.corrections import SetCitation

    edits = [SetCitation("title", "  A headline\nthe page lost "), SetCitation("publisher", "Pulse")]
    ann = replay(wire, edits)
    assert (ann.title, ann.publisher, ann.author) == ("A headline the page lost", "Pulse", wire.author)
    with pytest.raises(CorrectionError):
        SetCitation("body", "x").apply(wire)


def test_an_events_quotes_dated_by_it_follow_its_new_date():
    """A walkthrough redated the event “Bennet Milloy … says [Monday]” to 2017-07-09: the event read the
    new day, its three quotes the Monday it corrected, in the list, the copy and the export."""
    ann = read_article(ROOT / "tests" / "fixtures" / "real" / "blindaq_weatherfanatics_milloy.txt")
    event = next(e for e in ann.events if any(q.event == e.key for q in ann.quotes))
    own = [q.key for q in ann.quotes if q.event == event.key and q.date == event.date]
    assert own, "quotes said at the event, on its day"
    fixed = Redate(event.key, "2017-07-09").apply(ann)
    moved = {q.key: q.date.label() for q in fixed.quotes if q.key in own}
    assert set(moved.values()) == {"2017-07-09"}
    others = {q.key: q.date for q in ann.quotes if q.key not in own}
    assert {q.key: q.date for q in fixed.quotes if q.key not in own} == others


def test_a_quote_dated_by_its_event_follows_whatever_words_printed_the_day():
    """The second review: a quote whose day was printed “Monday” and its event's “on Monday” are the same
    day; the quote followed only when the two texts were the same."""
    ann = read_article(ROOT / "tests" / "fixtures" / "real" / "blindaq_weatherfanatics_milloy.txt")
    event = next(e for e in ann.events if any(q.event == e.key for q in ann.quotes))
    quotes = [
        dataclasses.replace(q, date=dataclasses.replace(q.date, text="on Monday"))
        if q.event == event.key
        else q
        for q in ann.quotes
    ]
    fixed = Redate(event.key, "2017-07-09").apply(dataclasses.replace(ann, quotes=quotes))
    assert {q.date.label() for q in fixed.quotes if q.event == event.key} == {"2017-07-09"}


def test_a_roles_title_is_set_and_the_quotes_said_in_it_follow(wire):
    from viewer.pipeline.corrections import Retitle

    sun = _person(wire, "孙立群").key
    fixed = Retitle(sun, "董事长", "  董事长兼 总裁 ").apply(wire)
    assert [(r.title, r.org) for r in _person(fixed, "孙立群").roles] == [("董事长兼 总裁", "o_425eb1c5b3")]
    assert {q.speaker_role for q in fixed.quotes if q.speaker == sun} == {"董事长兼 总裁"}
    assert _person(fixed, "陈默").roles == _person(wire, "陈默").roles, "no one else's"
    with pytest.raises(CorrectionError, match="remove"):
        Retitle(sun, "董事长", " ").apply(wire)
    with pytest.raises(CorrectionError):
        Retitle(sun, "总经理", "CEO").apply(wire)
    assert replay(wire, [Retitle(sun, "总经理", "CEO")]) == wire, "a role not found again: passed over"


def test_a_role_removed_goes_and_its_quotes_are_said_in_no_role(wire):
    from viewer.pipeline.corrections import DropRole

    chen = _person(wire, "陈默").key
    fixed = DropRole(chen, "发言人").apply(wire)
    assert _person(fixed, "陈默").roles == []
    assert next(q for q in fixed.quotes if q.key == "q5").speaker_role is None
    assert replay(fixed, [DropRole(chen, "发言人")]) == fixed


def test_an_organisation_is_renamed_keeping_the_printed_name_as_an_alias(wire):
    from viewer.pipeline.corrections import RenameOrg

    fixed = RenameOrg("o_425eb1c5b3", " Xinghe  Intelligence ").apply(wire)
    assert [(o.name, o.aliases) for o in fixed.orgs] == [("Xinghe Intelligence", ["星河智能"])]
    assert RenameOrg("o_425eb1c5b3", "星河智能").apply(wire) == wire
    with pytest.raises(CorrectionError, match="empty"):
        RenameOrg("o_425eb1c5b3", " ").apply(wire)


def test_an_organisation_left_out_takes_its_quotes_and_its_links_with_it(wire):
    from viewer.pipeline.review import prune

    everyone = ({p.key for p in wire.persons}, {e.key for e in wire.events}, {q.key for q in wire.quotes})
    kept = prune(wire, *everyone, orgs=set())
    assert kept.orgs == [] and [q.key for q in kept.quotes] == ["q2", "q3", "q4", "q5"]
    assert all(e.orgs == [] for e in kept.events) and len(kept.events) == len(wire.events)
    assert all(r.org is None for p in kept.persons for r in p.roles)
    assert prune(wire, *everyone, orgs={"o_425eb1c5b3"}) == prune(wire, *everyone) == wire


def test_an_organisation_kept_is_kept_when_nothing_kept_names_it(wire):
    """Its quote, its events and the people with a role at it left out, the organisation ticked stays."""
    from viewer.pipeline.review import prune

    quotes = {q.key for q in wire.quotes if q.speaker != "o_425eb1c5b3"}
    persons = {p.key for p in wire.persons if not any(r.org for r in p.roles)}
    kept = prune(wire, persons, set(), quotes, orgs={"o_425eb1c5b3"})
    assert [o.key for o in kept.orgs] == ["o_425eb1c5b3"]


def test_a_role_the_extraction_missed_is_added_where_its_title_is_printed_by_the_name(wire):
    from viewer.pipeline.corrections import AddRole

    lin = _person(wire, "林雨晴").key
    fixed = AddRole(lin, " 代管 技术团队 ").apply(wire)
    assert [(r.title, r.org, r.anchor) for r in _person(fixed, "林雨晴").roles][1] == (
        "代管 技术团队",
        None,
        None,
    )
    fixed = AddRole(lin, "首席技术官", "o_425eb1c5b3").apply(wire)  # printed twice: the place by her name
    added = _person(fixed, "林雨晴").roles[-1]
    assert (added.title, added.org) == ("首席技术官", "o_425eb1c5b3")
    assert added.anchor is not None and wire.body[added.anchor.start :].startswith("首席技术官的遴选")
    for wrong, why in (
        (AddRole(lin, " "), "title"),
        (AddRole(lin, "副总裁"), "already"),
        (AddRole(lin, "x", "o_x"), None),  # an organisation not in the article: refused, whatever it says
    ):
        with pytest.raises(CorrectionError, match=why):
            wrong.apply(wire)
    assert replay(wire, [AddRole("p_gone", "CEO")]) == wire, "a person not found again: passed over"
