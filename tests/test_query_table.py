"""The query table through events-cli: every query gives exactly its expected events and quotes."""

from __future__ import annotations

import json

import pytest
from viewer.cli import main

from .query_table import QUERIES


def cli_ids(capsys, db, query: str) -> tuple[set[int], set[int]]:
    """Event and quote ids that `events-cli search QUERY --format json` prints."""
    code = main(["search", query, "--format", "json", "--limit", "1000", "--db", str(db)])
    out = capsys.readouterr().out
    assert code == 0, query
    result = json.loads(out)
    return {e["id"] for e in result["events"]}, {q["id"] for q in result["quotes"]}


def test_the_table_is_large_enough():
    assert len(QUERIES) >= 40


@pytest.mark.parametrize("query, events, quotes", QUERIES)
def test_cli_results(capsys, bundled_copy, query, events, quotes):
    assert cli_ids(capsys, bundled_copy, query) == (events, quotes)
