"""Start-up side by side under Xvfb: events-viewer, DB Browser for SQLite, and a bare PySide6 floor.

Each round starts the three programs one after another on the same database (the order rotates
from round to round), each with a fresh HOME, and times launch → the first top-level window
mapped: a MapNotify seen on the root window of a private Xvfb server, which is what `xdotool
search --sync --onlyvisible` waits for, without its half-second polling. The two PySide6
programs also print when their data is painted (events-viewer's EVENTS_VIEWER_STARTUP_PROBE).
The CPU column (user + system time of the whole run) is the figure least moved by the load.
Ratios are taken per round (the machine's load is shared by both sides), then the median.

Usage: python scripts/bench_startup.py [--rounds N] [--also NAME=DIR] DB [DB ...]
"""

from __future__ import annotations

import argparse
import ctypes
import os
import resource
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
TIMEOUT = 60.0

FLOOR = '''
"""A bare PySide6 QMainWindow + QTableView over the first 200 quotes of a database."""
import sqlite3, sys, time
from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
cursor = conn.execute("SELECT * FROM quotes ORDER BY rowid LIMIT 200")
names = [d[0] for d in cursor.description]
rows = cursor.fetchall()

class Model(QAbstractTableModel):
    def rowCount(self, parent=None): return len(rows)
    def columnCount(self, parent=None): return len(names)
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole: return str(rows[index.row()][index.column()])
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return names[section]

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print(f"painted {time.time():.6f}", flush=True)
            print(f"ready {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
model = Model()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1400, 900)
probe = Probe()
view.viewport().installEventFilter(probe)
window.show()
app.exec()
'''


class XMapEvent(ctypes.Structure):
    """The head of Xlib's XEvent union as a MapNotify fills it."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class XEvent(ctypes.Union):
    """Xlib's XEvent: 24 longs."""

    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24)]


