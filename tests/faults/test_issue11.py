"""Issue 11, defect by defect: each test failed before its fix."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from viewer.cli import main
from viewer.core.errors import UserError
from viewer.core.resolve import resolve
from viewer.export import render
from viewer.pipeline import library
from viewer.pipeline.library import import_files
from viewer.pipeline.reader import read_source

from .tools import (
    BUNDLED_DB,
    ROOT,
    cap_library_pages,
    is_root,
    library_with,
    make_hot_journal,
    one_clean_line,
    read_only,
)

WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"
NOVA = ROOT / "tests" / "fixtures" / "articles" / "en_nova.html"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- 1. a killed import's hot journal ------------------------------------------------------------


def test_a_hot_journal_is_rolled_back_and_the_library_opens(tmp_path, capsys):
    lib = library_with(tmp_path)
    before = _run(capsys, "dump", "--db", str(lib))[1]
    make_hot_journal(lib)
    code, after, err = _run(capsys, "dump", "--db", str(lib))
    assert (code, err) == (0, "") and after == before
    assert not Path(f"{lib}-journal").exists()


def test_an_import_into_a_library_with_a_hot_journal_lands(tmp_path):
    lib = library_with(tmp_path)
    make_hot_journal(lib)
    report = import_files([WIRE], lib, BUNDLED_DB)
    assert report.added == ["wire_xinghe.txt"] and not report.failed


def test_the_bundled_database_is_never_written_to_roll_back(tmp_path, capsys, monkeypatch):
    bundled = library_with(tmp_path, "events.db")
    make_hot_journal(bundled)
    monkeypatch.setenv("EVENTS_VIEWER_DB", str(bundled))
    before = (_sha(bundled), _sha(Path(f"{bundled}-journal")))
    code, _, err = _run(capsys, "search", "x")
    assert one_clean_line(code, err) and "bundled database is never written" in err
    assert (_sha(bundled), _sha(Path(f"{bundled}-journal"))) == before


def test_no_message_advises_discarding_the_library(tmp_path):
    lib = tmp_path / "lib.db"
    conn = sqlite3.connect(lib)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()
    with pytest.raises(UserError) as caught:
        import_files([WIRE], lib, BUNDLED_DB)
    assert "wrong schema version 1" in str(caught.value)
    assert not re.search(r"move (that|the|it)|delete|remove|start a new library", str(caught.value), re.I)
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "viewer").rglob("*.py")]
    assert not any("Move that file away" in s for s in sources)


# --- 2. one line and exit 2 instead of a traceback ------------------------------------------------


def _simulated_read_only(monkeypatch) -> None:
    """The library opened as SQLite opens a file it may not write."""
    real = library._connect

    def connect(path: Path) -> sqlite3.Connection:
        real(path).close()
        return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)

    monkeypatch.setattr(library, "_connect", connect)


def test_importing_into_a_read_only_library_is_one_line(tmp_path, capsys, monkeypatch):
    lib = library_with(tmp_path)
    before = _sha(lib)
    with read_only(lib) as how:
        if not how:
            _simulated_read_only(monkeypatch)
        code, _, err = _run(capsys, "import", str(WIRE), "--db", str(lib))
    assert one_clean_line(code, err) and "read-only" in err
    assert _sha(lib) == before


def test_importing_into_a_read_only_folder_is_one_line(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    lib = library_with(folder)
    with read_only(folder) as how:
        if not how:
            _simulated_read_only(monkeypatch)
        code, _, err = _run(capsys, "import", str(WIRE), "--db", str(lib))
    assert one_clean_line(code, err) and "read-only" in err


@pytest.mark.parametrize("pages", [1, 5])
def test_a_full_disk_during_import_names_the_real_cause(tmp_path, capsys, monkeypatch, pages):
    lib = library_with(tmp_path)
    before = _sha(lib)
    cap_library_pages(monkeypatch, pages)
    code, _, err = _run(capsys, "import", str(WIRE), str(NOVA), "--db", str(lib))
    assert one_clean_line(code, err) and "database or disk is full" in err and "savepoint" not in err
    assert _sha(lib) == before


@pytest.mark.parametrize("output", ["", "."])
def test_export_to_a_folder_or_an_empty_name_is_one_line(tmp_path, capsys, monkeypatch, output):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, "export", "--ids", "1", "--format", "md", "--output", output)
    assert one_clean_line(code, err)
    (tmp_path / "d").mkdir()
    code, _, err = _run(capsys, "export", "--ids", "1", "--format", "md", "--output", "d")
    assert one_clean_line(code, err) and "folder" in err


@pytest.mark.parametrize(
    "args",
    [
        ["search", "\udcff"],
        ["search", "--person", "a\udcffb"],
        ["search", "x", "--limit", "99999999999999999999"],
        ["search", "x", "--limit", "-99999999999999999999"],
        ["export", "--ids", "99999999999999999999", "--format", "md"],
        ["export", "--ids", "-5", "--format", "md"],
        ["synth", "--out", "x.db", "--persons", "99999999999999999999"],
    ],
)
def test_bad_arguments_are_one_line(capsys, args, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, *args)
    assert one_clean_line(code, err)
    assert "\udcff" not in err


def test_a_closed_pipe_is_no_error_and_a_full_disk_is_one_line(tmp_path):
    big = tmp_path / "big.db"  # a dump far larger than a pipe holds
    assert main(["synth", "--out", str(big), "--persons", "500", "--events", "2000", "--quotes", "4000"]) == 0
    head = "import sys; sys.stdin.buffer.read(10)"
    reader = subprocess.Popen([sys.executable, "-c", head], stdin=subprocess.PIPE)
    proc = subprocess.run(
        [sys.executable, "-m", "viewer.cli", "dump", "--db", str(big)],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    reader.stdin.close()
    reader.wait()
    assert proc.returncode == 0 and proc.stderr == b""
    if Path("/dev/full").exists():
        with open("/dev/full", "wb") as full:
            proc = subprocess.run(
                [sys.executable, "-m", "viewer.cli", "dump"], stdout=full, stderr=subprocess.PIPE, cwd=ROOT
            )
        assert proc.returncode == 2 and b"No space left" in proc.stderr and proc.stderr.count(b"\n") == 1


def test_invalid_utf8_on_a_real_command_line_is_one_line():
    proc = subprocess.run(
        [sys.executable, "-m", "viewer.cli", "search", os.fsdecode(b"\xff")],
        capture_output=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2 and proc.stderr.count(b"\n") == 1 and b"UTF-8" in proc.stderr


@pytest.mark.parametrize("value", ["abc", "1.5", "", "99999999999999999999999", "-3"])
def test_a_non_integer_meta_value_is_one_line(tmp_path, capsys, value):
    db = library_with(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('max_span_days_events', ?)", (value,))
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('reference_date', ?)", (value,))
    conn.commit()
    conn.close()
    code, _, err = _run(capsys, "search", "--date", "2026-03", "--db", str(db))
    assert code == 0 or one_clean_line(code, err)


def test_a_symlink_loop_as_the_database_is_one_line(tmp_path, capsys):
    (tmp_path / "a.db").symlink_to(tmp_path / "b.db")
    (tmp_path / "b.db").symlink_to(tmp_path / "a.db")
    for args in (["search", "x"], ["import", str(WIRE)], ["export", "--ids", "1", "--format", "md"]):
        code, _, err = _run(capsys, *args, "--db", str(tmp_path / "a.db"))
        assert one_clean_line(code, err), err


def test_a_folder_without_search_permission_is_one_line(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    db = library_with(folder)
    if is_root():  # root passes any permission: the folder is refused as the kernel would refuse it
        real = Path.stat

        def stat(self, *a, **k):
            if folder in Path(self).parents:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self, *a, **k)

        monkeypatch.setattr(Path, "stat", stat)
        code, _, err = _run(capsys, "search", "x", "--db", str(db))
    else:
        folder.chmod(0o600)
        try:
            code, _, err = _run(capsys, "search", "x", "--db", str(db))
        finally:
            folder.chmod(0o700)
    assert one_clean_line(code, err) and "Permission denied" in err


def test_importing_into_a_damaged_library_is_one_line(tmp_path, capsys):
    lib = library_with(tmp_path)
    conn = sqlite3.connect(lib)
    # a constraint the library should not have: the next article cannot be written
    conn.execute("CREATE TRIGGER damaged BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'x'); END")
    conn.commit()
    conn.close()
    code, _, err = _run(capsys, "import", str(WIRE), "--db", str(lib))
    assert one_clean_line(code, err) and "damaged" in err


def test_a_malformed_schema_and_input_newlines_stay_on_one_line(tmp_path, capsys):
    db = library_with(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE TABLE persons (\n  id INTEGER,\n  oops' "
        "WHERE name = 'persons'"
    )
    conn.commit()
    conn.close()
    code, _, err = _run(capsys, "search", "x", "--db", str(db))
    assert one_clean_line(code, err)
    code, _, err = _run(capsys, "search", 'p:"a\nb\x1b[31m"')
    assert one_clean_line(code, err) and "\x1b" not in err


# --- 3. export never replaces a special file ------------------------------------------------------


def test_export_never_replaces_a_fifo_a_device_or_a_symlink(tmp_path, capsys):
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    target = tmp_path / "real.md"
    target.write_text("mine", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    for out in (fifo, link, Path(os.devnull)):
        code, _, err = _run(capsys, "export", "--ids", "1", "--format", "md", "--output", str(out))
        assert one_clean_line(code, err) and "not a regular file" in err
    assert fifo.is_fifo() and link.is_symlink() and target.read_text(encoding="utf-8") == "mine"
    assert Path(os.devnull).is_char_device()
    code, _, _ = _run(capsys, "export", "--ids", "1", "--format", "md", "--output", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").startswith(">")


# --- 4. import refuses what is not a regular file, before reading it ------------------------------


def test_a_fifo_is_refused_not_waited_on(tmp_path, capsys):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    proc = subprocess.run(
        [sys.executable, "-m", "viewer.cli", "import", str(fifo), "--db", str(tmp_path / "lib.db")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2 and "not a regular file" in proc.stderr


def test_dev_zero_behind_a_txt_link_is_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(UserError, match=r"not an article|not a regular file"):
        read_source(link)


def test_at_most_the_limit_plus_one_byte_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    asked = []
    real = os.fdopen

    def spy(*a, **k):
        fh = real(*a, **k)
        read = fh.read
        fh_read = lambda n=-1: asked.append(n) or read(n)  # noqa: E731
        return _Wrapped(fh, fh_read)

    monkeypatch.setattr(os, "fdopen", spy)
    with pytest.raises(UserError, match="too large"):
        read_source(path, max_bytes=1000)
    assert asked == [1001]


class _Wrapped:
    def __init__(self, fh, read) -> None:
        self.fh, self.read = fh, read

    def fileno(self) -> int:
        return self.fh.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()


# --- 5. links out, NUL bytes, byte-order marks ----------------------------------------------------


def test_a_txt_link_to_a_file_not_named_as_an_article_is_refused(tmp_path):
    link = tmp_path / "notes.txt"
    link.symlink_to("/etc/passwd")
    with pytest.raises(UserError, match="not an article"):
        read_source(link)
    real = tmp_path / "elsewhere.txt"
    real.write_text("张三表示：“我们会继续投入。”\n" * 3, encoding="utf-8")
    ok = tmp_path / "ok.txt"
    ok.symlink_to(real)
    assert "张三" in read_source(ok).text


@pytest.mark.parametrize("at", [5000, 100_000])
def test_a_nul_byte_anywhere_is_a_binary_file(tmp_path, at):
    path = tmp_path / "a.txt"
    path.write_bytes(b"a" * at + b"\x00" + b"b" * 100)
    with pytest.raises(UserError, match="binary"):
        read_source(path)
    utf16 = tmp_path / "b.txt"
    utf16.write_bytes(("张三表示" * 2000 + "\x00").encode("utf-16"))
    with pytest.raises(UserError, match="binary"):
        read_source(utf16)


@pytest.mark.parametrize(
    "raw",
    [
        b"\xef\xbb\xbf\xff\xfe\xfa not utf-8",
        b"\xff\xfe" + "张三".encode("utf-16-le") + b"\x41",
        b"\xfe\xff\xd8\x00",
    ],
)
def test_a_bom_before_bad_bytes_is_an_encoding_problem(tmp_path, raw):
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    with pytest.raises(UserError, match="byte-order mark but is not valid"):
        read_source(path)


# --- 6. lone surrogates in a query ----------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["\ud800", "p:\udcff", '"a\udfff"', "林\ud83d", "org:\ud800x", "\udce4\udcb8"]
)
def test_a_lone_surrogate_in_a_query_is_handled(repo, query):
    res = resolve(repo, query)
    repo.quotes(res.filter, limit=5)
    repo.events(res.filter, limit=5)
    repo.find_who(query)


# --- 7. exports escape what they carry ------------------------------------------------------------


@pytest.fixture
def cit(repo):
    from viewer.core.filters import Filter
    from viewer.export import citations

    return citations(repo, repo.quotes(Filter(), limit=1))[0]


def _blocks(md: str) -> list[str]:
    """The lines of the Markdown before the first speaker line."""
    return md.split("\n\n— ")[0].split("\n")


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "first\n# heading",
        "a\r\n\r\n- item",
        "x\n1. list\n===",
        "*[a](http://x)*",
    ],
)
@pytest.mark.parametrize("kind", ["direct", "reported"])
def test_markdown_keeps_a_quote_inside_its_block(cit, text, kind):
    md = render([dict(cit, kind=kind, text=text, translation=text, article_title=text)], "md")
    lines = _blocks(md)
    if kind == "direct":
        assert all(line.startswith(">") for line in lines)
    else:  # reported speech: one paragraph marked as such, never a block quote
        assert len(lines) == 1 and lines[0].startswith("*Reported:* ")
    assert "<script>" not in md and "\n#" not in md and not re.search(r"(?<!\\)\]\(", md)
    assert re.search(r"^Source: .*$", md, re.M).group(0).count("\n") == 0


@pytest.mark.parametrize(
    "payload", ["＝1+1", "＋1", "－1", "＠SUM(A1)", "  =1+1", "\n=1+1", " \t@x", "\u3000=1"]
)
def test_csv_neutralises_full_width_and_indented_formulas(cit, payload):
    rows = list(csv.reader(io.StringIO(render([dict(cit, text=payload)], "csv"))))
    assert rows[1][rows[0].index("text")] == "'" + payload
