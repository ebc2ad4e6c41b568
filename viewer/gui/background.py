"""Slow queries off the GUI thread: one worker with its own read-only connection; the newest search wins.

Each search bumps the generation and interrupts whatever the worker's connection is running
(sqlite3's interrupt() is safe to call from another thread). Results of an older generation are
dropped, so a newer keystroke always cancels an older query.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.errors import UserError
from ..core.repository import Repository

Job = Callable[[Repository], Any]


class Background(QObject):
    """Runs jobs in order on a worker thread and reports each result with its generation."""

    finished = Signal(int, str, object)
    idle = Signal()
    _delivered = Signal(int, str, object, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._queue: queue.Queue = queue.Queue()
        self._repo: Repository | None = None
        self._lock = threading.Lock()
        self._pending = 0
        self._delivered.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="events-viewer-queries", daemon=True)
        self._thread.start()

    def open(self, path: Path) -> None:
        """Use a database (the worker opens its own read-only connection)."""
        self.cancel()
        self._queue.put(("open", Path(path)))

    def submit(self, key: str, job: Job) -> None:
        """Run job(repository) on the worker; its result arrives as finished(generation, key, result)."""
        self._pending += 1
        self._queue.put((self.generation, key, job))

    def cancel(self) -> None:
        """Drop every job not yet finished, and interrupt the one running."""
        with self._lock:
            self.generation += 1
            if self._repo is not None:
                self._repo.conn.interrupt()

    def busy(self) -> bool:
        """True until every submitted job's result (or its cancellation) has reached this thread."""
        return self._pending > 0

    def _deliver(self, generation: int, key: str, result, ok: bool) -> None:
        self._pending -= 1
        if ok and generation == self.generation:
            self.finished.emit(generation, key, result)
        if self._pending == 0:
            self.idle.emit()

    def close(self) -> None:
        """Stop the worker."""
        self.cancel()
        self._queue.put(None)
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                break
            if item[0] == "open":
                self._open(item[1])
                continue
            generation, key, job = item
            result, ok = self._call(generation, job)
            self._delivered.emit(generation, key, result, ok)
        if self._repo is not None:
            self._repo.close()

    def _open(self, path: Path) -> None:
        old, self._repo = self._repo, None
        if old is not None:
            old.close()
        try:
            repo = Repository(path)
        except UserError:
            return
        with self._lock:
            self._repo = repo

    def _call(self, generation: int, job: Job) -> tuple[Any, bool]:
        if generation != self.generation or self._repo is None:
            return None, False
        try:
            return job(self._repo), True
        except (UserError, sqlite3.Error):
            return None, False
