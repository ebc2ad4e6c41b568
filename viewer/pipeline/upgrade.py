"""Bring a library written by an earlier version up to date in place, before it is opened: checked
cheaply (sqlite-utils is loaded only when there is work to do), never the bundled database."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from ..core import schema

UPGRADE_WAIT = 5.0  # seconds to wait for an import in progress before reading the library as it is


def upgrade_library(library: Path, bundled: Path) -> bool:
    """Rebuild an older library's text index to hold every printed form of each quote, both scripts read
    as one, give its articles the days their publication covers (so their undated quotes are found by
    a search for that day), index its roles by article (its writers, read at each selection) and give its
    organisations their Traditional and pinyin name forms (华为云 found as 華為雲 or huaweiyun). A
    library that cannot be written, is busy or is not this app's is left as it is (it still reads, or is
    refused with its reason when opened). True when it was changed."""
    if not library.is_file() or library.resolve() == bundled.resolve():
        return False
    try:
        conn = sqlite3.connect(library, timeout=UPGRADE_WAIT, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        if not _is_current(conn):
            return False
        index, days = not schema.has_current_text_index(conn), not _has_published_days(conn)
        roles = not schema.has_roles_by_article(conn)
        orgs = not schema.has_org_forms(conn)
        if not (index or days or roles or orgs):
            return False
        import sqlite_utils

        db = sqlite_utils.Database(conn)
        conn.execute("BEGIN IMMEDIATE")
        if index:
            schema.create_text_indexes(db)
        if days:
            _fill_published_days(db)
        if roles:
            schema.create_indexes(db)  # (those it has already are kept as they are)
        if orgs:
            from .writer import add_org_forms

            add_org_forms(db)
        conn.execute("COMMIT")
        return True
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return False
    finally:
        conn.close()


def _is_current(conn: sqlite3.Connection) -> bool:
    """True when a database has this app's schema version (only those are upgraded in place)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return row is not None and str(row[0]) == str(schema.SCHEMA_VERSION)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?=$|[ T])")
PUBLISHED_DAYS_KEY = "published_days"  # the meta row saying the articles hold their publication's days


def _has_published_days(conn: sqlite3.Connection) -> bool:
    """True when the articles hold the days their publication covers (filled at import, or once here)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [PUBLISHED_DAYS_KEY]).fetchone()
    return row is not None


def _fill_published_days(db) -> None:
    """The days each article's printed publication date covers, where it prints its year (2月15日 alone
    is left out: read now, its year would be today's guess, not the import's)."""
    from ..core.dateparse import parse_date
    from ..core.dates import DateParseError

    schema.add_added_columns(db)
    empty = "SELECT id, published FROM articles WHERE published != '' AND IFNULL(published_start, '') = ''"
    days = []
    for article_id, printed in db.execute(empty):  # (those imported since hold theirs already)
        iso = _ISO_DAY.match(printed)  # 2026-03-07 11:16, as most pages print it: no parser needed
        if iso is not None:
            days.append((iso.group(), iso.group(), article_id))
            continue
        try:
            date = parse_date(printed)
        except DateParseError:
            continue
        if not date.year_inferred:
            days.append((date.start.isoformat(), date.end.isoformat(), article_id))
    db.conn.executemany("UPDATE articles SET published_start = ?, published_end = ? WHERE id = ?", days)
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", [PUBLISHED_DAYS_KEY])
