"""An organisation is found by its names typed bare in the search box, as a person is (walk36 #1:
“Huawei Cloud” found nothing; 华为云, vivo and 腾讯 only where an event printed them; an organisation
renamed in review 密尔沃基警方 was found by who: alone), and the search says it is an organisation
(walk36 #2: 人物)."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer.core.repository import Repository
from viewer.core.resolve import resolve
from viewer.pipeline.corrections import RenameOrg
from viewer.pipeline.library import read_article, save

from .conftest import BUNDLED_DB, ROOT

MILWAUKEE = ROOT / "tests" / "fixtures" / "real" / "blindbr_tmj4_anderson.txt"


def _found(repo: Repository, query: str) -> list[tuple[str, str]]:
    return [(w.kind, w.name) for w in resolve(repo, query).who]


@pytest.mark.parametrize(
    "typed",
    ["Huawei Cloud", "huawei cloud", "华为云", "Huawei", "华为"],
)
def test_an_organisations_name_typed_bare_finds_it_and_its_events(repo, typed):
    res = resolve(repo, typed)
    assert ("org", "华为云") in _found(repo, typed)
    assert any(e.summary.startswith("国家网信办") for e in repo.events(res.filter))  # the event naming it
    assert "华为云" in [o.name for o in repo.orgs_in(res.filter)]


def test_an_organisations_alias_finds_it_with_what_prints_the_word():
    with Repository(BUNDLED_DB) as repo:
        res = resolve(repo, "阿里集团")
        assert _found(repo, "阿里集团") == [("org", "阿里巴巴集团")]
        assert res.notes == ["text “阿里集团” or organisation: 阿里巴巴集团"]
        theirs = resolve(repo, "org:阿里集团").filter
        printed = resolve(repo, "text:阿里集团").filter
        ids = {q.id for q in repo.quotes(res.filter)}
        assert ids == {q.id for q in repo.quotes(theirs)} | {q.id for q in repo.quotes(printed)}


def test_who_names_an_organisation_as_one(repo):
    assert resolve(repo, "who:华为云").notes == ["organisation: 华为云"]
    assert resolve(repo, "org:阿里").notes == ["organisation: 阿里巴巴集团"]
    assert resolve(repo, "who:林俊旸").notes == ["who: 林俊旸"]


@pytest.fixture(scope="module")
def renamed_library(tmp_path_factory) -> Path:
    """The walkthrough's import: the organisation “Milwaukee police” renamed 密尔沃基警方 in review."""
    article = read_article(MILWAUKEE)
    police = next(o for o in article.orgs if o.name == "Milwaukee police")
    library = tmp_path_factory.mktemp("library") / "library.db"
    save([RenameOrg(police.key, "密尔沃基警方").apply(article)], library, BUNDLED_DB)
    return library


@pytest.mark.parametrize("typed", ["密尔沃基警方", "密尔沃基", "Milwaukee police"])
def test_an_organisation_renamed_in_review_is_found_by_its_new_name(renamed_library, typed):
    with Repository(renamed_library) as repo:  # (opened anew: as after a restart)
        res = resolve(repo, typed)
        assert ("org", "密尔沃基警方") in _found(repo, typed)
        theirs = resolve(repo, "who:密尔沃基警方").filter
        assert repo.count_quotes(theirs) + repo.count_events(theirs) > 0
        assert {q.id for q in repo.quotes(theirs)} <= {q.id for q in repo.quotes(res.filter)}
        assert {e.id for e in repo.events(theirs)} <= {e.id for e in repo.events(res.filter)}


def test_the_renamed_organisation_is_said_to_be_an_organisation(renamed_library):
    with Repository(renamed_library) as repo:
        assert resolve(repo, "who:密尔沃基警方").notes == ["organisation: 密尔沃基警方"]
        assert resolve(repo, "密尔沃基").notes == ["text “密尔沃基” or organisation: 密尔沃基警方"]


@pytest.mark.parametrize(
    "typed, name",
    [
        ("華為雲", "华为云"),  # as a reader in Taiwan types it (OpenCC writes 華爲雲)
        ("華爲雲", "华为云"),
        ("huaweiyun", "华为云"),
        ("qianwen", "Qwen团队"),  # an alias's pinyin (千问)
    ],
)
def test_an_organisation_is_found_in_traditional_characters_and_pinyin(repo, typed, name):
    assert name in [w.name for w in resolve(repo, typed).who]


def test_a_library_written_before_gets_its_organisations_pinyin_once(tmp_path, bundled_copy):
    """A library written before organisations had Traditional and pinyin forms gets them when opened."""
    import sqlite3

    from viewer.core import schema
    from viewer.pipeline.upgrade import upgrade_library

    library = tmp_path / "library.db"
    save([read_article(MILWAUKEE)], library, bundled_copy)
    with sqlite3.connect(library) as db:  # as written before: organisations by name, alias and Latin name
        db.execute("DELETE FROM name_forms WHERE entity_kind = 'org' AND kind IN ('pinyin', 'script')")
        db.execute("DELETE FROM meta WHERE key = ?", [schema.ORG_FORMS_KEY])
    with Repository(library) as repo:
        assert resolve(repo, "huaweiyun").who == []
    assert upgrade_library(library, bundled_copy)
    with Repository(library) as repo:
        assert [w.name for w in resolve(repo, "huaweiyun").who] == ["华为云"]
        assert [w.name for w in resolve(repo, "華爲雲").who] == ["华为云"]
    assert not upgrade_library(library, bundled_copy), "once"


def test_an_import_into_a_library_written_before_gives_its_organisations_their_pinyin(tmp_path, bundled_copy):
    import sqlite3

    from viewer.core import schema

    library = tmp_path / "library.db"
    save([read_article(MILWAUKEE)], library, bundled_copy)
    with sqlite3.connect(library) as db:
        db.execute("DELETE FROM name_forms WHERE entity_kind = 'org' AND kind IN ('pinyin', 'script')")
        db.execute("DELETE FROM meta WHERE key = ?", [schema.ORG_FORMS_KEY])
    save([read_article(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")], library, bundled_copy)
    with Repository(library) as repo:
        assert [w.name for w in resolve(repo, "huaweiyun").who] == ["华为云"]  # (one already there)
        assert [w.name for w in resolve(repo, "xinghezhineng").who] == ["星河智能"]  # (one the import adds)


def test_a_name_given_in_review_to_an_organisation_already_in_the_library_is_kept(tmp_path, bundled_copy):
    """The organisation renamed is one the library holds (an earlier import): it is that one, and the new
    name finds it (it was lost: who:密尔沃基警方, nobody matches)."""
    import dataclasses

    library = tmp_path / "library.db"
    article = read_article(MILWAUKEE)
    save([article], library, bundled_copy)
    police = next(o for o in article.orgs if o.name == "Milwaukee police")
    again = dataclasses.replace(article, body=article.body + "\n")  # (another article naming it)
    assert save([RenameOrg(police.key, "密尔沃基警方").apply(again)], library, bundled_copy).added
    with Repository(library) as repo:
        (org,) = [o for o in repo.orgs() if "密尔沃基警方" in (o.name, *o.aliases)]
        for typed in ("who:密尔沃基警方", "密尔沃基警方", "密尔沃基", "mierwoji"):
            assert [(w.kind, w.id) for w in resolve(repo, typed).who] == [("org", org.id)], typed
