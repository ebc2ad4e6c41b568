"""The database schema, created with sqlite-utils; bumping SCHEMA_VERSION is a breaking change."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

from .text import fts_fold, same_script, spaced_cjk

if TYPE_CHECKING:  # only the builder needs sqlite-utils; readers and the GUI start-up do without it
    import sqlite_utils

SCHEMA_VERSION = 4
UNDATED_SORT_KEY = 10**13
KIND_BITS = {"direct": 1, "reported": 2}
TABLES = (
    "meta",
    "articles",
    "orgs",
    "persons",
    "roles",
    "events",
    "event_persons",
    "event_orgs",
    "quotes",
    "occurrences",
    "claims",
    "name_forms",
    "quotes_fts",
    "events_fts",
    "roles_fts",
    "event_groups",
)
GROUP_COLUMNS = (
    "x.day_start",
    "x.day_end",
    "x.precision",
    "coalesce(x.modifier IN ('about', 'early', 'mid', 'late'), 0)",
    "x.year_inferred",
)
_DATE_COLUMNS = {
    "date_start": str,
    "date_end": str,
    "day_start": int,
    "day_end": int,
    "sort_key": int,
    "precision": str,
    "modifier": str,
    "year_inferred": int,
    "date_text": str,
}
# (table, columns indexed for text search); a quote is also indexed under every printed form of it
TEXT_INDEXES = (("quotes", ("text", "translation")), ("events", ("summary", "text")), ("roles", ("title",)))
INDEX_TABLES = tuple(f"{table}_fts" for table, _ in TEXT_INDEXES)
# meta key and value saying every occurrence is in the text index, its Traditional characters folded to
# Simplified; a database without it (built before) still opens and searches its first printed forms (or,
# at "occurrences", every form in the script printed), until an import or an upgrade rebuilds the index
TEXT_INDEX_KEY, TEXT_INDEX_VERSION = "text_index", "scripts"
_SEP = "\x1f"


def create_tables(db: sqlite_utils.Database) -> None:
    """Create every table with keys and foreign keys, before rows are inserted."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("articles").create(
        {
            "id": int,
            "title": str,
            "author": str,
            "publisher": str,
            "published": str,
            "lang": str,
            "body": str,
            "body_sha256": str,
            "source_name": str,
            "address": str,
            "published_start": str,
            "published_end": str,
        },
        pk="id",
        not_null={"title", "body"},
    )
    db.table("orgs").create(
        {"id": int, "name": str, "name_latin": str, "aliases": str, "sort_name": str},
        pk="id",
        not_null={"name"},
    )
    db.table("persons").create(
        {"id": int, "name": str, "name_latin": str, "aliases": str, "note": str, "sort_name": str},
        pk="id",
        not_null={"name"},
    )
    db.table("roles").create(
        {
            "id": int,
            "person_id": int,
            "title": str,
            "org_id": int,
            "text": str,
            "status": str,
            "article_id": int,
            "span_start": int,
            "span_end": int,
        },
        pk="id",
        not_null={"person_id", "title"},
        foreign_keys=[("person_id", "persons"), ("org_id", "orgs"), ("article_id", "articles")],
    )
    _create_events(db)
    _create_quotes(db)
    db.table("name_forms").create(
        {"form": str, "entity_kind": str, "entity_id": int, "kind": str, "rank": int},
        not_null={"form", "entity_kind", "entity_id"},
    )


# columns added since SCHEMA_VERSION was set: a database built before lacks them and still reads
# (published_start and published_end: the days the publication date covers, ISO, "" when unknown: a quote
# with no date of its own is found by a search for its article's day)
ADDED_COLUMNS = {"articles": frozenset({"address", "published_start", "published_end"})}


