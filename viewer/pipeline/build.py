"""Build data/events.db from the articles and their curated annotations, with sqlite-utils."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import sqlite_utils

from .. import __version__
from ..core import schema
from ..core.atomic import atomic_path
from .annotation import load_annotation
from .writer import Writer, add_org_forms


def build_database(annotation_paths: Iterable[Path], out: Path) -> None:
    """Write a fresh database to `out` atomically; nothing is left behind on failure."""
    annotations = [load_annotation(p) for p in sorted(annotation_paths)]
    with atomic_path(out) as tmp:
        db = sqlite_utils.Database(tmp)
        schema.create_tables(db)
        writer = Writer(db)
        for ann in annotations:
            writer.add(ann)
        finish(db, {"sources_sha256": ",".join(a.source_sha256 for a in annotations)})
        db.conn.commit()
        db.execute("VACUUM")
        db.close()


def finish(db: sqlite_utils.Database, facts: dict[str, str]) -> None:
    """Everything derived from the rows: date ordinals, indexes, timeline groups, text indexes and
    the meta facts (the reference date is the latest publication date of any article). Runs
    inside the caller's transaction and does not commit."""
    add_org_forms(db)  # (a library written before has organisations without them)
    schema.assign_ordinals(db)
    schema.create_indexes(db)
    schema.create_event_groups(db)
    schema.create_text_indexes(db)
    schema.write_meta(
        db, {"generator": f"events-viewer {__version__}", "reference_date": _latest_published(db), **facts}
    )
    schema.record_max_spans(db)


def _latest_published(db: sqlite_utils.Database) -> str:
    """The latest day any article was published on, as YYYY-MM-DD ('' when none is known)."""
    from ..core.dateparse import parse_date
    from ..core.dates import DateParseError

    latest = None
    for (published,) in db.execute("SELECT published FROM articles WHERE published != ''"):
        try:
            start = parse_date(published).start
        except DateParseError:
            continue
        latest = start if latest is None or start > latest else latest
    return latest.isoformat() if latest else ""


def default_annotations(sources: Path) -> list[Path]:
    """Every annotation in the sources folder."""
    return sorted(sources.glob("*.toml"))
