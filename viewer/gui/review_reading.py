"""The review's readings of its articles, off the GUI thread: the extractor takes a second and more for a
long article (the first time, its taggers load too). Each reading comes back to the dialog that asked for it,
unless a newer one of the same article replaced it or the dialog has closed (then it is dropped, unheard)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot

from .importing import Task

_EXTRACTING = threading.Lock()  # one reading at a time: the taggers load once, and are not shared


class Readings(QObject):
    """Work on the extractor, one at a time on threads of its own, each under a key (a newer one under the
    same key replaces it); its result or failure is given to the callback that asked, on the GUI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._tasks: dict[Hashable, Task] = {}
        self._then: dict[Task, tuple[Callable[[Any], None], Callable[[str], None]]] = {}

    def start(
        self,
        key: Hashable,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> None:
        """Run work() off the GUI thread; done(result) or failed(message) on it."""
        self.drop(key)

        def run(_progress: object, _cancelled: object) -> Any:
            with _EXTRACTING:
                return work()

        task = self._tasks[key] = Task(run, self)
        self._then[task] = (done, failed)
        task.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        task.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        task.start()

    def busy(self, key: Hashable | None = None) -> bool:
        """True while a reading (under this key, or any) is on its way."""
        return bool(self._tasks) if key is None else key in self._tasks

    def drop(self, key: Hashable | None = None) -> None:
        """Stop listening to a reading (every one: None); its thread ends on its own, unheard."""
        for k in list(self._tasks) if key is None else [key]:
            task = self._tasks.pop(k, None)
            if task is not None:
                del self._then[task]
                for signal in (task.done, task.failed):
                    signal.disconnect()
                task.setParent(None)  # the thread keeps it alive until it ends; Qt must not delete it

    @Slot(object)
    def _done(self, result: object) -> None:
        then = self._finished()
        if then is not None:
            then[0](result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        then = self._finished()
        if then is not None:
            then[1](message)

    def _finished(self) -> tuple[Callable[[Any], None], Callable[[str], None]] | None:
        """The callbacks of the task that reported, no longer listened to (None: it was dropped)."""
        task = self.sender()
        key = next((k for k, t in self._tasks.items() if t is task), None)
        if key is None or not isinstance(task, Task):
            return None
        del self._tasks[key]
        return self._then.pop(task)
