"""The user's library: the bundled database plus imported articles, never the bundled file itself.

An import works on a copy and lands by renaming it over the library, so a reader (the window)
never sees half an import, a crash leaves the old library whole, and each article goes in with
all its rows or none. Importing an article whose text is already there changes nothing.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import sqlite_utils

from ..core.atomic import atomic_path
from ..core.errors import UserError
from .annotation import Annotation
from .build import finish
from .reader import read_source
from .writer import Writer

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What an import did, article by article."""

    library: Path
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        """One line for a status bar or stderr."""
        parts = [f"{len(self.added)} imported"]
        if self.unchanged:
            parts.append(f"{len(self.unchanged)} already in the library")
        if self.failed:
            parts.append(f"{len(self.failed)} could not be read")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


def read_article(path: Path, today: dt.date | None = None) -> Annotation:
    """Read one article file and extract what it says (a UserError when it cannot be read)."""
    from .extract import extract  # the extractor loads jieba: only when an article is read

    return extract(read_source(path), today)


def save(annotations: Iterable[Annotation], library: Path, bundled: Path,
         progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False) -> ImportReport:
    """Add annotated articles to the library (made from the bundled database on first use).
    Cancelling keeps the articles already written; nothing is ever half-written."""
    annotations = list(annotations)
    report = ImportReport(library)
    base = library if library.is_file() else bundled
    _check_not_bundled(library, bundled)
    _check_version(base)
    library.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(library) as tmp:
        _copy(base, tmp)
        db = sqlite_utils.Database(tmp)
        writer = Writer(db)
        for i, ann in enumerate(annotations):
            if cancelled():
                report.cancelled = True
                break
            if progress:
                progress(i, len(annotations), ann.source_name)
            if writer.has_article(ann.body):
                report.unchanged.append(ann.source_name)
            else:
                writer.add(ann)
                report.added.append(ann.source_name)
        if report.added:
            finish(db, {"library": "yes"})
        db.close()
    if progress:
        progress(len(annotations), len(annotations), "")
    return report


def import_files(paths: Iterable[Path], library: Path, bundled: Path, progress: Progress | None = None,
                 cancelled: Callable[[], bool] = lambda: False, today: dt.date | None = None) -> ImportReport:
    """Read, extract and save articles; files that cannot be read are reported, not fatal."""
    annotations, failed = [], []
    paths = list(paths)
    for i, path in enumerate(paths):
        if cancelled():
            break
        if progress:
            progress(i, 2 * len(paths), f"reading {Path(path).name}")
        try:
            annotations.append(read_article(Path(path), today))
        except UserError as exc:
            failed.append((Path(path).name, str(exc)))
    report = save(annotations, library, bundled,
                  progress=(lambda i, n, name: progress(len(paths) + i, 2 * len(paths), name)) if progress else None,
                  cancelled=cancelled)
    report.failed = failed + report.failed
    report.cancelled = report.cancelled or cancelled()
    return report


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of a database (SQLite's backup), readable while it is being copied."""
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.DatabaseError as exc:
        raise UserError(f"cannot copy {source}: {exc}") from None
    finally:
        dst.close()
        src.close()


def _check_version(path: Path) -> None:
    """Refuse a library written by another schema version, saying what to do."""
    from ..core.repository import open_readonly

    try:
        open_readonly(path).close()
    except UserError as exc:
        raise UserError(f"cannot add to {path}: {exc}. Move that file away and import again "
                        f"to start a new library") from None


def _check_not_bundled(library: Path, bundled: Path) -> None:
    if library.resolve() == bundled.resolve():
        raise UserError(f"will not import into the bundled database {bundled}; choose a library file")
