"""One open database: the GUI's read connection, a worker thread with its own, and tickets.

Background work is asked for with a callback and returns a Ticket (as Anki's QueryOp and
napari's thread_worker do). A result reaches the callback that asked for it — on the GUI
thread — only while its ticket is live: not cancelled by the one who asked (a newer request
replaces an older one) and its session still open. That is the one place staleness is decided.

A job interrupted for a cancelled ticket may take a live one down with it (sqlite3's
interrupt() stops whatever the connection is running); such a job is run again, never
dropped. A job that fails reports its message to `failed`, so nothing waits for ever.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import queue
import sqlite3
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import UserError
from ..core.repository import Repository
from .gui_first import EVERY, GuiFirst, gui_first

Job = Callable[[Repository], Any]
Done = Callable[[Any], None]
Failed = Callable[[str], None]

_numbers = itertools.count(1)
WORKER_NICE = 5  # how much lower the worker's scheduling priority is than the GUI thread's (Linux)


@dataclass(eq=False)
class Ticket:
    """A request for background work; cancel it and its result goes nowhere."""

    job: Job
    done: Done
    failed: Failed | None
    number: int = field(default_factory=lambda: next(_numbers))
    cancelled: bool = False
    finished: bool = False

    def cancel(self) -> None:
        """Nobody wants this result any more."""
        self.cancelled = True

    @property
    def pending(self) -> bool:
        """True until the result is delivered, or the ticket is cancelled."""
        return not (self.cancelled or self.finished)


class Runner(Protocol):
    """What models and panes need of a session: its repository and a way to ask for work."""

    repo: Repository

    def request(self, job: Job, done: Done, failed: Failed | None = None) -> Ticket:
        """Run job(repository) off the GUI thread; done(result) or failed(message) on it."""
        ...


class InlineRunner:
    """Runs each job at once on the caller's thread (models used without a window, tests)."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def request(self, job: Job, done: Done, failed: Failed | None = None) -> Ticket:
        """Run the job now and deliver its result before returning."""
        ticket = Ticket(job, done, failed)
        try:
            result = job(self.repo)
        except (UserError, sqlite3.Error) as exc:
            ticket.finished = True
            if failed is not None:
                failed(str(exc))
            return ticket
        ticket.finished = True
        done(result)
        return ticket


