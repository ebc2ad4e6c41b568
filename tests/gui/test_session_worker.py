"""The session's worker: results reach the one who asked, or nobody; nothing waits for ever."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest
from viewer.core.errors import DatabaseError
from viewer.gui.session import Session

SLOW = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000000) "
    "SELECT COUNT(*) FROM n"
)


def _slow(repo):
    return repo.conn.execute(SLOW).fetchone()[0]


@pytest.fixture
def session(qtbot, bundled_copy):
    s = Session(bundled_copy)
    yield s
    s.close()


def test_a_result_reaches_the_one_who_asked(qtbot, session):
    got = []
    with qtbot.waitSignal(session.idle, timeout=5000):
        session.request(lambda repo: repo.count_quotes(), got.append)
    assert got == [8] and not session.busy()


def test_a_cancelled_request_is_interrupted_and_its_result_goes_nowhere(qtbot, session):
    got, later = [], []
    slow = session.request(_slow, got.append)
    session.cancel(slow)
    with qtbot.waitSignal(session.idle, timeout=5000):
        session.request(lambda repo: repo.count_events(), later.append)
    assert got == [] and later == [15]


def test_an_interrupt_meant_for_a_cancelled_job_never_loses_a_live_one(qtbot, session):
    """Cancel the running job while a live one waits; then cancel-with-interrupt races: the live
    job's answer still arrives."""
    answers = []
    for _ in range(5):
        doomed = session.request(_slow, answers.append)
        qtbot.waitUntil(lambda doomed=doomed: session._running is doomed, timeout=5000)
        live = session.request(lambda repo: repo.count_quotes(), answers.append)
        session.cancel(doomed)
        qtbot.waitUntil(lambda live=live: not live.pending, timeout=20000)
    assert answers == [8] * 5


def test_a_failing_job_reports_its_message(qtbot, session):
    problems = []

    def broken(repo):
        raise DatabaseError("cannot read database x: disk I/O error")

    with qtbot.waitSignal(session.idle, timeout=5000):
        session.request(broken, lambda _r: None, problems.append)
    assert problems == ["cannot read database x: disk I/O error"]


def test_a_session_opens_without_waiting_for_its_workers_connection(qtbot, bundled_copy, monkeypatch):
    """The window goes on (builds the quote list) while the worker opens its own connection: the worker's
    opening waits here until the session is made (it waited for the worker before), and what was asked
    meanwhile is answered once it has."""
    from viewer.gui import session as session_module

    made = threading.Event()
    opened_after_made = []
    real = session_module.Repository

    def repository(path):
        if threading.current_thread().name == "events-viewer-worker":
            opened_after_made.append(made.wait(5))
        return real(path)

    monkeypatch.setattr(session_module, "Repository", repository)
    s = Session(bundled_copy)
    made.set()
    got = []
    try:
        with qtbot.waitSignal(s.idle, timeout=10000):
            s.request(lambda repo: repo.count_quotes(), got.append)
    finally:
        s.close()
    assert opened_after_made == [True] and got == [8]


def test_closing_the_session_mid_job_delivers_nothing_and_returns(qtbot, bundled_copy):
    s = Session(bundled_copy)
    got = []
    ticket = s.request(_slow, got.append)
    qtbot.waitUntil(lambda: s._running is ticket, timeout=5000)
    s.close()
    qtbot.wait(50)
    assert got == [] and not ticket.pending and not s.busy()
    late = s.request(lambda repo: 1, got.append)
    assert not late.pending and got == []


def test_a_live_job_stopped_by_an_interrupt_runs_again(qtbot, session):
    """sqlite3's interrupt() stops whatever runs: a live job it stops is run again, not dropped."""
    import sqlite3

    calls, got = [], []

    def job(repo):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("interrupted")
        return repo.count_events()

    with qtbot.waitSignal(session.idle, timeout=5000):
        session.request(job, got.append)
    assert got == [15] and len(calls) == 2


def test_results_that_arrive_together_are_applied_a_paint_apart(qtbot, session):
    """Each result is applied in its own pass of the event loop: what the first changed is painted
    before the second is applied, so no pass repaints the whole window (issue 16's stalls)."""
    import threading

    from PySide6.QtWidgets import QWidget

    log: list[str] = []

    class Pane(QWidget):
        def paintEvent(self, _event) -> None:
            log.append("paint")

    pane = Pane()
    pane.resize(80, 40)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: "paint" in log, timeout=5000)
    log.clear()
    both_ready = threading.Event()

    def first(_result) -> None:
        log.append("first")
        pane.update()

    session.request(lambda repo: 1, first)
    session.request(lambda repo: 2, lambda _r: log.append("second"))
    session.request(lambda repo: both_ready.set(), lambda _r: None)  # runs after the second is sent
    assert both_ready.wait(5)
    qtbot.waitUntil(lambda: "second" in log, timeout=5000)
    assert log[: log.index("second") + 1] == ["first", "paint", "second"]
    pane.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a nice value per thread is Linux's own")
def test_the_worker_gives_way_to_the_gui_thread(session):
    """On a loaded machine a repaint waited for the worker to be scheduled out (11 ms for 6.5 of work)."""
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert os.getpriority(os.PRIO_PROCESS, session._thread.native_id) > gui


@pytest.fixture
def giving_way():
    from viewer.gui import gui_first

    gui_first.give_way()
    yield
    gui_first.give_way(False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the GUI thread's system calls: Linux")
def test_the_workers_query_waits_while_the_gui_thread_is_busy_and_still_answers(qtbot, session, giving_way):
    """A query returning many rows let go of Python's lock at each row and took it back before the GUI
    thread, woken, could run: its repaints waited 20-40 ms for the lock (`p:l` at a million quotes). The
    worker's queries now look at what the GUI thread is doing and wait while it is not waiting for events;
    the answer is the same."""
    got = []
    qtbot.waitUntil(lambda: session.gui_first is not None, timeout=5000)
    session.request(
        lambda repo: repo.conn.execute(SLOW.replace("30000000", "3000000")).fetchone()[0], got.append
    )
    gate = session.gui_first
    assert gate is not None
    give_up = time.perf_counter() + 10
    while not gate.waits and time.perf_counter() < give_up:  # the GUI thread busy: running, not waiting
        pass
    qtbot.waitUntil(lambda: got == [3000000], timeout=10000)
    assert gate.waits > 0


def test_a_look_at_a_gui_thread_waiting_for_events_lets_the_query_go_on():
    """Waiting for events (poll, select, a sleep) is the only state the worker does not wait through; a
    busy GUI thread is waited for until the job is no longer wanted."""
    from viewer.gui import gui_first

    gui_first.give_way()
    try:
        stop = []
        idle = gui_first.GuiFirst(lambda: b"7 0x1 0x2\n", "x86_64", lambda: bool(stop), lambda: None)
        assert idle() == 0 and idle.waits == 0
        busy = gui_first.GuiFirst(lambda: b"running\n", "x86_64", lambda: bool(stop), lambda: None)
        stop.append(True)  # (a cancelled job: no wait at all)
        assert busy() == 0 and busy.waits == 1
    finally:
        gui_first.give_way(False)
