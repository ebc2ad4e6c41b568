"""Python's cycle collector, run on the GUI thread only, between the window's pieces of work."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250
PUT_OFF = 8  # checks a collection waits at most for the window's work to end (2 s)


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from a timer on the GUI thread, never from another thread.

    Left automatic, a collection runs in whichever thread happens to allocate past the threshold: a
    worker reading pypinyin's tables while saving an import, or the query worker. It then destroys
    whatever cyclic garbage the GUI left, Qt objects included, on the wrong thread, and the app dies
    of a segmentation fault (seen saving a corrected Chinese article, 2 runs in 6). So automatic
    collection is off while this lives, and four times a second it collects what Python itself
    would have by now: the oldest generation whose count is past its threshold (gc.get_threshold, which
    launch.tune_for_keystrokes widens once start-up has settled). One rule of Python's is left out, as
    Python does not tell its figures: a full collection also waits until the objects moved into the
    oldest generation since the last one are a quarter of those it kept. With those thresholds a full
    collection is due once per some 2,000 young ones; none ran during any action of bench_stalls.

    While `busy()` (the window's results are on their way) a due collection waits, up to PUT_OFF checks:
    the young objects then include the rows the worker is reading (some 10,000 at a million quotes),
    and a collection that walked them took 7-18 ms of the GUI thread between a search's repaints."""

    def __init__(self, parent: QObject, busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        gc.disable()
        self.busy = busy
        self.put_off = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(CHECK_MS)

    def collect_due(self) -> None:
        """Collect the oldest generation past its threshold, as Python's own trigger would, once the
        window's work is done (or has kept it waiting PUT_OFF checks)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        if not due:
            return
        if self.put_off < PUT_OFF and self.busy():
            self.put_off += 1
            return
        self.put_off = 0
        gc.collect(max(due))
