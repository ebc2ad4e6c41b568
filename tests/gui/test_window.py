"""The window, driven headless: search, linked panes, history, export, copy, state, bad input."""

from __future__ import annotations

import csv
import io
import json

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from viewer.gui.main_window import MainWindow
from viewer.gui.models import RECORD_ROLE

from .conftest import search, settle


def _texts(model, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_objects_a_test_or_screen_reader_must_find(window):
    for name in ("searchBox", "timelinePane", "personPane", "quotePanel", "articlePane"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for name in ("exportAction", "copyAction", "openAction", "quitAction", "findAction"):
        assert window.findChild(object, name) is not None, name
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.copy_action.shortcut().toString() == "Ctrl+C"
    assert window.status.text() == "10 people · 16 organisations · 15 events · 8 quotes"


def test_search_by_person_filters_every_pane(qtbot, window):
    search(qtbot, window, "ljy")
    assert window.quote_model.rowCount() == 3
    assert set(_texts(window.quote_model, 1)) == {"林俊旸"}
    assert window.event_model.rowCount() == 6
    assert _texts(window.entity_model) == ["林俊旸  Lin Junyang"]
    assert window.status.text().startswith("1 person · 6 events · 3 quotes")
    assert window.people.name.text() == "林俊旸  Lin Junyang", "a search naming one person shows them"
    search(qtbot, window, "")
    assert window.status.text() == "10 people · 16 organisations · 15 events · 8 quotes"


def test_search_by_date_filters_every_pane(qtbot, window):
    search(qtbot, window, "2026年3月")
    assert window.quote_model.rowCount() == 6 and window.event_model.rowCount() == 9
    assert "吴泳铭  Wu Yongming" in _texts(window.entity_model)
    assert "惠彬原  Hui Binyuan" not in _texts(window.entity_model)
    search(qtbot, window, "2025")
    assert window.event_model.rowCount() == 5 and window.quote_model.rowCount() == 2


def test_unknown_person_says_so(qtbot, window):
    search(qtbot, window, "p:nobody")
    assert window.quote_model.rowCount() == 0 and window.event_model.rowCount() == 0
    assert "nobody matches “nobody”" in window.status.text()


def _choose_person(qtbot, window, name: str) -> None:
    row = _texts(window.entity_model).index(name)
    window.people.list.setCurrentIndex(window.entity_model.index(row, 0))
    settle(qtbot, window)


def test_choosing_a_person_filters_timeline_and_quotes(qtbot, window):
    _choose_person(qtbot, window, "吴泳铭  Wu Yongming")
    assert _texts(window.quote_model, 1) == ["吴泳铭"]
    assert [
        e.data(RECORD_ROLE).summary
        for e in (window.event_model.index(r, 0) for r in range(window.event_model.rowCount()))
    ] == ["吴泳铭在内部邮件中回应林俊旸离职"]
    assert "阿里巴巴集团 CEO" in window.people.info.text()
    assert window.people.tabs.tabText(1) == "Quotes (1)"


def test_choosing_an_event_shows_its_quotes_and_people(qtbot, window):
    rows = [window.event_model.index(r, 0).data(RECORD_ROLE) for r in range(window.event_model.rowCount())]
    farewell = next(i for i, e in enumerate(rows) if e.summary == "林俊旸发朋友圈告别阿里")
    window.timeline.view.setCurrentIndex(window.event_model.index(farewell, 0))
    settle(qtbot, window)
    assert window.quote_model.rowCount() == 2
    assert _texts(window.entity_model) == ["林俊旸  Lin Junyang", "阿里巴巴集团  Alibaba Group"]
    assert window.article.highlighted() == ["3月7日消息,原阿里千问负责人林俊旸发朋友圈告别阿里。"]


def test_choosing_a_quote_highlights_its_span_and_selects_its_speaker(qtbot, window):
    stepping = next(r for r in range(8) if window.quote_model.index(r, 3).data().startswith("me stepping"))
    window.quotes.view.setCurrentIndex(window.quote_model.index(stepping, 0))
    settle(qtbot, window)
    assert window.article.highlighted() == ["me stepping down. bye my beloved qwen."] * 2
    selected = window.people.list.selectionModel().selectedRows()
    assert [i.data() for i in selected] == ["林俊旸  Lin Junyang"]
    assert window.quote_model.rowCount() == 8, "choosing a quote refilters nothing"


def test_back_and_forward_walk_the_selection_history(qtbot, window):
    _choose_person(qtbot, window, "吴泳铭  Wu Yongming")
    _choose_person(qtbot, window, "Omar Sanseviero")
    assert _texts(window.quote_model, 1) == ["Omar Sanseviero"]
    window.back_action.trigger()
    settle(qtbot, window)
    assert _texts(window.quote_model, 1) == ["吴泳铭"]
    window.back_action.trigger()
    settle(qtbot, window)
    assert window.quote_model.rowCount() == 8 and not window.back_action.isEnabled()
    window.forward_action.trigger()
    settle(qtbot, window)
    assert _texts(window.quote_model, 1) == ["吴泳铭"]
    assert window.forward_action.isEnabled()


def _select_quotes(window, count: int) -> list[int]:
    sm = window.quotes.view.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for r in range(count):
        sm.select(
            window.quote_model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return window.quotes.selected_quote_ids()


def test_multi_select_and_export_each_format(qtbot, window, ask, tmp_path):
    ids = _select_quotes(window, 3)
    assert len(ids) == 3
    for fmt in ("md", "csv", "json"):
        ask.export_answer = (tmp_path / f"q.{fmt}", fmt)
        window.export_action.trigger()
        text = (tmp_path / f"q.{fmt}").read_text(encoding="utf-8-sig")
        if fmt == "json":
            assert [q["quote_id"] for q in json.loads(text)["quotes"]] == ids
        elif fmt == "csv":
            assert [int(r["quote_id"]) for r in csv.DictReader(io.StringIO(text))] == ids
        else:
            assert text.count("Source: 刘峰, “林俊旸发文告别阿里") == 3
    assert not ask.errors


def test_export_with_nothing_shown_explains(qtbot, window, ask):
    search(qtbot, window, "p:nobody")
    window.export_action.trigger()
    assert ask.errors and ask.errors[0][0] == "Nothing to export"


def test_copy_puts_quotes_with_citations_on_the_clipboard(qtbot, window):
    _select_quotes(window, 2)
    window.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.count("\n— ") == 2 and "电商派, 2026-03-07 11:16, characters" in text
    assert text.startswith("Reported: APP公测第一周即突破1000万下载。\n"), (
        "reported speech is never put in marks"
    )


def test_state_is_saved_and_restored(qtbot, settings, ask, bundled_copy):
    first = MainWindow(settings, ask)
    qtbot.addWidget(first)
    first.show()
    first.open_database(bundled_copy)
    settle(qtbot, first)  # the timeline takes the height of its lanes once they arrive from the worker
    first.resize(777, 590)
    first.controller.choose_who("person", 1)
    settle(qtbot, first)
    first.people.splitter.setSizes([123, 456])
    qtbot.wait(10)
    splitter_sizes = first.people.splitter.sizes()
    first.quotes.view.horizontalHeader().resizeSection(1, 222)
    first.docks["articleDock"].setFloating(True)
    search(qtbot, first, "2026-03")
    first.close()
    second = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat), ask)
    qtbot.addWidget(second)
    second.restore_state()
    second.show()
    assert second.settings.value("database") == str(bundled_copy.resolve())
    second.open_database(bundled_copy)
    settle(qtbot, second)
    qtbot.wait(10)
    assert (second.size().width(), second.size().height()) == (777, 590)
    assert second.docks["articleDock"].isFloating()
    assert second.quotes.view.horizontalHeader().sectionSize(1) == 222
    assert second.search.text() == "2026-03" and second.quote_model.rowCount() == 6
    second.controller.choose_who("person", 1)
    settle(qtbot, second)
    assert second.people.splitter.sizes() == splitter_sizes, (
        "the details split comes back with someone chosen"
    )


def test_a_bad_database_shows_a_dialog_and_offers_open(qtbot, settings, ask, tmp_path, bundled_copy):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"garbage" * 1000)
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.show()
    assert not win.open_database(corrupt)
    title, message = ask.errors[-1]
    assert title == "Cannot open database" and str(corrupt) in message and "File → Open" in message
    assert win.status.text().startswith("No database open")
    ask.open_answer = bundled_copy
    win.open_action.trigger()
    settle(qtbot, win)
    assert win.quote_model.rowCount() == 8


