"""Tools the fault tests share: running events-cli, hot journals, read-only files, outcomes."""

from __future__ import annotations

import contextlib
import os
import shutil
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
        lines = [line for line in err.splitlines() if line.startswith("events-cli: error:")]
        return "clean error" if len(lines) == 1 or err.count("\n") <= 2 else "traceback"
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
