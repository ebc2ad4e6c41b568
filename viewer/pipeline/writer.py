"""Write annotated articles into a database: ids continue after the rows already there, and people
and organisations already known are matched by name, alias or pinyin instead of added twice."""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

import sqlite_utils

from ..core import schema
from ..core.dates import FuzzyDate
from ..core.names import (
    RANK_ALIAS,
    RANK_NAME,
    RANK_PINYIN,
    NameForm,
    alias_forms,
    best_forms,
    japanese_name,
    latin_name,
    name_forms,
    pinyin_syllables,
    sort_name,
)
from ..core.text import context, fold, has_cjk
from .annotation import Anchor, Annotation, OccurrenceSpec, OrgSpec, PersonSpec

_ID_TABLES = ("articles", "orgs", "persons", "roles", "events", "quotes", "occurrences", "claims")
_EXACT_KINDS = ("name", "alias")
_SPELLING_KINDS = ("pinyin", "alias_pinyin", "latin")


_GENERIC_ORG = re.compile(
    r"^(?:本|该)?(?:公司|集团)?(?:董事会|監事會|监事会|董事會|管理层|股东大会|工会|公司|集团)$"
    r"|^(?:the )?(?:board|company|group|management)$",
    re.I,
)


def _spellings(*names: str) -> list[str]:
    """The folded forms of names, each also in Simplified characters (何婉儀 → 何婉仪)."""
    from .extract.script import simplified

    out = [fold(n) for n in names if n]
    out += [fold(simplified(n)) for n in names if n and has_cjk(n)]
    return list(dict.fromkeys(out))


def org_forms(name: str, aliases: Iterable[str], latin: str) -> dict[str, tuple[str, int]]:
    """Every form an organisation is found by, with its kind and rank: its name, its aliases (each also in
    Simplified characters) and its Latin name; and, as a person's name, each Chinese one as Traditional
    script writes it and in pinyin, spaced and joined (华为云: 華為雲, hua wei yun, huaweiyun)."""
    aliases = [a for a in aliases if a]
    forms = {fold(name): ("name", RANK_NAME)}
    forms.update({f: ("alias", RANK_ALIAS) for f in _spellings(name, *aliases) if f not in forms})
    if latin and fold(latin) not in forms:
        forms[fold(latin)] = ("latin", RANK_PINYIN)
    for written, rank in [(name, RANK_NAME), *((a, RANK_ALIAS) for a in aliases)]:
        if not has_cjk(written):
            continue
        for f in _other_script_forms(written):
            forms.setdefault(f.form, ("script", rank))
        syllables = pinyin_syllables(written)
        for spelling in (" ".join(syllables), "".join(syllables)):
            forms.setdefault(spelling, ("pinyin", RANK_PINYIN))
    return {f: kind for f, kind in forms.items() if f}


def add_org_forms(db: sqlite_utils.Database) -> None:
    """Give the organisations of a database written before organisations had them their Traditional and
    pinyin forms (and any other org_forms gives that they lack); then note that they have them."""
    if schema.has_org_forms(db.conn):
        return
    held = {(i, f) for i, f in db.execute("SELECT entity_id, form FROM name_forms WHERE entity_kind = 'org'")}
    rows = [
        (form, "org", oid, kind, rank)
        for oid, name, latin, aliases in db.execute("SELECT id, name, name_latin, aliases FROM orgs")
        for form, (kind, rank) in org_forms(name, json.loads(aliases or "[]"), latin or "").items()
        if (oid, form) not in held
    ]
    insert = "INSERT INTO name_forms (form, entity_kind, entity_id, kind, rank) VALUES (?, ?, ?, ?, ?)"
    db.conn.executemany(insert, rows)
    schema.note_org_forms(db)


