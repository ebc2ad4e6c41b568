"""Tools the fault tests share: running events-cli, hot journals, read-only files, outcomes."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_DB = ROOT / "data" / "events.db"
ARTICLES = sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix in (".txt", ".md", ".html"))
OUTCOMES = ("clean error", "handled", "traceback", "hang")


def cli(*args: str, timeout: float = 120, env: dict[str, str] | None = None, **kw) -> tuple[int, str, str]:
    """Run events-cli in a subprocess: (exit code, stdout, stderr); a hang is exit code None."""
    full_env = {**os.environ, **(env or {})}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "viewer.cli", *args],
            capture_output=True,
            cwd=ROOT,
            env=full_env,
            timeout=timeout,
            **kw,
        )
    except subprocess.TimeoutExpired:
        return -1, "", "hang"
    return proc.returncode, proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace")


def classify(code: int, err: str) -> str:
    """One of OUTCOMES for a finished events-cli run."""
    if code == -1:
        return "hang"
    if "Traceback" in err or code not in (0, 2):
        return "traceback"
    if code == 2:
        return "clean error" if one_clean_line(code, err) or _all_prefixed(err) else "traceback"
    return "handled"


def one_clean_line(code: int, err: str) -> bool:
    """Exit 2 with exactly one line on stderr and no traceback."""
    return code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1


_KILL_DURING_WRITE = textwrap.dedent("""
    import os, signal, sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA cache_size = 2")  # spill to the file: the journal becomes hot
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE articles SET title = title || ' (half-written)'")
    conn.execute("CREATE TABLE junk AS SELECT * FROM articles")
    for _ in range(4):
        conn.execute("INSERT INTO junk SELECT * FROM junk")
    os.kill(os.getpid(), signal.SIGKILL)
""")


def make_hot_journal(db: Path) -> None:
    """Leave db as a write killed midway leaves it: changed pages in the file, a hot journal beside."""
    subprocess.run([sys.executable, "-c", _KILL_DURING_WRITE, str(db)], check=False)
    assert Path(f"{db}-journal").stat().st_size > 0


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Make a file or folder read-only for this process; yields how. Root ignores permission
    bits, so as root the immutable attribute (chattr +i) is used where the file system has it."""
    if not is_root():
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield "chmod"
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr and subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode == 0:
        try:
            yield "chattr +i"
        finally:
            subprocess.run([chattr, "-i", str(path)], capture_output=True)
        return
    yield ""  # no way to make it read-only here: the caller simulates


def library_with(tmp: Path, name: str = "library.db") -> Path:
    """A library: a copy of the bundled database."""
    lib = tmp / name
    shutil.copy(BUNDLED_DB, lib)
    return lib


class HangError(Exception):
    """A call ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise HangError in the main thread after `seconds` (SIGALRM; no limit where there is none)."""
    import signal

    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def alarm(*_) -> None:
        raise HangError

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def run_main(capsys, args: list[str], seconds: int = 60) -> tuple[str, str]:
    """events-cli in this process: (outcome, what stderr said)."""
    from viewer.cli import main

    try:
        with time_limit(seconds):
            code = main(args)
    except HangError:
        capsys.readouterr()
        return "hang", f"{args}"
    except BaseException as exc:  # anything escaping main is a traceback for the user
        capsys.readouterr()
        return "traceback", f"{args}: {type(exc).__name__}: {exc}"
    _, err = capsys.readouterr()
    if code == 0:
        return "handled", ""
    if one_clean_line(code, err) or (code == 2 and "Traceback" not in err and _all_prefixed(err)):
        return "clean error", err.strip()
    return "traceback", f"{args}: exit {code}: {err[:300]}"


def _all_prefixed(err: str) -> bool:
    """An import's report: one line per file that failed, then its summary line."""
    lines = err.strip().splitlines()
    return all(line.startswith("events-cli: ") for line in lines[:-1])


@contextlib.contextmanager
def mounted(kind: str, folder: Path, size: int = 0) -> Iterator[bool]:
    """A small tmpfs ("tmpfs") or a read-only bind mount of itself ("ro") on folder, where this
    process may mount (root on Linux); yields False where it may not (the caller simulates)."""
    mount = shutil.which("mount")
    if not (mount and is_root() and sys.platform.startswith("linux")):
        yield False
        return
    steps = (
        [[mount, "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)]]
        if kind == "tmpfs"
        else [[mount, "--bind", str(folder), str(folder)], [mount, "-o", "remount,bind,ro", str(folder)]]
    )
    done = 0
    for step in steps:
        if subprocess.run(step, capture_output=True).returncode != 0:
            break
        done += 1
    try:
        yield done == len(steps)
    finally:
        if done:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def integrity(db: Path) -> str:
    """SQLite's integrity check of db, read-only."""
    import sqlite3

    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def articles_in(db: Path) -> set[str]:
    """The source names of the articles in a library (read-only)."""
    import sqlite3

    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT source_name FROM articles")}
    finally:
        conn.close()


def cap_library_pages(monkeypatch, pages: int) -> None:
    """SQLITE_FULL without a full disk: the library may grow by only this many pages."""
    from viewer.pipeline import library

    real = library._connect

    def connect(path: Path) -> sqlite3.Connection:
        conn = real(path)
        size = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {size + pages}")
        return conn

    monkeypatch.setattr(library, "_connect", connect)
