"""The person pane: a one-line hint when nobody is chosen, details and full summaries when someone is."""

from __future__ import annotations

from array import array

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from .conftest import search, search_by_keys, settle


def test_nobody_chosen_leaves_the_room_to_the_list(qtbot, window):
    pane = window.people
    assert not pane.tabs.isVisible()
    list_height, detail_height = pane.splitter.sizes()
    assert detail_height <= pane.info.heightForWidth(pane.info.width()) + 24
    assert list_height >= 2 * detail_height


def test_choosing_someone_shows_their_events_with_the_full_summary_on_hover(qtbot, window):
    pane = window.people
    row = next(
        r for r in range(window.entity_model.rowCount()) if "林俊旸" in window.entity_model.index(r, 0).data()
    )
    pane.list.setCurrentIndex(window.entity_model.index(row, 0))
    settle(qtbot, window)
    assert pane.tabs.isVisible() and pane.tabs.tabText(0) == "Events (6)"
    list_height, detail_height = pane.splitter.sizes()
    assert detail_height > list_height / 2, "the details get the room back"
    model = pane.events_model
    for r in range(model.rowCount()):
        event = model.record(r)
        assert event.summary in model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole)
    pane.list.clearSelection()
    window.controller.clear_focus()
    settle(qtbot, window)
    assert not pane.tabs.isVisible()


def test_a_long_list_is_laid_out_in_batches_and_a_late_choice_is_scrolled_to(qtbot, tmp_path, window):
    """Thousands of people (a one-letter prefix at scale) are laid out a batch per turn of the event loop,
    not in one keystroke's stall; choosing one near the end still brings it into view."""
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "many.db"
    synth_database(db, persons=3000, events=3000, quotes=3000, seed=5)
    assert window.open_database(db)
    settle(qtbot, window)
    view, model = window.people.list, window.entity_model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert view.layoutMode() == view.LayoutMode.Batched and view.batchSize() < model.rowCount()
    last = model.index(model.rowCount() - 1, 0)
    kind, entity_id = model.data(last, Qt.ItemDataRole.UserRole)
    window.controller.choose_who(kind, entity_id)
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: view.viewport().rect().intersects(view.visualRect(view.currentIndex())), timeout=3000
    )


def test_a_speaker_chosen_through_a_quote_is_shown_whole_in_the_people_list(qtbot, window):
    """Choosing a quote selects its speaker; the details then open below the list and shrink it, which
    left the selected row half cut off or out of view (walkthrough, 1280×720)."""
    window.resize(1280, 720)
    settle(qtbot, window)
    view, model = window.people.list, window.quote_model
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    for speaker in ("吴泳铭", "林俊旸", "Omar Sanseviero"):
        window.quotes.view.selectRow(rows[speaker])
        settle(qtbot, window)
        qtbot.waitUntil(lambda: window.people.tabs.isVisible(), timeout=3000)
        assert view.currentIndex().data().startswith(speaker)
        qtbot.waitUntil(
            lambda: view.viewport().rect().contains(view.visualRect(view.currentIndex())), timeout=2000
        )


def test_every_role_of_someone_chosen_can_be_read_in_a_small_window(qtbot, window):
    """At 1280×720 林俊旸's fourth role was cut off, with no way to scroll to it (walkthrough)."""
    window.resize(1280, 720)
    search(qtbot, window, "林俊旸")
    window.people.list.setCurrentIndex(window.entity_model.index(0, 0))
    settle(qtbot, window)
    info = window.people.info
    assert "P10" in info.text() and "通义千问核心推动者" in info.text(), "all four roles are in the text"
    qtbot.waitUntil(lambda: info.visibleRegion().boundingRect().height() > 0, timeout=3000)
    shown = info.visibleRegion().boundingRect().height()
    needed = info.heightForWidth(info.width())
    scroll = window.people.info_scroll.verticalScrollBar()
    assert shown >= needed or (scroll.isVisible() and scroll.maximum() >= needed - shown - 2)