@functools.cache
def columns() -> dict[str, frozenset[str]]:
    """The columns of every table create_tables makes (a database lacking one, but for ADDED_COLUMNS,
    is not ours), read off create_tables itself without a database."""
    found: dict[str, frozenset[str]] = {}

    class Table:
        def __init__(self, name: str) -> None:
            self.name = name

        def create(self, cols: dict[str, type], **_: object) -> None:
            found[self.name] = frozenset(cols) - ADDED_COLUMNS.get(self.name, frozenset())

    class Recorder:
        def __getitem__(self, name: str) -> Table:
            return Table(name)

        table = __getitem__

    create_tables(cast(Any, Recorder()))
    return found


def _create_events(db: sqlite_utils.Database) -> None:
    db.table("events").create(
        {
            "id": int,
            "article_id": int,
            "summary": str,
            "text": str,
            "span_start": int,
            "span_end": int,
            "prefix": str,
            "suffix": str,
            "section": str,
            "ordinal": int,
            "quote_kinds": int,
            **_DATE_COLUMNS,
        },
        pk="id",
        not_null={"article_id", "span_start", "span_end", "sort_key"},
        foreign_keys=[("article_id", "articles")],
    )
    db.table("event_persons").create(
        {"event_id": int, "person_id": int, "basis": str},
        pk=("event_id", "person_id"),
        foreign_keys=[("event_id", "events"), ("person_id", "persons")],
    )
    db.table("event_orgs").create(
        {"event_id": int, "org_id": int},
        pk=("event_id", "org_id"),
        foreign_keys=[("event_id", "events"), ("org_id", "orgs")],
    )


