"""A corpus of damaged databases, generated here: truncations, bit flips, wrong schemas, stale
journals, damaged meta. Every command on every one: a clean error or a result, never a traceback."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from .tools import ARTICLES, BUNDLED_DB, make_hot_journal, run_main

Damage = Callable[[Path], None]


def _truncate(at: float | int) -> Damage:
    def damage(db: Path) -> None:
        size = db.stat().st_size
        keep = int(size * at) if isinstance(at, float) else at if at >= 0 else size + at
        with open(db, "r+b") as fh:
            fh.truncate(keep)

    return damage


def _flip(seed: int, bits: int) -> Damage:
    def damage(db: Path) -> None:
        rng = random.Random(seed)
        data = bytearray(db.read_bytes())
        for _ in range(bits):
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        db.write_bytes(bytes(data))

    return damage


def _sql(*statements: str) -> Damage:
    def damage(db: Path) -> None:
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return damage


def _journal_from(other: Callable[[], bytes]) -> Damage:
    def damage(db: Path) -> None:
        Path(f"{db}-journal").write_bytes(other())

    return damage


def _hot_then(damage2: Damage | None = None) -> Damage:
    def damage(db: Path) -> None:
        make_hot_journal(db)
        if damage2:
            damage2(Path(f"{db}-journal"))

    return damage


def _replace(content: bytes | None) -> Damage:
    def damage(db: Path) -> None:
        db.unlink()
        if content is None:
            db.mkdir()
        else:
            db.write_bytes(content)

    return damage


def corpus(full: bool) -> dict[str, Damage]:
    """Named ways to damage a copy of the bundled database."""
    out: dict[str, Damage] = {
        "empty file": _replace(b""),
        "a folder": _replace(None),
        "text file": _replace(b"hello, not a database\n" * 100),
        "SQLite header only": _replace(b"SQLite format 3\x00" + bytes(84)),
        "truncated to 100 bytes": _truncate(100),
        "truncated to one page": _truncate(4096),
        "truncated to half": _truncate(0.5),
        "truncated by one byte": _truncate(-1),
        "no meta table": _sql("DROP TABLE meta"),
        "schema version 1": _sql("UPDATE meta SET value = '1' WHERE key = 'schema_version'"),
        "schema version text": _sql("UPDATE meta SET value = 'x' WHERE key = 'schema_version'"),
        "no schema version": _sql("DELETE FROM meta WHERE key = 'schema_version'"),
        "a table missing": _sql("DROP TABLE quotes"),
        "an index missing": _sql("DROP TABLE quotes_fts"),
        "a column missing": _sql("ALTER TABLE quotes DROP COLUMN translation"),
        "a table made a view": _sql("DROP TABLE claims", "CREATE VIEW claims AS SELECT 1 AS id"),
        "malformed schema SQL": _sql(
            "UPDATE sqlite_master SET sql = 'CREATE TABLE persons (\n id INTEGER,\n oops' "
            "WHERE name = 'persons'"
        ),
        "meta values not numbers": _sql(
            "UPDATE meta SET value = 'many' WHERE key LIKE 'max_span%'",
            "INSERT OR REPLACE INTO meta VALUES ('reference_date', 'someday')",
        ),
        "meta values huge": _sql(
            "UPDATE meta SET value = '99999999999999999999999' WHERE key LIKE 'max_span%'"
        ),
        "rows with NULLs": _sql(
            "UPDATE quotes SET kind = 'neither', date_start = 'x', speaker_kind = 'alien'"
        ),
        "rows with wrong types": _sql("UPDATE events SET day_start = 'abc', precision = 42, sort_key = 'z'"),
        "JSON columns broken": _sql("UPDATE persons SET aliases = '{not json'"),
        "spans out of range": _sql("UPDATE quotes SET span_start = 999999, span_end = -5"),
        "dangling ids": _sql("UPDATE quotes SET speaker_person_id = 999999, article_id = 999999"),
        "stale journal of zeros": _journal_from(lambda: bytes(8192)),
        "stale journal of garbage": _journal_from(lambda: random.Random(1).randbytes(20000)),
        "hot journal": _hot_then(),
        "hot journal truncated": _hot_then(_truncate(0.5)),
        "hot journal bit-flipped": _hot_then(_flip(7, 20)),
    }
    flips = 24 if full else 6
    for seed in range(flips):
        out[f"bit flips #{seed} ({1 + seed % 4 * 5} bits)"] = _flip(seed, 1 + seed % 4 * 5)
    for i, at in enumerate((0.1, 0.25, 0.75, 0.9) if full else (0.25,)):
        out[f"truncated to {at:.0%} #{i}"] = _truncate(at)
    return out


COMMANDS = [
    ["search", "林俊旸"],
    ["search", "--text", "离职", "--date", "2026-03", "--format", "json"],
    ["dump"],
    ["export", "--person", "ljy", "--format", "md"],
    ["export", "--ids", "1,2", "--format", "csv"],
]


def _damaged(tmp_path: Path, name: str, damage: Damage) -> Path:
    folder = tmp_path / name.replace(" ", "_").replace("/", "_").replace(",", "").replace("#", "")
    folder.mkdir()
    db = folder / "library.db"
    shutil.copy(BUNDLED_DB, db)
    damage(db)
    return db


def _run_all(tmp_path, capsys, tally, names, full) -> None:
    damages = corpus(full)
    for name in names:
        db = _damaged(tmp_path, name, damages[name])
        for args in COMMANDS:
            outcome, what = run_main(capsys, [*args, "--db", str(db)])
            tally.add(outcome, f"{name}: {what}")
        outcome, what = run_main(capsys, ["import", str(ARTICLES[0]), "--db", str(db)], seconds=120)
        tally.add(outcome, f"{name}: {what}")
    tally.note(
        f"copies of the bundled database damaged {len(damages)} ways; 5 commands and an import on each"
    )
    tally.check()


@pytest.mark.kind("damaged databases")
def test_a_few_damaged_databases(tmp_path, capsys, tally):
    names = ["truncated to half", "bit flips #1 (6 bits)", "malformed schema SQL", "hot journal"]
    names += ["a column missing", "rows with wrong types", "JSON columns broken"]
    _run_all(tmp_path, capsys, tally, names, full=False)


@pytest.mark.thorough
@pytest.mark.kind("damaged databases")
def test_the_whole_corpus_of_damaged_databases(tmp_path, capsys, tally, full):
    _run_all(tmp_path, capsys, tally, list(corpus(full)), full)