def test_a_search_naming_one_person_gives_their_details_the_room_the_list_does_not_need(qtbot, window):
    """At 1280×720 a one-person search left the list two fifths of the pane, mostly empty rows, and the
    details two or three lines of roles (walkthrough)."""
    window.resize(1280, 720)
    search(qtbot, window, "林俊旸")
    window.people.list.setCurrentIndex(window.entity_model.index(0, 0))
    settle(qtbot, window)
    pane = window.people
    list_height, detail_height = pane.splitter.sizes()
    assert window.entity_model.rowCount() == 1
    assert detail_height > 3 * list_height, (list_height, detail_height)


def test_the_tabs_of_someone_just_chosen_count_nothing_of_the_one_before(qtbot, window):
    """Their lists come from the worker: until they arrive, the tabs say … rather than the counts of
    the person chosen before (seen for a frame in a walkthrough: 林俊旸's name over 李凯新's counts).
    What each paint of the tabs shows is checked: the pane follows a choice a pass of the event loop later."""
    from PySide6.QtCore import QEvent, QObject

    pane = window.people
    painted: list[tuple[str, str, str]] = []

    class Tabs(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append((pane.name.text(), pane.tabs.tabText(0), pane.tabs.tabText(1)))
            return False

    watch = Tabs()
    pane.tabs.tabBar().installEventFilter(watch)

    def choose(name: str) -> None:
        model = window.entity_model
        row = next(r for r in range(model.rowCount()) if name in model.index(r, 0).data())
        pane.list.setCurrentIndex(model.index(row, 0))

    choose("李凯新")
    settle(qtbot, window)
    assert pane.tabs.tabText(0) != "Events (…)"
    painted.clear()
    choose("林俊旸")
    settle(qtbot, window)
    final = [pane.tabs.tabText(0), pane.tabs.tabText(1)]
    assert final[0] == "Events (6)"
    theirs = [tabs for name, *tabs in painted if name.startswith("林俊旸")]
    assert theirs[0] == ["Events (…)", "Quotes (…)"]
    assert all(tab in (*final, "Events (…)", "Quotes (…)") for tabs in theirs for tab in tabs), theirs


def test_choosing_someone_who_is_only_named_shows_where_they_are_named(qtbot, window):
    """A walkthrough found every pane empty after choosing 靖人 in the list, though a search for the name
    finds 吴泳铭's words naming him."""
    row = next(r for r, item in enumerate(window.entity_model.items) if item.name == "靖人")
    window.people.whoChosen.emit("person", window.entity_model.items[row].id)
    settle(qtbot, window)
    speakers = {window.quote_model.index(r, 1).data() for r in range(window.quote_model.rowCount())}
    assert speakers == {"吴泳铭"}
    window.controller.clear_focus()
    settle(qtbot, window)
    lin = next(item for item in window.entity_model.items if item.name == "林俊旸")
    window.people.whoChosen.emit("person", lin.id)
    settle(qtbot, window)
    speakers = {window.quote_model.index(r, 1).data() for r in range(window.quote_model.rowCount())}
    assert speakers == {"林俊旸"}, "one who speaks: only what he says"


def test_opening_someones_details_in_a_small_window_takes_no_lane_from_the_timeline(
    qtbot, settings, bundled_copy
):
    """A walkthrough at 1280×720 saw the first person chosen take some 50–70 px from the timeline for
    good, hiding a lane: the details' tables each asked for three rows' height before any scrolled."""
    from argparse import Namespace

    from PySide6.QtCore import QRect
    from viewer.gui.launch import start_window
    from viewer.gui.timeline.paint import LANE_H

    win = start_window(Namespace(db=bundled_copy), settings)  # a first launch: the panes share the room
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    win.setGeometry(QRect(0, 0, 1203, 676))
    settle(qtbot, win)
    timeline = win.docks["timelineDock"]
    before = timeline.height()
    win.people.whoChosen.emit("person", win.entity_model.items[0].id)
    settle(qtbot, win)
    qtbot.waitUntil(win.people.tabs.isVisible)
    assert before - timeline.height() < LANE_H


def _started(qtbot, settings, db):
    """The window as start-up shows it (a first launch when the settings are fresh)."""
    from argparse import Namespace

    from viewer.gui.launch import start_window

    win = start_window(Namespace(db=db), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    return win


def _readable(qtbot, pane) -> None:
    """Someone's details can be read: three rows of the list, three lines of roles, two of their events
    and two of their quotes, each tab reached as a user reaches it (a click on it)."""
    line = pane.fontMetrics().height()
    assert pane.list.viewport().height() >= 3 * pane.list.sizeHintForRow(0)
    assert pane.info_scroll.height() >= min(pane.info.heightForWidth(pane.info.width()), 3 * line)
    bar = pane.tabs.tabBar()
    for tab, view in ((1, pane.quotes_view), (0, pane.events_view)):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
        qtbot.waitUntil(view.isVisible, timeout=2000)
        assert view.viewport().height() >= 2 * view.verticalHeader().defaultSectionSize(), tab


@pytest.mark.parametrize("size", [(1203, 676), (1376, 860)], ids=["1280x720", "1600x1000"])
def test_someone_chosen_in_a_first_window_can_be_read_and_is_again_after_a_restart(
    qtbot, settings, bundled_copy, monkeypatch, size
):
    """A walkthrough at 1280×720: the timeline kept the height of the whole database's eight lanes, and
    林俊旸's details got two lines of his roles over one row of his events."""
    from PySide6.QtCore import QRect
    from viewer.gui.first_window import MIN_LANES
    from viewer.gui.main_window import MainWindow
    from viewer.gui.timeline.paint import AXIS_H, LANE_H

    def placed(win: MainWindow) -> None:
        """The first window of a 1280×720 (1600×1000) screen, and where it comes back (the offscreen
        screen is 800×800: restoreGeometry would shrink the window to it)."""
        win._placed = True
        win.setGeometry(QRect(0, 0, *size))

    monkeypatch.setattr(MainWindow, "restore_geometry", placed)
    win = _started(qtbot, settings, bundled_copy)
    canvas = win.timeline.canvas
    qtbot.waitUntil(lambda: canvas.frame is not None and canvas.frame.layout is not None, timeout=5000)
    timeline = win.docks["timelineDock"].height()
    view, model = win.people.list, win.entity_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("林俊旸"))
    view.scrollTo(model.index(row, 0))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(row, 0)).center()
    )
    settle(qtbot, win)
    qtbot.waitUntil(win.people.tabs.isVisible, timeout=3000)
    assert win.people.name.text().startswith("林俊旸")
    _readable(qtbot, win.people)
    assert (canvas.height() - AXIS_H) // LANE_H >= MIN_LANES, "the timeline keeps some lanes"
    assert win.docks["timelineDock"].height() >= timeline, "choosing someone takes no room from the timeline"
    win.close()
    again = _started(qtbot, settings, bundled_copy)
    qtbot.waitUntil(again.people.tabs.isVisible, timeout=3000)
    assert again.people.name.text().startswith("林俊旸")
    _readable(qtbot, again.people)


