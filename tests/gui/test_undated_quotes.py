"""A quote whose own date is unknown shows the day its article was published, marked as that (muted, its
tooltip saying the quote carries no date); it sorts after the quotes dated, and a search for one date
finds it by its article's day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from viewer import paths

from .conftest import search_by_keys, settle

MILLOY = (
    Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "real" / "blindaq_weatherfanatics_milloy.txt"
)


def _undated_rows(window) -> list[int]:
    model = window.quote_model
    return [r for r in range(model.rowCount()) if model.record(r).date is None]


def test_an_undated_quote_shows_its_articles_publication_day(qtbot, window, ask, bundled_copy, monkeypatch):
    """A walkthrough imported an AP story printed “Monday, July 10, 2017”: the fire officials' figures,
    reported with no day of their own, read “undated” though the article's day is known."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [MILLOY]
    window.import_action.trigger()  # File → Import Articles…, the review kept as it is
    qtbot.waitUntil(lambda: window.importer is None, timeout=30000)
    settle(qtbot, window)
    search_by_keys(qtbot, window, "evacuated")
    model, view = window.quote_model, window.quotes.view
    rows = _undated_rows(window)
    assert rows, "the article has a quote with no date of its own"
    row = rows[0]
    index = model.index(row, 0)
    text = index.data()
    assert text == "published 2017-07-10", text
    muted = view.palette().color(QPalette.ColorRole.PlaceholderText)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == muted, "told apart from a quote's own date"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Published 2017-07-10" in tip and "The quote itself carries no date." in tip
    margins = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin)
    assert view.fontMetrics().horizontalAdvance(text) + margins <= view.columnWidth(0), "shown whole"
    # a reader clicks it: its article opens at its words, as for any quote
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: window.controller.selection.quote == model.record(row).id)
    qtbot.waitUntil(lambda: window.article.highlighted() != [])


def test_a_date_search_finds_a_quote_by_its_articles_day_after_those_dated(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """walk34: a search for the day an article was published found none of its quotes that carry no date
    of their own (0 quotes, "Nobody matches"), though a reader asks what was said that day; they are
    listed after the quotes dated that day, marked "published …". Another day finds none of them."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [MILLOY]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=30000)
    settle(qtbot, window)
    search_by_keys(qtbot, window, "2017-07-10")
    model = window.quote_model
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    undated = _undated_rows(window)
    assert undated and labels[undated[0]] == "published 2017-07-10"
    assert undated == list(range(len(labels) - len(undated), len(labels))), "after those dated"
    assert all(label == "2017-07-10*" for label in labels[: len(labels) - len(undated)])
    search_by_keys(qtbot, window, "2017-07-11")
    assert not _undated_rows(window)
