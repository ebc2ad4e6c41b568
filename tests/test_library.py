"""Importing articles into the library: matched people, idempotence, all-or-nothing, never the bundled
file, a publication date given for undated articles."""

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
from viewer.core.resolve import resolve
from viewer.core.schema import TEXT_INDEX_VERSION
from viewer.core.text import spaced_cjk
from viewer.pipeline import library
from viewer.pipeline.library import import_files, read_article, save
from viewer.pipeline.review import prune, undated_happenings
from viewer.pipeline.upgrade import upgrade_library

from .conftest import ROOT

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
    renamed = again.__class__(
        **{**again.__dict__, "body": again.body + "\n附：同一人物的另一篇报道。", "source_name": "again.txt"}
    )
    save([ann], lib, bundled_copy)
    persons_before = _counts(lib)["persons"]
    save([renamed], lib, bundled_copy)
    assert _counts(lib)["persons"] == persons_before
    assert _counts(lib)["articles"] == _counts(bundled_copy)["articles"] + 2


def test_a_latin_spelling_matches_a_chinese_name_by_pinyin(lib, bundled_copy):
    text = (
        "Alibaba CEO steps in\nMay 14, 2026\n\n"
        "Alibaba chief executive Wu Yongming said on Tuesday that the team would stay.\n"
    )
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


def test_cancelling_saves_nothing(lib, bundled_copy):
    import_files([NOVA], lib, bundled_copy)
    before = _dump(lib)
    seen = []
    report = save(
        [read_article(WIRE), read_article(HK)],
        lib,
        bundled_copy,
        progress=lambda i, n, name: seen.append(name),
        cancelled=lambda: len(seen) >= 2,
    )
    assert report.cancelled and report.added == [] and seen[:2] == ["wire_xinghe.txt", "heldout_hk_big5.txt"]
    assert _dump(lib) == before


def test_two_imports_at_once_both_land(lib, bundled_copy):
    import threading

    anns = [read_article(WIRE), read_article(HK)]
    errors = []

    def run(ann):
        try:
            save([ann], lib, bundled_copy)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(a,)) for a in anns]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    names = {a["source_name"] for a in _dump(lib)["articles"]}
    assert {"wire_xinghe.txt", "heldout_hk_big5.txt"} <= names


