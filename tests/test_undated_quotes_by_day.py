"""A quote that carries no date of its own is found by a search for its article's day (walk34: a reader
searching 2016-01-29 was told "0 quotes" though the U.N. spokesman's words were printed that day), after
the quotes dated that day; other days, two dates, before: and after: find only quotes dated themselves."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from viewer.core.dateparse import parse_date
from viewer.core.filters import Filter
from viewer.core.repository import Repository
from viewer.pipeline.library import import_files
from viewer.pipeline.upgrade import PUBLISHED_DAYS_KEY, upgrade_library

from .conftest import ROOT

SYRIA = ROOT / "tests" / "fixtures" / "real" / "blind_reuters_syria.txt"  # January 29, 2016; 4 undated quotes


@pytest.fixture
def library(tmp_path: Path, bundled_copy: Path) -> Path:
    lib = tmp_path / "library.db"
    assert import_files([SYRIA], lib, bundled_copy).added == [SYRIA.name]
    return lib


def _on(*dates: str, **bounds: str) -> Filter:
    at = dt.date(2026, 12, 1)
    return Filter(
        dates=tuple((parse_date(d, at), "overlaps") for d in dates),
        **{k: parse_date(v, at) for k, v in bounds.items()},
    )


def _undated_found(library: Path, f: Filter) -> tuple[int, int]:
    """How many quotes with no date of their own a filter finds, and how many it counts in all."""
    with Repository(library) as repo:
        found = repo.quotes(f, limit=1000)
        return sum(q.date is None for q in found), repo.count_quotes(f)


@pytest.mark.parametrize("day", ["2016-01-29", "2016-01", "2016"])
def test_a_search_for_the_articles_day_finds_its_undated_quotes(library: Path, day: str) -> None:
    undated, counted = _undated_found(library, _on(day))
    assert undated == 4 and counted >= 4


def test_they_come_after_the_quotes_dated_that_day(library: Path) -> None:
    with Repository(library) as repo:
        dated = [q.date is not None for q in repo.quotes(_on("2016"), limit=1000)]
    assert dated == sorted(dated, reverse=True)


@pytest.mark.parametrize(
    "f",
    [_on("2016-01-30"), _on("2016-01-29", "2016-01"), _on("2016", before="2016-02-01")],
    ids=["another day", "two dates", "a date and before"],
)
def test_another_day_or_more_conditions_find_only_quotes_dated_themselves(library: Path, f: Filter) -> None:
    assert _undated_found(library, f)[0] == 0


def test_a_library_built_before_is_searched_as_before_until_it_is_upgraded(
    library: Path, bundled_copy: Path
) -> None:
    """review34b: a library imported into before this stop never held its articles' days, so its undated
    quotes stayed unfound; opening it (the window's start, a command) gives them once, from the printed
    publication date when it prints its year."""
    with sqlite3.connect(library) as db:
        db.execute("ALTER TABLE articles DROP COLUMN published_start")
        db.execute("ALTER TABLE articles DROP COLUMN published_end")
        db.execute("DELETE FROM meta WHERE key = ?", [PUBLISHED_DAYS_KEY])
    assert _undated_found(library, _on("2016-01-29"))[0] == 0
    assert upgrade_library(library, bundled_copy)
    assert _undated_found(library, _on("2016-01-29"))[0] == 4
    assert not upgrade_library(library, bundled_copy), "once"


def test_ranked_by_relevance_they_are_found_as_in_date_order(library: Path) -> None:
    """review34b: sort:relevance ranked only the quotes dated that day; the date order lists more."""
    f = replace(_on("2016-01-29"), texts=("talks",), order="relevance")
    with Repository(library) as repo:
        ranked = repo.quotes_at(repo.quote_rows.ranked(f, 1000))  # (as the window and the CLI rank)
        in_date_order = repo.quotes(replace(f, order="date"), limit=1000)
    assert sorted(q.id for q in ranked) == sorted(q.id for q in in_date_order)
    assert any(q.date is None for q in ranked)


def test_a_library_built_before_gets_its_roles_indexed_by_article_once(
    library: Path, bundled_copy: Path
) -> None:
    """gui35a: the article header reads its writers from the roles at each selection; a library written
    before had no index on roles.article_id (a scan of every role), which opening it now adds once."""
    query = "EXPLAIN QUERY PLAN SELECT title FROM roles WHERE article_id = 1"
    with sqlite3.connect(library) as db:
        assert "idx_roles_article_id" in str(db.execute(query).fetchall())
        db.execute("DROP INDEX idx_roles_article_id")
    assert upgrade_library(library, bundled_copy)
    with sqlite3.connect(library) as db:
        assert "idx_roles_article_id" in str(db.execute(query).fetchall())
    assert not upgrade_library(library, bundled_copy), "once"