def body_sha256(body: str) -> str:
    """The fingerprint of an article's text, by which a second import is recognised."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class Writer:
    """Adds articles to an open database, one article's rows at a time, without committing."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.last_id = {
            t: db.execute(f"SELECT coalesce(MAX(id), 0) FROM [{t}]").fetchone()[0] for t in _ID_TABLES
        }
        self.rows: dict[str, list[dict]] = defaultdict(list)

    def has_article(self, body: str) -> bool:
        """True when an article with exactly this text is already in the database."""
        sql = "SELECT 1 FROM articles WHERE body_sha256 = ? LIMIT 1"
        return self.db.execute(sql, [body_sha256(body)]).fetchone() is not None

    def add(self, ann: Annotation) -> int:
        """Write one article and everything extracted from it, all or nothing; its new id."""
        self.db.execute("SAVEPOINT article")
        try:
            article_id = self._article(ann)
            self._flush()
        except BaseException:
            self.rows.clear()
            if self.db.conn.in_transaction:  # SQLite may have rolled back everything (a full disk)
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK TO article")
                    self.db.execute("RELEASE article")
            raise
        self.db.execute("RELEASE article")
        return article_id

    def _next(self, table: str) -> int:
        self.last_id[table] += 1
        return self.last_id[table]

    def _flush(self) -> None:
        """Insert the rows gathered for the article, a table at a time (no commit)."""
        for table, rows in self.rows.items():
            if not rows:
                continue
            columns = list(rows[0])
            schema.bulk_insert(self.db, table, columns, [tuple(r[c] for c in columns) for r in rows])
        self.rows.clear()

    def _article(self, ann: Annotation) -> int:
        article_id = self._next("articles")
        self.rows["articles"].append(
            {
                "id": article_id,
                "title": ann.title,
                "author": ann.author,
                "publisher": ann.publisher,
                "published": ann.published,
                "lang": ann.lang,
                "body": ann.body,
                "body_sha256": body_sha256(ann.body),
                "source_name": ann.source_name,
                "address": ann.address,
                "published_start": ann.published_date.start.isoformat() if ann.published_date else "",
                "published_end": ann.published_date.end.isoformat() if ann.published_date else "",
            }
        )
        org_ids = {o.key: self._org(o) for o in ann.orgs}
        person_ids, role_ids = self._persons(ann, article_id, org_ids)
        event_ids = self._events(ann, article_id, person_ids, org_ids)
        quote_ids = self._quotes(ann, article_id, person_ids, org_ids, role_ids, event_ids)
        self._claims(ann, article_id, quote_ids)
        return article_id

    # --- people and organisations: matched before added --------------------------------------

    def _known(self, entity_kind: str, forms: list[str], kinds: tuple[str, ...]) -> int | None:
        """The one entity some form names (in the database or added in this article), else None."""
        ids = {i for f in forms for i in self._form_ids(entity_kind, f, kinds)}
        return ids.pop() if len(ids) == 1 else None

    def _form_ids(self, entity_kind: str, form: str, kinds: tuple[str, ...]) -> set[int]:
        marks = ", ".join("?" * len(kinds))
        found = {
            r[0]
            for r in self.db.execute(
                f"SELECT entity_id FROM name_forms WHERE form = ? AND entity_kind = ? AND kind IN ({marks})",
                [form, entity_kind, *kinds],
            )
        }
        found |= {
            r["entity_id"]
            for r in self.rows["name_forms"]
            if r["form"] == form and r["entity_kind"] == entity_kind and r["kind"] in kinds
        }
        return found

    def _org(self, org: OrgSpec) -> int:
        """An organisation known by the same name or alias (in either script), else a new one; its name when
        new (one given in review: Milwaukee police renamed 密尔沃基警方) is kept as an alias of the one known.
        Generic names (董事会, 公司董事会, the board) are never matched across articles."""
        names = _spellings(org.name, *org.aliases, org.name_latin)
        known = None if _GENERIC_ORG.match(org.name) else self._known("org", names, (*_EXACT_KINDS, "latin"))
        if known is not None:
            self._add_org_names(known, [org.name])  # (not its aliases: Police, police as Pittsfield's)
            return known
        oid = self._next("orgs")
        self.rows["orgs"].append(
            {
                "id": oid,
                "name": org.name,
                "name_latin": org.name_latin,
                "aliases": json.dumps(org.aliases, ensure_ascii=False),
                "sort_name": sort_name(org.name, org.name_latin),
            }
        )
        self.rows["name_forms"] += [
            {"form": f, "entity_kind": "org", "entity_id": oid, "kind": k, "rank": r}
            for f, (k, r) in org_forms(org.name, org.aliases, org.name_latin).items()
        ]
        return oid

    def _add_org_names(self, oid: int, names: list[str]) -> None:
        """Record names of a matched organisation that no organisation is known by yet, as its aliases
        (walk36: a name given in review to one already in the library was lost, and who: found nothing)."""
        kinds = (*_EXACT_KINDS, "latin", "script")
        new = [n for n in dict.fromkeys(names) if n and not self._form_ids("org", fold(n), kinds)]
        if not new:
            return
        held = {
            r[0]
            for r in self.db.execute(
                "SELECT form FROM name_forms WHERE entity_kind = 'org' AND entity_id = ?", [oid]
            )
        }
        held |= {
            r["form"] for r in self.rows["name_forms"] if r["entity_kind"] == "org" and r["entity_id"] == oid
        }
        self.rows["name_forms"] += [
            {"form": f, "entity_kind": "org", "entity_id": oid, "kind": k, "rank": r}
            for f, (k, r) in org_forms("", new, "").items()
            if f not in held
        ]
        row = self.db.execute("SELECT aliases FROM orgs WHERE id = ?", [oid]).fetchone()
        if row is not None:
            aliases = json.dumps(json.loads(row[0] or "[]") + new, ensure_ascii=False)
            self.db.execute("UPDATE orgs SET aliases = ? WHERE id = ?", [aliases, oid])
        else:
            pending = next(r for r in self.rows["orgs"] if r["id"] == oid)
            pending["aliases"] = json.dumps(json.loads(pending["aliases"]) + new, ensure_ascii=False)

    def _person_id(self, p: PersonSpec) -> int:
        """An existing person named alike, else a new one. Alike: the same name or alias, in
        Simplified or Traditional characters; a Latin spelling that only one Chinese name reads
        as (Wu Yongming → 吴泳铭); a Chinese name read the way a person known only by a Latin
        spelling is written. Two different Chinese names are never merged (张伟 ≠ 张薇)."""
        spellings = _spellings(p.name, *p.aliases)
        known = self._known("person", spellings, _EXACT_KINDS)
        if known is None:
            latin = [s for s in spellings if not has_cjk(s)]
            known = self._known("person", latin, _SPELLING_KINDS) if latin else None
        if known is None and has_cjk(p.name):
            pinyin = [f.form for f in name_forms(p.name, p.given_name_only) if f.kind == "pinyin"]
            candidate = self._known("person", pinyin, ("name", "alias", "latin"))
            known = candidate if candidate is not None and not self._has_cjk_name(candidate) else None
        if known is None:
            return self._new_person(p)
        self._add_spellings(known, [p.name, *p.aliases])
        return known

    def _has_cjk_name(self, pid: int) -> bool:
        """True when a person already has a name or alias in Chinese characters."""
        sql = (
            "SELECT form FROM name_forms WHERE entity_kind = 'person' AND entity_id = ? "
            "AND kind IN ('name', 'alias')"
        )
        forms = [r[0] for r in self.db.execute(sql, [pid])]
        forms += [
            r["form"]
            for r in self.rows["name_forms"]
            if r["entity_kind"] == "person" and r["entity_id"] == pid and r["kind"] in _EXACT_KINDS
        ]
        return any(has_cjk(f) for f in forms)

    def _add_spellings(self, pid: int, names: list[str]) -> None:
        """Record spellings of a matched person it was not yet known by, as aliases."""
        new = [n for n in dict.fromkeys(names) if n and not self._form_ids("person", fold(n), _EXACT_KINDS)]
        if not new:
            return
        forms = [f for n in new for f in alias_forms(n)]
        self.rows["name_forms"] += [
            {"form": f.form, "entity_kind": "person", "entity_id": pid, "kind": f.kind, "rank": f.rank}
            for f in best_forms(forms)
        ]
        row = self.db.execute("SELECT aliases FROM persons WHERE id = ?", [pid]).fetchone()
        if row is not None:
            aliases = json.loads(row[0] or "[]") + new
            self.db.execute(
                "UPDATE persons SET aliases = ? WHERE id = ?", [json.dumps(aliases, ensure_ascii=False), pid]
            )
        else:
            person = next(r for r in self.rows["persons"] if r["id"] == pid)
            person["aliases"] = json.dumps(json.loads(person["aliases"]) + new, ensure_ascii=False)

    def _new_person(self, p: PersonSpec) -> int:
        pid = self._next("persons")
        latin = latin_name(p.name, p.given_name_only)  # (listed by it: in pinyin order, a Japanese name too)
        self.rows["persons"].append(
            {
                "id": pid,
                "name": p.name,
                "name_latin": "" if japanese_name(p.name) else latin,  # 木原稔 is not "Muyuan Ren"
                "aliases": json.dumps(p.aliases, ensure_ascii=False),
                "note": p.note,
                "sort_name": sort_name(p.name, latin),
            }
        )
        forms = name_forms(p.name, p.given_name_only) + [f for a in p.aliases for f in alias_forms(a)]
        forms += [
            NameForm(f, "alias", RANK_ALIAS)
            for f in _spellings(p.name, *p.aliases)
            if f not in {x.form for x in forms}
        ]
        forms += _other_script_forms(p.name)
        self.rows["name_forms"] += [
            {"form": f.form, "entity_kind": "person", "entity_id": pid, "kind": f.kind, "rank": f.rank}
            for f in best_forms(forms)
        ]
        return pid

    def _persons(
        self, ann: Annotation, article_id: int, org_ids: dict[str, int]
    ) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
        keys, role_ids = {}, {}
        for p in ann.persons:
            pid = keys[p.key] = self._person_id(p)
            for role in p.roles:
                rid = role_ids[(p.key, role.title)] = self._next("roles")
                self.rows["roles"].append(
                    {
                        "id": rid,
                        "person_id": pid,
                        "title": role.title,
                        "org_id": org_ids.get(role.org) if role.org else None,
                        "text": role.anchor.text if role.anchor else "",
                        "status": role.status,
                        "article_id": article_id,
                        **_span(role.anchor),
                    }
                )
        return keys, role_ids

    # --- events, quotes, claims ----------------------------------------------------------------

    def _events(
        self, ann: Annotation, article_id: int, person_ids: dict[str, int], org_ids: dict[str, int]
    ) -> dict[str, int]:
        keys = {}
        for e in ann.events:
            eid = keys[e.key] = self._next("events")
            self.rows["events"].append(
                {
                    "id": eid,
                    "article_id": article_id,
                    "summary": e.summary,
                    "section": e.section,
                    **_anchor_columns(ann.body, e.anchor),
                    **date_columns(e.date, e.date_text),
                }
            )
            links = {person_ids[k]: basis for k, basis in e.person_links}
            self.rows["event_persons"] += [
                {"event_id": eid, "person_id": pid, "basis": basis} for pid, basis in links.items()
            ]
            self.rows["event_orgs"] += [
                {"event_id": eid, "org_id": oid} for oid in dict.fromkeys(org_ids[k] for k in e.orgs)
            ]
        return keys

    def _quotes(
        self,
        ann: Annotation,
        article_id: int,
        person_ids: dict[str, int],
        org_ids: dict[str, int],
        role_ids: dict,
        event_ids: dict[str, int],
    ) -> dict[str, int]:
        keys = {}
        names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
        for q in ann.quotes:
            qid = keys[q.key] = self._next("quotes")
            first = q.occurrences[0]
            is_person = q.speaker_kind == "person"
            self.rows["quotes"].append(
                {
                    "id": qid,
                    "article_id": article_id,
                    "speaker_kind": q.speaker_kind,
                    "speaker_person_id": person_ids[q.speaker] if is_person else None,
                    "speaker_org_id": None if is_person else org_ids[q.speaker],
                    "speaker_name": names.get(q.speaker),
                    "speaker_role_id": role_ids.get((q.speaker, q.speaker_role)) if q.speaker_role else None,
                    "translation": first.translation.text if first.translation else "",
                    "kind": q.kind,
                    "event_id": event_ids.get(q.event) if q.event else None,
                    **_anchor_columns(ann.body, first.anchor),
                    **date_columns(q.date, q.date_text),
                }
            )
            self._occurrences("quote", qid, article_id, q.occurrences, event_ids)
        return keys

    def _occurrences(
        self,
        owner_kind: str,
        owner_id: int,
        article_id: int,
        occurrences: list[OccurrenceSpec],
        event_ids: dict[str, int],
    ) -> None:
        seen: set[tuple] = set()
        ordinal = 0
        for occ in occurrences:
            tr = occ.translation
            place = (occ.anchor.start, occ.anchor.end, (tr.start, tr.end) if tr else None)
            if place in seen:  # one place given twice (by any annotation written): one row, one citation
                continue
            seen.add(place)
            ordinal += 1
            self.rows["occurrences"].append(
                {
                    "id": self._next("occurrences"),
                    "owner_kind": owner_kind,
                    "owner_id": owner_id,
                    "ordinal": ordinal,
                    "article_id": article_id,
                    "text": occ.anchor.text,
                    "span_start": occ.anchor.start,
                    "span_end": occ.anchor.end,
                    "translation": tr.text if tr else "",
                    "translation_start": tr.start if tr else None,
                    "translation_end": tr.end if tr else None,
                    "event_id": event_ids.get(occ.event) if occ.event else None,
                }
            )

    def _claims(self, ann: Annotation, article_id: int, quote_ids: dict[str, int]) -> None:
        for c in ann.claims:
            cid = self._next("claims")
            first = c.occurrences[0].anchor
            self.rows["claims"].append(
                {
                    "id": cid,
                    "article_id": article_id,
                    "text": first.text,
                    "span_start": first.start,
                    "span_end": first.end,
                    "status": c.status,
                    "attributed_to": c.attributed_to,
                    "denied_by_quote_id": quote_ids.get(c.denied_by) if c.denied_by else None,
                }
            )
            self._occurrences("claim", cid, article_id, c.occurrences, {})