def test_missing_and_wrong_schema_databases(qtbot, window, ask, tmp_path):
    import sqlite3

    assert not window.open_database(tmp_path / "missing.db")
    assert "Database not found" in ask.errors[-1][1]
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (y)")
    assert not window.open_database(other)
    assert "Not an events database" in ask.errors[-1][1]
    assert window.quote_model.rowCount() == 8, "the open database stays open"


def test_about_names_the_source_article(window, ask):
    window.about_action.trigger()
    assert "林俊旸发文告别阿里:为公司为千问只能做这么多了 — 刘峰, 电商派, 2026-03-07 11:16" in ask.abouts[0]


def test_ctrl_f_focuses_the_search_box(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.quotes.view.setFocus()
    search(qtbot, window, "2026")
    qtbot.keyClick(window.quotes.view, "f", modifier=Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    assert window.search.selectedText() == "2026"


def test_completions_offer_people_with_latin_names_and_fields(qtbot, window):
    window.search.setFocus()
    qtbot.keyClicks(window.search, "2026-03 lin j")
    popup = window.search.suggester.popup()
    qtbot.waitUntil(popup.isVisible)  # completions come from the worker
    shown = [
        window.search.suggester.model().index(r, 0).data()
        for r in range(window.search.suggester.model().rowCount())
    ]
    assert shown == ["林俊旸  Lin Junyang — person"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.search.text() == "2026-03 林俊旸 "
    assert window.status.text().startswith("1 person · 6 events · 3 quotes")
    window.search.clear()
    qtbot.keyClicks(window.search, "ki")
    settle(qtbot, window)
    shown = [
        window.search.suggester.model().index(r, 0).data()
        for r in range(window.search.suggester.model().rowCount())
    ]
    assert shown == ["kind:direct", "kind:reported"]


def test_recent_queries_are_one_key_away_and_remembered(qtbot, window, settings, ask, bundled_copy):
    for query in ("ljy", "2025"):
        window.search.setText(query)
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    window.search.clear()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    model = window.search.suggester.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["2025", "ljy"]
    assert window.search.suggester.popup().isVisible()
    window.close()
    again = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat), ask)
    qtbot.addWidget(again)
    again.restore_state()
    assert again.search.recent == ["2025", "ljy"]


def test_matches_are_highlighted_in_quotes_and_article(qtbot, window):
    from viewer.gui.models import SPANS_ROLE

    search(qtbot, window, "离职")
    index = window.quote_model.index(0, 3)
    text = index.data()
    assert [text[a:b] for a, b in index.data(SPANS_ROLE)] == ["离职"]
    assert window.article.highlighted("match")[:2] == ["离职", "离职"]
    assert len(window.article.highlighted("match")) == window.controller.repo.article(1).body.count("离职")


def test_highlighted_quotes_are_laid_out_with_their_rows_and_painted_as_laid_out_anew(qtbot, window):
    """The quote list lays out the highlighted texts of the rows on show when they arrive, and its paints
    draw those layouts: the same pixels as texts laid out in the paint itself, a narrower column too."""
    from PySide6.QtCore import QEvent, QObject
    from viewer.gui.models import SPANS_ROLE

    view, delegate = window.quotes.view, window.quotes.highlighter
    laid_at_paint: list[int] = []

    class Paints(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                laid_at_paint.append(len(delegate._laid))
            return False

    watch = Paints()
    view.viewport().installEventFilter(watch)
    search(qtbot, window, "的")
    model = window.quote_model
    highlighted = [r for r in range(model.rowCount()) if model.index(r, 3).data(SPANS_ROLE)]
    assert len(highlighted) >= 3 and laid_at_paint and laid_at_paint[0] >= len(highlighted)
    for width in (None, 180):
        if width is not None:
            view.horizontalHeader().setStretchLastSection(False)
            view.setColumnWidth(3, width)
        kept = view.viewport().grab().toImage()
        delegate._laid.clear()
        assert view.viewport().grab().toImage() == kept


def test_the_quote_column_is_drawn_by_qts_own_delegate_unless_a_text_search_highlights_it(qtbot, window):
    """Everything shown, or a search without text (a person), the quote column is drawn by Qt's own delegate
    (no call into Python for each row: the first page paints sooner); a text search's rows by the one that
    highlights their matches; the pixels of rows without matches are the same from either."""
    from viewer.gui.models import SPANS_ROLE

    view, highlighter = window.quotes.view, window.quotes.highlighter
    assert window.quote_model.rowCount() >= 3 and view.itemDelegateForColumn(3) is None
    by_qt = view.viewport().grab().toImage()
    view.setItemDelegateForColumn(3, highlighter)  # rows without matches, drawn by the highlighter
    assert view.viewport().grab().toImage() == by_qt
    view.setItemDelegateForColumn(3, None)
    search(qtbot, window, "离职")
    assert view.itemDelegateForColumn(3) is highlighter and window.quote_model.index(0, 3).data(SPANS_ROLE)
    search(qtbot, window, "p:林俊旸")
    assert window.quote_model.rowCount() == 3 and view.itemDelegateForColumn(3) is None
    search(qtbot, window, "离职")
    assert view.itemDelegateForColumn(3) is highlighter
    window.clear_all()
    settle(qtbot, window)
    assert window.quote_model.rowCount() >= 3 and view.itemDelegateForColumn(3) is None


def test_relevance_order_comes_from_the_background_ranking(qtbot, window):
    search(qtbot, window, "模型 sort:relevance")
    ranked = [window.quote_model.index(r, 3).data()[:6] for r in range(window.quote_model.rowCount())]
    search(qtbot, window, "模型")
    by_date = [window.quote_model.index(r, 3).data()[:6] for r in range(window.quote_model.rowCount())]
    assert sorted(ranked) == sorted(by_date) and len(ranked) == 3
    assert ranked[0] == "目前模型团队" and by_date[0] == "公司已决定批"


def test_a_search_by_relevance_keeps_the_last_rows_until_its_ranking_comes(qtbot, window):
    """Nothing of a ranked list comes before its ranking: it was shown empty meanwhile, its scroll bar
    gone and back, the whole list painted once more."""
    search(qtbot, window, "模型")
    shown_at_reset: list[int] = []
    window.quote_model.modelReset.connect(lambda: shown_at_reset.append(window.quote_model.rowCount()))
    search(qtbot, window, "模型 sort:relevance")
    assert shown_at_reset == [3]


def test_a_moved_span_is_reported_not_highlighted(qtbot, settings, ask, bundled_copy):
    import sqlite3

    with sqlite3.connect(bundled_copy) as conn:
        conn.execute(
            "UPDATE occurrences SET span_start = span_start + 3, span_end = span_end + 3 "
            "WHERE owner_kind = 'quote' AND owner_id = 1"
        )
        conn.execute("UPDATE quotes SET span_start = span_start + 3, span_end = span_end + 3 WHERE id = 1")
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.show()
    win.open_database(bundled_copy)
    settle(qtbot, win)
    win.controller.choose_quote(1)
    settle(qtbot, win)
    assert win.article.highlighted() == []
    assert "no longer matches the article text" in win.article.header.text()
    _select_quotes(win, 8)
    win.copy_action.trigger()
    title, message = ask.errors[-1]
    assert title == "Cannot cite these quotes" and message.startswith("quote 1: its stored position 81–181")


def test_a_word_written_as_a_date_that_is_no_date_says_so_in_the_status_bar(qtbot, window):
    search(qtbot, window, "2026-13-45")
    assert window.quote_model.rowCount() == 0 and window.event_model.rowCount() == 0
    assert "no such date “2026-13-45”: no such month: 13" in window.status.text()


def test_a_keystroke_cancels_the_completions_asked_for_before(qtbot):
    from viewer.core.suggest import Suggestion
    from viewer.gui.panes.search_bar import SearchBar
    from viewer.gui.session import Ticket

    bar = SearchBar()
    qtbot.addWidget(bar)
    asked: list[tuple[str, Ticket]] = []

    def provider(typed, offer):
        asked.append((typed, Ticket(lambda repo: None, offer, None)))
        return asked[-1][1]

    bar.provider = provider
    qtbot.keyClicks(bar, "li")
    assert [typed for typed, _ in asked] == ["l", "li"]
    assert asked[0][1].cancelled and not asked[1][1].cancelled
    asked[1][1].done([Suggestion("林俊旸  Lin Junyang", "林俊旸", 0, "person")])
    assert bar.suggester.model().rowCount() == 1
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    assert asked[1][1].cancelled, "Enter: the completions still on their way are not wanted"


def test_a_person_chosen_while_the_query_resolves_stays_chosen(qtbot, window):
    window.search.setText("2026-03")
    window.search.submit()
    assert window.busy(), "the query resolves on the worker"
    window.controller.choose_who("person", 1)
    settle(qtbot, window)
    assert window.controller.query == "2026-03"
    assert window.controller.selection.who == ("person", 1)
    assert window.controller.quote_filter().who_persons == frozenset({1})


def test_a_small_window_keeps_the_quotes_readable(qtbot, window):
    """Made small, the window squeezed the quote list to its date and speaker columns while the docks
    kept their width (walkthrough at 800×500): the docks give way first."""
    window.resize(800, 500)
    qtbot.waitUntil(lambda: window.width() <= 820)
    settle(qtbot, window)
    view = window.quotes.view
    assert view.columnWidth(3) >= 150, "some 150 px or more of quote text"
    assert view.viewport().height() >= 6 * view.verticalHeader().defaultSectionSize()


def test_enter_searches_what_was_typed_though_suggestions_are_shown(qtbot, window):
    window.search.setFocus()
    qtbot.keyClicks(window.search, "lin")
    popup = window.search.suggester.popup()
    qtbot.waitUntil(popup.isVisible)  # 林俊旸 Lin Junyang is offered
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.search.text() == "lin"
    assert not popup.isVisible()
    assert window.search.recent[0] == "lin"


def test_an_empty_list_says_what_its_emptiness_means(qtbot, window):
    """A search that finds nothing says so in the middle of the quotes and the people, not a blank."""
    from PySide6.QtWidgets import QLabel

    def shown(name: str) -> bool:
        hint = window.findChild(QLabel, name)  # made when first needed
        return hint is not None and hint.isVisible()

    assert not shown("quotesEmpty") and not shown("peopleEmpty")
    search(qtbot, window, "习近平")
    assert window.quote_model.rowCount() == 0 and window.entity_model.rowCount() == 0
    quotes_hint = window.findChild(QLabel, "quotesEmpty")
    people_hint = window.findChild(QLabel, "peopleEmpty")
    assert quotes_hint.isVisible() and quotes_hint.text() == "No quotes match."
    assert people_hint.isVisible() and people_hint.text() == "Nobody matches."
    search(qtbot, window, "")
    assert not quotes_hint.isVisible() and not people_hint.isVisible()


def test_a_date_still_being_typed_keeps_the_results_before_it(qtbot, window):
    search(qtbot, window, "2026-03")
    shown = window.controller.quotes.rowCount()
    assert shown > 0
    search(qtbot, window, "2026-03-")  # typed slowly, a key at a time: the day is on its way
    assert window.controller.quotes.rowCount() == shown
    search(qtbot, window, "2026-03-0")
    assert window.controller.quotes.rowCount() == shown
    assert "“2026-03-0” is no whole date yet" in window.status.text()
    assert "2026-03-00" not in window.status.text()
    search(qtbot, window, "2026-03-07")
    assert 0 < window.controller.quotes.rowCount() < shown


def test_a_click_on_a_quote_while_suggestions_are_offered_chooses_the_quote(qtbot, window):
    """A walkthrough found the first click after typing swallowed: it only closed the suggestions."""
    window.search.setFocus()
    qtbot.keyClicks(window.search, "lin")
    popup = window.search.suggester.popup()
    qtbot.waitUntil(popup.isVisible)
    view = window.quotes.view
    row = view.viewport().mapToGlobal(view.visualRect(window.controller.quotes.index(1, 3)).center())
    # an open popup grabs the mouse: the window system hands it the click, outside its rectangle
    qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.mapFromGlobal(row))
    assert not popup.isVisible()
    assert view.selectionModel().isRowSelected(1, view.rootIndex())


def speakers_shown_whole(qtbot, win: MainWindow) -> None:
    """At 1280×720 every speaker of the bundled quotes shows whole in the Speaker column (104 px cut
    “Omar Sanseviero” to “Omar Sansevi…”), and the quote text keeps its room beside it."""
    from PySide6.QtWidgets import QStyle

    win.resize(1280, 720)
    settle(qtbot, win)
    view, model = win.quotes.view, win.quote_model
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    names = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert "Omar Sanseviero" in names
    for name in names:
        assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(name) + 2 * margin, name
    assert view.columnWidth(1) <= 160, "the speaker takes no more than a name needs"


def test_the_speakers_show_whole_at_1280x720(qtbot, window):
    speakers_shown_whole(qtbot, window)


def test_an_article_pane_with_nothing_to_show_says_what_comes_there(qtbot, window):
    """A search finding only an article's author (刘峰) left the article pane a blank white box; it shows
    the article that credits them now, their credit highlighted (walk33: a credited person's article is
    theirs, as an event's or a quote's is); a search finding nothing and nobody says what comes there."""
    search(qtbot, window, "刘峰")
    text = window.article.text
    assert window.quote_model.rowCount() == 0 and window.event_model.rowCount() == 0
    assert window.article.article is not None and window.article.highlighted() == ["刘峰"]
    search(qtbot, window, "zqxj")
    assert window.quote_model.rowCount() == 0 and window.event_model.rowCount() == 0
    assert (
        text.toPlainText() == ""
        and text.placeholderText() == "The article of a quote or an event shows here."
    )
    search(qtbot, window, "")
    assert text.toPlainText(), "an article again: the hint is gone"


def test_the_status_line_stays_in_view_while_the_pointer_rests_on_a_toolbar_button(qtbot, window):
    """A walkthrough clicked Back in the toolbar: the status bar read “Previous selection”, the button's
    tip, in place of what the window now shows, and kept it as long as the pointer stayed there. The
    toolbar's buttons keep their tooltips and leave the status line alone (the menus' tips still show)."""
    stepping = next(r for r in range(8) if window.quote_model.index(r, 3).data().startswith("me stepping"))
    window.quotes.view.setCurrentIndex(window.quote_model.index(stepping, 0))
    settle(qtbot, window)
    bar = window.findChild(object, "searchToolbar")
    back = bar.widgetForAction(window.back_action)
    qtbot.mouseMove(back, back.rect().center())
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton, pos=back.rect().center())
    settle(qtbot, window)
    assert window.controller.selection.quote is None
    assert window.statusBar().currentMessage() == "" and window.status.isVisible()
    assert window.status.text() == "10 people · 16 organisations · 15 events · 8 quotes"
    assert back.toolTip() == "Back to the previous search or selection"


