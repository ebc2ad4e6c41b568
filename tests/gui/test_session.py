"""One query session: no stale panes after a restart, an import or a reopen (issue 10).

Each test drives the window as a user does — the search box, the menus' actions, closing the
window and starting it again — and waits on the controller's `settled` signal, never a sleep.
"""

from __future__ import annotations

import sqlite3
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from viewer import paths
from viewer.gui.launch import start_window
from viewer.gui.main_window import MainWindow
from viewer.gui.models import ID_ROLE, PEOPLE_ROLE, RECORD_ROLE

from .conftest import search, settle

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"
MARCH_PEOPLE = 9  # persons and organisations in the events and quotes of 2026-03 (bundled database)


def _type_query(qtbot, win: MainWindow, text: str) -> None:
    """Focus the search box with Ctrl+F, type, press Enter, and wait for every pane."""
    win.find_action.trigger()
    qtbot.keyClicks(win.search, text)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    settle(qtbot, win)


def _people(win: MainWindow) -> list[str]:
    return [win.entity_model.index(r, 0).data() for r in range(win.entity_model.rowCount())]


def _assert_every_pane_shows_march(win: MainWindow) -> None:
    assert not win.busy()
    assert len(_people(win)) == MARCH_PEOPLE
    said = "5 people · 4 organisations · 9 events · 6 quotes"  # MARCH_PEOPLE, said apart
    assert win.status.text().startswith(said), win.status.text()
    assert win.timeline.canvas.data.total == 9 and not win.timeline.canvas.data.pending
    assert win.timeline.summary.text().startswith("9 of 9 dated events"), win.timeline.summary.text()


def _start(qtbot, settings, db: Path) -> MainWindow:
    """Start the app as `events-viewer --db DB` does, and wait until its panes are filled."""
    win = start_window(Namespace(db=db), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    return win


def test_a_remembered_search_fills_every_pane_after_a_restart(qtbot, settings, bundled_copy):
    first = _start(qtbot, settings, bundled_copy)
    _type_query(qtbot, first, "2026-03")
    _assert_every_pane_shows_march(first)
    before = (_people(first), first.status.text(), first.timeline.summary.text())
    first.close()
    again = _start(qtbot, settings, bundled_copy)
    assert again.search.text() == "2026-03"
    assert (_people(again), again.status.text(), again.timeline.summary.text()) == before
    _assert_every_pane_shows_march(again)
    again.close()


def test_an_import_saved_while_a_search_is_active_fills_every_pane(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    _import_with_a_search_on(qtbot, window, ask, bundled_copy, monkeypatch)
    assert window.controller.repo.path == paths.library_db()
    assert window.search.text() == "2026-03"
    _assert_every_pane_shows_march(window)
    assert window.controller.repo.count_quotes() > 8, "the wire's quotes are in the library"


@pytest.fixture
def synth_db(tmp_path) -> Path:
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=300, events=3000, quotes=6000, seed=11)
    return db


def test_reopening_while_a_search_runs_and_the_timeline_moves(qtbot, window, ask, synth_db):
    _type_query(qtbot, window, "2026")
    ask.open_answer = synth_db
    window.open_action.trigger()
    canvas = window.timeline.canvas
    for _ in range(12):  # pan and zoom before the new counts arrive: nothing may read a closed database
        canvas.set_scale(canvas.scale.zoomed(1.3, canvas.width() / 2))
        canvas.set_scale(canvas.scale.panned(canvas.width() / 3))
        canvas._fetch()
        canvas.repaint()
    settle(qtbot, window)
    assert window.controller.repo.path == synth_db
    assert window.search.text() == "2026"
    assert not window.timeline.canvas.data.pending
    shown = window.article.article
    assert shown is not None and shown.title.startswith("合成新闻"), (
        "the article pane shows the open database"
    )


def test_event_names_come_from_the_database_that_is_open(qtbot, window, ask, synth_db):
    qtbot.mouseClick(window.findChild(object, "listButton"), Qt.MouseButton.LeftButton)
    window.timeline.view.repaint()  # the list paints the bundled events with their people's names
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    window.timeline.view.repaint()
    model = window.event_model
    truth = sqlite3.connect(synth_db)
    for row in range(model.rowCount()):
        event = model.index(row, 0).data(RECORD_ROLE)
        names = [
            n
            for (n,) in truth.execute(
                "SELECT p.name FROM event_persons l JOIN persons p ON p.id = l.person_id "
                "WHERE l.event_id = ? ORDER BY l.rowid",
                (event.id,),
            )
        ]
        shown = model.index(row, 0).data(PEOPLE_ROLE) or ""
        assert shown.split(", ")[: len(names)] == names, (event.id, shown, names)
    truth.close()


def test_an_event_naming_only_organisations_shows_them_in_the_people_pane(qtbot, window):
    model = window.event_model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(RECORD_ROLE).date_text == "4月10日"
    )
    window.timeline.view.setCurrentIndex(model.index(row, 0))
    settle(qtbot, window)
    assert window.controller.selection.event == model.index(row, 0).data(ID_ROLE)
    assert [n.split("  ")[0] for n in _people(window)] == [
        "阿里巴巴集团",
        "国家网信办",
        "中国移动",
        "百度",
        "华为云",
        "腾讯",
        "OPPO",
        "vivo",
    ]
    assert window.status.text() == (
        "8 organisations · 1 of 15 events · 0 quotes — narrowed to the event "
        "“国家网信办:117个大模型完成生成式人工智能服务备案” (Esc shows all)"
    )


