"""Peak memory side by side under Xvfb: events-viewer and DB Browser for SQLite on the same steps.

The steps: open the database, Ctrl+End in the quotes, search 模, Ctrl+End again. events-viewer is
driven in-process (its real start-up path, keys sent with QTest), once with SQLite's mmap_size and
cache_size pragmas as its connections may set them and once with SQLite's defaults; DB4S is
driven with xdotool (it opens read-only on the quotes table; 模 goes into its filter-any-column
box). After each step the program is left until it is idle; the figure is the kernel's high-water
mark of resident memory (VmHWM). Rounds are interleaved.

Usage: python scripts/bench_memory.py [--rounds N] DB
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import MapWatcher, xvfb

ROOT = Path(__file__).resolve().parent.parent
PRAGMAS = {
    "mmap 256 MiB + cache 32 MiB": ("PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -32768"),
    "SQLite defaults": ("PRAGMA mmap_size = 0", "PRAGMA cache_size = -2000"),
}

DRIVER = r"""
import sys, time
from argparse import Namespace
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from viewer.core import repository
from viewer.gui.launch import application, make_settings, start_window

PRAGMAS = sys.argv[2:]
opened = repository.open_readonly

def open_readonly(path):
    conn = opened(path)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn

repository.open_readonly = open_readonly

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key):
            return int(line.split()[1]) / 1024

app = application()
win = start_window(Namespace(db=sys.argv[1]), make_settings())

def settle():
    start = time.perf_counter()
    while not (win.built and win.controller.session is not None and not win.busy()):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)
    return (time.perf_counter() - start) * 1000

def ctrl_end():
    view = win.quotes.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)

ms = {"open": settle()}
print(f"opened {status('VmRSS'):.1f}", flush=True)
start = time.perf_counter(); ctrl_end(); settle(); ms["end"] = (time.perf_counter() - start) * 1000
start = time.perf_counter(); win.search.setText("模"); win.search.submit(); settle()
ms["search"] = (time.perf_counter() - start) * 1000
start = time.perf_counter(); ctrl_end(); settle(); ms["end2"] = (time.perf_counter() - start) * 1000
assert win.quote_model.rowCount() > 0
print("ms " + " ".join(f"{k}={v:.0f}" for k, v in ms.items()), flush=True)
print(f"peak {status('VmHWM'):.1f}", flush=True)
win.close()
"""


def _status(pid: int, key: str) -> float:
    """A /proc status figure in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _idle(pid: int, quiet: float = 1.0, timeout: float = 120.0) -> None:
    """Wait until a process has used no CPU for `quiet` seconds."""
    deadline, last, since = time.time() + timeout, _cpu_ticks(pid), time.time()
    while time.time() < deadline:
        time.sleep(0.2)
        now = _cpu_ticks(pid)
        if now != last:
            last, since = now, time.time()
        elif time.time() - since >= quiet:
            return


def _env(home: str, display: str) -> dict[str, str]:
    skip = ("XDG_", "QT_", "EVENTS_VIEWER", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    env.update(HOME=home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def viewer_run(db: Path, display: str, pragmas: tuple[str, ...]) -> dict[str, float | str]:
    """events-viewer's figures: RSS after opening, peak RSS, and the steps' milliseconds."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        out = subprocess.run(
            [sys.executable, "-c", DRIVER, str(db), *pragmas],
            env=_env(home, display),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    if out.returncode:
        raise SystemExit(f"bench_memory: events-viewer driver failed:\n{out.stderr}")
    marks = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    return {"opened": float(marks["opened"]), "peak": float(marks["peak"]), "ms": marks["ms"]}


def db4s_run(db: Path, display: str, watcher: MapWatcher) -> dict[str, float | str]:
    """DB4S's figures on the same steps, driven by xdotool (no window manager: focus follows the pointer)."""

    def do(*args: str) -> None:
        subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True)

    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        watcher.drain()
        app = subprocess.Popen(
            ["sqlitebrowser", "-R", "-t", "quotes", str(db)],
            env=_env(home, display),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            watcher.wait_mapped(app, time.time() + 60)
            _idle(app.pid)
            _dismiss_busy(app.pid, display, do)
            opened = _status(app.pid, "VmRSS")
            for step in (
                ("mousemove", "105", "256", "click", "1"),  # a cell of the grid
                ("key", "ctrl+End"),
                ("mousemove", "475", "116", "click", "1"),  # the filter-any-column box
                ("type", "--delay", "50", "模"),
                ("key", "Return"),
                ("mousemove", "105", "256", "click", "1"),
                ("key", "ctrl+End"),
            ):
                do(*step)
                _idle(app.pid)
                _dismiss_busy(app.pid, display, do)
            peak = _status(app.pid, "VmHWM")
        finally:
            app.terminate()
            app.wait(timeout=30)
    return {"opened": opened, "peak": peak, "ms": ""}


def _dismiss_busy(pid: int, display: str, do) -> None:
    """DB4S may ask 'The database is currently busy… abort?': answer No (let it finish)."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env, capture_output=True, text=True
    ).stdout.split()
    for window in found[1:]:
        geometry = subprocess.run(
            ["xdotool", "getwindowgeometry", "--shell", window], env=env, capture_output=True, text=True
        ).stdout
        g = dict(line.split("=") for line in geometry.split())
        do("mousemove", str(int(g["X"]) + 283), str(int(g["Y"]) + 82), "click", "1")
        _idle(pid)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("bench_memory: Xvfb and xdotool are needed; memory table skipped", file=sys.stderr)
        return 0
    db = args.db.resolve()
    results: dict[str, list[dict[str, float | str]]] = {}
    with xvfb() as display:
        watcher = MapWatcher(display)
        try:
            for _ in range(args.rounds):
                if shutil.which("sqlitebrowser"):
                    results.setdefault("DB Browser for SQLite", []).append(db4s_run(db, display, watcher))
                for name, pragmas in PRAGMAS.items():
                    results.setdefault(f"events-viewer, {name}", []).append(viewer_run(db, display, pragmas))
        finally:
            watcher.close()
    report(results, db, args.rounds)
    return 0


def report(results: dict[str, list[dict[str, float | str]]], db: Path, rounds: int) -> None:
    """Medians of the rounds, and each peak's ratio to DB4S's."""
    load = os.getloadavg()
    print(
        f"memory on {db.name} under Xvfb (load {load[0]:.1f}), {rounds} interleaved rounds: open, "
        "Ctrl+End in the quotes, search 模, Ctrl+End; MiB, medians"
    )
    base = results.get("DB Browser for SQLite")
    anchor = statistics.median(float(r["peak"]) for r in base) if base else None
    print(f"{'program':<48} {'opened':>7} {'peak':>7} {'peak/DB4S':>9}  steps (ms, last round)")
    for name, runs in results.items():
        opened = statistics.median(float(r["opened"]) for r in runs)
        peak = statistics.median(float(r["peak"]) for r in runs)
        share = f"{peak / anchor:>8.2f}×" if anchor else f"{'—':>9}"
        print(f"{name:<48} {opened:>7.0f} {peak:>7.0f} {share}  {runs[-1]['ms']}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
