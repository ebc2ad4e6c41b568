"""Build data/events.db from the articles and their curated annotations, with sqlite-utils."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable

import sqlite_utils

from .. import __version__
from ..core import schema
from ..core.dates import FuzzyDate
from ..core.names import alias_forms, best_forms, latin_name, name_forms, sort_name
from ..core.text import context, fold
from .annotation import Anchor, Annotation, OccurrenceSpec, load_annotation
from ..core.atomic import atomic_path


def build_database(annotation_paths: Iterable[Path], out: Path) -> None:
    """Write a fresh database to `out` atomically; nothing is left behind on failure."""
    annotations = [load_annotation(p) for p in sorted(annotation_paths)]
    with atomic_path(out) as tmp:
        db = sqlite_utils.Database(tmp)
        schema.create_tables(db)
        ids = _Ids()
        for article_id, ann in enumerate(annotations, start=1):
            _insert_article(db, ann, article_id, ids)
        schema.assign_ordinals(db)
        schema.create_indexes(db)
        schema.create_event_groups(db)
        schema.create_text_indexes(db)
        schema.write_meta(db, _meta(annotations))
        schema.record_max_spans(db)
        db.conn.commit()
        db.execute("VACUUM")
        db.close()


def _meta(annotations: list[Annotation]) -> dict[str, str]:
    latest = max((a.published_date for a in annotations), key=lambda d: d.start, default=None)
    return {"generator": f"events-viewer {__version__}",
            "sources_sha256": ",".join(a.source_sha256 for a in annotations),
            "reference_date": latest.start.isoformat() if latest else ""}


class _Ids:
    """Deterministic ids across articles; people and orgs with the same name are merged."""

    def __init__(self) -> None:
        self.orgs: dict[str, int] = {}
        self.persons: dict[str, int] = {}
        self.counters = {"roles": 0, "events": 0, "quotes": 0, "occurrences": 0, "claims": 0}

    def next(self, table: str) -> int:
        """The next id of a table."""
        self.counters[table] += 1
        return self.counters[table]


def _insert_article(db: sqlite_utils.Database, ann: Annotation, article_id: int, ids: _Ids) -> None:
    db["articles"].insert({"id": article_id, "title": ann.title, "author": ann.author,
                           "publisher": ann.publisher, "published": ann.published,
                           "lang": ann.lang, "body": ann.body,
                           "body_sha256": _sha256(ann.body), "source_name": ann.source_name})
    org_ids = _insert_orgs(db, ann, ids)
    person_ids, role_ids = _insert_persons(db, ann, article_id, org_ids, ids)
    event_ids = _insert_events(db, ann, article_id, person_ids, org_ids, ids)
    quote_ids = _insert_quotes(db, ann, article_id, person_ids, org_ids, role_ids, event_ids, ids)
    _insert_claims(db, ann, article_id, quote_ids, ids)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _insert_orgs(db, ann: Annotation, ids: _Ids) -> dict[str, int]:
    keys = {}
    for org in ann.orgs:
        if org.name not in ids.orgs:
            ids.orgs[org.name] = len(ids.orgs) + 1
            oid = ids.orgs[org.name]
            db["orgs"].insert({"id": oid, "name": org.name, "name_latin": org.name_latin,
                               "aliases": json.dumps(org.aliases, ensure_ascii=False),
                               "sort_name": sort_name(org.name, org.name_latin)})
            forms = {fold(org.name): ("name", 0)}
            forms.update({fold(a): ("alias", 1) for a in org.aliases if fold(a) not in forms})
            if org.name_latin and fold(org.name_latin) not in forms:
                forms[fold(org.name_latin)] = ("latin", 2)
            db["name_forms"].insert_all(
                {"form": f, "entity_kind": "org", "entity_id": oid, "kind": k, "rank": r}
                for f, (k, r) in forms.items())
        keys[org.key] = ids.orgs[org.name]
    return keys


def _insert_persons(db, ann: Annotation, article_id: int, org_ids: dict[str, int],
                    ids: _Ids) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    keys, role_ids = {}, {}
    for p in ann.persons:
        if p.name not in ids.persons:
            ids.persons[p.name] = len(ids.persons) + 1
            pid = ids.persons[p.name]
            latin = latin_name(p.name, p.given_name_only)
            db["persons"].insert({"id": pid, "name": p.name, "name_latin": latin,
                                  "aliases": json.dumps(p.aliases, ensure_ascii=False),
                                  "note": p.note, "sort_name": sort_name(p.name, latin)})
            forms = name_forms(p.name, p.given_name_only)
            forms += [f for a in p.aliases for f in alias_forms(a)]
            db["name_forms"].insert_all(
                {"form": f.form, "entity_kind": "person", "entity_id": pid, "kind": f.kind,
                 "rank": f.rank} for f in best_forms(forms))
        pid = keys[p.key] = ids.persons[p.name]
        for role in p.roles:
            rid = ids.next("roles")
            role_ids[(p.key, role.title)] = rid
            db["roles"].insert({"id": rid, "person_id": pid, "title": role.title,
                                "org_id": org_ids.get(role.org) if role.org else None,
                                "text": role.anchor.text if role.anchor else "",
                                "status": role.status, "article_id": article_id,
                                **_span(role.anchor)})
    return keys, role_ids


def _span(anchor: Anchor | None) -> dict:
    if anchor is None:
        return {"span_start": None, "span_end": None}
    return {"span_start": anchor.start, "span_end": anchor.end}


def date_columns(date: FuzzyDate | None, date_text: str) -> dict:
    """The stored date columns of an event or quote."""
    if date is None:
        return {"date_start": None, "date_end": None, "day_start": None, "day_end": None,
                "sort_key": schema.UNDATED_SORT_KEY, "precision": None, "modifier": None,
                "year_inferred": 0, "date_text": date_text}
    return {"date_start": date.start.isoformat(), "date_end": date.end.isoformat(),
            "day_start": date.day_start, "day_end": date.day_end, "sort_key": date.sort_key,
            "precision": date.precision, "modifier": date.modifier,
            "year_inferred": int(date.year_inferred), "date_text": date_text}


def _anchor_columns(body: str, anchor: Anchor) -> dict:
    prefix, suffix = context(body, anchor.start, anchor.end)
    return {"text": anchor.text, "span_start": anchor.start, "span_end": anchor.end,
            "prefix": prefix, "suffix": suffix}


def _insert_events(db, ann: Annotation, article_id: int, person_ids: dict[str, int],
                   org_ids: dict[str, int], ids: _Ids) -> dict[str, int]:
    keys = {}
    for e in ann.events:
        eid = keys[e.key] = ids.next("events")
        db["events"].insert({"id": eid, "article_id": article_id, "summary": e.summary,
                             "section": e.section, **_anchor_columns(ann.body, e.anchor),
                             **date_columns(e.date, e.date_text)})
        db["event_persons"].insert_all(
            {"event_id": eid, "person_id": person_ids[k], "basis": basis}
            for k, basis in e.person_links)
        db["event_orgs"].insert_all({"event_id": eid, "org_id": org_ids[k]} for k in e.orgs)
    return keys


def _insert_quotes(db, ann: Annotation, article_id: int, person_ids: dict[str, int],
                   org_ids: dict[str, int], role_ids: dict, event_ids: dict[str, int],
                   ids: _Ids) -> dict[str, int]:
    keys = {}
    for q in ann.quotes:
        qid = keys[q.key] = ids.next("quotes")
        first = q.occurrences[0]
        is_person = q.speaker_kind == "person"
        speaker_name = next((p.name for p in ann.persons if p.key == q.speaker), None) if is_person \
            else next(o.name for o in ann.orgs if o.key == q.speaker)
        db["quotes"].insert({
            "id": qid, "article_id": article_id, "speaker_kind": q.speaker_kind,
            "speaker_person_id": person_ids[q.speaker] if is_person else None,
            "speaker_org_id": None if is_person else org_ids[q.speaker],
            "speaker_name": speaker_name,
            "speaker_role_id": role_ids.get((q.speaker, q.speaker_role)) if q.speaker_role else None,
            "translation": first.translation.text if first.translation else "",
            "kind": q.kind, "event_id": event_ids.get(q.event) if q.event else None,
            **_anchor_columns(ann.body, first.anchor), **date_columns(q.date, q.date_text)})
        _insert_occurrences(db, "quote", qid, article_id, q.occurrences, event_ids, ids)
    return keys


def _insert_occurrences(db, owner_kind: str, owner_id: int, article_id: int,
                        occurrences: list[OccurrenceSpec], event_ids: dict[str, int],
                        ids: _Ids) -> None:
    for ordinal, occ in enumerate(occurrences, start=1):
        tr = occ.translation
        db["occurrences"].insert({
            "id": ids.next("occurrences"), "owner_kind": owner_kind, "owner_id": owner_id,
            "ordinal": ordinal, "article_id": article_id, "text": occ.anchor.text,
            "span_start": occ.anchor.start, "span_end": occ.anchor.end,
            "translation": tr.text if tr else "", "translation_start": tr.start if tr else None,
            "translation_end": tr.end if tr else None,
            "event_id": event_ids.get(occ.event) if occ.event else None})


def _insert_claims(db, ann: Annotation, article_id: int, quote_ids: dict[str, int],
                   ids: _Ids) -> None:
    for c in ann.claims:
        cid = ids.next("claims")
        first = c.occurrences[0].anchor
        db["claims"].insert({"id": cid, "article_id": article_id, "text": first.text,
                             "span_start": first.start, "span_end": first.end,
                             "status": c.status, "attributed_to": c.attributed_to,
                             "denied_by_quote_id": quote_ids.get(c.denied_by) if c.denied_by else None})
        _insert_occurrences(db, "claim", cid, article_id, c.occurrences, {}, ids)


def default_annotations(sources: Path) -> list[Path]:
    """Every annotation in the sources folder."""
    return sorted(sources.glob("*.toml"))