def test_someone_with_no_events_or_quotes_says_so_in_their_tabs(qtbot, window):
    """刘峰 (the article's author) has neither: the tabs showed a blank white list, as if still loading."""
    search(qtbot, window, "刘峰")
    window.people.list.setFocus()
    qtbot.keyClick(window.people.list, Qt.Key.Key_Down)
    settle(qtbot, window)
    pane = window.people
    assert pane.tabs.isVisible() and pane.tabs.tabText(0).endswith("(0)")
    assert pane.tabs.currentWidget() is pane.articles_view, "the article that credits them comes first"
    pane.tabs.setCurrentIndex(0)
    events = pane.events_view.findChild(QLabel, "personEventsEmpty")
    qtbot.waitUntil(events.isVisible, timeout=3000)
    assert events.text() == "No events."
    pane.tabs.setCurrentIndex(1)
    quotes = pane.quotes_view.findChild(QLabel, "personQuotesEmpty")
    qtbot.waitUntil(quotes.isVisible, timeout=3000)
    assert quotes.text() == "No quotes."
    qtbot.keyClick(pane.list, Qt.Key.Key_Escape)  # nobody chosen: no hint is left behind
    settle(qtbot, window)
    search(qtbot, window, "林俊旸")
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    settle(qtbot, window)
    assert not quotes.isVisible() and not events.isVisibleTo(pane.events_view)