class Session(QObject):
    """The GUI's connection to one database and a worker thread with its own; closed together."""

    idle = Signal()
    _delivered = Signal(object, object, object)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.repo = Repository(self.path)
        self.closed = False
        self._tickets: set[Ticket] = set()
        self._queue: queue.Queue[Ticket | None] = queue.Queue()
        self._running: Ticket | None = None
        self._lock = threading.Lock()
        self._worker_repo: Repository | None = None
        self._open_error: str | None = None
        self._arrivals: deque[tuple[Ticket, Any, str | None]] = deque()
        self._gui_thread = threading.get_native_id()
        self.gui_first: GuiFirst | None = None  # the worker's queries give way to the GUI thread
        self._pace = QTimer(self)  # a zero timer fires once the loop is idle: after paints and input
        self._pace.setSingleShot(True)
        self._pace.setInterval(0)
        self._pace.timeout.connect(self._deliver_next)
        # Emitted by the worker thread, so queued to this one (an automatic connection: naming the type
        # loaded Qt's namespace of enums, ~20 ms, before the quote list's first paint).
        self._delivered.connect(self._arrive)
        self._thread = threading.Thread(target=self._run, name="events-viewer-worker", daemon=True)
        # Not waited for: the worker opens its own connection while the window goes on (the quote panel is
        # built meanwhile), and takes the requests queued by then once it has (or reports why it cannot).
        # Waiting left the GUI thread idle behind a worker whose lower priority let other work go first.
        self._thread.start()
        _yield_to_the_gui(self._thread.native_id)  # (from here: the worker's first steps may run before it)

    # --- the GUI thread's side ---------------------------------------------------------------

    def request(self, job: Job, done: Done, failed: Failed | None = None) -> Ticket:
        """Queue job(worker's repository); its result reaches done() on the GUI thread if still wanted."""
        ticket = Ticket(job, done, failed)
        if self.closed:
            ticket.cancelled = True
            return ticket
        self._tickets.add(ticket)
        self._queue.put(ticket)
        return ticket

    def after_paint(self, step: Callable[[], None]) -> Ticket:
        """Run a step on the GUI thread in a later pass of the event loop, in turn with the results: what
        the panes were just given is painted first, each in its own frame."""
        ticket = Ticket(lambda _repo: None, lambda _result: step(), None)
        if self.closed:
            ticket.cancelled = True
            return ticket
        self._tickets.add(ticket)
        self._arrive(ticket, None, None)
        return ticket

    def cancel(self, ticket: Ticket | None) -> None:
        """Drop a request; interrupt it if it is the one running."""
        if ticket is None or not ticket.pending:
            return
        ticket.cancel()
        self._tickets.discard(ticket)
        with self._lock:
            if self._running is ticket and self._worker_repo is not None:
                self._worker_repo.conn.interrupt()
        if not self._tickets:
            self.idle.emit()

    def busy(self) -> bool:
        """True while a live request has not been answered."""
        return any(t.pending for t in self._tickets)

    def close(self) -> None:
        """Cancel everything, stop the worker, close both connections."""
        if self.closed:
            return
        self.closed = True
        self._pace.stop()
        self._arrivals.clear()
        for ticket in list(self._tickets):
            ticket.cancel()
        self._tickets.clear()
        with self._lock:
            if self._running is not None and self._worker_repo is not None:
                self._worker_repo.conn.interrupt()
        self._queue.put(None)
        self._thread.join(timeout=5)
        self.repo.close()

    def _arrive(self, ticket: Ticket, result: Any, error: str | None) -> None:
        """Results wait their turn: one is applied per pass of the event loop, so each pane's
        repaint is its own frame and input is read between them."""
        self._arrivals.append((ticket, result, error))
        if not self._pace.isActive():
            self._pace.start()

    def _deliver_next(self) -> None:
        while self._arrivals and not self.closed:
            ticket, result, error = self._arrivals.popleft()
            if ticket.pending:
                self._deliver(ticket, result, error)
                break
        if self._arrivals and not self.closed:
            self._pace.start()

    def _deliver(self, ticket: Ticket, result: Any, error: str | None) -> None:
        ticket.finished = True
        self._tickets.discard(ticket)
        if error is None:
            ticket.done(result)
        elif ticket.failed is not None:
            ticket.failed(error)
        if not self.busy():
            self.idle.emit()

    # --- the worker thread ---------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._worker_repo = Repository(self.path)
        except UserError as exc:
            self._open_error = str(exc)
        else:
            self.gui_first = gui_first(self._gui_thread, self._stopped)
            if self.gui_first is not None:
                self._worker_repo.conn.set_progress_handler(self.gui_first, EVERY)
        while (ticket := self._queue.get()) is not None:
            self._work(ticket)
        if self._worker_repo is not None:
            self._worker_repo.close()
        if self.gui_first is not None:
            self.gui_first.close()

    def _stopped(self) -> bool:
        """True when the job running is no longer wanted (it need not give way to the GUI thread)."""
        running = self._running
        return self.closed or (running is not None and not running.pending)

    def _work(self, ticket: Ticket) -> None:
        """Run one ticket's job; run it again if another ticket's interrupt stopped it."""
        result, error = None, self._open_error
        while ticket.pending and not self.closed and self._worker_repo is not None:
            with self._lock:
                self._running = ticket
            try:
                result, error = ticket.job(self._worker_repo), None
            except (UserError, sqlite3.Error) as exc:
                if "interrupted" in str(exc) and ticket.pending and not self.closed:
                    continue
                error = str(exc)
            except Exception as exc:  # a bug must not leave the one who asked waiting for ever
                traceback.print_exc()
                error = f"internal error: {type(exc).__name__}: {exc}"
            finally:
                with self._lock:
                    self._running = None
            break
        self._delivered.emit(ticket, result, error)


def _yield_to_the_gui(thread: int | None) -> None:
    """A thread (the worker, by its native id) gives way to the GUI thread when the cores are busy: each time
    it hands over the interpreter, the GUI thread is woken without waiting for it. A repaint while the
    worker built a search's records took 11 ms instead of 6.5 (its own CPU 6.5 ms, a loaded 2-core
    machine). Linux keeps a nice value per thread; elsewhere it would apply to the whole app: not done."""
    if sys.platform.startswith("linux") and thread is not None:
        with contextlib.suppress(OSError):  # not allowed (a sandbox): it keeps the GUI thread's priority
            os.setpriority(
                os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + WORKER_NICE)
            )
