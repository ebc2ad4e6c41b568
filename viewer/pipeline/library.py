"""The user's library: the bundled database plus imported articles, never the bundled file itself.

The library is made once as a copy of the bundled database. An import is one SQLite write
transaction on it (BEGIN IMMEDIATE: a second import, from the CLI or another window, waits for
the first): readers such as the window go on seeing the library as it was until the import
commits, a crash or a cancel rolls it all back, and importing an article whose text is already
there changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from ..core import schema
from ..core.errors import UserError
from .address import day_in_address, month_in_address
from .annotation import Annotation
from .build import finish
from .reader import Source, read_source
from .writer import Writer, body_sha256

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What an import did, article by article."""

    library: Path
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    # (name, why) for each article added whose text prints no full publication date and none was given:
    # its days told relative to that day are undated, or read against a guess
    undated: list[tuple[str, str]] = field(default_factory=list)

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


def read_article(
    path: Path, today: dt.date | None = None, published: dt.date | None = None, address: str = ""
) -> Annotation:
    """Read one article file and extract what it says (a UserError when it cannot be read)."""
    return extract_article(read_source(path), today, published, address)


def extract_article(
    source: Source, today: dt.date | None = None, published: dt.date | None = None, address: str = ""
) -> Annotation:
    """What an article read says, and where it was found (`address`, else the one a saved page
    declares). When its text prints no full publication date, it is dated by `published` (a reader's
    answer), else the day the page's metadata declares, else the day its address prints; an author
    the text does not name is taken from the page's metadata."""
    from .extract import extract  # the extractor loads jieba: only when an article is read

    address = " ".join(address.split()) or source.address
    given = [(published, "answer"), (source.published, "page"), (day_in_address(address), "address")]
    day, given_by = next(((d, by) for d, by in given if d is not None), (None, ""))
    found = extract(source, _read_by(today, address) if day is None else today, day, given_by)
    found.address = address
    if not found.author:
        found.author = source.author
    return found


def _read_by(today: dt.date | None, address: str) -> dt.date | None:
    """The day a page is read as of: today, or the end of the month its address prints when earlier (a
    dateline's 3月5日 on …/2019/03/… is 2019's, however much later the page is imported)."""
    month = month_in_address(address)
    if month is None:
        return today
    year, number = month
    end = dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)
    return min(today or dt.date.today(), end)


def read_one(
    path: Path, today: dt.date | None = None, published: dt.date | None = None, address: str = ""
) -> tuple[Annotation | None, str]:
    """An article's extraction, or why it could not be read: one bad file never stops the rest
    (an unexpected failure in the extractor is reported as such, with the file named)."""
    try:
        return read_article(path, today, published, address), ""
    except UserError as exc:
        return None, str(exc)
    except Exception as exc:
        said = " ".join(str(exc).split())  # one line, however many the exception's text has
        said = said if len(said) <= 200 else said[:199] + "…"
        return None, f"{path.name}: the extractor failed on this article ({type(exc).__name__}: {said})"


def already_in(library: Path, annotations: list[Annotation]) -> set[int]:
    """Which of the articles (by position) the library already holds, text for text, as saving would
    find; none when there is no library yet or it cannot be read (saving then says why)."""
    if not library.is_file():
        return set()
    try:
        conn = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True)
        try:
            sql = "SELECT 1 FROM articles WHERE body_sha256 = ? LIMIT 1"
            return {
                i
                for i, ann in enumerate(annotations)
                if conn.execute(sql, [body_sha256(ann.body)]).fetchone()
            }
        finally:
            conn.close()
    except sqlite3.Error:
        return set()


def can_add_to(library: Path, bundled: Path) -> bool:
    """Whether an import may write to this database file: not the bundled one, and the file and its
    folder (where SQLite writes its journal) writable."""
    if not library.is_file() or os.path.realpath(library) == os.path.realpath(bundled):
        return False
    return os.access(library, os.W_OK) and os.access(library.parent, os.W_OK)


def save(
    annotations: Iterable[Annotation],
    library: Path,
    bundled: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    empty: bool = False,
) -> ImportReport:
    """Add annotated articles to the library (made from the bundled database on first use, its example
    article taken out when `empty`), all of them or, when cancelled or failing, none."""
    annotations = list(annotations)
    report = ImportReport(library)
    _check_not_bundled(library, bundled)
    if not annotations:
        return report
    _ensure_library(library, bundled, empty)
    _check_version(library)
    with _changing(library, "add to") as conn:
        _write(sqlite_utils.Database(conn), annotations, report, progress, cancelled)
        if report.cancelled:
            conn.execute("ROLLBACK")
    if report.cancelled:
        report.added, report.unchanged = [], []
    if progress:
        progress(len(annotations), len(annotations), "")
    return report


