"""Full-width Latin, kana, Hangul and either Chinese script are found however they are typed; people
lists page right."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from viewer.core.fts import match_query, match_spans
from viewer.core.repository import Repository, Who, WhoList
from viewer.core.resolve import resolve
from viewer.core.text import same_script
from viewer.pipeline.build import build_database

from .conftest import ROOT, TINY_ANNOTATION, TINY_ARTICLE, write_tiny_sources

MIXED = "ＡＩ助手与データ和삼성都很重要，據報導如此。"


@pytest.fixture
def mixed_db(tmp_path):
    article = TINY_ARTICLE.replace("感谢大家,我会想念这里。", MIXED)
    annotation = TINY_ANNOTATION.replace('text = "感谢大家,我会想念这里。"', f'text = "{MIXED}"')
    for name in ("Éric Rohmer", "Ñuño Pérez", "Zoe Yu", "Ana Lima"):
        article += f"\n{name}说了话。"
        annotation += f'\n[[persons]]\nkey = "{name.split()[0].lower()}"\nname = "{name}"\n'
    db = tmp_path / "mixed.db"
    build_database([write_tiny_sources(tmp_path / "src", article, annotation)], db)
    return db


@pytest.mark.parametrize(
    "query", ["ＡＩ助手", "AI", "ai助手", "データ", "デ", "삼성", "성", "助手", "报导", "報導", "据報导"]
)
def test_width_case_kana_hangul_and_script(mixed_db, query):
    with Repository(mixed_db) as repo:
        quotes = repo.quotes(resolve(repo, query).filter)
        assert [q.text for q in quotes] == [MIXED], query


def test_everyone_appears_when_paging_names_with_accents(mixed_db):
    with Repository(mixed_db) as repo:
        seen, after = [], None
        while True:
            page = repo.entities_page(after, limit=2)
            seen += [w.name for w in page]
            if len(page) < 2:
                break
            after = page.after
        assert {"Éric Rohmer", "Ñuño Pérez", "Zoe Yu", "Ana Lima", "张三", "李四", "测试公司"} <= set(seen)
        assert len(seen) == len(set(seen))


def test_a_people_list_finds_a_row_by_kind_and_id_and_gives_its_entries_back():
    """The list keeps columns, not Who records; a person and an organisation may share an id."""
    found = WhoList()
    for kind, entity_id, name, latin in [
        ("org", 7, "测试公司", "Ceshi"),
        ("person", 3, "张三", ""),
        ("person", 7, "李四", "Li Si"),
    ]:
        found.add(kind, entity_id, name, latin)
    assert found.find("person", 7) == 2 and found.find("org", 7) == 0 and found.find("org", 3) is None
    assert found.find("person", 7, near=2) == 2 and found.find("person", 7, near=0) == 2
    assert found[1] == Who("person", 3, "张三", "", 0, "") and found[-1].name_latin == "Li Si"
    more = WhoList()
    more.extend(found, 1)
    assert [w.name for w in more] == ["张三", "李四"] and [w.id for w in found[:2]] == [7, 3]


def test_words_found_in_the_other_script_are_highlighted_where_printed() -> None:
    assert match_spans("中央社報導稱，另據报导", ["报导"]) == [(3, 5), (9, 11)]
    assert match_spans("中央社報導稱", ["報導"]) == [(3, 5)]
    assert match_query("报导") == '"报 导"'  # nothing to fold: one phrase, as before
    assert match_query("報導 AI") == '("报 导 ai" * OR "報 導 ai" *)'


@given(st.text(max_size=60))
def test_reading_both_scripts_as_one_keeps_every_offset(text: str) -> None:
    folded = same_script(text)
    assert len(folded) == len(text) and same_script(folded) == folded


def test_the_script_table_is_what_opencc_reads(tmp_path) -> None:
    """The search folds scripts with a table generated from OpenCC's t2s (no OpenCC at search time)."""
    out = tmp_path / "script_table.py"
    script = ROOT / "scripts" / "script_table.py"
    assert subprocess.run([sys.executable, str(script), str(out)]).returncode == 0
    assert out.read_text("utf-8") == (ROOT / "viewer" / "core" / "script_table.py").read_text("utf-8")
