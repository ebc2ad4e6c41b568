"""File → Manage Library… lists and takes out the articles of the library on screen (walk34 #7: with a
library made by events-cli import --db opened, it listed library.db, another database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from viewer import paths
from viewer.core.repository import Repository
from viewer.gui.library_dialog import LibraryDialog
from viewer.pipeline.library import import_files

from .conftest import search, settle

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


def file_menu(window, name: str):
    """The action as the File menu holds it."""
    menu = window.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if a.objectName() == name)


def other_library(tmp_path: Path, bundled: Path) -> Path:
    """A library of its own, as `events-cli import --db other.db wire_xinghe.txt` makes it."""
    other = tmp_path / "other.db"
    report = import_files([WIRE], other, bundled)
    assert report.added == ["wire_xinghe.txt"]
    return other


def open_database(qtbot, window, ask, path: Path) -> None:
    """File → Open Database…, the file chosen in the dialog."""
    ask.open_answer = path
    file_menu(window, "openAction").trigger()
    qtbot.waitUntil(lambda: window.controller.repo is not None and window.controller.repo.path == path)
    settle(qtbot, window)


def test_manage_library_lists_the_library_on_screen_and_takes_out_of_it(
    qtbot, window, ask, bundled_copy, tmp_path, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    other = other_library(tmp_path, bundled_copy)
    open_database(qtbot, window, ask, other)
    search(qtbot, window, "周启明")
    assert window.quote_model.rowCount() > 0
    told: list[str] = []

    def pick(dialog: LibraryDialog) -> None:
        told.append(dialog.place.text())
        names = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
        rect = dialog.table.visualRect(dialog.table.model().index(names.index("wire_xinghe.txt"), 0))
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    ask.library_pick = pick
    file_menu(window, "libraryAction").trigger()
    assert "wire_xinghe.txt" in [a.source_name for a, _events, _quotes in ask.library_rows]
    assert str(other) in told[0], "the dialog names the database shown"
    qtbot.waitUntil(lambda: window.remover is None, timeout=20000)
    settle(qtbot, window)
    assert window.quote_model.rowCount() == 0, "taken out of the database shown, and read again"
    with Repository(other) as repo:
        assert "wire_xinghe.txt" not in [a.source_name for a in repo.articles()]
    assert not paths.library_db().exists(), "the user's library untouched"


def test_with_a_database_that_is_no_library_the_users_library_is_listed(qtbot, window, ask):
    """The bundled demo (or a database built by events-cli build) is no library: the user's is listed."""
    told: list[str] = []
    ask.library_pick = lambda dialog: (told.append(dialog.place.text()), dialog.reject())
    file_menu(window, "libraryAction").trigger()
    assert ask.library_rows == [] and "Import Articles" in told[0]
