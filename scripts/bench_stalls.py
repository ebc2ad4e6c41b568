"""The longest GUI-thread stall per kind of action, in a real window over a large database (offscreen).

A stall is the longest stretch the GUI thread spends in one go without returning to its event loop:
the action's own call, or any one event delivered until the window settles (worker results
included). One frame at 60 Hz is 16 ms. Each action runs `--runs` times; the table shows the
median and the worst of the per-run longest stalls in wall time (what the user waits: it includes
waiting for the CPU on a loaded machine and for the GIL while the worker runs Python), and the
worst in the GUI thread's own CPU time (what its code costs, whatever the load).

Usage: QT_QPA_PLATFORM=offscreen python scripts/bench_stalls.py [--runs N] DB
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FRAME_MS = 16.0


class TimedApp(QApplication):
    """Times every event the GUI thread delivers from its event loop (not nested deliveries)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.depth, self.longest, self.longest_cpu = 0, 0.0, 0.0

    def notify(self, receiver: QObject, event) -> bool:  # type: ignore[override]
        self.depth += 1
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            if self.depth == 0:
                self.longest = max(self.longest, (time.perf_counter() - start) * 1000)
                self.longest_cpu = max(self.longest_cpu, (time.thread_time() - cpu) * 1000)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="run only the actions whose name holds this text")
    args = parser.parse_args(argv)
    app = TimedApp([sys.argv[0]])
    from viewer.gui.collector import GuiThreadCollector
    from viewer.gui.dialogs import ConsoleAsk
    from viewer.gui.launch import tune_for_keystrokes
    from viewer.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        win = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat), ConsoleAsk())
        win.resize(1400, 900)
        win.show()
        settle = _settler(app, win)

        def timed(action: Callable[[], object]) -> tuple[float, float]:
            settle()
            app.longest = app.longest_cpu = 0.0
            start, cpu = time.perf_counter(), time.thread_time()
            action()
            own, own_cpu = (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000
            settle()
            return max(own, app.longest), max(own_cpu, app.longest_cpu)

        def search(text: str) -> Callable[[], None]:
            def run() -> None:
                win.search.setText(text)
                win.search.submit()

            return run

        def typing(text: str) -> list[Callable[[], None]]:
            def key(ch: str) -> Callable[[], None]:
                def run() -> None:  # the search itself is measured apart: no debounced submit here
                    win.search._timer.setInterval(10**7)
                    code = ord(ch.upper()) if ch.isascii() else 0
                    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                        app.sendEvent(win.search, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, ch))

                return run

            return [key(ch) for ch in text]

        def clear() -> None:
            win.clear_all()
            win.search._timer.setInterval(200)
            win.search.setFocus()

        repo_path = args.db.resolve()
        win.open_database(repo_path)
        settle()
        GuiThreadCollector(win, win.busy)  # as the app does from its start
        tune_for_keystrokes()  # as the app does once the first database's lists have arrived
        person = win.controller.repo.conn.execute(
            "SELECT speaker_person_id FROM quotes WHERE speaker_person_id IS NOT NULL "
            "GROUP BY speaker_person_id ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()[0]
        quotes = [r[0] for r in win.controller.repo.conn.execute("SELECT id FROM quotes LIMIT 5 OFFSET 500")]
        actions: dict[str, tuple[Callable[[], object], Callable[[], object] | list[Callable[[], None]]]] = {
            "open the database": (clear, lambda: win.open_database(repo_path)),
            "suggestions while typing 模型 (each key)": (clear, typing("模型")),
            "suggestions while typing lin j (each key)": (clear, typing("lin j")),
            "suggestions while typing p:li (each key)": (clear, typing("p:li")),
            "person prefix p:l": (clear, search("p:l")),
            "person prefix p:li": (clear, search("p:li")),
            "person prefix p:lin": (clear, search("p:lin")),
            "text 模": (clear, search("模")),
            "text 模 sort:relevance": (clear, search("模 sort:relevance")),
            "Show All (after p:li)": (search("p:li"), win.clear_all),
            "choose a person": (clear, lambda: win.controller.choose_who("person", person)),
            "select a quote": (clear, lambda: win.controller.choose_quote(quotes[0])),
            "Ctrl+End in the quotes": (
                clear,
                lambda: QTest.keyClick(win.quotes.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
            ),
            "End in the people list (everyone)": (
                clear,
                lambda: QTest.keyClick(win.people.list, Qt.Key.Key_End),
            ),
        }
        actions = {name: steps for name, steps in actions.items() if args.only in name}
        print(
            f"longest GUI-thread stall per action on {args.db.name} (offscreen, load "
            f"{os.getloadavg()[0]:.1f}, {args.runs} runs; one frame = {FRAME_MS:.0f} ms)"
        )
        print(f"{'action':<44} {'median ms':>9} {'worst ms':>9} {'worst CPU ms':>12}")
        for name, (before, action) in actions.items():
            samples = []
            for _ in range(args.runs):
                before()
                steps = [timed(step) for step in (action if isinstance(action, list) else [action])]
                samples.append((max(w for w, _ in steps), max(c for _, c in steps)))
            wall, cpu = [w for w, _ in samples], [c for _, c in samples]
            flag = "" if max(cpu) <= FRAME_MS else "  > frame"
            print(f"{name:<44} {statistics.median(wall):>9.1f} {max(wall):>9.1f} {max(cpu):>12.1f}{flag}")
        win.close()
    return 0


def _settler(app: QApplication, win) -> Callable[[], None]:
    def settle() -> None:
        deadline = time.time() + 120
        while time.time() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not win.busy():
                break
            time.sleep(0.001)  # leave the GIL to the worker
        for _ in range(5):
            app.processEvents()
        QCoreApplication.sendPostedEvents()

    return settle


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
