"""Walk the scenarios that once left panes stale, in a real window, and save a screenshot of each.

    DISPLAY=:99 .venv/bin/python scripts/walk_scenarios.py OUT_DIR [WxH]

Uses a fresh settings file and library in OUT_DIR; drives the window through its own actions
(the search box, File → Import, File → Open) and waits for the controller to settle.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Run every scenario; print the PNGs written."""
    out = Path(sys.argv[1])
    size = tuple(int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1280x720").split("x"))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    os.environ["EVENTS_VIEWER_SETTINGS"] = str(work / "settings.ini")
    os.environ["EVENTS_VIEWER_LIBRARY"] = str(work / "library.db")
    from PySide6.QtCore import QEventLoop, QTimer
    from viewer import paths
    from viewer.gui.launch import application, make_settings, start_window
    from viewer.pipeline.synth import synth_database

    app = application()
    bundled = work / "events.db"
    shutil.copy(paths.bundled_db(), bundled)
    paths.bundled_db = lambda: bundled  # type: ignore[assignment]
    synth = work / "synth.db"
    synth_database(synth, persons=300, events=3000, quotes=6000, seed=11)

    def settle(win) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)  # processEvents returns at once when nothing is queued
            ready = win.built and win.controller.session is not None and not win.busy()
            if ready and win.quote_model.complete and win.event_model.complete:
                break
        for _ in range(10):
            app.processEvents()

    def shot(win, name: str, what: str) -> None:
        settle(win)
        path = out / f"{name}.png"
        win.grab().save(str(path))
        print(f"{path}  — {what}: {win.windowTitle()} {win.status.text()} | {win.timeline.summary.text()}")

    def start():
        win = start_window(Namespace(db=None), make_settings())
        win.resize(*size)
        settle(win)
        return win

    win = start()
    win.search.setText("2026-03")
    win.search.submit()
    shot(win, "10-searched", "searched 2026-03")
    win.close()
    win = start()
    shot(win, "11-restarted", "started again with the remembered search")
    win.ask.import_files = lambda *_a: [ROOT / "tests/fixtures/articles/wire_xinghe.txt"]  # type: ignore
    win.ask.review = lambda _parent, anns, _known=frozenset(): anns  # type: ignore[method-assign]
    win.import_action.trigger()
    deadline = time.monotonic() + 120  # reading, extracting and saving, then the library is opened
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
        if win.importer is None and win.controller.repo and win.controller.repo.path.name == "library.db":
            break
    shot(win, "12-imported", "imported an article with the search active")
    win.ask.open_database = lambda *_a: synth  # type: ignore[method-assign]
    win.open_action.trigger()
    canvas = win.timeline.canvas
    for _ in range(12):
        canvas.set_scale(canvas.scale.zoomed(1.3, canvas.width() / 2))
        canvas.set_scale(canvas.scale.panned(canvas.width() / 3))
    shot(win, "13-reopened", "opened a synthetic database with the search active, timeline moved")
    win.timeline.pages[1].click()
    win.search.setText("")
    win.search.submit()
    shot(win, "14-names", "the events list of the synthetic database")
    win.ask.open_database = lambda *_a: bundled  # type: ignore[method-assign]
    win.open_action.trigger()
    settle(win)
    win.timeline.pages[0].click()
    model = win.event_model
    row = next(r for r in range(model.rowCount()) if model.record(r).date_text == "4月10日")
    win.timeline.view.setCurrentIndex(model.index(row, 0))
    shot(win, "15-orgs-event", "chose the 2025-04-10 brief (organisations only)")
    win.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