NESTED = """Chip maker's chief on “the long game”

2025-11-18

Jane Doe, the chief executive of Northwind Chips, said on Monday she would leave the company in December.

“I told the team that “patience” is our only strategy,” Doe said.
"""


def test_a_quote_holding_quote_marks_is_copied_with_them_single_inside_the_citations_double(
    qtbot, window, ask, bundled_copy, monkeypatch, tmp_path
):
    """Copy of a quote printed with a word in quote marks read “I told the team that “patience” is our
    only strategy,” — where does the quotation end? — and its headline cited as “Chip maker's chief on
    “the long game””. Inside the citation's own double marks the words' marks are single, as English
    and Chinese style both nest them; exports of the text itself (Markdown's block, CSV, JSON) keep it."""
    from viewer import paths

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    article = tmp_path / "northwind.txt"
    article.write_text(NESTED, encoding="utf-8")
    ask.import_answer = [article]
    window.import_action.trigger()  # File → Import Articles…, saved as reviewed
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    search(qtbot, window, "patience")
    qtbot.waitUntil(lambda: window.quote_model.rowCount() == 1)
    window.quotes.view.setFocus()
    window.quotes.view.selectRow(0)
    window.copy_action.trigger()  # Edit → Copy (Ctrl+C)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("“I told the team that ‘patience’ is our only strategy,”\n"), text
    assert "“Chip maker's chief on ‘the long game’”, 2025-11-18" in text, text


