"""Every model passes qtmodeltester, and shows data as plain values."""

from __future__ import annotations

from viewer.core.filters import Filter
from viewer.core.repository import Repository
from viewer.gui.models import ID_ROLE, PEOPLE_ROLE, RECORD_ROLE, EntityModel, EventModel, QuoteModel
from viewer.gui.session import InlineRunner

from .conftest import settle


def test_quote_model(qtmodeltester, repo):
    model = QuoteModel()
    model.set_source(InlineRunner(repo), Filter())
    qtmodeltester.check(model)
    assert model.rowCount() == 8 and model.columnCount() == 4
    first = model.index(0, 3)
    assert first.data() == "APP公测第一周即突破1000万下载。"
    assert model.index(0, 0).data() == "2025-11-24*"
    assert model.index(0, 2).data() == "reported"
    assert model.index(0, 0).data(RECORD_ROLE).id == first.data(ID_ROLE)


def test_the_roles_are_qts_item_data_roles():
    """The models' roles are plain ints (no enum per question, and no Qt namespace before the first page)."""
    from PySide6.QtCore import Qt
    from viewer.gui import models

    assert tuple(
        int(r)
        for r in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.UserRole,
            Qt.ItemDataRole.ForegroundRole,
        )
    ) == (
        models.DISPLAY_ROLE,
        models.TOOLTIP_ROLE,
        models.FONT_ROLE,
        models.USER_ROLE,
        models.FOREGROUND_ROLE,
    )


def test_the_speakers_cell_explains_the_speaker_not_the_quote(repo):
    """A walkthrough found a cut-short speaker's tip showing the quote's text."""
    from PySide6.QtCore import Qt

    model = QuoteModel()
    model.set_source(InlineRunner(repo), Filter())
    for row in range(model.rowCount()):
        quote = model.index(row, 0).data(RECORD_ROLE)
        tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert quote.speaker_name in tip and quote.text not in tip
        if quote.speaker_role is not None:
            assert (quote.speaker_role.text or quote.speaker_role.label()) in tip


def test_event_model(qtmodeltester, repo):
    model = EventModel()
    model.set_source(InlineRunner(repo), Filter(who_persons=frozenset({1})))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    first = model.index(0, 0).data(RECORD_ROLE)
    assert first.date_text == "今年初" and model.index(0, 0).data(PEOPLE_ROLE) == "林俊旸, Qwen团队"


def test_entity_model_pages_everyone_and_fixed_lists(qtmodeltester, repo):
    model = EntityModel()
    model.set_source(InlineRunner(repo), Filter())
    qtmodeltester.check(model)
    assert model.rowCount() == 26
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "林俊旸  Lin Junyang" in names and "靖人  Jingren" in names
    model.set_source(InlineRunner(repo), Filter(who_persons=frozenset({2})))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ID_ROLE) == ("person", 2)


def test_a_ranked_list_shows_its_first_page_without_reading_it_again(repo):
    """The best matches arrive with the ranking: the list's first paint reads nothing more."""
    from viewer.core.resolve import resolve

    model = QuoteModel()
    model.set_source(InlineRunner(repo), resolve(repo, "模型 sort:relevance").filter)
    assert model.rowCount() > 0
    shown = [model.record(row) for row in range(model.rowCount())]
    assert all(shown) and model.rows.fetches == 0


def test_everyone_comes_with_the_reset_not_after_an_empty_list(repo):
    """Show All shows everyone's first page at once: the list is never empty in between (its "No people
    yet." hint came up and went again within the keystroke)."""
    model = EntityModel()
    model.set_source(InlineRunner(repo), Filter(who_persons=frozenset({2})))
    seen: list[object] = []
    model.modelReset.connect(lambda: seen.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_args: seen.append("inserted"))
    model.set_source(InlineRunner(repo), Filter())
    assert seen == [26]


def test_models_on_a_large_synthetic_database_load_only_what_is_shown(qtmodeltester, tmp_path):
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=300, events=2000, quotes=5000, seed=3)
    with Repository(db) as repo:
        model = QuoteModel()
        model.set_source(InlineRunner(repo), Filter())
        assert model.rowCount() == 5000
        last = model.index(4999, 3).data(RECORD_ROLE)
        assert last.ordinal == 5000
        assert model.rows.loaded_rows() <= 400
        entities = EntityModel()
        entities.set_source(InlineRunner(repo), Filter())
        assert entities.rowCount() == EntityModel.PAGE and entities.canFetchMore(
            entities.index(0, 0).parent()
        )
        qtmodeltester.check(model)


def test_the_window_scrolls_to_the_last_quote_without_loading_them_all(qtbot, tmp_path, settings, ask):
    from viewer.gui.main_window import MainWindow
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=200, events=1500, quotes=6000, seed=5)
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(db)
    settle(qtbot, win)  # first pages and counts come from the worker
    win.quotes.view.scrollToBottom()
    qtbot.wait(20)
    bar = win.quotes.view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    assert win.quotes.view.rowAt(win.quotes.view.viewport().height() - 2) == 5999
    assert win.quote_model.record(5999).ordinal == 6000
    assert win.quote_model.rows.loaded_rows() <= 600
    assert win.status.text() == "200 people · 2 organisations · 1,500 events · 6,000 quotes"
