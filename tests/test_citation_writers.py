"""A quote's citation names every writer its article's byline credits, as a reader writes them, and the
outlet the byline names (walk35 #1, #2: "By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers" was
cited as "VERENA DOBNIK.", no co-writer, no outlet; the header above it named both)."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer.core.repository import Repository
from viewer.export import citations, source_line, source_line_zh, to_markdown
from viewer.pipeline.library import import_files

from .conftest import ROOT

AP = ROOT / "tests" / "fixtures" / "pages" / "ap_nyc_rain_2007.html"


@pytest.fixture
def cited(tmp_path: Path, bundled_copy: Path) -> dict:
    lib = tmp_path / "library.db"
    import_files([AP], lib, bundled_copy)
    with Repository(lib) as repo:
        spitzer = [q for q in repo.quotes(limit=1000) if q.speaker_name == "Eliot Spitzer"]
        return citations(repo, spitzer[:1])[0]


def test_an_english_citation_names_both_writers_and_the_outlet(cited: dict) -> None:
    line = source_line(cited)
    assert line.startswith("Verena Dobnik and David Caruso, “")
    assert "Associated Press" in line


def test_a_chinese_citation_lists_them_with_the_enumeration_comma(cited: dict) -> None:
    assert source_line_zh(cited).startswith("Verena Dobnik、David Caruso.《")


def test_markdown_escapes_each_writer(cited: dict) -> None:
    cited = {**cited, "article_authors": ["A*B", "C_D"], "article_author": "A*B and C_D"}
    assert "A\\*B、C\\_D." in to_markdown([cited], "zh")


def test_an_author_set_otherwise_is_cited_as_set(cited: dict) -> None:
    """An author line changed after the byline was read (an edit, a test's) is cited as it is."""
    assert source_line_zh({**cited, "article_author": "Jane Doe"}).startswith("Jane Doe.《")
    assert source_line_zh({**cited, "article_author": ""}).startswith("《")