def test_rows_of_a_closed_database_are_never_paged_in(qtbot, window, ask, synth_db, bundled_copy):
    """Reopening replaces the old rows at once: scrolling before the new ones arrive reads nothing
    from the closed database (the old rows paged from their own session's connection)."""
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    assert window.quote_model.rowCount() == 6000
    ask.open_answer = bundled_copy
    window.open_action.trigger()
    assert not window.quote_model.complete, "an empty list is not the new database's answer"
    assert window.status.text() == "searching…"
    for row in (250, 3000, 5999):  # pages never loaded in the synthetic database
        window.quote_model.record(row)
        window.quote_model.index(row, 3).data()
    window.quotes.view.scrollToBottom()
    settle(qtbot, window)
    assert window.quote_model.rowCount() == 8


def test_the_article_of_the_first_result_comes_a_pass_after_the_list(qtbot, window, ask, synth_db):
    """The quote list's new rows are painted in a frame of their own: the article they come from is shown
    in a later pass of the event loop (together they took one repaint of 10-15 ms at a million quotes)."""
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    first = window.quote_model.record(0)
    other = window.controller.repo.conn.execute(
        "SELECT p.name FROM quotes q JOIN persons p ON p.id = q.speaker_person_id "
        "WHERE q.article_id != ? ORDER BY q.id LIMIT 1",
        (first.article_id,),
    ).fetchone()[0]
    shown_with_the_rows: list[int | None] = []
    window.quote_model.modelReset.connect(
        lambda: shown_with_the_rows.append(window.article.article.id if window.article.article else None)
    )
    search(qtbot, window, f'p:"{other}"')
    assert shown_with_the_rows == [first.article_id]
    assert window.article.article.id == window.quote_model.record(0).article_id != first.article_id