def _write(
    db: sqlite_utils.Database,
    annotations: list[Annotation],
    report: ImportReport,
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> None:
    """Each article in its own savepoint, then everything derived from the rows, rebuilt."""
    schema.add_added_columns(db)
    writer = Writer(db)
    for i, ann in enumerate(annotations):
        if cancelled():
            report.cancelled = True
            return
        if progress:
            progress(i, len(annotations), ann.source_name)
        if writer.has_article(ann.body):
            report.unchanged.append(ann.source_name)
        else:
            writer.add(ann)
            report.added.append(ann.source_name)
    if report.added or not schema.has_current_text_index(db.conn):
        finish(db, {"library": "yes"})
    report.cancelled = cancelled()  # a cancel up to the last moment still leaves nothing behind


def _reason(exc: sqlite3.Error) -> str:
    """What went wrong while writing, in the user's terms."""
    text = " ".join(str(exc).split())
    if not isinstance(exc, sqlite3.OperationalError):
        return f"the library is damaged ({text})"
    if "readonly" in text or "unable to open" in text:
        return f"the file or its folder is read-only ({text})"
    return text


def _connect(library: Path) -> sqlite3.Connection:
    """A writing connection that waits up to a minute for another import to finish."""
    try:
        return sqlite3.connect(library, timeout=60, isolation_level=None)
    except sqlite3.Error as exc:
        raise UserError(f"cannot open {library}: {exc}") from None


def _ensure_library(library: Path, bundled: Path, empty: bool = False) -> None:
    """Create the library as a copy of the bundled database (with no article when `empty`), unless it
    exists. The copy is made beside it, emptied there, and linked into place, so two first imports at once
    cannot clobber each other, and one stopped halfway leaves nothing."""
    if library.is_file():
        return
    try:
        library.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{library.name}.", suffix=".tmp", dir=library.parent)
    except OSError as exc:
        raise UserError(f"cannot create {library}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        _copy(bundled, tmp)
        if empty:
            _empty(tmp)
        _publish(tmp, library)
    finally:
        tmp.unlink(missing_ok=True)


def _empty(copy: Path) -> None:
    """Take every article out of a new library's copy, with all read from it."""
    with _changing(copy, "create") as conn:
        if _remove(conn, [row[0] for row in conn.execute("SELECT id FROM articles")]):
            finish(sqlite_utils.Database(conn), {"library": "yes"})


def _publish(tmp: Path, library: Path) -> None:
    """Put the new file in place only if there is still nothing there."""
    try:
        os.link(tmp, library)
    except FileExistsError:
        pass
    except OSError as exc:  # a file system without hard links
        if library.exists():
            return
        try:
            os.replace(tmp, library)
        except OSError:
            raise UserError(f"cannot create {library}: {exc.strerror or exc}") from None
    if not library.is_file():
        raise UserError(f"{library} is not a database file")


def import_files(
    paths: Iterable[Path],
    library: Path,
    bundled: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    today: dt.date | None = None,
    published: dt.date | None = None,
    address: str = "",
    empty: bool = False,
) -> ImportReport:
    """Read, extract and save articles; files that cannot be read are reported, not fatal.
    `published` dates the articles whose text prints no full publication date; `address` is where
    they were found (given for one article); a library made anew holds no other article when `empty`."""
    annotations: list[Annotation] = []
    failed: list[tuple[str, str]] = []
    paths = list(paths)
    for i, path in enumerate(paths):
        if cancelled():
            break
        if progress:
            progress(i, 2 * len(paths), f"reading {Path(path).name}")
        annotation, problem = read_one(Path(path), today, published, address)
        if problem or annotation is None:
            failed.append((Path(path).name, problem))
        else:
            annotations.append(annotation)
    report = save(
        annotations,
        library,
        bundled,
        progress=(lambda i, n, name: progress(len(paths) + i, 2 * len(paths), name)) if progress else None,
        cancelled=cancelled,
        empty=empty,
    )
    report.failed = failed + report.failed
    report.cancelled = report.cancelled or cancelled()
    report.undated = [
        (a.source_name, _undated(a)) for a in annotations if _undated(a) and a.source_name in report.added
    ]
    return report


def remove_articles(library: Path, bundled: Path, article_ids: Iterable[int]) -> int:
    """Take articles out of the library with everything read from them (their events, quotes, roles,
    claims, and the people and organisations no other article names), all of them or, failing, none;
    how many were taken out. The bundled database is never changed."""
    ids = sorted(set(article_ids))
    _check_not_bundled(library, bundled)
    if not ids or not library.is_file():
        return 0
    _check_version(library)
    with _changing(library, "change") as conn:
        removed = _remove(conn, ids)
        if removed:
            finish(sqlite_utils.Database(conn), {"library": "yes"})
    return removed


@contextlib.contextmanager
def _changing(library: Path, doing: str) -> Iterator[sqlite3.Connection]:
    """The library's connection inside one immediate transaction: committed when the block ends (unless the
    block rolled it back), rolled back on any failure, a database's failure told as the library unchanged."""
    conn = _connect(library)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        if conn.in_transaction:
            conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # the cause matters, not a failed rollback
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            said = f"cannot {doing} {library}: {_reason(exc)}; the library was not changed"
            raise UserError(said) from None
        raise
    finally:
        conn.close()


def _remove(conn: sqlite3.Connection, ids: list[int]) -> int:
    """Delete the articles' rows and what only they named, inside the caller's transaction."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS gone (id INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM gone")
    conn.executemany("INSERT OR IGNORE INTO gone VALUES (?)", [(i,) for i in ids])
    article = "article_id IN (SELECT id FROM gone)"
    events, quotes = f"SELECT id FROM events WHERE {article}", f"SELECT id FROM quotes WHERE {article}"
    roles = f"SELECT id FROM roles WHERE {article}"
    for sql in (
        f"DELETE FROM occurrences WHERE {article} OR (owner_kind = 'quote' AND owner_id IN ({quotes}))"
        f" OR (owner_kind = 'event' AND owner_id IN ({events}))",
        f"UPDATE occurrences SET event_id = NULL WHERE event_id IN ({events})",
        f"DELETE FROM claims WHERE {article}",
        f"UPDATE claims SET denied_by_quote_id = NULL WHERE denied_by_quote_id IN ({quotes})",
        f"UPDATE quotes SET event_id = NULL WHERE event_id IN ({events}) AND NOT {article}",
        f"UPDATE quotes SET speaker_role_id = NULL WHERE speaker_role_id IN ({roles}) AND NOT {article}",
        f"DELETE FROM event_persons WHERE event_id IN ({events})",
        f"DELETE FROM event_orgs WHERE event_id IN ({events})",
        f"DELETE FROM quotes WHERE {article}",
        f"DELETE FROM events WHERE {article}",
        f"DELETE FROM roles WHERE {article}",
    ):
        conn.execute(sql)
    removed = conn.execute("DELETE FROM articles WHERE id IN (SELECT id FROM gone)").rowcount
    named = {
        "person": "SELECT person_id FROM roles UNION SELECT person_id FROM event_persons"
        " UNION SELECT speaker_person_id FROM quotes WHERE speaker_person_id IS NOT NULL",
        "org": "SELECT org_id FROM roles WHERE org_id IS NOT NULL UNION SELECT org_id FROM event_orgs"
        " UNION SELECT speaker_org_id FROM quotes WHERE speaker_org_id IS NOT NULL",
    }
    printed = "SELECT 1 FROM articles WHERE instr(body, ?) > 0 LIMIT 1"
    for kind, table in (("person", "persons"), ("org", "orgs")):
        # one no row names any more, whose name no article left prints (an organisation an article lists
        # without a role, event or quote names it only in its text)
        unnamed = [
            int(r[0]) for r in conn.execute(f"SELECT id FROM [{table}] WHERE id NOT IN ({named[kind]})")
        ]
        forms = "SELECT name FROM [{t}] WHERE id = ? UNION SELECT form FROM name_forms WHERE entity_kind = ?"
        gone = [
            (i,)
            for i in unnamed
            if not any(
                conn.execute(printed, [form]).fetchone()
                for (form,) in conn.execute(forms.format(t=table) + " AND entity_id = ?", [i, kind, i])
                if form and len(form) > 1
            )
        ]
        conn.executemany(f"DELETE FROM [{table}] WHERE id = ?", gone)
        conn.executemany(f"DELETE FROM name_forms WHERE entity_kind = '{kind}' AND entity_id = ?", gone)
    conn.execute("DROP TABLE gone")
    return removed


def _undated(ann: Annotation) -> str:
    """Why an article's days told relative to its publication are not dated for sure ("" when they are)."""
    if not ann.published_guess:
        return ""
    if ann.published_date is None:
        return "prints no publication date: its days told relative to it (today, 昨日, Tuesday) are undated"
    day = ann.published_date
    guess = day.label() + (f" (from “{day.text}”)" if day.text else "")
    return f"prints no full publication date: its days are read against a guess, {guess}"


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
        raise UserError(
            f"cannot add to {path}: {exc}; it was left as it is (import into another library with --db)"
        ) from None


def _check_not_bundled(library: Path, bundled: Path) -> None:
    if os.path.realpath(library) == os.path.realpath(bundled):
        raise UserError(f"will not import into the bundled database {bundled}; choose a library file")