def test_with_no_database_open_what_needs_one_is_greyed_out(qtbot, settings, ask, tmp_path, bundled_copy):
    """Started on a database that failed to open, the window offered Back and Forward, File → Reload
    Database, Export Selected… (Ctrl+E: “No quotes are shown. Search for something, or use Show All.”),
    Copy Quotes and Show All, all doing nothing. They are greyed out until a database is open."""
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.show()
    assert not win.open_database(tmp_path)  # a folder
    needing = [win.back_action, win.forward_action, win.reload_action, win.export_action, win.copy_action]
    needing.append(win.clear_action)
    assert [a.objectName() for a in needing if a.isEnabled()] == []
    errors = len(ask.errors)
    win.search.setFocus()
    qtbot.keyClick(win.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(ask.errors) == errors, "Ctrl+E with nothing open says nothing"
    for still in (win.open_action, win.import_action, win.find_action, win.quit_action):
        assert still.isEnabled(), still.objectName()
    ask.open_answer = bundled_copy
    win.open_action.trigger()  # File → Open
    settle(qtbot, win)
    opened = [win.reload_action, win.export_action, win.copy_action, win.clear_action]
    assert all(a.isEnabled() for a in opened)
    assert not win.back_action.isEnabled() and not win.forward_action.isEnabled(), "nothing to go back to"


def test_a_folder_given_as_the_database_is_called_a_folder(qtbot, settings, ask, tmp_path):
    """`events-viewer ~/news` (a folder) said “not a database file: /home/…/news”, as if the folder were
    a damaged file. It now says the path is a folder."""
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.show()
    assert not win.open_database(tmp_path)
    title, message = ask.errors[-1]
    assert title == "Cannot open database" and f"A folder, not a database file: {tmp_path}" in message


def test_a_new_search_with_nothing_to_mark_shows_the_article_from_its_top(qtbot, window):
    """The walkthrough searched “stepping down” (the article scrolled to the words, marked), then 吴泳铭: the
    article stayed at 3月4日凌晨…me stepping down, the marks gone, nothing of the search in view. A new search
    with nothing to mark in the article shows it from its top; a choice within a search keeps the place."""
    bar = window.article.text.verticalScrollBar()
    search(qtbot, window, "stepping down")
    qtbot.waitUntil(lambda: window.article.highlighted("match") != [])
    qtbot.waitUntil(lambda: bar.value() > 0)
    search(qtbot, window, "吴泳铭")
    assert window.controller.selection.who is not None or window.controller.resolution.who
    qtbot.waitUntil(lambda: window.article.highlighted("match") == [] and bar.value() == 0)
    window.quotes.view.setFocus()  # his quote chosen, then Back: within the same search the place stays
    qtbot.keyClick(window.quotes.view, Qt.Key.Key_Down)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.article.highlighted() != [] and bar.value() > 0)
    place = bar.value()
    window.back_action.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.article.highlighted() == [])
    assert window.controller.selection.quote is None and bar.value() == place


