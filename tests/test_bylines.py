"""An article's writers, read from the roles its byline prints (viewer.core.bylines)."""

from __future__ import annotations

from viewer.core.bylines import Credit, writers

AP = "Rain cripples transit By VERENA DOBNIK and DAVID CARUSO, AP Writers\nAugust 8, 2007\n\nIt rained.\n"


def _at(body: str, printed: str, name: str, title: str) -> Credit:
    return Credit(name, title, body.index(printed), printed)


def test_every_writer_on_the_authors_line_in_the_order_printed() -> None:
    credits = [
        _at(AP, "VERENA DOBNIK", "Verena Dobnik", "author"),
        _at(AP, "DAVID CARUSO", "David Caruso", "writer"),
    ]
    assert writers(AP, "VERENA DOBNIK", credits) == ["Verena Dobnik", "David Caruso"]


def test_a_reporter_named_in_the_story_is_no_writer_of_it() -> None:
    body = "标题\n作者：王高飞、陈庆洋\n\n美联社记者李明华说，阿里巴巴宣布。\n"
    credits = [
        _at(body, "王高飞", "王高飞", "作者"),
        _at(body, "陈庆洋", "陈庆洋", "作者"),
        _at(body, "李明华", "李明华", "记者"),
    ]
    assert writers(body, "", credits) == ["王高飞", "陈庆洋"]
    assert writers(body, "", credits[2:]) == [], "a 记者 alone in the story makes no byline"


def test_an_author_given_by_the_review_or_the_page_stays_as_given() -> None:
    credits = [_at(AP, "DAVID CARUSO", "David Caruso", "writer")]
    assert writers(AP, "Jane Roe", credits) == ["Jane Roe"]
    assert writers(AP, "Jane Roe", []) == ["Jane Roe"]
    assert writers(AP, "", []) == []


def test_a_reporter_of_another_outlet_in_the_lead_is_no_writer() -> None:
    """review35: with an author stored, every 记者 on the author's line counted, and a wire story's line is
    its whole lead (新华社…电（记者王高飞）…接受路透社记者刘洋采访时说)."""
    body = "标题\n\n新华社北京3月4日电（记者王高飞）该集团发言人在接受路透社记者刘洋采访时说，将扩大投资。\n"
    credits = [_at(body, "王高飞", "王高飞", "记者"), _at(body, "刘洋", "刘洋", "记者")]
    assert writers(body, "王高飞", credits) == ["王高飞"]


def test_writers_listed_with_commas_and_and_are_all_named() -> None:
    body = "Storm By ANNA KELLER, TOM BERG and MIRA SOLBERG, AP Writers\nAugust 8, 2007\n\nIt rained.\n"
    credits = [
        _at(body, "ANNA KELLER", "Anna Keller", "author"),
        _at(body, "TOM BERG", "Tom Berg", "writer"),
        _at(body, "MIRA SOLBERG", "Mira Solberg", "writer"),
    ]
    assert writers(body, "ANNA KELLER", credits) == ["Anna Keller", "Tom Berg", "Mira Solberg"]
