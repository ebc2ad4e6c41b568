"""Measure the page reader against trafilatura on the HTML fixtures, per field (issue 15).

Run: .venv/bin/python scripts/measure_html.py  (needs `pip install trafilatura` in .venv)
Per page: annotated spans kept in the text, chrome characters left, title, author, date, and the
extraction F1 (persons / events / quotes, as `events-cli evaluate` scores it) with each reader's text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viewer.pipeline import reader  # noqa: E402
from viewer.pipeline.annotation import Anchor, load_annotation  # noqa: E402
from viewer.pipeline.evaluate import evaluate  # noqa: E402
from viewer.pipeline.extract import extract  # noqa: E402

FIX = ROOT / "tests" / "fixtures"
# the story's own parts in each written fixture (what is not in them is chrome)
STORY = {
    "en_nova": ["//article"],
    "blind2_finance_zh": ["//div[@class='article']", "//div[@class='related']"],
    "blind4_newsletter_en": ["//div[@class='post-header']", "//div[@class='available-content']"],
    "blind6_de_business_en": [
        "//article/h1",
        "//p[@class='standfirst']",
        "//p[@class='meta']",
        "//div[@class='story-body']",
    ],
}
# the constructed pages' story: their header (less its share links) and body
_PAGE_STORY = [
    "//header[@class='article-header']/*[not(@class='share-tools')]",
    "//div[@class='article-body']",
]


def pages() -> list[tuple[Path, Path, str]]:
    """(page, annotation, story text) for the written fixtures and the constructed pages."""
    from lxml import html as lhtml

    out = []
    for page in sorted(FIX.glob("*/*.html")):
        if page.parent.name == "pages":
            continue
        tree = lhtml.fromstring(page.read_bytes())
        story = "\n".join(el.text_content() for xp in STORY[page.stem] for el in tree.xpath(xp))
        out.append((page, page.with_suffix(".toml"), story))
    tmp = Path(tempfile.mkdtemp())
    for page in sorted((FIX / "pages").glob("*.html")):
        real = FIX / "real" / f"{page.stem}.toml"
        text = re.sub(r'(?m)^source = ".*"$', f'source = "{page.name}"', real.read_text(encoding="utf-8"))
        (tmp / real.name).write_text(text, encoding="utf-8")
        shutil.copy(page, tmp / page.name)
        tree = lhtml.fromstring(page.read_bytes())
        story = "\n".join(el.text_content() for xp in _PAGE_STORY for el in tree.xpath(xp))
        out.append((tmp / page.name, tmp / real.name, story))
    return out


def traf(markup: str):
    """trafilatura's reading: main text and metadata."""
    import trafilatura

    return trafilatura.bare_extraction(markup, with_metadata=True, favor_recall=True)


def spans(annotation: Path) -> list[str]:
    """Every text the annotation anchors in the article."""
    raw = tomllib.loads(annotation.read_text(encoding="utf-8"))
    found = [raw["article"][k] for k in ("title", "author", "publisher") if raw["article"].get(k)]

    def walk(value) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k in ("text", "within") and isinstance(v, str):
                    found.append(v)
                else:
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk({k: v for k, v in raw.items() if k not in ("article", "floor")})
    return found


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def chrome(text: str, story: str) -> int:
    """Characters of the text's lines that are not part of the story."""
    gold = _norm(story)
    return sum(len(line) for line in (_norm(x) for x in text.split("\n")) if line and line not in gold)


def moved(ann, body: str):
    """The found facts with their spans found again in another body (the one the annotation uses)."""

    def anchor(a: Anchor) -> Anchor:
        at = body.find(a.text)
        return Anchor(a.text, at, at + len(a.text)) if at >= 0 else Anchor(a.text, -9, -9)

    ann.events = [dataclasses.replace(e, anchor=anchor(e.anchor)) for e in ann.events]
    for q in ann.quotes:
        q.occurrences = [dataclasses.replace(o, anchor=anchor(o.anchor)) for o in q.occurrences]
    return ann


def f1s(text: str, curated, page: Path, published: dt.date | None = None) -> str:
    today = curated.published_date.start if curated.published_date else None
    found = extract(reader.Source(page.name, text, b"", "utf-8", "html"), today, published)
    scores = evaluate(moved(found, curated.body), curated)
    return "/".join(f"{s.f1:.2f}" for s in scores.values())


def headed(got) -> str:
    """trafilatura's text under its own title, byline and date (as a header the extractor reads)."""
    head = [got.title or "", f"By {got.author}" if got.author else "", got.date or ""]
    return "\n".join(x for x in [*head, got.text or ""] if x)


def authors(value: str | None) -> list[str]:
    return [a.strip().casefold() for a in re.split(r";|,| and ", value or "") if a.strip()]


def main() -> None:
    t = time.perf_counter()
    import trafilatura  # noqa: F401

    print(f"import trafilatura: {(time.perf_counter() - t) * 1000:.0f} ms")
    head = (
        "page | spans kept ours/traf | chrome chars ours/traf | title ours/traf | author ours/traf/ours+meta"
        " | date ours/traf/ours+meta | F1 persons/events/quotes ours ; traf ; traf+header ; ours+meta"
    )
    print(head)
    for page, annotation, story in pages():
        curated = load_annotation(annotation)
        markup, _ = reader.decode(page.read_bytes(), page.name)
        mine = reader.read_page(markup)
        ours_text = mine.text
        got = traf(markup)
        traf_text = got.text or ""
        want = spans(annotation)
        kept = [sum(s in x for s in want) for x in (ours_text, traf_text)]
        ours = extract(
            reader.Source(page.name, ours_text, b"", "utf-8", "html"), curated.published_date.start
        )
        meta_day = mine.published.isoformat() if mine.published else None
        ours_date = ours.published_date.start.isoformat() if ours.published_date else None
        title = ["ok" if _norm(x) == _norm(curated.title) else repr(x) for x in (ours.title, got.title)]
        author = [
            "ok" if authors(curated.author)[:1] == authors(x)[:1] else repr(x)
            for x in (ours.author, got.author, ours.author or mine.author)
        ]
        want_date = curated.published_date.start.isoformat()
        date = ["ok" if x == want_date else repr(x) for x in (ours_date, got.date, ours_date or meta_day)]
        print(
            f"{page.stem} | {kept[0]}/{kept[1]} of {len(want)}"
            f" | {chrome(ours_text, story)}/{chrome(traf_text, story)}"
            f" | {'/'.join(title)} | {'/'.join(author)} | {'/'.join(date)}"
            f" | {f1s(ours_text, curated, page)} ; {f1s(traf_text, curated, page)}"
            f" ; {f1s(headed(got), curated, page)} ; {f1s(ours_text, curated, page, mine.published)}"
        )


if __name__ == "__main__":
    main()
