"""How far two annotators agree: a second annotation of articles in tests/fixtures/real, scored against
the first as the extractor is (persons, dated events, quotes), beside the extractor's score against each.

    python scripts/agreement.py tests/fixtures/real/agreement/*.toml
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from viewer.pipeline.annotation import Annotation, load_annotation
from viewer.pipeline.evaluate import Score, evaluate
from viewer.pipeline.library import extract_article
from viewer.pipeline.reader import read_source

REAL = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"
PAIRS = ("second ~ first", "extractor ~ first", "extractor ~ second")
KINDS = ("persons", "events", "quotes")


def load_second(path: Path, first: Annotation) -> Annotation:
    """The second annotation, read beside a copy of the article the first one names."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, Path(tmp) / path.name)
        shutil.copy(REAL / first.source_name, Path(tmp) / first.source_name)
        return load_annotation(Path(tmp) / path.name)


def compare(path: Path) -> dict[str, dict[str, Score]]:
    """Each pair's scores on one article (the extractor reads it as on its annotated day)."""
    first = load_annotation(REAL / path.name)
    second = load_second(path, first)
    day = first.published_date.start if first.published_date else None
    found = extract_article(read_source(REAL / first.source_name), day, address=first.address)
    pairs = (evaluate(second, first), evaluate(found, first), evaluate(found, second))
    return dict(zip(PAIRS, pairs, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotations", nargs="+", type=Path)
    totals = {pair: {kind: Score(0, 0, 0) for kind in KINDS} for pair in PAIRS}
    for path in parser.parse_args().annotations:
        scores = compare(path)
        cells = "  ".join(" ".join(f"{scores[p][k].f1:.2f}" for k in KINDS) for p in PAIRS)
        print(f"{path.stem:36} {cells}")
        for pair in PAIRS:
            for kind in KINDS:
                s, t = scores[pair][kind], totals[pair][kind]
                totals[pair][kind] = Score(t.tp + s.tp, t.fp + s.fp, t.fn + s.fn)
    for pair in PAIRS:
        print(f"{pair:20} " + "  ".join(f"{k} {totals[pair][k].f1:.3f}" for k in KINDS))


if __name__ == "__main__":
    main()
