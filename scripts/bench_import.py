"""Extraction and import benchmarks: warm extraction time per article and of one long text, and
importing 1,000 articles.

Usage: python scripts/bench_import.py [N]   (N articles to import, default 1000)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.pipeline.extract import extract  # noqa: E402
from viewer.pipeline.library import import_files  # noqa: E402
from viewer.pipeline.reader import Source, read_source  # noqa: E402

ARTICLES = sorted(
    [
        *ROOT.glob("tests/fixtures/*/*.txt"),
        *(p for p in ROOT.glob("tests/fixtures/*/*.md") if p.name != "BLIND_SCORES.md"),  # not an article
        *ROOT.glob("tests/fixtures/*/*.html"),
        ROOT / "data/sources/000_3ced09b7e7213ebc.txt",
    ]
)
RUNS = 20


def print_extraction() -> None:
    """Median and worst warm extraction time of each article (the first, cold run not counted)."""
    print(f"{'extraction, warm (ms)':<34} {'chars':>6} {'median':>7} {'max':>7}")
    first = time.perf_counter()
    extract(read_source(ARTICLES[0]))
    print(f"{'(cold: jieba, OpenCC, the tagger)':<34} {'':>6} {(time.perf_counter() - first) * 1000:>7.0f}")
    for path in ARTICLES:
        source = read_source(path)
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            extract(source)
            samples.append((time.perf_counter() - start) * 1000)
        print(
            f"{path.name:<34} {len(source.text):>6} {statistics.median(samples):>7.1f} {max(samples):>7.1f}"
        )


def print_long() -> None:
    """One long text: the bundled article and its body 59 times more, each copy's lines marked with its
    number (第2段 …): no word-for-word reprint, which extraction reads once (about 140,000 characters)."""
    source = read_source(ROOT / "data/sources/000_3ced09b7e7213ebc.txt")
    body = source.text.split("\n", 3)[-1].split("\n")
    copies = ("\n".join(f"第{n}段 {line}" if line.strip() else line for line in body) for n in range(2, 61))
    text = source.text + "".join("\n\n" + copy for copy in copies)
    long_source = Source("long.txt", text, text.encode(), "utf-8", "txt")
    start = time.perf_counter()
    found = extract(long_source)
    print(
        f"long text, {len(text)} characters: {time.perf_counter() - start:.2f} s, {len(found.events)} events"
    )


def print_import(n: int) -> None:
    """Import n distinct articles (the fixtures, each copy numbered) into a fresh library, in one run."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        files = []
        for i in range(n):
            path = ARTICLES[i % len(ARTICLES)]
            source = read_source(path)
            target = folder / f"{i:04d}_{path.stem}.txt"
            target.write_text(source.text + f"\n\n（稿件编号 {i}）\n", encoding="utf-8")
            files.append(target)
        library = Path(tmp) / "library.db"
        start = time.perf_counter()
        report = import_files(files, library, ROOT / "data" / "events.db")
        seconds = time.perf_counter() - start
        again = time.perf_counter()
        second = import_files(files[:100], library, ROOT / "data" / "events.db")
        again_s = time.perf_counter() - again
        size = library.stat().st_size / 1e6
    print(
        f"import {n} articles: {seconds:.1f} s ({seconds / n * 1000:.1f} ms per article), "
        f"{len(report.added)} added, library {size:.1f} MB"
    )
    print(
        f"re-import 100 of them: {again_s:.1f} s, {len(second.unchanged)} unchanged, "
        f"{len(second.added)} added"
    )


def main(argv: list[str]) -> int:
    print_extraction()
    print_long()
    print()
    print_import(int(argv[1]) if len(argv) > 1 else 1000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
