"""Full-width Latin, kana and Hangul are found however they are typed; people lists page right."""

from __future__ import annotations

import pytest
from viewer.core.repository import Repository
from viewer.core.resolve import resolve
from viewer.pipeline.build import build_database

from .conftest import TINY_ANNOTATION, TINY_ARTICLE, write_tiny_sources

MIXED = "ＡＩ助手与データ和삼성都很重要。"


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


@pytest.mark.parametrize("query", ["ＡＩ助手", "AI", "ai助手", "データ", "デ", "삼성", "성", "助手"])
def test_width_case_kana_and_hangul(mixed_db, query):
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
            after = (page[-1].sort, page[-1].kind, page[-1].id)
        assert {"Éric Rohmer", "Ñuño Pérez", "Zoe Yu", "Ana Lima", "张三", "李四", "测试公司"} <= set(seen)
        assert len(seen) == len(set(seen))
