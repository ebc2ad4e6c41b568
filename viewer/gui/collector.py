"""Python's cycle collector, run on the GUI thread only."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from a timer on the GUI thread, never from another thread.

    Left automatic, a collection runs in whichever thread happens to allocate past the threshold: a
    worker reading pypinyin's tables while saving an import, or the query worker. It then destroys
    whatever cyclic garbage the GUI left, Qt objects included, on the wrong thread, and the app dies
    of a segmentation fault (seen saving a corrected Chinese article, 2 runs in 6). So automatic
    collection is off while this lives, and four times a second it collects what Python itself
    would have by now: the oldest generation whose count is past its threshold (gc.get_threshold, which
    launch.tune_for_keystrokes widens once start-up has settled)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(CHECK_MS)

    @staticmethod
    def collect_due() -> None:
        """Collect the oldest generation past its threshold, as Python's own trigger would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        if due:
            gc.collect(max(due))
