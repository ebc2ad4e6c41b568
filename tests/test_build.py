"""The bundled database: complete, exact, deterministic, and up to date with its sources."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from viewer.core.repository import Repository
from viewer.pipeline.build import build_database, default_annotations

from .conftest import BUNDLED_DB, SOURCES

ARTICLE = SOURCES / "000_3ced09b7e7213ebc.txt"
ORIGINAL_SHA256 = "8e9bed7c6b539f2e0ab381bbe9001cab91bc59a3b78172598f05fe74b336ab9d"


def _dump(path: Path) -> dict:
    with Repository(path) as repo:
        return repo.dump()


@pytest.fixture(scope="module")
def dump() -> dict:
    return _dump(BUNDLED_DB)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt") / "events.db"
    build_database(default_annotations(SOURCES), out)
    return out


def test_the_committed_database_is_up_to_date_with_its_sources(rebuilt, dump):
    assert _dump(rebuilt) == dump, "data/events.db is stale: run `make db` and commit it"


def test_building_twice_gives_the_same_dump(rebuilt, tmp_path):
    again = tmp_path / "again.db"
    build_database(default_annotations(SOURCES), again)
    assert _dump(again) == _dump(rebuilt)


def test_the_article_copy_is_unchanged():
    """The sha256 of the article exactly as the user supplied it."""
    assert hashlib.sha256(ARTICLE.read_bytes()).hexdigest() == ORIGINAL_SHA256


def test_contract_keys(dump):
    assert dump["schema_version"] == 4
    keys = {
        "articles": {"id", "title", "author", "publisher", "published", "lang", "body_sha256"},
        "persons": {"id", "name", "name_latin", "aliases", "roles"},
        "orgs": {"id", "name", "aliases"},
        "events": {
            "id",
            "article_id",
            "date_start",
            "date_end",
            "precision",
            "modifier",
            "year_inferred",
            "date_text",
            "summary",
            "person_ids",
            "span",
        },
        "quotes": {
            "id",
            "article_id",
            "speaker_kind",
            "speaker_id",
            "speaker_name",
            "text",
            "kind",
            "date_start",
            "date_end",
            "precision",
            "event_id",
            "span",
        },
    }
    for table, wanted in keys.items():
        assert dump[table], table
        for record in dump[table]:
            assert wanted <= set(record), (table, wanted - set(record))
    for person in dump["persons"]:
        assert all({"title", "org"} <= set(r) for r in person["roles"])


def test_every_span_indexes_the_article_text(dump):
    article = dump["articles"][0]
    body = article["body"]
    assert body == ARTICLE.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert article["body_sha256"] == hashlib.sha256(body.encode()).hexdigest()
    for record in dump["events"] + dump["quotes"] + dump["claims"]:
        start, end = record["span"]
        assert body[start:end] == record["text"]
    for quote in dump["quotes"]:
        for occ in quote["occurrences"]:
            assert body[slice(*occ["span"])] == occ["text"]
            if occ["translation_span"]:
                assert body[slice(*occ["translation_span"])] == occ["translation"]


def test_article_metadata(dump):
    a = dump["articles"][0]
    assert (a["title"], a["author"], a["publisher"], a["published"], a["lang"]) == (
        "林俊旸发文告别阿里:为公司为千问只能做这么多了",
        "刘峰",
        "电商派",
        "2026-03-07 11:16",
        "zh",
    )


def test_every_person_the_article_names(dump):
    names = {p["name"] for p in dump["persons"]}
    assert names == {
        "林俊旸",
        "吴泳铭",
        "郁博文",
        "李凯新",
        "惠彬原",
        "靖人",
        "范禹",
        "Omar Sanseviero",
        "吴嘉",
        "刘峰",
    }
    lin = next(p for p in dump["persons"] if p["name"] == "林俊旸")
    assert lin["name_latin"] == "Lin Junyang"
    jingren = next(p for p in dump["persons"] if p["name"] == "靖人")
    assert jingren["name_latin"] == "Jingren", "a given name only is not split into a surname"
    wu = next(p for p in dump["persons"] if p["name"] == "吴泳铭")
    assert {"title": "CEO", "org": "阿里巴巴集团"}.items() <= wu["roles"][0].items()


def test_every_dated_event_with_honest_dates(dump):
    by_text = {e["date_text"]: e for e in dump["events"]}
    expect = {
        "3月7日": ("2026-03-07", "2026-03-07", "day", None, True),
        "3月4日凌晨": ("2026-03-04", "2026-03-04", "day", None, True),
        "今年初": ("2026-01-01", "2026-03-31", "year", "early", True),
        "2026年1月": ("2026-01-01", "2026-01-31", "month", None, False),
        "今日": ("2026-03-05", "2026-03-05", "day", None, True),
        "12月9日": ("2025-12-09", "2025-12-09", "day", None, True),
        "4月10日": ("2025-04-10", "2025-04-10", "day", None, True),
        "11月24日": ("2025-11-24", "2025-11-24", "day", None, True),
        "7月22日": ("2025-07-22", "2025-07-22", "day", None, True),
        "9月12日": ("2025-09-12", "2025-09-12", "day", None, True),
        "随后": ("2026-03-04", "2026-03-07", "day", "after", True),
    }
    for text, fields in expect.items():
        e = by_text[text]
        assert (
            e["date_start"],
            e["date_end"],
            e["precision"],
            e["modifier"],
            e["year_inferred"],
        ) == fields, text
    briefs = [e for e in dump["events"] if e["section"] == "related"]
    assert len(briefs) == 9
    assert len(dump["events"]) == 15


def test_quotes_speakers_and_kinds(dump):
    got = {(q["speaker_name"], q["kind"], q["text"][:8]) for q in dump["quotes"]}
    assert got == {
        ("林俊旸", "direct", "不是这几天,我都"),
        ("林俊旸", "direct", "为公司、为千问,"),
        ("林俊旸", "direct", "me stepp"),
        ("吴泳铭", "reported", "公司已决定批准林"),
        ("阿里巴巴集团", "reported", "目前模型团队稳定"),
        ("Omar Sanseviero", "direct", "如果您想找个新地"),
        ("阿里巴巴集团", "reported", "C端事业群的首要"),
        ("阿里巴巴集团", "reported", "APP公测第一周"),
    }
    orgs = [q for q in dump["quotes"] if q["speaker_kind"] == "org"]
    assert {q["speaker_name"] for q in orgs} == {"阿里巴巴集团"}


def test_one_english_utterance_with_two_translations_is_one_quote(dump):
    quotes = [q for q in dump["quotes"] if q["text"] == "me stepping down. bye my beloved qwen."]
    assert len(quotes) == 1
    q = quotes[0]
    assert [o["translation"] for o in q["occurrences"]] == [
        "我辞职了,再见了我爱的qwen",
        "我将卸任,再见我亲爱的",
    ]
    assert q["translation"] == "我辞职了,再见了我爱的qwen"


def test_a_rumour_is_a_claim_not_a_quote(dump):
    texts = [q["text"] for q in dump["quotes"]]
    assert not any(t.startswith("千问模型核心团队集体离职") for t in texts)
    claims = {c["text"]: c for c in dump["claims"]}
    assert set(claims) == {"千问模型核心团队集体离职", "开源策略调整"}
    denial = next(q for q in dump["quotes"] if q["text"].startswith("目前模型团队稳定"))
    assert all(c["denied_by_quote_id"] == denial["id"] for c in claims.values())


def test_gaps_are_not_filled_but_resolved_links_say_so(dump):
    brief = next(e for e in dump["events"] if e["text"].startswith("3月4日消息"))
    assert "阿里大模型技术负责人自宣卸任" in brief["text"]
    lin = next(p for p in dump["persons"] if p["name"] == "林俊旸")
    assert brief["person_links"] == [{"person_id": lin["id"], "basis": "resolved"}]
    assert "林俊旸" not in brief["text"]


def test_page_furniture_is_not_data(dump):
    texts = json.dumps(
        [e["text"] for e in dump["events"]] + [q["text"] for q in dump["quotes"]], ensure_ascii=False
    )
    for furniture in ("图源", "电商号平台", "info@dsb.cn", "版权归原作者所有", "相关阅读"):
        assert furniture not in texts
