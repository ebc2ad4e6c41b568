"""The GUI thread's cycle collector waits for the window's work to end, but not for ever."""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtCore import QObject
from viewer.gui.collector import PUT_OFF, GuiThreadCollector

from ..conftest import ROOT


def _collections(collector: GuiThreadCollector, checks: int) -> int:
    """How many collections `checks` of the collector's timer run, with garbage due at each."""
    started: list[int] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            started.append(1)

    gc.callbacks.append(record)
    try:
        for _ in range(checks):
            junk = [[] for _ in range(50)]
            del junk
            collector.collect_due()
    finally:
        gc.callbacks.remove(record)
    return len(started)


def test_a_due_collection_waits_while_results_are_on_their_way(cycle_collector_as_python_starts):
    """Collected while the worker read a search's rows, the young objects held them: 7-18 ms of the GUI
    thread between the search's repaints at a million quotes."""
    busy = [True]
    owner = QObject()
    collector = GuiThreadCollector(owner, lambda: busy[0])
    collector.timer.stop()
    gc.set_threshold(10, 10, 10)
    assert _collections(collector, PUT_OFF) == 0
    busy[0] = False
    assert _collections(collector, 1) == 1


def test_a_collection_waits_no_longer_than_its_limit(cycle_collector_as_python_starts):
    """Work that never ends (a stuck query) does not keep cyclic garbage for ever."""
    owner = QObject()
    collector = GuiThreadCollector(owner, lambda: True)
    collector.timer.stop()
    gc.set_threshold(10, 10, 10)
    assert _collections(collector, PUT_OFF + 1) == 1


LOADING_QT = """
import gc, sys
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "viewer.gui.launch":  # the window's modules and Qt's are about to load
            print("collecting while Qt loads:", gc.isenabled(), flush=True)
            raise SystemExit(0)
sys.meta_path.insert(0, Watch())
from viewer.app import main
main([])
"""


def test_no_collection_runs_while_qt_and_the_windows_modules_load():
    """The app starts with automatic collection off: the window's collector runs it once there is a window."""
    proc = subprocess.run([sys.executable, "-c", LOADING_QT], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "collecting while Qt loads: False"
