"""File → Import Articles… adds to the library on screen when it is a writable library (walk35 #1: with
another library opened, it saved into library.db and opened that instead)."""

from __future__ import annotations

import os
from pathlib import Path

from viewer import paths
from viewer.core.repository import Repository
from viewer.pipeline import library

from .conftest import search, settle
from .test_library_of_the_database_shown import file_menu, open_database, other_library

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"
HK = ROOT / "tests" / "fixtures" / "heldout" / "heldout_hk_big5.txt"


def _import(qtbot, window, ask, files: list[Path]) -> None:
    """File → Import Articles…, the files chosen, everything the review shows kept."""
    ask.import_answer = files
    file_menu(window, "importAction").trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)


def _articles(path: Path) -> list[str]:
    with Repository(path) as repo:
        return [a.source_name for a in repo.articles()]


def test_import_adds_to_the_library_on_screen(qtbot, window, ask, bundled_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    other = other_library(tmp_path, bundled_copy)
    open_database(qtbot, window, ask, other)
    _import(qtbot, window, ask, [HK])
    assert window.controller.repo.path == other, "the library shown stays shown"
    assert "heldout_hk_big5.txt" in _articles(other)
    assert not paths.library_db().exists(), "the user's default library untouched"
    search(qtbot, window, "梁振邦")
    assert window.quote_model.rowCount() > 0


def test_with_the_bundled_example_shown_import_goes_to_the_default_library(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _import(qtbot, window, ask, [HK])
    assert window.controller.repo.path == paths.library_db()
    assert "heldout_hk_big5.txt" in _articles(paths.library_db())


def test_a_read_only_library_shown_sends_the_import_to_the_default_library(
    qtbot, window, ask, bundled_copy, tmp_path, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    other = other_library(tmp_path, bundled_copy)
    open_database(qtbot, window, ask, other)
    real = os.access
    monkeypatch.setattr(library.os, "access", lambda p, mode: real(p, mode) and Path(p) != other)
    _import(qtbot, window, ask, [HK])
    assert window.controller.repo.path == paths.library_db()
    assert "heldout_hk_big5.txt" not in _articles(other)