@pytest.mark.parametrize(
    ("ctrl", "slice_"), [(False, 10_000), (True, 10_000), (False, 40)], ids=["End", "Ctrl+End", "in-turns"]
)
def test_end_in_a_long_people_list_chooses_the_last_person(
    qtbot, window, tmp_path, monkeypatch, ctrl, slice_
):
    """The people list comes a page (200) at a time: End chose the last person of the first page, in
    the middle of the list (seen in a walkthrough on 300 persons), the rest loading below it. It now
    chooses the last of everyone, the rest inserted a slice per turn of the event loop."""
    from PySide6.QtWidgets import QApplication
    from viewer.gui.models import EntityModel
    from viewer.pipeline.synth import synth_database

    monkeypatch.setattr(EntityModel, "REST_SLICE", slice_)

    db = tmp_path / "people.db"
    synth_database(db, persons=300, events=300, quotes=600, seed=5)
    assert window.open_database(db)
    settle(qtbot, window)
    everyone = window.controller.repo.entities_page(None, 10_000)
    assert len(everyone) > 200 and window.entity_model.rowCount() < len(everyone)
    window.search.setFocus()
    while QApplication.focusWidget() is not window.people.list:  # F6 to the people, as a keyboard user
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window.people.list, Qt.Key.Key_End, modifier)
    last = (everyone[-1].kind, everyone[-1].id)
    qtbot.waitUntil(lambda: window.controller.selection.who == last, timeout=5000)
    rows = window.people.list.selectionModel().selectedRows()
    assert [i.row() for i in rows] == [len(everyone) - 1]
    qtbot.waitUntil(
        lambda: window.people.list.viewport().rect().contains(window.people.list.visualRect(rows[0])),
        timeout=5000,
    )
    qtbot.keyClick(window.people.list, Qt.Key.Key_Home)
    first = (everyone[0].kind, everyone[0].id)
    qtbot.waitUntil(lambda: window.controller.selection.who == first, timeout=5000)


class _CountedIds(array):
    """A model's ids that count how often they are searched through."""

    walks = 0

    def index(self, *args):
        type(self).walks += 1
        return super().index(*args)


def _people_of_a_synthetic_database(qtbot, window, tmp_path, persons: int):
    """A synthetic database of `persons` people opened, the keyboard in its people list (F6, as a keyboard
    user goes there), and everyone in the list's order."""
    from PySide6.QtWidgets import QApplication
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "people.db"
    synth_database(db, persons=persons, events=300, quotes=600, seed=5)
    assert window.open_database(db)
    settle(qtbot, window)
    everyone = window.controller.repo.entities_page(None, 10_000)
    window.search.setFocus()
    while QApplication.focusWidget() is not window.people.list:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    return everyone


def _end_chooses_the_last(qtbot, window, everyone) -> None:
    """End in the people list, waiting until the last of everyone is chosen and the window has settled."""
    qtbot.keyClick(window.people.list, Qt.Key.Key_End)
    last = (everyone[-1].kind, everyone[-1].id)
    qtbot.waitUntil(lambda: window.controller.selection.who == last, timeout=5000)
    settle(qtbot, window)


def test_choosing_a_row_of_the_people_list_does_not_search_the_list_for_it(qtbot, window, tmp_path):
    """After End the list holds everyone (101,000 at a million quotes); the person chosen in it was then
    looked for from the top of the list to show them selected (12 ms of the GUI thread for the last one).
    The list's own row is looked at first: choosing with the keys walks through no rows."""
    everyone = _people_of_a_synthetic_database(qtbot, window, tmp_path, 300)
    _end_chooses_the_last(qtbot, window, everyone)
    model = window.entity_model
    model.items.ids = _CountedIds("q", model.items.ids)
    for key, who in ((Qt.Key.Key_Up, everyone[-2]), (Qt.Key.Key_Down, everyone[-1])):
        qtbot.keyClick(window.people.list, key)
        qtbot.waitUntil(lambda who=who: window.controller.selection.who == (who.kind, who.id), timeout=5000)
        settle(qtbot, window)
        rows = window.people.list.selectionModel().selectedRows()
        assert [i.row() for i in rows] == [everyone.index(who)]
    assert _CountedIds.walks == 0


