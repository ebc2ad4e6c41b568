"""Score the extractor on annotated articles: per article, micro-averaged per kind, optionally
recording each article's floor (its score minus a margin) in its annotation's [floor] table.
As `make test` does, the extractor reads each article as on the day of the run; with --as-cli, as
`events-cli evaluate` does, as on the annotated publication day (a year-less dateline is then
never wrong about its year).

    python scripts/score_real.py tests/fixtures/real/*.toml [--set-floors 0.05] [--as-cli] [--answer]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from viewer.pipeline.annotation import load_annotation
from viewer.pipeline.evaluate import Score, evaluate
from viewer.pipeline.library import extract_article
from viewer.pipeline.reader import read_source

FLOOR = re.compile(r"\n*\[floor\]\n(?:[a-z]+ = [0-9.]+\n)*", re.MULTILINE)


def score(annotation: Path, as_cli: bool = False, answer: bool = False) -> dict[str, Score]:
    """The extractor's scores on one annotated article, given its address as an import is (with
    `answer`, read again with the annotated publication date when neither the text nor the address
    prints it in full, as after the review dialog's question)."""
    curated = load_annotation(annotation)
    known = curated.published_date.start if curated.published_date else None
    source = read_source(annotation.with_name(curated.source_name))
    found = extract_article(source, known if as_cli else None, address=curated.address)
    if answer and found.published_guess and known is not None:
        found = extract_article(source, known if as_cli else None, known, curated.address)
    return evaluate(found, curated)


def set_floor(annotation: Path, scores: dict[str, Score], margin: float) -> None:
    """Write the [floor] table (each F1 minus the margin, rounded down to 0.01) at the end."""
    text = FLOOR.sub("\n", annotation.read_text(encoding="utf-8")).rstrip("\n")
    lines = [f"{k} = {max(0.0, int((s.f1 - margin) * 100) / 100):.2f}" for k, s in scores.items()]
    annotation.write_text(text + "\n\n[floor]\n" + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Print the table; set floors when asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotations", nargs="+", type=Path)
    parser.add_argument("--set-floors", type=float, metavar="MARGIN")
    parser.add_argument("--as-cli", action="store_true", help="read as on the publication day")
    parser.add_argument("--answer", action="store_true", help="give the publication date when guessed")
    args = parser.parse_args()
    total: dict[str, list[int]] = {}
    for path in args.annotations:
        scores = score(path, args.as_cli, args.answer)
        print(f"{path.stem:30}", "  ".join(f"{k} {s.f1:.2f}" for k, s in scores.items()))
        for kind, s in scores.items():
            acc = total.setdefault(kind, [0, 0, 0])
            acc[0], acc[1], acc[2] = acc[0] + s.tp, acc[1] + s.fp, acc[2] + s.fn
        if args.set_floors is not None:
            set_floor(path, scores, args.set_floors)
    micro = {kind: Score(*acc) for kind, acc in total.items()}
    print(f"{'micro-averaged':30}", "  ".join(f"{k} {s.f1:.3f}" for k, s in micro.items()))


if __name__ == "__main__":
    main()
