"""Text searched in either script finds it in both: the data is never converted, so 離職 (as a reader in
Taiwan or Hong Kong types it) found nothing in the bundled article, which prints 离职; and 恒越 nothing in a
Hong Kong article printing 恆越 (seen by the GUI walkthrough)."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer import paths
from viewer.core.filters import Filter
from viewer.core.fts import match_query, match_spans
from viewer.core.repository import Repository
from viewer.core.resolve import resolve

HK = Path(__file__).resolve().parent / "fixtures" / "heldout" / "heldout_hk_big5.txt"


def _found(repo: Repository, query: str) -> tuple[set[int], set[int]]:
    f: Filter = resolve(repo, query).filter
    events = {e.id for e in repo.events(f, limit=1000)}
    quotes = {q.id for q in repo.quotes(f, limit=1000)}
    return events, quotes


@pytest.mark.parametrize(
    "simplified, traditional",
    [
        ("离职", "離職"),
        ("集体离职", "集體離職"),
        ("离", "離"),
        ("阿里云", "阿里雲"),
        ("text:离职", "text:離職"),
    ],
)
def test_traditional_text_finds_what_simplified_finds(repo, simplified, traditional):
    found = _found(repo, simplified)
    assert found != (set(), set())
    assert _found(repo, traditional) == found


def test_an_excluded_word_is_excluded_in_either_script(repo):
    assert _found(repo, "林俊旸 -離職") == _found(repo, "林俊旸 -离职")


def test_a_search_matches_its_other_script_in_the_highlights():
    text = "多位Qwen成员集体离职,離開"
    assert match_spans(text, ("離職",)) == [(10, 12)]
    assert match_spans(text, ("离开",)) == [(13, 15)]
    assert match_spans("她剪了頭髮", ("头发",)) == [(3, 5)]  # 髮 and 發 are both 发 in Simplified


def test_words_without_traditional_characters_are_one_phrase_as_typed():
    assert match_query("bye") == '"bye" *'
    assert match_query("qwen离职") == '"qwen 离 职"'
    assert match_query("離職") == '("离 职" OR "離 職")'  # folded, and as typed for an older index


@pytest.fixture(scope="module")
def hong_kong(tmp_path_factory) -> Path:
    from viewer.pipeline.library import import_files

    lib = tmp_path_factory.mktemp("hk") / "library.db"
    assert import_files([HK], lib, paths.bundled_db()).added
    return lib


@pytest.mark.parametrize(
    "simplified, traditional", [("恒越", "恆越"), ("东南亚业务", "東南亞業務"), ("冷链物流", "冷鏈物流")]
)
def test_simplified_text_finds_a_traditional_article(hong_kong, simplified, traditional):
    with Repository(hong_kong) as repo:
        found = _found(repo, traditional)
        assert found != (set(), set()), "printed so in the Hong Kong article"
        assert _found(repo, simplified) == found
