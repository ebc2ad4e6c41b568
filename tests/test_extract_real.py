"""Real published articles (tests/fixtures/real): each keeps the F1 floor its annotation records."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from viewer.pipeline.annotation import load_annotation
from viewer.pipeline.evaluate import evaluate
from viewer.pipeline.extract import extract
from viewer.pipeline.reader import read_source

REAL = sorted((Path(__file__).resolve().parent / "fixtures" / "real").glob("*.toml"))


def _floors(annotation: Path) -> dict[str, float]:
    """The [floor] table of an annotation: the F1 per kind its article must keep (0 when absent)."""
    return tomllib.loads(annotation.read_text(encoding="utf-8")).get("floor", {})


@pytest.mark.parametrize("annotation", REAL, ids=lambda p: p.stem)
def test_real_article_keeps_its_floor(annotation: Path) -> None:
    curated = load_annotation(annotation)
    scores = evaluate(extract(read_source(annotation.with_name(curated.source_name))), curated)
    floors = _floors(annotation)
    assert {k: round(s.f1, 3) for k, s in scores.items() if s.f1 < floors.get(k, 0.0)} == {}


def test_the_real_corpus_has_at_least_twenty_articles() -> None:
    assert len(REAL) >= 20
