"""A quote as the lists read it carries its article's publication date, read with its page: the quote list
shows it for a quote with no date of its own without asking the database again for each article."""

from __future__ import annotations

from viewer.core.filters import Filter
from viewer.core.repository import Repository


def test_a_page_of_quotes_carries_each_quotes_article_publication_date(repo: Repository) -> None:
    page = repo.quote_rows.page(Filter(), limit=50)
    assert page, "the bundled database has quotes"
    published = {a.id: a.published for a, _events, _quotes in repo.article_list()}
    assert {q.article_id: q.published for q in page} == {q.article_id: published[q.article_id] for q in page}
    assert all(q.published for q in page), "the bundled article prints its day"


def test_a_quote_read_whole_carries_it_too(repo: Repository) -> None:
    first = repo.quote_rows.page(Filter(), limit=1)[0]
    whole = repo.quote(first.id)
    assert whole is not None and whole.published == first.published
