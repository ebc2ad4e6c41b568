"""File → Manage Library…: the articles imported are listed, and those chosen are taken out of the library
(a walkthrough found no way in the menus to see or remove what one had imported)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from viewer import paths
from viewer.core.repository import Repository
from viewer.gui.library_dialog import LibraryDialog

from .conftest import search, settle

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


def _import(qtbot, window, ask, files: list[Path]) -> None:
    ask.import_answer = files
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)


def _menu_action(window, name: str):
    """The action as the File menu holds it (what a user reaches with Alt+F)."""
    file_menu = window.menuBar().actions()[0].menu()
    return next(a for a in file_menu.actions() if a.objectName() == name)


def _click_row(qtbot, dialog: LibraryDialog, row: int) -> None:
    table = dialog.table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def test_the_file_menu_lists_the_imported_articles_and_takes_one_out(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _import(qtbot, window, ask, [WIRE])
    search(qtbot, window, "周启明")
    assert window.quote_model.rowCount() > 0

    def pick(dialog: LibraryDialog) -> None:
        names = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
        assert not dialog.remove.isEnabled(), "nothing selected, nothing to remove"
        _click_row(qtbot, dialog, names.index("wire_xinghe.txt"))
        assert dialog.remove.isEnabled()
        qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)

    ask.library_pick = pick
    _menu_action(window, "libraryAction").trigger()
    qtbot.waitUntil(lambda: window.remover is None, timeout=20000)
    settle(qtbot, window)
    shown = [a.source_name for a, _events, _quotes in ask.library_rows]
    assert "wire_xinghe.txt" in shown and len(shown) == 2, "the bundled article and the one imported"
    assert ask.confirmed and "“" not in ask.confirmed[-1]
    assert "星河" in ask.confirmed[-1] or "wire_xinghe" in ask.confirmed[-1], "the question names the article"
    assert window.search.text() == "周启明", "the search stays"
    assert window.quote_model.rowCount() == 0, "what was read from it is gone from the window"
    assert "1 article removed" in window.notice.text()
    with Repository(paths.library_db()) as repo:
        assert [a.source_name for a in repo.articles()] == [shown[0]]
    search(qtbot, window, "林俊旸")
    assert window.quote_model.rowCount() > 0, "the rest of the library is still there"


def test_saying_no_takes_nothing_out(qtbot, window, ask, bundled_copy, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _import(qtbot, window, ask, [WIRE])
    ask.confirm_answer = False

    def pick(dialog: LibraryDialog) -> None:
        _click_row(qtbot, dialog, 1)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # Delete does what the button does

    ask.library_pick = pick
    window.library_action.trigger()
    assert window.remover is None and ask.confirmed
    with Repository(paths.library_db()) as repo:
        assert len(repo.articles()) == 2


def test_before_any_import_the_dialog_says_how_the_library_is_made(qtbot, window, ask):
    seen = []
    ask.library_pick = lambda dialog: (seen.append(dialog.place.text()), dialog.reject())
    window.library_action.trigger()
    assert ask.library_rows == [] and "Import Articles" in seen[0]
    assert not ask.library_dialog.remove.isEnabled()


def test_the_library_is_not_managed_while_an_import_is_saving_into_it(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """One change to the library at a time: Manage Library… waits for the import going on."""
    import threading

    from viewer.gui import importing

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    release, real = threading.Event(), importing.read_one
    monkeypatch.setattr(importing, "read_one", lambda path: (release.wait(20), real(path))[1])
    ask.import_answer = [WIRE]
    asked = []
    ask.library_pick = lambda dialog: (asked.append(dialog), dialog.reject())
    window.import_action.trigger()
    assert window.importer is not None
    window.library_action.trigger()
    assert asked == [], "no dialog over an import"
    release.set()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    window.library_action.trigger()
    assert len(asked) == 1 and len(ask.library_rows) == 2


def test_the_keyboard_shortcuts_say_delete_takes_articles_out(qtbot, window, ask):
    window.shortcuts_action.trigger()
    assert any(keys == "Delete" and "Library" in what for keys, what in ask.shortcut_rows)


def test_the_headline_has_the_room_a_long_date_line_or_file_would_take(qtbot, tmp_path):
    """A library of 15 showed 林俊旸发文告别阿里:为公司为千问只能... cut while “Wednesday, August 8,
    2007” and the files took their whole widths: those are cut now (whole in their tooltips), the headline
    takes the rest."""
    from viewer.core.records import Article

    title = "林俊旸发文告别阿里:为公司为千问只能做这么多了"
    file = "blindaa_dejavu_chiangwanan_a_file_name_that_goes_on.txt"
    day = "Wednesday, August 8, 2007 04:34 PM EDT"
    long = Article(1, title, "VERENA DOBNIK", "AP", day, "en", "", "", file)
    dialog = LibraryDialog([(long, 1, 2)], tmp_path / "library.db")
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    assert header.sectionSize(0) >= dialog.table.fontMetrics().horizontalAdvance(title), "the headline whole"
    assert (
        dialog.table.item(0, 1).toolTip() == long.published
        and dialog.table.item(0, 5).toolTip() == long.source_name
    )


def test_enter_never_takes_an_article_out(qtbot, window, ask, bundled_copy, monkeypatch):
    """Enter in the list pressed Remove from Library…, and Enter again answered Yes: two keys took an article
    out. Enter in the list closes the dialog now, and the question defaults to No."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from viewer.gui.dialogs import Ask

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _import(qtbot, window, ask, [WIRE])

    def pick(dialog: LibraryDialog) -> None:
        _click_row(qtbot, dialog, 1)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    ask.library_pick = pick
    window.library_action.trigger()
    assert not ask.confirmed and ask.library_dialog.chosen == [], "Enter closed it, taking nothing out"
    answers = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        answers.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    assert not Ask().confirm(window, "Remove from Library", "Take 1 article out?", destructive=True)
    assert answers == [True]
    ask.library_pick = lambda dialog: (
        _click_row(qtbot, dialog, 1),
        qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton),
    )
    window.library_action.trigger()
    assert ask.destructive, "the window asks its question as a destructive one"
    qtbot.waitUntil(lambda: window.remover is None, timeout=20000)


