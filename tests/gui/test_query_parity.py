"""The window's search and events-cli give identical result sets for every query of the table."""

from __future__ import annotations

import pytest

from ..query_table import QUERIES
from ..test_query_table import cli_ids
from .conftest import search


def window_ids(window) -> tuple[set[int], set[int]]:
    events = {window.event_model.record(r).id for r in range(window.event_model.rowCount())}
    quotes = {window.quote_model.record(r).id for r in range(window.quote_model.rowCount())}
    return events, quotes


@pytest.mark.parametrize("query, events, quotes", QUERIES)
def test_window_and_cli_agree(qtbot, capsys, window, bundled_copy, query, events, quotes):
    search(qtbot, window, query)
    assert window_ids(window) == cli_ids(capsys, bundled_copy, query) == (events, quotes)