def _create_quotes(db: sqlite_utils.Database) -> None:
    db.table("quotes").create(
        {
            "id": int,
            "article_id": int,
            "speaker_kind": str,
            "speaker_person_id": int,
            "speaker_org_id": int,
            "speaker_name": str,
            "speaker_role_id": int,
            "text": str,
            "translation": str,
            "kind": str,
            "event_id": int,
            "span_start": int,
            "span_end": int,
            "prefix": str,
            "suffix": str,
            "ordinal": int,
            **_DATE_COLUMNS,
        },
        pk="id",
        not_null={"article_id", "speaker_kind", "text", "kind", "span_start", "span_end", "sort_key"},
        foreign_keys=[
            ("article_id", "articles"),
            ("speaker_person_id", "persons"),
            ("speaker_org_id", "orgs"),
            ("speaker_role_id", "roles"),
            ("event_id", "events"),
        ],
    )
    db.table("occurrences").create(
        {
            "id": int,
            "owner_kind": str,
            "owner_id": int,
            "ordinal": int,
            "article_id": int,
            "text": str,
            "span_start": int,
            "span_end": int,
            "translation": str,
            "translation_start": int,
            "translation_end": int,
            "event_id": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles"), ("event_id", "events")],
    )
    db.table("claims").create(
        {
            "id": int,
            "article_id": int,
            "text": str,
            "span_start": int,
            "span_end": int,
            "status": str,
            "attributed_to": str,
            "denied_by_quote_id": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles"), ("denied_by_quote_id", "quotes")],
    )


def assign_ordinals(db: sqlite_utils.Database) -> None:
    """Number events and quotes 1..n in date order (the full-text rowid), and note on each event
    which kinds of quote are printed in it (a bit per kind, occurrences included)."""
    for table in ("events", "quotes"):
        db.execute(f"UPDATE [{table}] SET ordinal = NULL")  # renumbering must not collide with itself
        db.execute(
            f"UPDATE [{table}] SET ordinal = r.n FROM (SELECT id, row_number() OVER "
            f"(ORDER BY sort_key, id) AS n FROM [{table}]) AS r WHERE [{table}].id = r.id"
        )
    bits = " ".join(f"WHEN '{kind}' THEN {bit}" for kind, bit in KIND_BITS.items())
    db.execute("UPDATE events SET quote_kinds = 0")
    db.execute(f"""UPDATE events SET quote_kinds = k.bits FROM (
        SELECT event_id, SUM(DISTINCT CASE kind {bits} END) AS bits FROM (
            SELECT event_id, kind FROM quotes WHERE event_id IS NOT NULL
            UNION SELECT o.event_id, q.kind FROM occurrences o JOIN quotes q
                ON o.owner_kind = 'quote' AND q.id = o.owner_id WHERE o.event_id IS NOT NULL)
        GROUP BY event_id) AS k WHERE events.id = k.event_id""")


def create_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for names, dates and links; created after bulk inserts and ordinals."""
    for table, cols in (
        ("persons", ["name"]),
        ("orgs", ["name"]),
        ("roles", ["person_id"]),
        ("roles", ["article_id"]),  # an article's writers, read at each selection
        ("persons", ["sort_name", "id"]),
        ("orgs", ["sort_name", "id"]),
        ("quotes", ["kind", "ordinal"]),
        ("events", ["article_id"]),
        ("event_persons", ["person_id", "event_id"]),
        ("event_orgs", ["org_id", "event_id"]),
        ("quotes", ["speaker_person_id", "ordinal"]),
        ("quotes", ["speaker_org_id", "ordinal"]),
        ("quotes", ["event_id"]),
        ("quotes", ["article_id"]),
        ("occurrences", ["owner_kind", "owner_id"]),
        ("occurrences", ["event_id"]),
        ("name_forms", ["form"]),
        ("name_forms", ["entity_kind", "entity_id"]),
    ):
        db.table(table).create_index(cols, if_not_exists=True)
    db.table("events").create_index(["ordinal"], unique=True, if_not_exists=True)
    # quotes by date order, covering the speaker: a search for many people walks this index alone
    db.table("quotes").create_index(
        ["ordinal", "speaker_person_id", "speaker_org_id"], unique=True, if_not_exists=True
    )
    for table in ("events", "quotes"):
        db.table(table).create_index(["sort_key", "ordinal"], if_not_exists=True)
        db.execute(
            f"CREATE INDEX IF NOT EXISTS [idx_{table}_wide] ON [{table}] "
            f"(precision, day_start, day_end, ordinal) WHERE day_end > day_start"
        )


def create_event_groups(db: sqlite_utils.Database) -> None:
    """Events counted per (interval, precision, approximate, inferred): the zoomed-out timeline."""
    db.execute("DROP TABLE IF EXISTS event_groups")
    db.execute(
        "CREATE TABLE event_groups (day_start INTEGER, day_end INTEGER, precision TEXT, "
        "approximate INTEGER, inferred INTEGER, n INTEGER)"
    )
    db.execute(
        f"INSERT INTO event_groups SELECT {', '.join(GROUP_COLUMNS)}, COUNT(*) FROM events x "
        f"WHERE x.day_start IS NOT NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2"
    )
    db.execute("CREATE INDEX idx_event_groups_day_start ON event_groups(day_start)")


def create_text_indexes(db: sqlite_utils.Database) -> None:
    """One full-text index per table in which every CJK character is a token.

    A phrase of single characters matches Chinese text of any length exactly (a trigram index
    answers nothing under three characters). The index is contentless: text lives once, in
    its table. Events and quotes are indexed under their date-ordered ordinal, so matches
    stream out in date order. sqlite-utils' enable_fts cannot make contentless tables, hence the SQL here.
    """
    for table, columns in TEXT_INDEXES:
        index = f"{table}_fts"
        db.execute(f"DROP TABLE IF EXISTS [{index}]")
        db.execute(
            f"CREATE VIRTUAL TABLE [{index}] USING fts5(body, content='', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        key = "ordinal" if table in ("events", "quotes") else "id"
        cols = ", ".join(f"t.[{c}]" for c in columns)
        printed = _printed_forms(table)
        rows = db.execute(f"SELECT t.{key}, {cols}{printed} FROM [{table}] t ORDER BY t.{key}")
        db.conn.executemany(f"INSERT INTO [{index}] (rowid, body) VALUES (?, ?)", _spaced(rows))
    _put_meta(db, [(TEXT_INDEX_KEY, TEXT_INDEX_VERSION)])


def _printed_forms(table: str) -> str:
    """For quotes, a column joining the text and translation of every occurrence (each place it is
    printed, in whatever form), so that any printed form finds the quote."""
    if table != "quotes":
        return ""
    return (
        f", (SELECT group_concat(o.text || '{_SEP}' || coalesce(o.translation, ''), '{_SEP}') "
        "FROM occurrences o WHERE o.owner_kind = 'quote' AND o.owner_id = t.id)"
    )


def _spaced(rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[int, str]]:
    for row_id, *columns in rows:
        texts = [t for c in columns if c for t in str(c).split(_SEP) if t]
        yield row_id, spaced_cjk(same_script(fts_fold("\n".join(dict.fromkeys(texts)))))


def add_added_columns(db: sqlite_utils.Database) -> None:
    """Give a database built before ADDED_COLUMNS their columns (empty in its rows, all text), so rows
    can be added to it; reading never needs them."""
    for table, added in ADDED_COLUMNS.items():
        for column in sorted(added - set(db.table(table).columns_dict)):
            db.table(table).add_column(column, str)


# meta key saying every organisation has its Traditional and pinyin name forms, as a person has (a database
# written before: its organisations are found by name, alias and Latin name until an import or an upgrade
# adds them)
ORG_FORMS_KEY = "org_forms"


def has_org_forms(conn: Any) -> bool:
    """True when every organisation has its Traditional and pinyin forms (pipeline.writer.add_org_forms)."""
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", [ORG_FORMS_KEY]).fetchone() is not None


def note_org_forms(db: sqlite_utils.Database) -> None:
    """Record that every organisation has its Traditional and pinyin forms."""
    _put_meta(db, [(ORG_FORMS_KEY, "1")])


ROLES_BY_ARTICLE = "idx_roles_article_id"  # the index an older library lacks until upgraded


def has_roles_by_article(conn: Any) -> bool:
    """True when the roles are indexed by article (libraries written before stop 35 are not)."""
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [ROLES_BY_ARTICLE])
    return found.fetchone() is not None


def has_current_text_index(conn: Any) -> bool:
    """True when the text index is this version's (every printed form, both scripts as one)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [TEXT_INDEX_KEY]).fetchone()
    return row is not None and row[0] == TEXT_INDEX_VERSION


def bulk_insert(
    db: sqlite_utils.Database, table: str, columns: list[str], rows: Sequence[tuple[object, ...]]
) -> None:
    """Insert many rows, given as tuples in the order of `columns`, at C speed (synthetic databases)."""
    if not rows:
        return
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" * len(columns))
    db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", rows)


def write_meta(db: sqlite_utils.Database, values: dict[str, str]) -> None:
    """Record schema_version and build facts."""
    rows = [("schema_version", str(SCHEMA_VERSION))] + [(k, str(v)) for k, v in sorted(values.items())]
    _put_meta(db, rows)


def _put_meta(db: sqlite_utils.Database, rows: list[tuple[str, str]]) -> None:
    """Set meta keys inside whatever transaction is open (sqlite-utils' insert_all would commit it)."""
    db.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", rows)


def record_max_spans(db: sqlite_utils.Database) -> None:
    """Store the widest dated interval per table and per precision, which bound overlap queries."""
    values = {}
    for table in ("events", "quotes"):
        row = db.execute(f"SELECT MAX(day_end - day_start) FROM [{table}]").fetchone()
        values[f"max_span_days_{table}"] = str(row[0] or 0)
        for precision, span in db.execute(
            f"SELECT precision, MAX(day_end - day_start) FROM [{table}] "
            f"WHERE day_end > day_start GROUP BY precision"
        ):
            values[f"max_span_days_{table}_{precision}"] = str(span)
    _put_meta(db, list(values.items()))
