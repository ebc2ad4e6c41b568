"""Bring a library written by an earlier version up to date in place, before it is opened: checked
cheaply (sqlite-utils is loaded only when there is work to do), never the bundled database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..core import schema

UPGRADE_WAIT = 5.0  # seconds to wait for an import in progress before reading the library as it is


def upgrade_library(library: Path, bundled: Path) -> bool:
    """Rebuild an older library's text index to hold every printed form of each quote, both scripts read
    as one. A library that cannot be written, is busy or is not this app's is left as it is (it still
    reads, or is refused with its reason when opened). True when it was changed."""
    if not library.is_file() or library.resolve() == bundled.resolve():
        return False
    try:
        conn = sqlite3.connect(library, timeout=UPGRADE_WAIT, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        if not _is_current(conn) or schema.has_current_text_index(conn):
            return False
        import sqlite_utils

        conn.execute("BEGIN IMMEDIATE")
        schema.create_text_indexes(sqlite_utils.Database(conn))
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
