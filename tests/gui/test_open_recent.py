"""File → Open Recent: back to a database opened before, and to the bundled example, without typing a path
(the walkthrough, having opened another database, had to type where the bundled one lies)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QMenu
from viewer import paths
from viewer.gui import i18n
from viewer.gui.main_window import MainWindow
from viewer.pipeline.synth import synth_database

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]


def _recent_menu(window) -> QMenu:
    file_menu = window.menuBar().actions()[0].menu()
    found = [a.menu() for a in file_menu.actions() if a.menu() is not None]
    assert found and found[0].objectName() == "openRecentMenu", "File → Open Recent"
    menu = found[0]
    menu.aboutToShow.emit()  # filled as it opens
    return menu


def _entries(menu: QMenu) -> list[str]:
    return [a.toolTip() for a in menu.actions()]


def _choose(qtbot, window, menu: QMenu, path: Path) -> None:
    action = next(a for a in menu.actions() if a.toolTip() == str(path.resolve()))
    with qtbot.waitSignal(window.controller.sessionChanged, timeout=5000):
        action.trigger()
    settle(qtbot, window)


def test_open_recent_goes_back_to_the_database_before(qtbot, window, ask, bundled_copy, tmp_path):
    other = tmp_path / "other.db"
    synth_database(other, persons=30, events=60, quotes=90, seed=3)
    ask.open_answer = other
    window.open_action.trigger()  # File → Open
    settle(qtbot, window)
    assert window.controller.repo.path == other
    menu = _recent_menu(window)
    assert _entries(menu)[:2] == [str(other.resolve()), str(bundled_copy.resolve())], "the last opened first"
    assert menu.actions()[0].isChecked() and not menu.actions()[1].isChecked(), "the open one is ticked"
    assert menu.actions()[0].text().startswith("&1 other.db")
    _choose(qtbot, window, menu, bundled_copy)
    assert window.controller.repo.path == bundled_copy
    assert window.quote_model.rowCount() == 8 and window.windowTitle().endswith("events.db")


def test_the_bundled_example_is_always_there_to_go_back_to(qtbot, settings, ask, tmp_path):
    other = tmp_path / "mine.db"
    synth_database(other, persons=30, events=60, quotes=90, seed=3)
    win = MainWindow(settings, ask)  # a window started on another database, the bundled one never opened
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    assert win.open_database(other)
    settle(qtbot, win)
    menu = _recent_menu(win)
    bundled = paths.bundled_db().resolve()
    assert _entries(menu) == [str(other.resolve()), str(bundled)]
    assert menu.actions()[1].text() == "&2 Bundled example (events.db)"
    _choose(qtbot, win, menu, bundled)
    assert win.controller.repo.path.resolve() == bundled
    assert win.quote_model.rowCount() == 8


def test_a_recent_database_gone_from_the_disk_is_not_offered(qtbot, window, ask, tmp_path):
    gone = tmp_path / "gone.db"
    synth_database(gone, persons=30, events=60, quotes=90, seed=3)
    ask.open_answer = gone
    window.open_action.trigger()
    settle(qtbot, window)
    ask.open_answer = paths.bundled_db()
    window.open_action.trigger()
    settle(qtbot, window)
    gone.unlink()
    assert str(gone.resolve()) not in _entries(_recent_menu(window))


def test_open_recent_is_reached_from_the_keyboard(qtbot, window):
    """Alt+F, then its own letter (no other item of the File menu shares it), then an entry's number."""
    file_menu = window.menuBar().actions()[0].menu()
    letters = [re.search(r"&(\w)", a.text()).group(1).lower() for a in file_menu.actions() if a.text()]
    assert len(letters) == len(set(letters)), letters
    menu = _recent_menu(window)
    assert [a.text()[:3] for a in menu.actions()] == [f"&{n} " for n in range(1, len(menu.actions()) + 1)]


def test_the_bundled_example_is_named_in_chinese(qtbot, qapp, settings, ask, tmp_path):
    i18n.install(qapp, "zh_CN")
    try:
        win = MainWindow(settings, ask)
        qtbot.addWidget(win)
        win.show()
        menu = _recent_menu(win)
        assert menu.title() == "最近打开(&C)"
        assert menu.actions()[-1].text() == f"&{len(menu.actions())} 内置示例（events.db）"
    finally:
        i18n.install(qapp, "en")


def test_opening_a_database_under_a_search_says_the_search_goes_on(qtbot, window, ask, tmp_path):
    """A walkthrough searched 卓榮泰, then opened a database of a million quotes (File → Open): every pane
    came up empty (0 people · 0 events · 0 quotes, “No dated events to show”) with no word that the search
    had gone on into it, as an import does say. Opening says so, and Esc in the search box shows all."""
    from PySide6.QtCore import Qt

    from .conftest import search

    other = tmp_path / "other.db"
    synth_database(other, persons=30, events=60, quotes=90, seed=3)
    search(qtbot, window, "林俊旸")
    ask.open_answer = other
    window.open_action.trigger()  # File → Open
    settle(qtbot, window)
    assert window.quote_model.rowCount() == 0, "the search goes on, finding nothing here"
    assert window.notice.text() == (
        "Opened other.db — the search is still on: Esc in the search box shows everything"
    )
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.search.text() == "" and window.quote_model.rowCount() > 0
    # the notice goes with the search (it stayed, saying the search was on over every quote shown)
    assert (window.notice.text(), window.notice.accessibleName()) == ("", "")


def test_opening_a_database_with_no_search_says_nothing_of_one(qtbot, window, ask, tmp_path):
    other = tmp_path / "other.db"
    synth_database(other, persons=30, events=60, quotes=90, seed=3)
    ask.open_answer = other
    window.open_action.trigger()
    settle(qtbot, window)
    assert window.notice.text() == "" and window.quote_model.rowCount() > 0


def test_the_library_is_always_there_to_go_back_to(qtbot, window, ask, bundled_copy, monkeypatch, tmp_path):
    """Eight other databases opened after an import, the library had gone from Open Recent: back to it meant
    finding library.db in a hidden folder (~/.local/share/events-viewer) with File → Open."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    library = paths.library_db().resolve()
    assert window.controller.repo.path.resolve() == library
    for n in range(9):
        other = tmp_path / f"other{n}.db"
        synth_database(other, persons=10, events=20, quotes=30, seed=n)
        ask.open_answer = other
        window.open_action.trigger()
        settle(qtbot, window)
    menu = _recent_menu(window)
    assert _entries(menu)[-2:] == [str(library), str(bundled_copy.resolve())]
    assert [a.text()[:3] for a in menu.actions()[:9]] == [f"&{n} " for n in range(1, 10)]
    assert menu.actions()[-2].text() == "&9 Your library (library.db)"
    assert menu.actions()[-1].text() == "1&0 Bundled example (events.db)", "its own key: 0, not a second 1"
    _choose(qtbot, window, menu, library)
    assert window.controller.repo.path.resolve() == library
