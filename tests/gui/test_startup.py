"""Start-up: the quote list shows its first page before the rest of the window is built (issue 16)."""

from __future__ import annotations

from argparse import Namespace

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings
from viewer.gui.controller import first_page_shown
from viewer.gui.launch import start_window
from viewer.gui.main_window import MainWindow

from .conftest import search, settle


def _start(qtbot, settings: QSettings, db, monkeypatch) -> tuple[MainWindow, list[dict]]:
    """Start as `events-viewer --db DB` does; note what the window held whenever the quote list was reset."""
    resets: list[dict] = []
    build_controller = MainWindow.build_controller

    def watched(win: MainWindow) -> None:
        build_controller(win)
        quotes = win.controller.quotes

        def reset() -> None:
            resets.append(
                {
                    "first page": first_page_shown(quotes),
                    "rows": quotes.rowCount(),
                    "built": win.built,
                    "others asked": win.controller.events.runner is not None
                    or win.controller.people.runner is not None
                    or win.controller.timeline.runner is not None,
                    "panel": "quotes" in vars(win),
                    "speaker width": win.quotes.view.horizontalHeader().sectionSize(1)
                    if "quotes" in vars(win)
                    else 0,
                }
            )

        quotes.modelReset.connect(reset)

    monkeypatch.setattr(MainWindow, "build_controller", watched)
    win = start_window(Namespace(db=db), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    return win, resets


def test_the_first_page_of_quotes_comes_before_the_other_panes_and_lists(
    qtbot, settings, bundled_copy, monkeypatch
):
    win, resets = _start(qtbot, settings, bundled_copy, monkeypatch)
    first = next(r for r in resets if r["first page"])
    assert first["rows"] > 0 and not first["built"], "the quotes were shown before the rest was built"
    assert not first["others asked"], "the worker read the quotes' first page alone"
    # then the rest is built and catches up with the database opened before it
    assert win.centralWidget() is win.quotes
    people, orgs = win.entity_model.totals()
    assert win.status.text().startswith(f"{people} people · {orgs} organisations"), win.status.text()
    assert win.timeline.canvas.data.total > 0 and not win.timeline.canvas.data.pending
    assert win.article.text.toPlainText(), "the first quote's article is shown"
    win.close()


def test_a_restart_shows_the_remembered_search_and_columns_in_the_first_page(
    qtbot, settings, bundled_copy, monkeypatch
):
    first, _ = _start(qtbot, settings, bundled_copy, monkeypatch)
    search(qtbot, first, "2026-03")
    first.quotes.view.horizontalHeader().resizeSection(1, 222)
    first.close()
    again, resets = _start(
        qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat), bundled_copy, monkeypatch
    )
    shown = next(r for r in resets if r["first page"])
    assert (shown["rows"], shown["speaker width"], shown["built"]) == (6, 222, False)
    assert again.search.text() == "2026-03" and again.quote_model.rowCount() == 6
    again.close()


class FirstPagePaint(QObject):
    """Notes where the quote panel is, in its window, when its list first paints its first page."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win, self.seen = win, None
        win.quotes.view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        win = self.win
        if event.type() == QEvent.Type.Paint and self.seen is None and first_page_shown(win.quote_model):
            self.seen = {"place": place(win), "built": win.built, "window": win.size()}
        return False


def place(win: MainWindow) -> QRect:
    """The quote panel's rectangle in its window's coordinates."""
    return QRect(win.quotes.mapTo(win, QPoint(0, 0)), win.quotes.size())


def _start_watching_the_first_page(qtbot, settings, db, monkeypatch) -> tuple[MainWindow, FirstPagePaint]:
    watchers: list[FirstPagePaint] = []
    build_quotes = MainWindow.build_quotes

    def watched(win: MainWindow, *args, **kwargs) -> None:
        build_quotes(win, *args, **kwargs)
        watchers.append(FirstPagePaint(win))

    monkeypatch.setattr(MainWindow, "build_quotes", watched)
    win = start_window(Namespace(db=db), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    qtbot.waitUntil(lambda: watchers[0].seen is not None, timeout=5000)
    return win, watchers[0]


def test_the_quote_list_paints_its_first_page_where_the_restored_layout_keeps_it(
    qtbot, settings, bundled_copy, monkeypatch
):
    """The panes are built around the list after it has painted its first page: it must not fill the
    window first and then jump into its place (a user saw the layout move at every start)."""
    first, _ = _start_watching_the_first_page(qtbot, settings, bundled_copy, monkeypatch)
    article = first.docks["articleDock"]
    was = article.width()
    first.resizeDocks([article], [was + 40], QtCore.Qt.Orientation.Horizontal)  # a layout of the user's own
    qtbot.waitUntil(lambda: article.width() != was)
    left = place(first)
    first.close()
    again, watcher = _start_watching_the_first_page(
        qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat), bundled_copy, monkeypatch
    )
    seen = watcher.seen
    assert seen is not None and not seen["built"], "the first page was painted before the rest was built"
    assert seen["window"] == again.size() == first.size()
    assert place(again) == left, "the saved layout was restored"
    assert seen["place"] == place(again), "the list painted its first page where it stays"
    again.close()


def test_a_first_window_paints_its_first_page_where_its_layout_puts_the_list(
    qtbot, settings, bundled_copy, monkeypatch
):
    """With no saved layout, the list is placed where the first window's layout will put it (on a screen
    where the docks keep their shares: the offscreen one is 800 px square)."""
    monkeypatch.setattr(
        "viewer.gui.main_window.window_rect", lambda _available, _title=0: QRect(0, 0, 1203, 676)
    )
    # (a first window is put back as a restart would put it, by restoreGeometry, which fits it to the screen)
    monkeypatch.setattr(MainWindow, "restoreGeometry", lambda _self, _state: True)
    win, watcher = _start_watching_the_first_page(qtbot, settings, bundled_copy, monkeypatch)
    seen = watcher.seen
    assert seen is not None and not seen["built"]
    shared = MainWindow(QSettings(settings.fileName() + ".empty", QSettings.Format.IniFormat))
    qtbot.addWidget(shared)
    shared.setGeometry(win.geometry())
    shared.show()
    shared.restore_rest()  # the first window's layout, before a database tells it the lanes it needs
    qtbot.waitUntil(lambda: place(shared).top() > 0 and place(shared).left() > 0)
    qtbot.wait(1)
    assert seen["place"] == place(shared)
    win.close()
