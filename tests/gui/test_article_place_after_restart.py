"""After a restart the chosen quote is in view in the article, whole: a walkthrough at 1280×720 chose the
2026-03-05 quote, quit and started again, and saw only its last line at the top of the article pane (it was
centred while the pane still had another size, and stayed where that put it)."""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from viewer.gui.launch import start_window
from viewer.gui.main_window import MainWindow
from viewer.gui.plaintext import qt_position

from .conftest import search, settle


def _start(qtbot, settings: QSettings, db) -> MainWindow:
    win = start_window(Namespace(db=db), settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.built and win.controller.session is not None, timeout=5000)
    settle(qtbot, win)
    return win


def _chosen_in_view(win: MainWindow) -> bool:
    """True when the chosen quote's first and last characters are both inside the article's viewport."""
    spans = win.controller.focus().anchors
    if not spans or win.article.article is None:
        return False
    text, body = win.article.text, win.article.article.body
    rects = []
    for at in (spans[0][0], spans[0][1] - 1):
        cursor = QTextCursor(text.document())
        cursor.setPosition(qt_position(body, at))
        rects.append(text.cursorRect(cursor))
    inside = text.viewport().rect()
    return all(inside.contains(r.topLeft()) and inside.contains(r.bottomLeft()) for r in rects)


def _choose_the_long_quote(qtbot, win: MainWindow) -> None:
    """Search 2026-03 and choose its longest quote in the article (Omar Sanseviero's, four lines)."""
    search(qtbot, win, "2026-03")
    model = win.quote_model
    win.quotes.view.selectRow(
        next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Omar Sanseviero")
    )
    settle(qtbot, win)


def test_the_chosen_quote_is_whole_in_the_article_after_a_restart(qtbot, settings, bundled_copy):
    first = _start(qtbot, settings, bundled_copy)
    first.resize(1280, 720)
    qtbot.waitUntil(lambda: first.width() == 1280)
    _choose_the_long_quote(qtbot, first)
    qtbot.waitUntil(lambda: _chosen_in_view(first))
    first.close()
    again = _start(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat), bundled_copy)
    qtbot.waitUntil(lambda: again.controller.selection.quote is not None)
    settle(qtbot, again)
    qtbot.waitUntil(lambda: _chosen_in_view(again), timeout=3000)
    again.close()


def test_the_chosen_quote_stays_in_view_as_the_pane_narrows_until_the_reader_reads_on(qtbot, window):
    """The review of the fix: narrowing the pane centred the quote on the lines as wrapped before (its
    first line below the view); a reader's PageDown, then a resize, was taken back to the quote."""
    _choose_the_long_quote(qtbot, window)
    dock = window.docks["articleDock"]
    window.resizeDocks([dock], [dock.width() + 150], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: _chosen_in_view(window), timeout=3000)
    window.resizeDocks([dock], [max(160, dock.width() - 260)], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: _chosen_in_view(window), timeout=3000)
    text = window.article.text
    for _ in range(5):
        qtbot.keyClick(text, Qt.Key.Key_PageDown)
    place = text.verticalScrollBar().value()
    assert not _chosen_in_view(window), "the reader has read on"
    width = text.viewport().width()
    window.resizeDocks([dock], [dock.width() + 40], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: text.viewport().width() != width)
    for _ in range(3):  # (what a resize sets off runs on the event loop's next passes)
        QApplication.processEvents()
    assert not _chosen_in_view(window) and text.verticalScrollBar().value() >= place - 60, (
        "the reader's place"
    )
