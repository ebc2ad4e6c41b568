"""The quote list repaints what changes: the rest of a search's count, added after the rows on show, sets the
scroll bar without repainting the rows (a whole repaint of the list, 10-12 ms at a million quotes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from .conftest import search, settle


@pytest.fixture
def synth_db(tmp_path) -> Path:
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=300, events=3000, quotes=6000, seed=11)
    return db


class Watch(QObject):
    """What happens to a list, in order: its model's resets and rows added, its viewport's paints."""

    def __init__(self, view) -> None:
        super().__init__()
        self.seen: list[str] = []
        self.regions: list = []
        model = view.model()
        model.modelReset.connect(lambda: self.seen.append("reset"))
        model.rowsInserted.connect(lambda *_: self.seen.append("added"))
        view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append("paint")
            self.regions.append(event.region().boundingRect())
        return False

    def after_the_count(self) -> list[str]:
        return self.seen[self.seen.index("added") :]


def _search_with_its_count_coming_later(qtbot, window, ask, synth_db) -> tuple[Watch, object]:
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    view = window.quotes.view
    watch = Watch(view)
    search(qtbot, window, "模型")
    qtbot.waitUntil(lambda: "added" in watch.seen)  # the count, after the first page
    QCoreApplication.sendPostedEvents()  # any repaint the rows added ask for, done now
    QCoreApplication.processEvents()
    return watch, view


def test_the_rest_of_a_count_below_the_rows_on_show_repaints_no_row(qtbot, window, ask, synth_db):
    watch, view = _search_with_its_count_coming_later(qtbot, window, ask, synth_db)
    model = window.quote_model
    assert model.rowCount() > 200 and view.rowAt(view.viewport().height() - 1) >= 0
    assert watch.after_the_count() == ["added"], watch.seen
    bar = view.verticalScrollBar()  # the scroll bar reaches the last row
    assert bar.maximum() == model.rowCount() * view.rowHeight(0) - view.viewport().height()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.rowAt(view.viewport().height() - 1) == model.rowCount() - 1)


def test_rows_added_where_the_list_had_room_are_painted(qtbot, window, ask, synth_db, monkeypatch):
    monkeypatch.setattr("viewer.gui.models.PAGE", 3)  # a first page shorter than the list's height
    watch, view = _search_with_its_count_coming_later(qtbot, window, ask, synth_db)
    assert "paint" in watch.after_the_count(), watch.seen
    assert view.rowAt(view.viewport().height() - 1) > 3


def test_a_repaint_of_a_highlighted_list_finds_its_matches_kept(qtbot, window, monkeypatch):
    """The matches of the rows on show are looked for once (with the rows), not again at each repaint."""
    from viewer.gui import models
    from viewer.gui.models import SPANS_ROLE

    search(qtbot, window, "离职")
    view, model = window.quotes.view, window.quote_model
    spans = [model.index(r, 3).data(SPANS_ROLE) for r in range(model.rowCount())]
    assert any(spans)
    looked: list[str] = []
    real = models.match_spans
    monkeypatch.setattr(models, "match_spans", lambda text, terms: looked.append(text) or real(text, terms))
    view.viewport().repaint()
    assert looked == [] and [model.index(r, 3).data(SPANS_ROLE) for r in range(model.rowCount())] == spans


def test_a_list_changed_after_rows_were_added_below_is_repainted(qtbot):
    """Rows added below those on show, then the rows on show changed in the same pass (a model reset, as many
    rows as it had): the list is repainted, whole."""
    from PySide6.QtGui import QStandardItemModel
    from viewer.gui.views import lazy_table

    view = lazy_table(None, "list", "list", 20)
    qtbot.addWidget(view)
    model = QStandardItemModel(40, 1)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    watch = Watch(view)
    model.insertRows(40, 1)  # below the rows on show
    model.beginResetModel()  # (the same count, other rows)
    model.endResetModel()
    qtbot.waitUntil(lambda: "paint" in watch.seen)
    assert watch.seen[:2] == ["added", "reset"] and watch.regions[-1] == view.viewport().rect()