def test_nothing_readable_creates_no_library(lib, bundled_copy, tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01" * 100)
    report = import_files([bad], lib, bundled_copy)
    assert report.added == [] and len(report.failed) == 1
    assert not lib.exists()


def test_a_folder_or_an_impossible_path_is_a_clear_error(capsys, tmp_path):
    folder = tmp_path / "somewhere"
    folder.mkdir()
    assert main(["import", "--db", str(folder), str(WIRE)]) == 2
    assert "is not a database file" in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["import", "--db", str(blocker / "lib.db"), str(WIRE)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("events-cli: error: cannot create") and "Traceback" not in err


def test_unreadable_files_are_reported_and_the_rest_imported(lib, bundled_copy, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01" * 50)
    report = import_files([binary, WIRE], lib, bundled_copy)
    assert report.added == ["wire_xinghe.txt"]
    assert report.failed == [("photo.txt", "photo.txt: a binary file, not an article")]


def test_the_bundled_database_is_never_the_library(bundled_copy):
    with pytest.raises(UserError, match="bundled"):
        import_files([WIRE], bundled_copy, bundled_copy)


def test_a_library_of_another_schema_is_refused_and_kept(lib, bundled_copy):
    lib.parent.mkdir(parents=True)
    conn = sqlite3.connect(lib)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="left as it is"):
        import_files([WIRE], lib, bundled_copy)


def test_reviewed_out_facts_are_not_saved(lib, bundled_copy):
    ann = read_article(HK)
    drop_person = next(p for p in ann.persons if p.name == "何婉儀")
    kept = prune(
        ann,
        {p.key for p in ann.persons} - {drop_person.key},
        {e.key for e in ann.events[1:]},
        {q.key for q in ann.quotes},
    )
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


def _article(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def _persons(db: Path) -> dict[str, list[str]]:
    return {
        p["name"]: json.loads(p["aliases"]) if isinstance(p["aliases"], str) else p["aliases"]
        for p in _dump(db)["persons"]
    }


def test_people_read_alike_but_written_differently_stay_apart(lib, bundled_copy, tmp_path):
    files = [
        _article(
            tmp_path,
            "a1.txt",
            "Wei Zhang leaves\nMay 14, 2026\n\n"
            "Chief executive Wei Zhang said on Monday that the firm would grow.\n",
        ),
        _article(
            tmp_path,
            "a2.txt",
            "张伟离职\n2026-05-14\n\n甲公司首席执行官张伟表示：“我将于本月离开公司，感谢大家。”\n",
        ),
        _article(
            tmp_path,
            "a3.txt",
            "张薇履新\n2026-05-14\n\n乙公司总裁张薇表示：“公司将继续扩大在东南亚的业务。”\n",
        ),
        _article(
            tmp_path,
            "a4.txt",
            "章炜退休\n2026-05-14\n\n丙公司董事长章炜表示：“退休后我将投身公益事业，谢谢大家。”\n",
        ),
    ]
    import_files(files, lib, bundled_copy)
    persons = _persons(lib)
    assert {"张薇", "章炜"} <= set(persons)
    assert persons["Wei Zhang"] == ["张伟"] and "张伟" not in persons


def test_traditional_and_simplified_spellings_are_one_person(lib, bundled_copy, tmp_path):
    hk = _article(
        tmp_path, "hk.txt", "主席辭任\n2025-10-15\n\n主席何婉儀在信中寫道：「我們衷心感謝他多年來的貢獻。」\n"
    )
    cn = _article(
        tmp_path, "cn.txt", "主席辞任\n2025-10-16\n\n主席何婉仪在信中写道：“我们会继续支持新的管理层。”\n"
    )
    import_files([hk, cn], lib, bundled_copy)
    names = [n for n in _persons(lib) if n.startswith("何")]
    assert names == ["何婉儀"]
    with Repository(lib) as repo:
        assert [w.name for w in repo.find_who("何婉仪", exact=True)] == ["何婉儀"]


def test_a_generic_board_is_not_shared_between_companies(lib, bundled_copy, tmp_path):
    one = _article(
        tmp_path, "one.txt", "甲\n2026-05-14\n\n公司董事会表示，甲公司各项业务运营正常，不受影响。\n"
    )
    two = _article(tmp_path, "two.txt", "乙\n2026-05-15\n\n公司董事会表示，乙公司将尽快选出新任总经理。\n")
    import_files([one, two], lib, bundled_copy)
    boards = [o for o in _dump(lib)["orgs"] if o["name"].endswith("董事会")]
    assert len({o["id"] for o in boards}) == len(boards) and len(boards) >= 2


def _age(db: Path) -> None:
    """Make a database look built before every printed form was indexed: quotes indexed by their
    first form only, no text_index mark."""
    from viewer.core.text import fts_fold, spaced_cjk

    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM meta WHERE key = 'text_index'")
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('delete-all')")
    rows = conn.execute("SELECT ordinal, text, translation FROM quotes").fetchall()
    conn.executemany(
        "INSERT INTO quotes_fts (rowid, body) VALUES (?, ?)",
        [(n, spaced_cjk(fts_fold(f"{t}\n{tr or ''}"))) for n, t, tr in rows],
    )
    conn.commit()
    conn.close()


SECOND_FORM = "目前千问模型团队稳定"  # 阿里集团's denial as printed the second time


def _quote_ids(capsys, *args: str) -> set[int]:
    assert main(["search", "--format", "json", *args]) == 0
    return {q["id"] for q in json.loads(capsys.readouterr().out)["quotes"]}


def test_an_older_library_indexes_every_printed_form_once_something_is_imported(capsys, lib, bundled_copy):
    lib.parent.mkdir(parents=True)
    lib.write_bytes(bundled_copy.read_bytes())
    _age(lib)
    assert _quote_ids(capsys, SECOND_FORM, "--db", str(lib)) == set()  # it still opens and reads
    report = import_files([WIRE], lib, bundled_copy)
    assert report.added == ["wire_xinghe.txt"]
    assert _quote_ids(capsys, SECOND_FORM, "--db", str(lib)) == {5}


def test_an_older_library_is_brought_up_to_date_on_open_never_the_bundled_database(
    capsys, lib, bundled_copy, monkeypatch
):
    import_files([WIRE], lib, bundled_copy)
    _age(lib)
    _age(bundled_copy)
    bundled_sha = _sha(bundled_copy)
    monkeypatch.setenv("EVENTS_VIEWER_LIBRARY", str(lib))
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    assert _quote_ids(capsys, SECOND_FORM, "--db", str(bundled_copy)) == set()
    assert _sha(bundled_copy) == bundled_sha
    assert _quote_ids(capsys, SECOND_FORM) == {5}  # the library, the default database
    with Repository(lib) as repo:
        assert repo.meta["text_index"] == TEXT_INDEX_VERSION and repo.counts(("articles",))["articles"] == 2
    assert not upgrade_library(bundled_copy, bundled_copy) and _sha(bundled_copy) == bundled_sha


def test_a_search_in_either_script_finds_words_printed_in_the_other(capsys, lib, bundled_copy, monkeypatch):
    """交给年轻一代 (Simplified) finds 「…把棒交給年輕一代。」 printed in Traditional, and 報導-style terms
    the Simplified text; a library indexed before both scripts were read as one is rebuilt on open."""
    import_files([HK], lib, bundled_copy)
    simplified, traditional = "交给年轻一代", "交給年輕一代"
    found = _quote_ids(capsys, simplified, "--db", str(lib))
    assert len(found) == 1 and _quote_ids(capsys, traditional, "--db", str(lib)) == found
    bundled = _quote_ids(capsys, "稳定", "--db", str(lib))
    assert bundled and _quote_ids(capsys, "穩定", "--db", str(lib)) == bundled
    conn = sqlite3.connect(lib)  # as the version before wrote it: every form, each in its own script
    conn.execute("UPDATE meta SET value = 'occurrences' WHERE key = 'text_index'")
    conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('delete-all')")
    rows = conn.execute("SELECT ordinal, text FROM quotes").fetchall()
    as_printed = [(n, spaced_cjk(t)) for n, t in rows]
    conn.executemany("INSERT INTO quotes_fts (rowid, body) VALUES (?, ?)", as_printed)
    conn.commit()
    conn.close()
    assert _quote_ids(capsys, traditional, "--db", str(lib)) == found  # as printed: still found
    assert _quote_ids(capsys, simplified, "--db", str(lib)) == set()
    monkeypatch.setenv("EVENTS_VIEWER_LIBRARY", str(lib))
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    assert _quote_ids(capsys, simplified) == found  # the library, brought up to date as it opens
    with Repository(lib) as repo:
        assert repo.meta["text_index"] == TEXT_INDEX_VERSION


def test_a_library_busy_with_an_import_is_read_as_it_is(capsys, lib, bundled_copy, monkeypatch):
    import_files([WIRE], lib, bundled_copy)
    _age(lib)
    monkeypatch.setenv("EVENTS_VIEWER_LIBRARY", str(lib))
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    monkeypatch.setattr("viewer.pipeline.upgrade.UPGRADE_WAIT", 0.05)
    writer = sqlite3.connect(lib, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another import holds the write lock
    try:
        assert _quote_ids(capsys, "集体离职") == {5}
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Repository(lib) as repo:
        assert "text_index" not in repo.meta


def test_the_window_start_up_brings_an_older_library_up_to_date(lib, bundled_copy, monkeypatch):
    from viewer.gui import launch

    import_files([WIRE], lib, bundled_copy)
    _age(lib)
    monkeypatch.setenv("EVENTS_VIEWER_LIBRARY", str(lib))
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    launch.upgrade_library()
    with Repository(lib) as repo:
        assert repo.meta["text_index"] == TEXT_INDEX_VERSION
    assert not upgrade_library(lib, bundled_copy)  # once is enough


UNDATED = (
    "日官房长官:私人行程\n\n记者雷光涵/即时报导\n\n"
    "木原稔周一表示,台湾方面说明是私人行程。王毅周日举行记者会。\n"
)


def test_an_article_without_a_full_date_is_read_against_the_date_given(tmp_path):
    path = _article(tmp_path, "undated.txt", UNDATED)
    guessed = read_article(path)
    assert guessed.published_guess and not [e for e in guessed.events if e.date]
    dated = read_article(path, published=dt.date(2026, 3, 9))
    assert not dated.published_guess and dated.published_date.label() == "2026-03-09"
    assert sorted(e.date.label() for e in dated.events) == ["2026-03-08*", "2026-03-09*"]
    assert read_article(WIRE, published=dt.date(2020, 1, 1)).published_date.label() == "2025-11-18"


def test_redate_reads_an_extraction_again_against_a_new_publication_date(tmp_path):
    from viewer.pipeline.extract import redate

    ann = read_article(_article(tmp_path, "undated.txt", UNDATED))
    again = redate(ann, dt.date(2026, 3, 9))
    assert again.source_sha256 == ann.source_sha256 and again.body == ann.body
    assert sorted(e.date.label() for e in again.events) == ["2026-03-08*", "2026-03-09*"]


def test_cli_import_published_dates_relative_dates(capsys, lib, bundled_copy, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    path = _article(tmp_path, "undated.txt", UNDATED)
    assert main(["import", "--db", str(lib), "--published", "2026-03-09", str(path)]) == 0
    with sqlite3.connect(lib) as db:
        dates = {row[0] for row in db.execute("SELECT date_start FROM events")}
    assert {"2026-03-08", "2026-03-09"} <= dates


def test_cli_import_says_which_articles_print_no_publication_day(
    capsys, lib, bundled_copy, monkeypatch, tmp_path
):
    """An import without --published dated nothing relative to a day no article printed, and said nothing."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    path = _article(tmp_path, "undated.txt", UNDATED)
    assert main(["import", "--db", str(lib), str(path), str(WIRE)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and err[0].startswith("events-cli: undated.txt prints no publication date")
    assert "--published DATE" in err[0] and err[1].startswith("2 imported")
    again = _article(tmp_path, "again.txt", UNDATED.replace("木原稔", "木原"))
    assert main(["import", "--db", str(lib), "--published", "2026-03-09", str(again)]) == 0
    assert capsys.readouterr().err.strip().splitlines()[0].startswith("1 imported")


@pytest.mark.parametrize("bad", ["2026-03", "3月9日", "someday"])
def test_cli_import_published_needs_a_full_day(capsys, lib, bad):
    assert main(["import", "--db", str(lib), "--published", bad, str(WIRE)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("events-cli: error: --published")


def test_a_page_whose_header_prints_no_date_is_dated_by_its_metadata() -> None:
    # the Guardian's "Wed 8 Oct 2003 09.12 BST" is not read; article:published_time is, and
    # "yesterday" is then the day before it
    ann = read_article(FIXTURES / "pages" / "guardian_reuters_2003.html")
    assert (ann.published_date.label(), ann.published_guess) == ("2003-10-08", False)
    assert any(e.date_text == "yesterday" and e.date.label() == "2003-10-07*" for e in ann.events)


def test_a_page_author_comes_from_the_printed_byline_else_from_its_metadata(tmp_path: Path) -> None:
    assert read_article(FIXTURES / "pages" / "ap_nyc_rain_2007.html").author == "Verena Dobnik"
    page = tmp_path / "nova.html"
    page.write_text(
        NOVA.read_text(encoding="utf-8").replace("<head>", '<head><meta name="author" content="Web Desk">'),
        encoding="utf-8",
    )
    assert read_article(page).author == "Daniel Park"


def test_a_date_given_by_the_reader_wins_over_the_page_metadata(tmp_path: Path) -> None:
    guardian = FIXTURES / "pages" / "guardian_reuters_2003.html"
    # the page prints its day (Wed 8 Oct 2003): that is read, and the reader is never asked
    assert read_article(guardian).published_date.label() == "2003-10-08"
    page = tmp_path / "undated.html"  # the same page without its printed date line
    page.write_text(
        guardian.read_text(encoding="utf-8").replace("Wed 8 Oct 2003 09.12 BST", ""), encoding="utf-8"
    )
    ann = read_article(page, published=dt.date(2003, 10, 9))
    assert ann.published_date.label() == "2003-10-09"


def test_already_in_finds_the_articles_the_library_holds_and_never_fails(tmp_path, bundled_copy):
    wire = library.read_article(Path(__file__).parent / "fixtures" / "articles" / "wire_xinghe.txt")
    lib = tmp_path / "library.db"
    assert library.already_in(lib, [wire]) == set(), "no library yet"
    library.save([wire], lib, bundled_copy)
    other = library.read_article(Path(__file__).parent / "fixtures" / "heldout" / "heldout_hk_big5.txt")
    assert library.already_in(lib, [other, wire]) == {1}
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database" * 100)
    assert library.already_in(damaged, [wire]) == set(), "saving will say what is wrong"


def test_an_imported_quotes_citation_names_the_speakers_role_and_the_day(lib, bundled_copy, capsys):
    shicheng = FIXTURES / "real" / "blindq_shicheng_leehsienloong.txt"
    import_files([shicheng], lib, bundled_copy)
    assert main(["export", "--db", str(lib), "--person", "李顯龍", "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert "— 李顯龍 (Li Xianlong), 新加坡總理; " in md
    assert "Source: “李顯龍:新加坡要保持特好狀態 為下一代人做準備”, 2023-03-31, characters " in md


def test_cli_evaluate_answered_dates_a_text_that_prints_no_day_as_the_review_would(capsys):
    """AP via the Sioux City Journal (set E): "launched her campaign … on Wednesday" dates nothing until
    the reviewer gives the publication day, as --answered does with the annotation's."""
    article = ROOT / "tests" / "fixtures" / "real" / "blinde_siouxcity_benson.txt"
    annotation = article.with_suffix(".toml")
    assert main(["evaluate", str(article), str(annotation), "--json"]) == 0
    as_read = json.loads(capsys.readouterr().out)["events"]
    assert main(["evaluate", str(article), str(annotation), "--json", "--answered"]) == 0
    answered = json.loads(capsys.readouterr().out)["events"]
    assert (as_read["right"], answered["right"]) == (0, 2)


def test_a_japanese_name_gets_no_pinyin_for_its_latin_name_but_is_found_by_it(lib, bundled_copy):
    """The walkthrough's people list read 木原稔 Muyuan Ren: pinyin is no romanisation of a Japanese name
    (Kihara Minoru). None is shown; the pinyin still finds him and lists him."""
    text = "官房长官谈访日\n2026年3月9日\n\n日本官房长官木原稔9日表示,台湾方面说明是私人行程。\n"
    path = lib.parent / "kihara.txt"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    import_files([path], lib, bundled_copy)
    kihara = next(p for p in _dump(lib)["persons"] if p["name"] == "木原稔")
    assert kihara["name_latin"] == ""
    with Repository(lib) as repo:
        assert [w.name for w in repo.also_who("muyuan", 50)] == ["木原稔"]


def test_an_article_taken_out_of_the_library_leaves_it_as_before_it_was_imported(lib, bundled_copy):
    """File → Library… takes an article out with its events, quotes, roles and the people only it named."""
    import_files([WIRE], lib, bundled_copy)
    before = _counts(lib)
    import_files([HK], lib, bundled_copy)
    with Repository(lib) as repo:
        hk = next(a.id for a in repo.articles() if a.source_name == "heldout_hk_big5.txt")
    assert library.remove_articles(lib, bundled_copy, [hk]) == 1
    assert _counts(lib) == before
    conn = sqlite3.connect(lib)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = "SELECT COUNT(*) FROM name_forms WHERE entity_kind = 'person' AND entity_id NOT IN "
        assert conn.execute(orphans + "(SELECT id FROM persons)").fetchone()[0] == 0
    finally:
        conn.close()
    with Repository(lib) as repo:
        assert repo.count_quotes(resolve(repo, "周启明").filter) > 0, "the rest is still found"
        assert not repo.find_who("梁振邦"), "nobody only the article named is left"


def test_taking_every_article_out_leaves_an_empty_library_and_never_the_bundled_file(lib, bundled_copy):
    before = _sha(bundled_copy)
    import_files([WIRE], lib, bundled_copy)
    with Repository(lib) as repo:
        ids = [a.id for a in repo.articles()]
    assert library.remove_articles(lib, bundled_copy, ids) == len(ids)
    assert _counts(lib) == {"articles": 0, "persons": 0, "orgs": 0, "events": 0, "quotes": 0}
    with pytest.raises(UserError, match="bundled"):
        library.remove_articles(bundled_copy, bundled_copy, [1])
    assert _sha(bundled_copy) == before


def test_the_happenings_an_article_without_its_date_tells_by_that_day():
    """昨日上午…一审宣判 in a text that prints no publication date: no event until the day is given
    (the review says so at Save); an article with its date has none such."""
    undated = read_article(FIXTURES / "real" / "blindab_mnw_fanhei.txt")
    assert undated.published_date is None
    lost = undated_happenings(undated)
    assert [e.date_text for e in lost] == ["昨日", "昨天"]
    assert not {e.anchor.start for e in lost} & {e.anchor.start for e in undated.events}
    assert undated_happenings(read_article(FIXTURES / "articles" / "wire_xinghe.txt")) == []


def test_a_database_named_anew_holds_the_imported_articles_alone(capsys, tmp_path, bundled_copy, monkeypatch):
    """walk34: `events-cli import --db other.db` made other.db a copy of the bundled database, its example
    article and 41 people mixed in with the reader's; a library named anew now starts empty."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    other = tmp_path / "other.db"
    assert main(["import", "--db", str(other), str(WIRE)]) == 0
    with Repository(other) as repo:
        assert [a.source_name for a in repo.articles()] == [WIRE.name]
    assert main(["import", "--db", str(other), str(WIRE)]) == 0  # and an existing one is only added to
    assert "unchanged" in capsys.readouterr().out
    nothing = tmp_path / "nothing.db"  # review34b: nothing read, nothing made (not even an empty database)
    assert main(["import", "--db", str(nothing), str(tmp_path / "missing.txt")]) == 2
    assert not nothing.exists() and not list(tmp_path.glob(".nothing.db.*"))
