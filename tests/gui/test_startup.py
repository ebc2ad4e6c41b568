"""Start-up: the quote list shows its first page before the rest of the window is built (issue 16)."""

from __future__ import annotations

from argparse import Namespace

from PySide6.QtCore import QSettings
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
    assert win.status.text().startswith(f"{win.entity_model.total()} people"), win.status.text()
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
