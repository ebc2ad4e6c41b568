"""File → Open of another database, as a walkthrough did it: the people list kept the place it had been
scrolled to in the one before, and the details of someone the search still names came back on another tab
than the one the reader had chosen for them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from .conftest import search, settle
from .test_person_tabs import GRIMES, _choose_by_keys, _click_tab


@pytest.fixture
def synth_db(tmp_path) -> Path:
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=300, events=3000, quotes=6000, seed=11)
    return db


def _open(qtbot, window, ask, db: Path) -> None:
    """File → Open Database…, the file chosen in its dialog."""
    ask.open_answer = db
    window.open_action.trigger()
    settle(qtbot, window)
    assert window.controller.repo is not None and window.controller.repo.path == db


def test_the_people_list_starts_at_its_top_in_another_database(qtbot, window, ask, synth_db, tmp_path):
    _open(qtbot, window, ask, synth_db)
    people = window.people.list
    people.setFocus()
    for _ in range(6):  # read down the list a page at a time
        qtbot.keyClick(people, Qt.Key.Key_PageDown)
    settle(qtbot, window)
    bar = people.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    other = tmp_path / "other.db"
    shutil.copy(synth_db, other)
    _open(qtbot, window, ask, other)
    qtbot.waitUntil(lambda: bar.value() == 0 and people.indexAt(QPoint(1, 1)).row() == 0)


def _copy(db: Path, tmp_path: Path) -> Path:
    """Another database holding the same people (ids are each database's own)."""
    other = tmp_path / f"other-{db.name}"
    shutil.copy(db, other)
    return other


def _their_tab_after_open(qtbot, window, ask, db: Path, name: str):
    """The tab someone's details show once another database is opened, the search naming them still on."""
    _open(qtbot, window, ask, db)
    pane = window.people
    qtbot.waitUntil(lambda: pane.name.text().startswith(name) and "…" not in pane.tabs.tabText(1))
    settle(qtbot, window)
    return pane.tabs.currentWidget()


def test_the_tab_chosen_for_someone_stays_chosen_in_another_database(qtbot, window, ask, tmp_path):
    """Sharp (no event, four quotes) opens on his quotes; the reader chose his Events tab."""
    from viewer.pipeline.build import build_database

    grimes = tmp_path / "grimes.db"
    build_database([GRIMES], grimes)
    _open(qtbot, window, ask, grimes)
    _choose_by_keys(qtbot, window, "Sharp")
    pane = window.people
    assert pane.tabs.currentWidget() is pane.quotes_view
    _click_tab(qtbot, pane, 0)
    assert _their_tab_after_open(qtbot, window, ask, _copy(grimes, tmp_path), "Sharp") is pane.events_view
    _click_tab(qtbot, pane, 1)  # and back to his quotes: they hold as well
    assert _their_tab_after_open(qtbot, window, ask, grimes, "Sharp") is pane.quotes_view


def test_someones_articles_tab_stays_chosen_in_another_database(qtbot, window, ask, bundled_copy, tmp_path):
    """吴泳铭 (an event, a quote, an article crediting him) opens on his event; the reader chose his
    Articles tab."""
    search(qtbot, window, "吴泳铭")
    pane = window.people
    qtbot.waitUntil(lambda: pane.name.text().startswith("吴泳铭") and "…" not in pane.tabs.tabText(1))
    assert pane.tabs.currentWidget() is pane.events_view
    _click_tab(qtbot, pane, 2)
    other = _copy(bundled_copy, tmp_path)
    assert _their_tab_after_open(qtbot, window, ask, other, "吴泳铭") is pane.articles_view
