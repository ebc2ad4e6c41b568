"""events-cli import killed (SIGKILL) at random moments, into a small and a large library: the
library then opens, passes SQLite's integrity check, and holds all of the import or none of it."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import Tally
from .tools import ARTICLES, BUNDLED_DB, ROOT, articles_in, cli, integrity, library_with, run_main

_JOURNALS: dict[str, list[int]] = {}  # per kind of library: [kills, journals left]

BATCH = [str(p) for p in ARTICLES[:6]]


def _large_library(tmp: Path) -> Path:
    """A 26 MB library: a synthetic database of 15,000 events and 30,000 quotes."""
    lib = tmp / "large.db"
    code, _, err = cli(
        "synth", "--out", str(lib), "--persons", "5000", "--events", "15000", "--quotes", "30000"
    )
    assert code == 0, err
    return lib


def _kill_at(lib: Path, delay: float) -> bool:
    """Start an import and SIGKILL it after delay seconds; True when it was still running."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "viewer.cli", "import", *BATCH, "--db", str(lib)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "EVENTS_VIEWER_DB": str(BUNDLED_DB)},
    )
    time.sleep(delay)
    alive = proc.poll() is None
    if alive:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    return alive


def _duration(tmp_path: Path, base: Path) -> float:
    """How long the whole import takes here, now (the kills land within it)."""
    lib = tmp_path / "timed.db"
    lib.write_bytes(base.read_bytes())
    start = time.monotonic()
    code, _, err = cli("import", *BATCH, "--db", str(lib), env={"EVENTS_VIEWER_DB": str(BUNDLED_DB)})
    assert code == 0, err
    lib.unlink()
    return time.monotonic() - start


def _kills(tmp_path: Path, capsys, tally: Tally, base: Path, runs: int, seed: int) -> None:
    rng = random.Random(seed)
    longest = 0.95 * _duration(tmp_path, base)
    before = articles_in(base)
    added = {Path(p).name for p in BATCH}
    hot = killed = 0
    for i in range(runs):
        lib = tmp_path / f"kill{i}.db"
        lib.write_bytes(base.read_bytes())
        delay = rng.uniform(0.05, longest)
        if not _kill_at(lib, delay):
            continue  # it finished first: no fault injected
        killed += 1
        hot += Path(f"{lib}-journal").exists()
        outcome, what = run_main(capsys, ["search", "--text", "表示", "--limit", "1", "--db", str(lib)])
        tally.add(outcome, f"killed after {delay:.2f}s: {what}")
        assert integrity(lib) == "ok"
        assert articles_in(lib) - before in (set(), added), f"killed after {delay:.2f}s: part of the import"
        lib.unlink()
    seen = _JOURNALS.setdefault(tally.kind, [0, 0])
    seen[0], seen[1] = seen[0] + killed, seen[1] + hot
    tally.note(f"SIGKILL at random moments; {seen[1]} of {seen[0]} left a hot journal, rolled back on open")
    tally.check()


@pytest.mark.kind("kills during import, small library")
def test_a_few_kills_into_a_small_library(tmp_path, capsys, tally):
    _kills(tmp_path, capsys, tally, library_with(tmp_path, "small.db"), runs=2, seed=1)


@pytest.mark.thorough
@pytest.mark.kind("kills during import, small library")
def test_kills_into_a_small_library(tmp_path, capsys, tally):
    _kills(tmp_path, capsys, tally, library_with(tmp_path, "small.db"), runs=40, seed=2)


@pytest.mark.thorough
@pytest.mark.kind("kills during import, large library")
def test_kills_into_a_large_library(tmp_path, capsys, tally):
    _kills(tmp_path, capsys, tally, _large_library(tmp_path), runs=25, seed=3)


def test_a_finished_import_holds_every_article(tmp_path):
    """The reference the kills are judged against: left alone, the batch lands whole."""
    lib = library_with(tmp_path)
    code, _, err = cli("import", *BATCH, "--db", str(lib))
    assert code == 0, err
    assert {Path(p).name for p in BATCH} <= articles_in(lib)
    assert json.loads(cli("search", "--text", "表示", "--format", "json", "--db", str(lib))[1])["counts"]
