"""A full file system and read-only files, folders and mounts: one clean line, nothing lost."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from viewer.pipeline import library

from .tools import (
    ARTICLES,
    cap_library_pages,
    integrity,
    library_with,
    make_hot_journal,
    mounted,
    read_only,
    run_main,
)

THREE = [str(p) for p in ARTICLES[:3]]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _import_into_full(tmp_path, capsys, tally, monkeypatch, steps: int) -> None:
    base = library_with(tmp_path, "base.db")
    size = base.stat().st_size
    for k in range(steps):
        mnt = tmp_path / f"disk{k}"
        mnt.mkdir()
        room = size + 4096 + k * 24 * 1024
        with mounted("tmpfs", mnt, room) as real, monkeypatch.context() as m:
            how = "small tmpfs mounts, filled at each step" if real else "simulated: SQLite max_page_count"
            if not real:
                cap_library_pages(m, 1 + k * 6)
            lib = mnt / "library.db"
            shutil.copy(base, lib)
            before = _sha(lib)
            outcome, what = run_main(capsys, ["import", *THREE, "--db", str(lib)], seconds=300)
            tally.add(outcome, what, how)
            assert integrity(lib) == "ok"
            assert outcome == "handled" or _sha(lib) == before, what  # all or nothing
            out = mnt / "quotes.md"
            outcome, what = run_main(
                capsys, ["export", "--ids", "1,2,3", "--format", "md", "--output", str(out)]
            )
            tally.add(outcome, what, how)
            assert not [p for p in mnt.iterdir() if p.name.startswith(".")]  # no temporary file left


@pytest.mark.kind("full file system")
def test_importing_into_a_full_disk(tmp_path, capsys, tally, monkeypatch):
    _import_into_full(tmp_path, capsys, tally, monkeypatch, steps=2)
    tally.check()


@pytest.mark.thorough
@pytest.mark.kind("full file system")
def test_importing_into_disks_filled_at_every_step(tmp_path, capsys, tally, monkeypatch):
    _import_into_full(tmp_path, capsys, tally, monkeypatch, steps=16)
    tally.check()


def _simulate_read_only(monkeypatch) -> None:
    real = library._connect

    def connect(path: Path) -> sqlite3.Connection:
        real(path).close()
        return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)

    monkeypatch.setattr(library, "_connect", connect)


def _every_command(capsys, tally, folder: Path, lib: Path, how: str) -> None:
    before = _sha(lib)
    for args in (
        ["import", *THREE, "--db", str(lib)],
        ["import", *THREE, "--db", str(folder / "new-library.db")],
        ["search", "林俊旸", "--db", str(lib)],
        ["dump", "--db", str(lib)],
        ["export", "--ids", "1", "--format", "csv", "--output", str(folder / "out.csv"), "--db", str(lib)],
    ):
        outcome, what = run_main(capsys, args)
        tally.add(outcome, what, how)
    assert _sha(lib) == before


@pytest.mark.kind("read-only files and folders")
def test_read_only_file_folder_and_mount(tmp_path, capsys, tally, monkeypatch):
    for name in ("file", "folder"):
        folder = tmp_path / name
        folder.mkdir()
        lib = library_with(folder)
        with read_only(lib if name == "file" else folder) as how, monkeypatch.context() as m:
            if not how:
                _simulate_read_only(m)
            _every_command(capsys, tally, folder, lib, f"{name}: {how or 'simulated'}")
    folder = tmp_path / "mount"
    folder.mkdir()
    lib = library_with(folder)
    make_hot_journal(lib)  # and an interrupted import to roll back, which a read-only mount forbids
    with mounted("ro", folder) as real, monkeypatch.context() as m:
        if not real:
            _simulate_read_only(m)
        _every_command(capsys, tally, folder, lib, "mount: read-only bind" if real else "mount: simulated")
    tally.check()