def test_a_quote_of_an_untitled_article_is_cited_as_one_not_by_its_file(
    qtbot, window, ask, bundled_copy, monkeypatch, tmp_path
):
    """A walkthrough emptied an article's Title in the review, then copied one of its quotes: the citation
    named the file (“northwind.txt”), which means nothing to a reader. It says “untitled article”, with
    the publication day (and, in Chinese, 无标题文章)."""
    import dataclasses

    from viewer import paths
    from viewer.gui import i18n

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    article = tmp_path / "northwind.txt"
    article.write_text(NESTED, encoding="utf-8")
    ask.import_answer = [article]
    ask.review_keep = lambda anns: [dataclasses.replace(a, title="") for a in anns]  # the Title box emptied
    window.import_action.trigger()  # File → Import Articles…
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "patience")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.quote_model.rowCount() == 1)
    view = window.quotes.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the quote chosen
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # Edit → Copy Quotes
    text = QGuiApplication.clipboard().text()
    assert "untitled article, 2025-11-18, characters " in text, text
    assert "northwind" not in text
    ask.export_answer = (tmp_path / "chosen.md", "md")
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File → Export Selected…
    exported = (tmp_path / "chosen.md").read_text(encoding="utf-8")
    assert "Source: untitled article, 2025-11-18, characters " in exported and "northwind" not in exported
    monkeypatch.setattr(i18n, "lang", lambda: "zh_CN")  # the window in Chinese
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "无标题文章,2025-11-18,第 " in QGuiApplication.clipboard().text()
