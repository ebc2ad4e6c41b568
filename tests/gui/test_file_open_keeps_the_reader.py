"""File → Open of another database, as a walkthrough did it: the people list kept the place it had been
scrolled to in the one before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from .conftest import settle


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
