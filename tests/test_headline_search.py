"""A word printed only in an article's headline finds that article's events and quotes (and their people);
a word printed in its rows as well finds those rows alone, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer.core.filters import Filter
from viewer.core.repository import Repository
from viewer.core.resolve import resolve
from viewer.pipeline.library import import_files

from .conftest import ROOT

HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
PORTAL = HELDOUT / "heldout_portal_zh.txt"  # 青禾机器人…离职 公司称产品交付不受影响
REUTERS = HELDOUT / "heldout_reuters_en.txt"  # …Vogt to step down after spending row


@pytest.fixture
def lib(tmp_path: Path, bundled_copy: Path) -> Path:
    library = tmp_path / "lib" / "library.db"
    report = import_files([PORTAL, REUTERS], library, bundled_copy)
    assert not report.failed
    return library


def _found(repo: Repository, query: str) -> tuple[set[int], set[int], list[str]]:
    """The articles of the events and of the quotes a query finds, and its notes."""
    res = resolve(repo, query)
    f = res.filter
    events = {e.article_id for e in repo.events(f, limit=1000)}
    quotes = {q.article_id for q in repo.quotes(f, limit=1000)}
    assert repo.count_events(f) == len(repo.events(f, limit=1000))
    assert repo.count_quotes(f) == len(repo.quotes(f, limit=1000))
    return events, quotes, [str(n) for n in res.notes]


def _article_id(repo: Repository, source: str) -> int:
    return next(a.id for a, _, _ in repo.article_list() if a.source_name == source)


def test_a_word_only_in_a_headline_finds_the_article(lib):
    headline = "青禾机器人联合创始人陈思远离职 公司称产品交付不受影响"
    with Repository(lib) as repo:
        portal = _article_id(repo, PORTAL.name)
        typed_as = {"产品交付": "产品交付", "產品交付": "產品交付", "text:产品交付": "产品交付"}
        for query, typed in typed_as.items():
            events, quotes, notes = _found(repo, query)
            assert events == {portal} and quotes == {portal}, query
            assert notes == [f"text “{typed}” or headlines: {headline}"]
        f = resolve(repo, "产品交付").filter
        everything = [e.id for e in repo.events(Filter(), limit=10000) if e.article_id == portal]
        assert [e.id for e in repo.events(f, limit=1000)] == everything, "all of its events, in date order"
        assert "陈思远" in {p.name for p in repo.persons_in(f)}
        assert "产品交付" in f.text_terms, "its words are marked where the article prints them"


def test_a_latin_word_only_in_a_headline_and_another_condition(lib):
    with Repository(lib) as repo:
        reuters = _article_id(repo, REUTERS.name)
        events, quotes, _ = _found(repo, "row")
        assert events == {reuters} and quotes == {reuters}
        assert _found(repo, "row 产品交付")[:2] == (set(), set()), "each term holds, as before"


def test_a_word_printed_in_rows_finds_those_rows_alone(lib):
    """交付 is in the headline and in one quote: the quote, as before, not the whole article."""
    with Repository(lib) as repo:
        f = resolve(repo, "交付").filter
        assert f.texts == ("交付",) and not f.either
        assert [q.text for q in repo.quotes(f)] == [q.text for q in repo.quotes(f) if "交付" in q.text]
        assert repo.quotes(f) and not repo.events(f)


def test_a_word_in_more_headlines_than_the_limit_is_text_only(lib, monkeypatch):
    """A word printed in hundreds of headlines is the collection's own vocabulary (合成新闻 in the synthetic
    million): looking through all their rows cost a common word's first page 6 → 180 ms in make bench, so such
    a word is searched as text only (here with the limit at 0 headlines)."""
    monkeypatch.setattr("viewer.core.repository.HEADLINES_MAX", 0)
    with Repository(lib) as repo:
        events, quotes, notes = _found(repo, "产品交付")
    assert (events, quotes, notes) == (set(), set(), ["text “产品交付”"])