def test_a_removal_that_fails_says_why_and_leaves_the_library_as_it_was(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    import sqlite3

    from viewer.pipeline import library

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _import(qtbot, window, ask, [WIRE])

    def locked(conn, ids):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(library, "_remove", locked)
    ask.library_pick = lambda dialog: (
        _click_row(qtbot, dialog, 1),
        qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton),
    )
    window.library_action.trigger()
    qtbot.waitUntil(lambda: window.remover is None, timeout=20000)
    assert ask.errors and ask.errors[-1][0] == "Could not change the library"
    assert ask.errors[-1][1].endswith("database is locked; the library was not changed")
    assert "removed" not in window.notice.text()
    with Repository(paths.library_db()) as repo:
        assert len(repo.articles()) == 2


def test_a_library_emptied_says_it_holds_no_articles(qtbot, window, ask, bundled_copy, monkeypatch):
    """Every article taken out, the dialog said “Nothing imported yet”, as if the library had never been."""
    from viewer.pipeline.library import remove_articles

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _import(qtbot, window, ask, [WIRE])
    with Repository(paths.library_db()) as repo:
        ids = [a.id for a in repo.articles()]
    remove_articles(paths.library_db(), bundled_copy, ids)
    seen = []
    ask.library_pick = lambda dialog: (seen.append(dialog.place.text()), dialog.reject())
    window.library_action.trigger()
    assert ask.library_rows == [] and seen == [
        "Your library holds no articles: File → Import Articles… adds them."
    ]


def test_the_question_names_ten_articles_at_most(qtbot, window, ask, monkeypatch):
    """Forty articles selected made a question taller than the screen, its buttons off it: the first nine are
    named, then how many more."""
    from viewer.core import repository
    from viewer.core.records import Article

    rows = [(Article(i, f"headline {i}", "", "", "", "zh", "", "", f"{i}.txt"), 1, 1) for i in range(1, 41)]

    class Library:
        def __init__(self, path) -> None:
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            pass

        def article_list(self):
            return rows

    paths.library_db().parent.mkdir(parents=True, exist_ok=True)
    paths.library_db().write_bytes(b"")  # there is a library (its rows are the ones above)
    monkeypatch.setattr(repository, "Repository", Library)
    ask.confirm_answer = False

    def pick(dialog: LibraryDialog) -> None:
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    ask.library_pick = pick
    window.library_action.trigger()
    said = ask.confirmed[-1]
    assert said.startswith("Take 40 articles out of your library?")
    bullets = [line for line in said.splitlines() if line.startswith("•")]
    assert bullets == [f"• headline {i}" for i in range(1, 10)] + ["• … and 31 more"]


def test_the_dates_read_alike_and_a_heading_sorts_the_articles(qtbot, tmp_path):
    """The walkthrough's library listed 2026-03-07 11:16, 2003年10月04日 and “November 10, 2012 04…” (cut) in
    its Published column, each as its article prints it, and no heading sorted: the days are given as
    citations give them (the printed date in the tooltip), and a click on a heading sorts by it, counts as
    numbers; the articles taken out are those selected, wherever the sort put them."""
    from viewer.core.records import Article

    def article(i: int, title: str, printed: str, file: str) -> Article:
        return Article(i, title, "", "", printed, "en", "", "", file)

    rows = [
        (article(1, "林俊旸发文告别阿里", "2026-03-07 11:16", "a.txt"), 15, 8),
        (article(2, "台湾当局“环保署长”郝龙斌再度递交辞呈", "2003年10月04日", "b.txt"), 4, 2),
        (article(3, "George Entwistle steps down", "November 10, 2012 04:34 PM EDT", "c.txt"), 4, 4),
    ]
    dialog = LibraryDialog(rows, tmp_path / "library.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table

    def column(c: int) -> list[str]:
        return [table.item(r, c).text() for r in range(table.rowCount())]

    assert column(1) == ["2026-03-07", "2003-10-04", "2012-11-10"], "in the order they were added"
    assert table.item(2, 1).toolTip() == "November 10, 2012 04:34 PM EDT", "as printed, in the tooltip"
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_heading(header, 1))
    assert column(1) == ["2003-10-04", "2012-11-10", "2026-03-07"], "the oldest first"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_heading(header, 3))
    assert column(3) == ["4", "4", "15"], "15 events after 4, not before"
    row = column(5).index("b.txt")
    _click_row(qtbot, dialog, row)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert dialog.chosen == [2], "the article selected, not the one first added at that row"


def _heading(header, section: int) -> QPoint:
    """The middle of a column's heading."""
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)
