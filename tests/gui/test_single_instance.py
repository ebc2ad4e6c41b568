"""Starting the app again (walkthrough: a second window opened on the same database without a word): the
running window comes to the front and the second start exits, as Anki's and Zotero's do; a copy that holds
the database's lock but is gone, or does not answer, keeps nobody from starting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from viewer.gui.single_instance import SingleInstance, instance_key, server_name

from .conftest import settle

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **more: str) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **more}


def _start_again(tmp_path: Path, db: Path, **env: str) -> subprocess.Popen:
    """`events-viewer --db DB` started as a user starts it again (its own process)."""
    return subprocess.Popen(
        [sys.executable, "-m", "viewer", "--db", str(db)],
        cwd=ROOT,
        env=_env(tmp_path, **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _ended(qtbot, proc: subprocess.Popen, timeout: int = 30000) -> tuple[int, str, str]:
    """Wait, the window's events running, until the process has exited; its code, output and errors."""
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
    out, err = proc.communicate()
    return proc.returncode, out, err


@pytest.fixture
def running(qtbot, window, bundled_copy):
    """The window over a database, answering second starts as `events-viewer --db DB` has it answer."""
    instance = SingleInstance(bundled_copy)
    assert instance.held
    instance.serve(window)
    assert instance.server is not None
    yield window, instance
    instance.release()


def test_the_app_started_twice_shows_one_window(qtbot, bundled_copy, tmp_path):
    """Both starts as a user makes them, `events-viewer --db DB` twice: the second exits at once, saying
    why; the first goes on (answering once its window is built)."""
    first = _start_again(tmp_path, bundled_copy)
    try:
        socket = Path(server_name(instance_key(bundled_copy)))
        qtbot.waitUntil(socket.exists, timeout=30000)
        code, _out, err = _ended(qtbot, _start_again(tmp_path, bundled_copy))
        assert code == 0, err
        assert err.strip().endswith("its window is brought to the front.")
        assert first.poll() is None, "the first goes on"
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_starting_it_again_brings_the_running_window_to_the_front(qtbot, running, bundled_copy, tmp_path):
    win, instance = running
    win.showMinimized()
    qtbot.waitUntil(win.isMinimized)
    with qtbot.waitSignal(instance.shown, timeout=30000):
        again = _start_again(tmp_path, bundled_copy)
    code, _out, err = _ended(qtbot, again)
    assert code == 0, err
    assert "already showing" in err and str(bundled_copy) in err
    assert not win.isMinimized() and win.isVisible()
    assert win.controller.repo is not None, "the running window goes on as it was"


def test_a_window_that_opened_another_database_answers_for_that_one(
    qtbot, running, ask, bundled_copy, tmp_path
):
    """File → Open moves the window to another database: starting the app on that one shows this window,
    and on the first one starts a window of its own (shown, then closed by the start-up probe)."""
    win, instance = running
    other = tmp_path / "other.db"
    other.write_bytes(bundled_copy.read_bytes())
    ask.open_answer = other
    win.open_action.trigger()
    settle(qtbot, win)
    assert win.controller.repo.path == other
    with qtbot.waitSignal(instance.shown, timeout=30000):
        again = _start_again(tmp_path, other)
    code, _out, err = _ended(qtbot, again)
    assert code == 0 and "already showing" in err, err
    first = _start_again(tmp_path, bundled_copy, EVENTS_VIEWER_STARTUP_PROBE="1")
    code, out, err = _ended(qtbot, first)
    assert code == 0, err
    assert "ready" in out and "already" not in err, "a window of its own"


HOLD = """
import os, sys
from pathlib import Path
from viewer.gui.single_instance import SingleInstance, instance_key, server_name
instance = SingleInstance(Path(sys.argv[1]))
print("held" if instance.held else "not held", flush=True)
if sys.argv[2] == "die":
    os._exit(0)  # as a crash leaves it: the lock file stays, its process is gone
sys.stdin.readline()
"""


def _holder(tmp_path: Path, db: Path, how: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), how],
        cwd=ROOT,
        env=_env(tmp_path),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_lock_left_by_a_copy_that_died_does_not_keep_the_app_from_starting(qtbot, bundled_copy, tmp_path):
    dead = _holder(tmp_path, bundled_copy, "die")
    dead.wait(timeout=30)
    start = _start_again(tmp_path, bundled_copy, EVENTS_VIEWER_STARTUP_PROBE="1")
    code, out, err = _ended(qtbot, start)
    assert code == 0, err
    assert "ready" in out and "already" not in err


def test_a_copy_that_does_not_answer_keeps_nobody_from_starting(bundled_copy, tmp_path):
    """A live copy holding the lock that never answers (hung, or started by an older version): the second
    start stops asking after a while and starts as usual."""
    live = _holder(tmp_path, bundled_copy, "hold")
    try:
        second = SingleInstance(bundled_copy)
        assert not second.held
        assert not second.ask_to_show(wait=0.3)
    finally:
        live.communicate("\n", timeout=30)
    assert SingleInstance(bundled_copy).held, "once it has gone, the lock is free"


def test_a_start_on_another_display_opens_a_window_there(
    qtbot, bundled_copy, tmp_path, monkeypatch, x_display, other_x_display
):
    """The database shown on one X display, the app started on another (a second seat, a VNC session, an
    ssh -X login): its window opens on that display; it was the one on the first that came to the front,
    out of sight. Started again on the first display, that window still comes to the front."""
    first = _start_again(tmp_path, bundled_copy, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    try:
        monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
        monkeypatch.setenv("DISPLAY", x_display)
        qtbot.waitUntil(Path(server_name(instance_key(bundled_copy))).exists, timeout=30000)
        there = _start_again(
            tmp_path,
            bundled_copy,
            QT_QPA_PLATFORM="xcb",
            DISPLAY=other_x_display,
            EVENTS_VIEWER_STARTUP_PROBE="1",
        )
        code, out, err = _ended(qtbot, there)
        assert code == 0, err
        assert "ready" in out and "already" not in err, "a window of its own on the other display"
        code, _out, err = _ended(
            qtbot, _start_again(tmp_path, bundled_copy, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
        )
        assert code == 0 and "already showing" in err, err
        assert first.poll() is None, "the first goes on"
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_the_instance_key_holds_the_display(monkeypatch, bundled_copy):
    """The same database under another X display, screen or Wayland display is another copy's; the same X
    display however it is written is one."""
    keys = {}
    for name, env in {
        "x0": {"DISPLAY": ":0"},
        "x0.0": {"DISPLAY": ":0.0"},
        "unix0": {"DISPLAY": "unix:0"},
        "x1": {"DISPLAY": ":1"},
        "x0.1": {"DISPLAY": ":0.1"},
        "wayland0": {"WAYLAND_DISPLAY": "wayland-0"},
        "wayland1": {"WAYLAND_DISPLAY": "wayland-1"},
        "wayland1 by xcb": {"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":1", "QT_QPA_PLATFORM": "xcb"},
    }.items():
        for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"):
            monkeypatch.delenv(variable, raising=False)
        for variable, value in env.items():
            monkeypatch.setenv(variable, value)
        keys[name] = instance_key(bundled_copy)
    assert keys["x0"] == keys["x0.0"] == keys["unix0"]
    assert len({keys[n] for n in ("x0", "x1", "x0.1", "wayland0", "wayland1")}) == 5
    assert keys["wayland1 by xcb"] == keys["x1"], "Qt told to use X11 shows it on the X display"