def _span(anchor: Anchor | None) -> dict:
    if anchor is None:
        return {"span_start": None, "span_end": None}
    return {"span_start": anchor.start, "span_end": anchor.end}


def date_columns(date: FuzzyDate | None, date_text: str) -> dict:
    """The stored date columns of an event or quote."""
    if date is None:
        return {
            "date_start": None,
            "date_end": None,
            "day_start": None,
            "day_end": None,
            "sort_key": schema.UNDATED_SORT_KEY,
            "precision": None,
            "modifier": None,
            "year_inferred": 0,
            "date_text": date_text,
        }
    return {
        "date_start": date.start.isoformat(),
        "date_end": date.end.isoformat(),
        "day_start": date.day_start,
        "day_end": date.day_end,
        "sort_key": date.sort_key,
        "precision": date.precision,
        "modifier": date.modifier,
        "year_inferred": int(date.year_inferred),
        "date_text": date_text,
    }


def _anchor_columns(body: str, anchor: Anchor) -> dict:
    prefix, suffix = context(body, anchor.start, anchor.end)
    return {
        "text": anchor.text,
        "span_start": anchor.start,
        "span_end": anchor.end,
        "prefix": prefix,
        "suffix": suffix,
    }


def _other_script_forms(name: str) -> list[NameForm]:
    """A Chinese name as Traditional script writes it (林俊旸 → 林俊暘), so a reader of either finds the
    person (the Simplified forms are among the spellings already)."""
    from .extract.script import traditional

    written = traditional(name) if has_cjk(name) else name
    return [NameForm(fold(written), "script", RANK_NAME)] if written != name else []