def test_everyone_read_in_after_end_leaves_no_object_per_person_to_the_cycle_collector(
    qtbot, window, tmp_path
):
    """At a million quotes End reads 101,000 people; kept as one object each, they set off a young
    collection that walked them all, 11-20 ms of the GUI thread (bench_stalls). The list keeps their
    names and ids in a few columns: no object per person for the collector to track."""
    import gc

    everyone = _people_of_a_synthetic_database(qtbot, window, tmp_path, 6000)
    gc.collect()
    tracked = len(gc.get_objects())
    _end_chooses_the_last(qtbot, window, everyone)
    assert window.entity_model.rowCount() == len(everyone) > 6000
    gc.collect()
    assert len(gc.get_objects()) - tracked < len(everyone) // 4


def test_a_page_asked_for_while_everyone_goes_in_adds_nobody_twice(qtbot, window, tmp_path, monkeypatch):
    """The rest after End goes in a slice per turn; a view scrolled to the bottom meanwhile asks for the
    next page, which is after all of the rest, not after the slice inserted so far."""
    from PySide6.QtCore import QModelIndex
    from viewer.gui.models import ID_ROLE, EntityModel

    monkeypatch.setattr(EntityModel, "REST_SLICE", 40)
    insert = EntityModel._insert_in_turns

    def insert_and_ask(self, rest, at, into, done):
        insert(self, rest, at, into, done)
        if at == 0:
            self.fetchMore(QModelIndex())  # as the view does at the bottom of the rows

    monkeypatch.setattr(EntityModel, "_insert_in_turns", insert_and_ask)
    everyone = _people_of_a_synthetic_database(qtbot, window, tmp_path, 300)
    _end_chooses_the_last(qtbot, window, everyone)
    model = window.entity_model
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [
        (w.kind, w.id) for w in everyone
    ]


def _tab_to(qtbot, widget) -> None:
    """Tab on (at most twelve times) until the widget holds the keyboard."""
    from PySide6.QtWidgets import QApplication

    for _ in range(12):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget


def test_a_persons_events_and_quotes_are_chosen_from_the_keyboard(qtbot, window):
    """The keyboard walkthrough chose 林俊旸, went on with Tab to his events and pressed ↓: the highlight
    moved down his events and chose none (the timeline, the quotes and the article stayed as they were; only
    a click chose one). ↓ and ↑ now choose the event or the quote they reach, as in the other lists."""
    from PySide6.QtWidgets import QApplication

    search_by_keys(qtbot, window, "2026-03")
    c, pane = window.controller, window.people
    _tab_to(qtbot, pane.list)
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: c.selection.who is not None and pane.tabs.isVisible())
    settle(qtbot, window)
    assert pane.name.text().startswith("林俊旸")
    events = pane.events_view
    _tab_to(qtbot, events)
    first, second = (pane.events_model.record(r).id for r in (0, 1))
    qtbot.keyClick(events, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: c.selection.event == first, timeout=3000)
    qtbot.keyClick(events, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: c.selection.event == second, timeout=3000)
    settle(qtbot, window)
    assert window.timeline.canvas.selected == second
    assert pane.events_model.record(events.currentIndex().row()).id == second, "the list kept its place"
    qtbot.keyClick(events, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the tabs
    bar = QApplication.focusWidget()
    assert bar is pane.tabs.tabBar()
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # the Quotes tab
    quotes = pane.quotes_view
    _tab_to(qtbot, quotes)
    quote = pane.quotes_model.record(0).id
    qtbot.keyClick(quotes, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: c.selection.quote == quote, timeout=3000)
    settle(qtbot, window)
    assert window.quotes.selected_quote_ids() == [quote]
