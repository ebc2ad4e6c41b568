"""Importing articles into the library: matched people, idempotence, all-or-nothing, never the bundled file."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from viewer import paths
from viewer.cli import main
from viewer.core.errors import UserError
from viewer.core.repository import Repository
from viewer.pipeline import library
from viewer.pipeline.library import import_files, read_article, save
from viewer.pipeline.review import prune

from .conftest import BUNDLED_DB, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
WIRE = FIXTURES / "articles" / "wire_xinghe.txt"
NOVA = FIXTURES / "articles" / "en_nova.html"
HK = FIXTURES / "heldout" / "heldout_hk_big5.txt"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(db: Path) -> dict[str, int]:
    with Repository(db) as repo:
        return repo.counts(("articles", "persons", "orgs", "events", "quotes"))


def _dump(db: Path) -> dict:
    with Repository(db) as repo:
        return repo.dump()


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "library.db"


def test_import_adds_to_a_copy_of_the_bundled_database(lib, bundled_copy):
    before = _sha(bundled_copy)
    report = import_files([WIRE, HK], lib, bundled_copy)
    assert report.added == ["wire_xinghe.txt", "heldout_hk_big5.txt"] and not report.failed
    assert _sha(bundled_copy) == before
    bundled, imported = _counts(bundled_copy), _counts(lib)
    assert imported["articles"] == bundled["articles"] + 2
    assert imported["quotes"] > bundled["quotes"] and imported["events"] > bundled["events"]
    with Repository(lib) as repo:
        assert repo.reference_date() == "2026-03-07"
        assert [(w.kind, w.name) for w in repo.find_who("梁振邦", exact=True)] == [("person", "梁振邦")]


def test_importing_the_same_article_twice_changes_nothing(lib, bundled_copy):
    import_files([WIRE], lib, bundled_copy)
    first = _dump(lib)
    report = import_files([WIRE, WIRE], lib, bundled_copy)
    assert report.added == [] and report.unchanged == ["wire_xinghe.txt", "wire_xinghe.txt"]
    assert _dump(lib) == first


def test_a_known_person_is_matched_not_added_again(lib, bundled_copy):
    ann = read_article(WIRE)
    person = ann.persons[0]
    again = prune(ann, {person.key}, set(), set())
    renamed = again.__class__(**{**again.__dict__, "body": again.body + "\n附：同一人物的另一篇报道。",
                                 "source_name": "again.txt"})
    save([ann], lib, bundled_copy)
    persons_before = _counts(lib)["persons"]
    save([renamed], lib, bundled_copy)
    assert _counts(lib)["persons"] == persons_before
    assert _counts(lib)["articles"] == _counts(bundled_copy)["articles"] + 2


def test_a_latin_spelling_matches_a_chinese_name_by_pinyin(lib, bundled_copy):
    text = ("Alibaba CEO steps in\nMay 14, 2026\n\n"
            "Alibaba chief executive Wu Yongming said on Tuesday that the team would stay.\n")
    path = lib.parent / "wu.txt"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    before = _counts(bundled_copy)["persons"]
    import_files([path], lib, bundled_copy)
    assert _counts(lib)["persons"] == before
    dump = _dump(lib)
    wu = [p["id"] for p in dump["persons"] if p["name"] == "吴泳铭"]
    assert len(wu) == 1
    assert any("Wu Yongming" in e["text"] and wu[0] in e["person_ids"] for e in dump["events"])


def test_a_failure_midway_leaves_the_library_as_it_was(lib, bundled_copy, monkeypatch):
    import_files([WIRE], lib, bundled_copy)
    before = _sha(lib)

    def broken(self, ann):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(library.Writer, "add", broken)
    with pytest.raises(RuntimeError):
        import_files([HK], lib, bundled_copy)
    assert _sha(lib) == before
    assert sorted(p.name for p in lib.parent.iterdir()) == ["library.db"]


def test_cancelling_keeps_the_articles_already_saved(lib, bundled_copy):
    anns = [read_article(WIRE), read_article(HK), read_article(NOVA)]
    seen = []
    report = save(anns, lib, bundled_copy, progress=lambda i, n, name: seen.append(name),
                  cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and report.added == ["wire_xinghe.txt", "heldout_hk_big5.txt"]
    assert _counts(lib)["articles"] == _counts(bundled_copy)["articles"] + 2


def test_unreadable_files_are_reported_and_the_rest_imported(lib, bundled_copy, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01" * 50)
    report = import_files([binary, WIRE], lib, bundled_copy)
    assert report.added == ["wire_xinghe.txt"]
    assert report.failed == [("photo.txt", "photo.txt: a binary file, not an article")]


def test_the_bundled_database_is_never_the_library(bundled_copy):
    with pytest.raises(UserError, match="bundled"):
        import_files([WIRE], bundled_copy, bundled_copy)


def test_a_library_of_another_schema_is_refused_with_advice(lib, bundled_copy):
    lib.parent.mkdir(parents=True)
    conn = sqlite3.connect(lib)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="Move that file away"):
        import_files([WIRE], lib, bundled_copy)


def test_reviewed_out_facts_are_not_saved(lib, bundled_copy):
    ann = read_article(HK)
    drop_person = next(p for p in ann.persons if p.name == "何婉儀")
    kept = prune(ann, {p.key for p in ann.persons} - {drop_person.key}, {e.key for e in ann.events[1:]},
                 {q.key for q in ann.quotes})
    assert all(q.speaker != drop_person.key for q in kept.quotes)
    assert len(kept.quotes) == len(ann.quotes) - 1 and len(kept.events) == len(ann.events) - 1
    assert all(q.event in {e.key for e in kept.events} | {None} for q in kept.quotes)
    save([kept], lib, bundled_copy)
    with Repository(lib) as repo:
        assert repo.find_who("何婉儀", exact=True) == []
        assert [w.name for w in repo.find_who("梁振邦", exact=True)] == ["梁振邦"]


def test_cli_import_then_search_and_evaluate(capsys, lib, bundled_copy, monkeypatch):
    monkeypatch.setenv("EVENTS_VIEWER_LIBRARY", str(lib))
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    assert main(["import", str(WIRE)]) == 0
    out, err = capsys.readouterr()
    assert out == "imported wire_xinghe.txt\n" and "1 imported" in err
    assert paths.default_db() == lib
    assert main(["search", "--format", "json", "周启明"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in found["persons"]] == ["周启明"]
    assert main(["evaluate", str(WIRE), str(WIRE.with_suffix(".toml")), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert set(scores) == {"persons", "events", "quotes"} and scores["quotes"]["f1"] >= 0.9


def test_cli_import_of_a_bad_file_exits_2_with_one_line(capsys, lib, tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    assert main(["import", "--db", str(lib), str(tmp_path / "a.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == "events-cli: a.pdf: not an article (.txt, .md or .html)"
