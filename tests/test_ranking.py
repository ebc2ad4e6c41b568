"""Relevance ranking: bm25 order, ties in date order; a common term ranks its latest matches only."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer.core import plan
from viewer.core.fts import match_query
from viewer.core.repository import Repository
from viewer.core.resolve import resolve


@pytest.fixture(scope="module")
def synth(tmp_path_factory) -> Path:
    from viewer.pipeline.synth import synth_database

    db = tmp_path_factory.mktemp("ranking") / "synth.db"
    synth_database(db, persons=60, events=400, quotes=3000, seed=4)
    return db


def _bm25(repo: Repository, term: str, oldest: int = 0, limit: int = 2000) -> list[int]:
    """The order FTS5's bm25 gives the matches of a term at or after an ordinal, ties by ordinal."""
    sql = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid >= ? ORDER BY rank, rowid LIMIT ?"
    return [r[0] for r in repo.conn.execute(sql, [match_query(term), oldest, limit])]


def _matches(repo: Repository, term: str) -> list[int]:
    sql = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid"
    return [r[0] for r in repo.conn.execute(sql, [match_query(term)])]


def test_a_term_with_fewer_matches_than_candidates_is_ranked_whole_in_bm25_order(synth):
    with Repository(synth) as repo:
        f = resolve(repo, "模型 sort:relevance").filter
        assert 50 < len(_matches(repo, "模型")) < plan.RANK_CANDIDATES
        assert repo.quote_rows.ranked(f, 2000) == _bm25(repo, "模型")


def test_a_common_term_ranks_only_its_latest_matches_stably(synth, monkeypatch):
    monkeypatch.setattr(plan, "RANK_CANDIDATES", 40)
    with Repository(synth) as repo:
        f = resolve(repo, "模型 sort:relevance").filter
        latest = _matches(repo, "模型")[-40:]
        ranked = repo.quote_rows.ranked(f, 25)
        assert ranked == _bm25(repo, "模型", oldest=latest[0], limit=25)
        assert set(ranked) <= set(latest)
        assert repo.quote_rows.ranked(f, 25) == ranked, "the same search ranks the same way"


def test_with_other_conditions_every_match_is_ranked(synth, monkeypatch):
    monkeypatch.setattr(plan, "RANK_CANDIDATES", 40)
    with Repository(synth) as repo:
        f = resolve(repo, "模型 kind:direct sort:relevance").filter
        direct = {r[0] for r in repo.conn.execute("SELECT ordinal FROM quotes WHERE kind = 'direct'")}
        expected = [o for o in _bm25(repo, "模型") if o in direct]
        assert len(expected) > 40
        assert repo.quote_rows.ranked(f, 2000) == expected


def test_a_ranking_comes_with_its_first_page_of_records(synth):
    """The list shows the best matches at once: they are read with the ranking, on the worker, not by the
    list's first paint on the GUI thread (3-4 ms at a million quotes)."""
    from viewer.core.results import PAGE, finish_results, first_results

    with Repository(synth) as repo:
        f = resolve(repo, "模型 sort:relevance").filter
        ranked = finish_results(repo.quote_rows, first_results(repo.quote_rows, f))
        assert ranked.ranking and ranked.first == tuple(repo.quote_rows.at(list(ranked.ranking[:PAGE])))