def test_a_chosen_quote_is_painted_first_and_each_pane_it_moves_in_a_later_frame(qtbot, window):
    """Ctrl+End chooses the last quote: its row is repainted in a frame of its own, and the article, the
    speaker and the timeline follow it, each in a later frame (one repaint of all of them took 12-27 ms
    at a million quotes)."""
    from PySide6.QtCore import QEvent, QObject

    view = window.quotes.view
    watched = {
        view.viewport(): "quotes",
        window.article.text.viewport(): "article",
        window.people.list.viewport(): "people",
        window.timeline.canvas: "chart",
    }
    frames: list[set[str]] = []

    class Frames(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.UpdateRequest and obj is window:
                frames.append(set())
            elif event.type() == QEvent.Type.Paint and frames and obj in watched:
                frames[-1].add(watched[obj])
            return False

    watch = Frames()
    for obj in (window, *watched):
        obj.installEventFilter(watch)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    last = window.quote_model.record(window.quote_model.rowCount() - 1)
    assert window.controller.selection.quote == last.id and window.timeline.canvas.selected == last.event_id
    painted = [frame for frame in frames if frame]
    assert painted[0] == {"quotes"}
    assert all(len(frame) == 1 for frame in painted), painted
    assert {"article", "people", "chart"} <= set().union(*painted[1:])


def test_a_new_list_is_laid_out_with_its_rows_not_a_pass_later(qtbot, window, ask, synth_db):
    """The quote list's first paint of new rows had the last list's scroll range (6,000 rows' worth), and
    the view's own timer laid it out and painted it all again a pass later; so too when the count came."""
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    bar = window.quotes.view.verticalScrollBar()
    assert bar.maximum() > 0
    name = window.controller.repo.conn.execute(
        "SELECT p.name FROM quotes q JOIN persons p ON p.id = q.speaker_person_id "
        "GROUP BY p.id HAVING COUNT(*) < 150 ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    at_reset: list[int] = []
    window.quote_model.modelReset.connect(lambda: at_reset.append(bar.maximum()))
    search(qtbot, window, f'p:"{name}"')
    assert 0 < window.quote_model.rowCount() < 150
    assert at_reset == [bar.maximum()]
    grown: list[int] = []
    window.quote_model.rowsInserted.connect(lambda *_args: grown.append(bar.maximum()))
    search(qtbot, window, "2026")  # a first page of 200, then the count
    assert window.quote_model.rowCount() > 200 and grown == [bar.maximum()]


def test_a_step_after_the_paint_runs_later_in_turn_and_keeps_the_session_busy(qtbot, window):
    """Session.after_paint: not at once, counted as work on its way, dropped with its session."""
    session = window.controller.session
    ran: list[int] = []
    session.after_paint(lambda: ran.append(1))
    assert ran == [] and session.busy()
    with qtbot.waitSignal(session.idle, timeout=5000):
        pass
    assert ran == [1]
    session.after_paint(lambda: ran.append(2))
    session.close()
    qtbot.wait(20)
    assert ran == [1] and not session.busy()


def test_the_article_shown_follows_the_results_until_something_is_chosen(qtbot, window, ask, synth_db):
    """A search whose results all come from another article showed the last article looked at (a
    walkthrough searched an imported article's words and kept seeing the bundled one)."""
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    first = window.quote_model.record(0)
    assert window.article.article is not None and window.article.article.id == first.article_id
    other = window.controller.repo.conn.execute(
        "SELECT p.name, q.article_id FROM quotes q JOIN persons p ON p.id = q.speaker_person_id "
        "WHERE q.article_id != ? ORDER BY q.id LIMIT 1",
        (first.article_id,),
    ).fetchone()
    search(qtbot, window, f'p:"{other[0]}"')
    assert window.quote_model.rowCount() > 0
    assert window.article.article.id == window.quote_model.record(0).article_id != first.article_id
    search(qtbot, window, "zzqx")
    assert window.quote_model.rowCount() == 0 and window.event_model.rowCount() == 0
    assert window.article.article is None and window.article.text.toPlainText() == ""


def test_a_search_by_relevance_never_blanks_the_article_on_its_way(qtbot, window, ask, synth_db):
    """A ranked list's first reset holds no rows, its ranking still to come: read as 'nothing found', it
    cleared the article pane until the ranking arrived (review)."""
    ask.open_answer = synth_db
    window.open_action.trigger()
    settle(qtbot, window)
    shown: list[int | None] = []
    window.controller.selectionChanged.connect(lambda: shown.append(window.controller._article_id))
    word = window.quote_model.record(0).text.split()[0]
    search(qtbot, window, f"sort:relevance {word}")
    assert window.quote_model.rowCount() > 0 and None not in shown, shown


def test_a_remembered_search_that_finds_nothing_keeps_its_timeline_view_after_a_restart(
    qtbot, settings, bundled_copy
):
    first = _start(qtbot, settings, bundled_copy)
    _type_query(qtbot, first, "2024")  # the bundled article tells of nothing in 2024
    assert first.timeline.canvas.data.total == 0
    view = first.timeline.canvas.visible_days()
    first.close()
    again = _start(qtbot, settings, bundled_copy)
    assert again.search.text() == "2024" and again.timeline.canvas.data.total == 0
    assert again.timeline.canvas.visible_days() == pytest.approx(view)
    again.close()


def test_opening_another_database_with_a_search_says_it_is_searching_not_that_nothing_matched(
    qtbot, window, synth_db
):
    """While the remembered query is resolved in the newly opened database, the status and the
    timeline say a search is on its way: no frame of '0 people · 0 events · 0 quotes'."""
    _type_query(qtbot, window, "2026-03")
    window.open_database(synth_db)
    assert window.status.text() == "searching…"
    assert window.timeline.canvas.data.pending
    settle(qtbot, window)
    assert not window.timeline.canvas.data.pending and "searching" not in window.status.text()


def test_the_person_and_quote_chosen_are_chosen_again_after_a_restart(qtbot, settings, bundled_copy):
    """A walkthrough found the search restored after a restart but not the person and quote chosen."""
    first = _start(qtbot, settings, bundled_copy)
    _type_query(qtbot, first, "2026-03")
    first.people.whoChosen.emit("person", first.entity_model.items[0].id)
    settle(qtbot, first)
    first.quotes.view.selectRow(0)
    settle(qtbot, first)
    chosen = first.controller.selection
    assert chosen.who is not None and chosen.quote is not None
    first.close()
    again = _start(qtbot, settings, bundled_copy)
    assert again.controller.selection == chosen
    assert again.quotes.selected_quote_ids() == [chosen.quote]
    assert again.people.list.selectionModel().currentIndex().row() == again.entity_model.row_of(*chosen.who)
    again.close()


def test_a_quote_chosen_with_no_search_is_selected_again_after_a_restart(qtbot, settings, bundled_copy):
    """A walkthrough chose a quote in the whole list, quit and started again: its speaker and its place
    in the article came back, but no row of the list was selected, and Ctrl+C copied nothing."""
    first = _start(qtbot, settings, bundled_copy)
    first.quotes.view.selectRow(2)
    settle(qtbot, first)
    chosen = first.controller.selection.quote
    assert chosen is not None
    first.close()
    again = _start(qtbot, settings, bundled_copy)
    assert again.controller.selection.quote == chosen
    assert again.quotes.selected_quote_ids() == [chosen]
    again.close()


def test_a_saved_speaker_column_at_the_old_default_width_fits_a_name_after_a_restart(
    qtbot, settings, bundled_copy
):
    """A layout saved before the Speaker column was made to fit a name kept 104 px (“Omar Sansevi…”); a
    width the user chose stays."""
    first = _start(qtbot, settings, bundled_copy)
    fitted = first.quotes.view.columnWidth(1)
    assert fitted > 104
    first.quotes.view.horizontalHeader().resizeSection(1, 104)
    first.close()
    again = _start(qtbot, settings, bundled_copy)
    assert again.quotes.view.columnWidth(1) == fitted
    again.quotes.view.horizontalHeader().resizeSection(1, 150)
    again.close()
    third = _start(qtbot, settings, bundled_copy)
    assert third.quotes.view.columnWidth(1) == 150
    third.close()


def _click_quote(qtbot, win: MainWindow, row: int) -> None:
    """Click a row of the quote list, as a reader does, and wait for the panes it moves."""
    view = win.quotes.view
    view.scrollTo(win.quote_model.index(row, 0))
    rect = view.visualRect(win.quote_model.index(row, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, win)


def test_back_unselects_a_quote_no_longer_chosen_and_copy_then_takes_nothing_of_it(
    qtbot, settings, bundled_copy
):
    """A walkthrough chose a quote, then another, and went Back (Alt+Left): the article and the people
    went back to the first, but the list kept the second selected — and Back once more, to nothing chosen,
    still left it selected, so Copy and Export Selected took a quote the window no longer showed as
    chosen. The same after a restart, whose restored quote Back walks away from."""
    first = _start(qtbot, settings, bundled_copy)
    _click_quote(qtbot, first, 0)
    one = first.controller.selection.quote
    _click_quote(qtbot, first, 2)
    assert first.quotes.selected_quote_ids() == [first.controller.selection.quote] != [one]
    first.back_action.trigger()
    settle(qtbot, first)
    assert first.controller.selection.quote == one
    assert first.quotes.selected_quote_ids() == [one], "the list follows Back"
    first.back_action.trigger()
    settle(qtbot, first)
    assert first.controller.selection.quote is None and first.article.highlighted() == []
    assert first.quotes.selected_quote_ids() == [], "nothing chosen, nothing selected"
    first.forward_action.trigger()
    settle(qtbot, first)
    assert first.quotes.selected_quote_ids() == [one], "Forward selects it again"
    first.close()
    again = _start(qtbot, settings, bundled_copy)
    assert again.quotes.selected_quote_ids() == [one] and again.back_action.isEnabled()
    again.back_action.trigger()
    settle(qtbot, again)
    assert again.quotes.selected_quote_ids() == [], "Back from the restored quote leaves none selected"
    again.close()


def test_back_to_an_imported_quote_the_search_hides_leaves_no_other_row_selected(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """The walkthrough's way in: an import made with a search on chose the new article's first quote, which
    the search does not show; a quote clicked in the list, then Back, showed the imported one in the
    article and its speaker, with the clicked row still selected in the list. (Since stop 29 such an import
    chooses nothing: Back goes to nothing chosen, and no row stays selected.)"""
    _import_with_a_search_on(qtbot, window, ask, bundled_copy, monkeypatch)
    assert window.controller.selection.quote is None
    _click_quote(qtbot, window, 1)
    assert window.quotes.selected_quote_ids() == [window.controller.selection.quote]
    window.back_action.trigger()
    settle(qtbot, window)
    assert window.controller.selection.quote is None
    assert window.quotes.selected_quote_ids() == [], "no row the window does not show as chosen"


def _import_with_a_search_on(qtbot, window, ask, bundled_copy, monkeypatch) -> None:
    """Search 2026-03, then import the wire story (which the search does not show) into the library."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    _type_query(qtbot, window, "2026-03")
    ask.import_answer = [WIRE]
    with qtbot.waitSignal(window.controller.sessionChanged, timeout=30000):
        window.import_action.trigger()
    settle(qtbot, window)
