"""The worker's queries give way while the GUI thread is busy (Linux): SQLite's progress handler looks at
what the GUI thread is doing and waits while it is not waiting for events.

A query that returns many rows releases Python's interpreter lock around each row it steps to (sqlite3
does, to let other threads run) and takes it back a few microseconds later. The GUI thread, which needs
the lock for each call into Python while it paints (a delegate, a model's data), is woken each time but
finds it taken again before it runs: it asks for a forced switch only once a whole switch interval has
passed with no release, and this churn never lets one pass. A repaint of ~2 ms of the GUI's own work
then waited 20-40 ms for the lock while the worker read the 40,000 name forms of `p:l` (traced at a
million quotes: the GUI thread asleep, not waiting for a CPU, the worker running throughout). So the
worker looks, every few hundred rows, at the system call the GUI thread is in: unless it is waiting for
events (poll, select, a sleep), the worker sleeps, with the lock released, until it is, or at most
MOST_S. Only once start-up has settled (`give_way`, from launch.tune_for_keystrokes): until then the
first page is what the window waits for, and the GUI thread is busy building the window around it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

EVERY = 10_000  # SQLite virtual machine steps between two looks (some 0.1-0.5 ms of a query's work)
NAP_S = 0.0003  # how long the worker sleeps before looking again
MOST_S = 0.016  # how long a look waits at most (a frame: a GUI thread busy for longer stalls anyway)
RUN_S = 0.004  # after a look that waited MOST_S, how long the worker runs before looking again: a GUI
# thread that never waits for events (a loop polling for the worker's answer) slows it 5×, not 200×
# The calls a thread waiting for events is in: poll, select, nanosleep, clock_nanosleep, epoll_wait,
# pselect6, ppoll, epoll_pwait (x86-64 and arm64 numbers).
WAITING = {
    "x86_64": frozenset({7, 23, 35, 230, 232, 270, 271, 281}),
    "aarch64": frozenset({72, 73, 101, 115, 22}),
}


_giving_way = [False]


def give_way(on: bool = True) -> None:
    """From now on (or no longer) the worker's queries wait while the GUI thread is busy."""
    _giving_way[0] = on


class GuiFirst:
    """A progress handler for the worker's connection: waits while the GUI thread is busy."""

    def __init__(
        self, look: Callable[[], bytes], machine: str, stop: Callable[[], bool], close: Callable[[], None]
    ) -> None:
        self.look, self.waiting, self.stop = look, WAITING.get(machine, frozenset()), stop
        self.close = close  # (what the looks read from is closed with the worker's connection)
        self.waits = 0  # looks that found the GUI thread busy (for tests)
        self._quiet_until = 0.0

    def __call__(self) -> int:
        """Wait while the GUI thread is busy (never for a cancelled job); 0: the query goes on."""
        now = time.perf_counter()
        if not _giving_way[0] or now < self._quiet_until:
            return 0
        busy = self.busy()
        if busy:
            self.waits += 1
        while busy and not self.stop():
            if time.perf_counter() > now + MOST_S:
                self._quiet_until = time.perf_counter() + RUN_S
                break
            time.sleep(NAP_S)
            busy = self.busy()
        return 0

    def busy(self) -> bool:
        """True unless the GUI thread is in a call that waits for events."""
        try:
            word = self.look().split(maxsplit=1)[0]
        except (OSError, IndexError):
            return False
        return not (word.isdigit() and int(word) in self.waiting)


def gui_first(gui_thread: int, stop: Callable[[], bool]) -> GuiFirst | None:
    """The handler for a thread's (native id) GUI thread; None where its system calls cannot be seen."""
    machine = os.uname().machine if hasattr(os, "uname") else ""
    if machine not in WAITING:
        return None
    try:
        fd = os.open(f"/proc/self/task/{gui_thread}/syscall", os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    handler = GuiFirst(lambda: os.pread(fd, 32, 0), machine, stop, lambda: os.close(fd))
    try:
        handler.look()
    except OSError:  # (readable only by a process allowed to trace it)
        os.close(fd)
        return None
    return handler
