"""events-cli: the headless twin; bad input is one line on stderr and exit code 2."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys

import pytest
from viewer.cli import main

from .conftest import BUNDLED_DB, ROOT


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_dump_is_the_contract(capsys, bundled_copy):
    code, out, _ = run(capsys, "dump", "--db", str(bundled_copy))
    data = json.loads(out)
    assert code == 0
    assert {"schema_version", "articles", "persons", "orgs", "events", "quotes"} <= set(data)


def test_search_json_shapes_match_dump(capsys, bundled_copy):
    code, out, _ = run(capsys, "search", "--person", "ljy", "--format", "json", "--db", str(bundled_copy))
    result = json.loads(out)
    assert code == 0 and {"persons", "events", "quotes"} <= set(result)
    assert [p["name"] for p in result["persons"]] == ["林俊旸"]
    dump = json.loads(run(capsys, "dump", "--db", str(bundled_copy))[1])
    by_id = {q["id"]: q for q in dump["quotes"]}
    for q in result["quotes"]:
        assert q == by_id[q["id"]]


@pytest.mark.parametrize(
    "args, quotes",
    [
        (["--person", "林俊旸"], 3),
        (["--person", "lin junyang"], 3),
        (["--person", "linjunyang"], 3),
        (["--person", "ljy"], 3),
        (["--date", "2026-03"], 6),
        (["--date", "2026年3月4日"], 2),
        (["--date", "3月4日"], 2),
        (["--date", "2026-03-01..2026-03-07"], 6),
        (["--date", "2026"], 6),
        (["--text", "我"], 5),
        (["--text", "离职"], 1),
        (["--person", "吴泳铭", "--date", "2026-03"], 1),
        (["林俊旸", "2026-03-04"], 1),
    ],
)
def test_search_table_and_json_agree(capsys, bundled_copy, args, quotes):
    code, out, _ = run(capsys, "search", *args, "--format", "json", "--db", str(bundled_copy))
    assert code == 0 and len(json.loads(out)["quotes"]) == quotes
    code, table, _ = run(capsys, "search", *args, "--db", str(bundled_copy))
    assert code == 0 and f"QUOTES ({quotes} of {quotes})" in table


@pytest.mark.parametrize(
    "fmt, marker",
    [("md", "> 不是这几天"), ("csv", "quote_id,speaker"), ("json", '"format": "events-viewer quotes"')],
)
def test_export_each_format(capsys, bundled_copy, tmp_path, fmt, marker):
    out = tmp_path / f"quotes.{fmt}"
    code, _, err = run(
        capsys, "export", "--ids", "1,3", "--format", fmt, "--output", str(out), "--db", str(bundled_copy)
    )
    assert code == 0 and "wrote 2 quotes" in err
    assert marker in out.read_text(encoding="utf-8-sig")


def test_export_by_person_and_date_to_stdout(capsys, bundled_copy):
    code, out, _ = run(capsys, "export", "--person", "吴泳铭", "--format", "md", "--db", str(bundled_copy))
    assert code == 0 and out.startswith("*Reported:* 公司已决定批准林俊旸同学的辞职"), (
        "reported speech, no block quote"
    )
    code, out, _ = run(capsys, "export", "--date", "2025", "--format", "json", "--db", str(bundled_copy))
    assert code == 0 and len(json.loads(out)["quotes"]) == 2


def _bad(capsys, *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 2, (code, out, err)
    assert err.count("\n") == 1 and err.startswith("events-cli: error: "), err
    assert "Traceback" not in err
    return err


def test_missing_database(capsys, tmp_path):
    assert "database not found" in _bad(capsys, "dump", "--db", str(tmp_path / "none.db"))


def test_empty_database(capsys, tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert "empty file" in _bad(capsys, "search", "--text", "x", "--db", str(empty))


def test_a_file_that_is_no_sqlite_database_is_called_so_plainly(capsys, tmp_path):
    """A text file said "corrupt or not a SQLite database: … (file is not a database)", saying it twice."""
    text = tmp_path / "notes.db"
    text.write_bytes(b"this is not sqlite at all" * 100)
    assert (
        _bad(capsys, "dump", "--db", str(text)).strip() == f"events-cli: error: not a SQLite database: {text}"
    )


def test_corrupt_database(capsys, tmp_path):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # begins as SQLite, then garbage
    assert "corrupt or not a SQLite database" in _bad(capsys, "dump", "--db", str(corrupt))


def test_wrong_schema_database(capsys, tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    assert "not an events database" in _bad(capsys, "dump", "--db", str(other))
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE meta (key, value)")
        conn.execute("INSERT INTO meta VALUES ('schema_version', '99')")
    assert "wrong schema version 99" in _bad(capsys, "dump", "--db", str(other))


def test_directory_as_database(capsys, tmp_path):
    assert "not a database file" in _bad(capsys, "dump", "--db", str(tmp_path))


def test_unknown_person_and_unreadable_date(capsys, bundled_copy):
    assert "nobody matches “Zhuge Liang”" in _bad(
        capsys, "search", "--person", "Zhuge Liang", "--db", str(bundled_copy)
    )
    assert "cannot read date “2026-13-45”" in _bad(
        capsys, "search", "--date", "2026-13-45", "--db", str(bundled_copy)
    )
    assert "nobody matches" in _bad(
        capsys, "export", "--person", "nobody", "--format", "md", "--db", str(bundled_copy)
    )


def test_bad_ids_and_unknown_ids(capsys, bundled_copy):
    assert "comma-separated numbers" in _bad(
        capsys, "export", "--ids", "1,x", "--format", "md", "--db", str(bundled_copy)
    )
    assert "no quote with id 99" in _bad(
        capsys, "export", "--ids", "1,99", "--format", "md", "--db", str(bundled_copy)
    )


def test_unwritable_output_leaves_no_file(capsys, bundled_copy, tmp_path):
    target = tmp_path / "missing-folder" / "q.md"
    assert "does not exist" in _bad(
        capsys, "export", "--ids", "1", "--format", "md", "--output", str(target), "--db", str(bundled_copy)
    )
    assert not target.parent.exists()


def test_a_refused_write_exits_2_and_leaves_nothing(capsys, bundled_copy, tmp_path, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("viewer.core.atomic.tempfile.mkstemp", refuse)
    out = tmp_path / "q.md"
    assert "Permission denied" in _bad(
        capsys, "export", "--ids", "1", "--format", "md", "--output", str(out), "--db", str(bundled_copy)
    )
    assert list(tmp_path.iterdir()) == [bundled_copy]


def test_usage_errors_are_one_line(capsys):
    assert "invalid choice" in _bad(capsys, "search", "--format", "xml")
    assert "required" in _bad(capsys, "export", "--ids", "1")
    assert "required: command" in _bad(capsys)


def test_no_command_but_build_changes_the_bundled_database(capsys, tmp_path):
    before = hashlib.sha256(BUNDLED_DB.read_bytes()).hexdigest()
    run(capsys, "dump")
    run(capsys, "search", "--person", "ljy")
    run(capsys, "search", "2026-03", "--format", "json")
    run(capsys, "export", "--ids", "1", "--format", "csv", "--output", str(tmp_path / "x.csv"))
    assert hashlib.sha256(BUNDLED_DB.read_bytes()).hexdigest() == before
    assert not list(BUNDLED_DB.parent.glob("events.db-*")), "no journal or WAL beside the read-only database"


def test_synth_builds_a_searchable_database(capsys, tmp_path):
    out = tmp_path / "synth.db"
    code, _, _ = run(
        capsys, "synth", "--out", str(out), "--persons", "50", "--events", "100", "--quotes", "300"
    )
    assert code == 0
    data = json.loads(run(capsys, "dump", "--db", str(out))[1])
    assert (len(data["persons"]), len(data["events"]), len(data["quotes"])) == (50, 100, 300)
    bodies = {a["id"]: a["body"] for a in data["articles"]}
    for q in data["quotes"] + data["events"]:
        assert bodies[q["article_id"]][slice(*q["span"])] == q["text"]
    name = data["persons"][0]["name"]
    code, out, _ = run(capsys, "search", "--person", name, "--format", "json", "--db", str(out))
    assert code == 0 and name in {p["name"] for p in json.loads(out)["persons"]}


def test_the_console_script_runs_as_a_process():
    proc = subprocess.run(
        [sys.executable, "-m", "viewer.cli", "search", "--person", "nobody-at-all"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_bad_dates_from_the_review_are_one_line_errors(capsys, bundled_copy):
    for bad in ("0000", "十十日", "2026-02-30"):
        assert f"cannot read date “{bad}”" in _bad(capsys, "search", "--date", bad, "--db", str(bundled_copy))


def test_a_bare_unreadable_date_is_just_text(capsys, bundled_copy):
    code, out, err = run(capsys, "search", "0000", "十十日", "--db", str(bundled_copy))
    assert code == 0 and "Traceback" not in err and "QUOTES (0 of 0)" in out


def test_year_less_ranges(capsys, bundled_copy):
    code, out, _ = run(
        capsys, "search", "--date", "3月1日..3月5日", "--format", "json", "--db", str(bundled_copy)
    )
    assert code == 0 and {q["id"] for q in json.loads(out)["quotes"]} == {3, 4, 6}


def test_exclusions_work_on_the_command_line(capsys, bundled_copy):
    code, out, _ = run(capsys, "search", "林俊旸", "-bye", "--format", "json", "--db", str(bundled_copy))
    assert code == 0 and {q["id"] for q in json.loads(out)["quotes"]} == {1, 2}


def test_export_by_organisation(capsys, bundled_copy):
    code, out, _ = run(
        capsys, "export", "--person", "阿里巴巴集团", "--format", "json", "--db", str(bundled_copy)
    )
    assert code == 0 and {q["quote_id"] for q in json.loads(out)["quotes"]} == {5, 7, 8}


def test_a_span_that_no_longer_matches_is_an_error(capsys, bundled_copy):
    with sqlite3.connect(bundled_copy) as conn:
        conn.execute("UPDATE quotes SET span_start = span_start + 3, span_end = span_end + 3 WHERE id = 1")
    assert "no longer matches" in _bad(
        capsys, "export", "--ids", "1", "--format", "md", "--db", str(bundled_copy)
    )


def test_a_bare_word_written_as_a_date_that_is_no_date_exits_2(capsys, bundled_copy):
    code, out, err = run(capsys, "search", "2026-13-45", "--db", str(bundled_copy))
    assert code == 2 and out == ""
    assert err == "events-cli: error: no such date “2026-13-45”: no such month: 13\n"