class MapWatcher:
    """Sees top-level windows being mapped on one X display (SubstructureNotify on the root)."""

    def __init__(self, display: str) -> None:
        x = self.x = ctypes.CDLL("libX11.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"bench_startup: cannot open X display {display}")
        x.XSelectInput(self.dpy, x.XDefaultRootWindow(self.dpy), SUBSTRUCTURE_NOTIFY_MASK)
        x.XFlush(self.dpy)
        self.fd = x.XConnectionNumber(self.dpy)

    def drain(self) -> None:
        """Forget events seen so far."""
        event = XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def wait_mapped(self, process: subprocess.Popen, deadline: float) -> float | None:
        """time.time() when a top-level (not override-redirect) window is mapped; None if it never is."""
        event = XEvent()
        while time.time() < deadline and process.poll() is None:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                    return time.time()
            select.select([self.fd], [], [], 0.05)
        return None

    def close(self) -> None:
        """Close the connection."""
        self.x.XCloseDisplay(self.dpy)


@contextmanager
def xvfb() -> Iterator[str]:
    """A private Xvfb server (it picks a free display number); yields ':N'."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclass
class Program:
    """One contender: how to launch it on a database, and whether it prints probe timestamps."""

    name: str
    argv: list[str]
    probe: bool
    cwd: Path = ROOT
    visible: dict[str, list[float]] = field(default_factory=dict)
    shown: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)


def programs(tmp: Path, others: list[str]) -> list[Program]:
    """events-viewer, DB4S (read-only, browsing the quotes table) and the bare PySide6 floor; also
    events-viewer from other source trees (NAME=DIR, e.g. an older commit's `git archive`)."""
    floor = tmp / "floor.py"
    floor.write_text(FLOOR, encoding="utf-8")
    found = [
        Program("events-viewer", [sys.executable, "-m", "viewer", "--db", "{db}"], True),
        Program("bare PySide6 floor", [sys.executable, str(floor), "{db}"], True),
    ]
    for other in others:
        name, _, tree = other.partition("=")
        found.append(Program(name, [sys.executable, "-m", "viewer", "--db", "{db}"], True, cwd=Path(tree)))
    if shutil.which("sqlitebrowser"):
        db4s = ["sqlitebrowser", "-R", "-t", "quotes", "{db}"]
        found.insert(0, Program("DB Browser for SQLite", db4s, False))
    return found


def launch(
    program: Program, db: Path, display: str, watcher: MapWatcher
) -> tuple[float, float | None, float]:
    """One start: ms to the window mapped, ms to data painted (probe programs only), CPU ms used."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        skip = ("XDG_", "QT_", "EVENTS_VIEWER", "PYTHONDONTWRITEBYTECODE")  # installs carry .pyc files
        env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
        env.update(HOME=home, DISPLAY=display, EVENTS_VIEWER_STARTUP_PROBE="1", QT_QPA_PLATFORM="xcb")
        argv = [a.replace("{db}", str(db)) for a in program.argv]
        watcher.drain()
        cpu = _children_cpu()
        start = time.time()
        process = subprocess.Popen(
            argv, env=env, cwd=program.cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        mapped = watcher.wait_mapped(process, start + TIMEOUT)
        if program.probe:
            out, _ = process.communicate(timeout=TIMEOUT)
        else:
            process.terminate()
            out, _ = process.communicate(timeout=TIMEOUT)
    if mapped is None:
        raise SystemExit(f"bench_startup: {program.name} showed no window on {db.name}")
    marks = dict(line.split()[:2] for line in out.splitlines() if line.startswith(("painted", "ready")))
    ready = (float(marks["ready"]) - start) * 1000 if "ready" in marks else None
    return (mapped - start) * 1000, ready, (_children_cpu() - cpu) * 1000


def _children_cpu() -> float:
    """User + system seconds of finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(dbs: list[Path], rounds: int, others: list[str]) -> list[Program]:
    """Interleaved rounds over every database and program."""
    with tempfile.TemporaryDirectory() as tmp, xvfb() as display:
        contenders = programs(Path(tmp), others)
        watcher = MapWatcher(display)
        try:
            for i in range(rounds + 1):  # round 0 warms the file cache and is not counted
                for db in dbs:
                    order = contenders[i % len(contenders) :] + contenders[: i % len(contenders)]
                    for program in order:
                        visible, shown, cpu = launch(program, db, display, watcher)
                        if i:
                            program.visible.setdefault(db.name, []).append(visible)
                            program.cpu.setdefault(db.name, []).append(cpu)
                            if shown is not None:
                                program.shown.setdefault(db.name, []).append(shown)
        finally:
            watcher.close()
    return contenders


def machine() -> str:
    """The CPU's model name, as the kernel reports it (what the figures were measured on)."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def ratio(a: list[float], b: list[float]) -> float:
    """The median of per-round ratios a/b."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def report(contenders: list[Program], dbs: list[Path], rounds: int) -> None:
    """The start-up table: medians, and each program's ratios to DB4S's visible window."""
    load = os.getloadavg()
    print(
        f"start-up under Xvfb ({machine()}, {os.cpu_count()} cores, load {load[0]:.1f} {load[1]:.1f} "
        f"{load[2]:.1f}), "
        f"{rounds} interleaved rounds, fresh HOME each; medians, ratios per round"
    )
    anchor = next((p for p in contenders if p.name.startswith("DB Browser")), None)
    print(
        f"{'database':<14} {'program':<22} {'visible ms':>10} {'data ms':>8} "
        f"{'visible/DB4S':>12} {'data/DB4S visible':>17} {'CPU ms':>7}"
    )
    for db in dbs:
        base = anchor.visible[db.name] if anchor else None
        for p in contenders:
            visible = p.visible[db.name]
            shown = p.shown.get(db.name)
            cells = [f"{db.name:<14} {p.name:<22} {statistics.median(visible):>10.0f}"]
            cells.append(f"{statistics.median(shown):>8.0f}" if shown else f"{'—':>8}")
            cells.append(f"{ratio(visible, base):>11.2f}×" if base else f"{'—':>12}")
            cells.append(f"{ratio(shown, base):>16.2f}×" if base and shown else f"{'—':>17}")
            cells.append(f"{statistics.median(p.cpu[db.name]):>7.0f}")
            print(" ".join(cells))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dbs", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--also", action="append", default=[], metavar="NAME=DIR", help="another source tree")
    args = parser.parse_args(argv)
    if not shutil.which("Xvfb"):
        print("bench_startup: Xvfb is not installed; start-up table skipped", file=sys.stderr)
        return 0
    dbs = [db.resolve() for db in args.dbs]
    report(measure(dbs, args.rounds, args.also), dbs, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
