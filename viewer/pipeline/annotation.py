"""Read a curated annotation (TOML) and anchor every text it names to its span in the article."""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.dateparse import parse_date
from ..core.dates import DateParseError, FuzzyDate
from ..core.errors import UserError
from ..core.text import find_all
from .reader import read_source


class AnnotationError(UserError):
    """The annotation does not fit its article."""


@dataclass(frozen=True)
class Anchor:
    """A located text: body[start:end] == text."""

    text: str
    start: int
    end: int


@dataclass
class RoleSpec:
    """A role as annotated, with its printed text located."""

    title: str
    org: str | None
    status: str
    anchor: Anchor | None


@dataclass
class PersonSpec:
    """A person as annotated."""

    key: str
    name: str
    aliases: list[str]
    note: str
    given_name_only: bool
    roles: list[RoleSpec]


@dataclass
class OrgSpec:
    """An organisation as annotated."""

    key: str
    name: str
    name_latin: str
    aliases: list[str]


@dataclass
class EventSpec:
    """An event with its anchor and resolved date."""

    key: str
    anchor: Anchor
    date: FuzzyDate | None
    date_text: str
    summary: str
    section: str
    person_links: list[tuple[str, str]]
    orgs: list[str]


@dataclass
class OccurrenceSpec:
    """One printed occurrence of a quote or claim."""

    anchor: Anchor
    translation: Anchor | None
    event: str | None


@dataclass
class QuoteSpec:
    """A quote: speaker, kind, date and every place it is printed (the first is primary)."""

    key: str
    speaker: str
    speaker_kind: str
    speaker_role: str | None
    kind: str
    date: FuzzyDate | None
    date_text: str
    event: str | None
    occurrences: list[OccurrenceSpec]


@dataclass
class ClaimSpec:
    """A rumour or claim in quote marks, and the quote that denies it."""

    key: str
    occurrences: list[OccurrenceSpec]
    status: str
    attributed_to: str
    denied_by: str | None


@dataclass
class Annotation:
    """Everything the builder needs, anchored and validated."""

    source_name: str
    body: str
    title: str
    author: str
    publisher: str
    published: str
    published_date: FuzzyDate
    lang: str
    source_sha256: str
    orgs: list[OrgSpec] = field(default_factory=list)
    persons: list[PersonSpec] = field(default_factory=list)
    events: list[EventSpec] = field(default_factory=list)
    quotes: list[QuoteSpec] = field(default_factory=list)
    claims: list[ClaimSpec] = field(default_factory=list)
    # True when the text prints no full publication date and the one above is the extractor's
    # guess (a dateline's day with an inferred year) or missing: a reviewer should be asked
    published_guess: bool = False
    # where a publication date the text does not print came from: "answer" (the reviewer's), "page"
    # (a web page's metadata) or "address" (the day in its web address); "" when printed or guessed
    published_from: str = ""
    address: str = ""  # the web address the article was found at, for its citations


def load_annotation(path: Path) -> Annotation:
    """Load, anchor and validate an annotation and the article it names."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotationError(f"cannot read annotation {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise AnnotationError(f"annotation {path} is not valid TOML: {exc}") from None
    try:
        return _Loader(path, _as_text_dates(raw)).load()
    except (TypeError, AttributeError, KeyError, ValueError, IndexError) as exc:
        raise AnnotationError(
            f"annotation {path.name} is malformed: a value has the wrong type or "
            f"shape ({type(exc).__name__}: {exc})"
        ) from None


def _as_text_dates(value):
    """TOML dates written without quotes (published = 2025-11-18) read as the text they were."""
    if isinstance(value, (dt.date, dt.time)):
        return (
            value.isoformat(sep=" ", timespec="minutes")
            if isinstance(value, dt.datetime)
            else value.isoformat()
        )
    if isinstance(value, dict):
        return {k: _as_text_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_text_dates(v) for v in value]
    return value


class _Loader:
    """Turns the raw TOML into anchored specs, naming the entry at fault in every error."""

    def __init__(self, path: Path, raw: dict) -> None:
        self.path, self.raw = path, raw
        art = self._require(raw, "article", "the annotation")
        source = path.parent / self._require(art, "source", "[article]")
        try:
            read = read_source(source)
        except UserError as exc:
            raise AnnotationError(f"cannot read article: {exc}") from None
        self.body, source_bytes = read.text, read.raw
        self.art, self.source = art, source
        digest = hashlib.sha256(source_bytes + b"\0" + path.read_bytes())
        self.sha = digest.hexdigest()
        self.published = self._published(art)
        heading = art.get("related_heading")
        self.related_at = self.body.find(heading) if heading else -1
        self.event_raw = {e.get("key"): e for e in raw.get("events", [])}
        self.event_dates: dict[str, FuzzyDate | None] = {}

    def load(self) -> Annotation:
        """Build the Annotation."""
        art = self.art
        for name in ("title", "author", "publisher"):
            if art.get(name):
                self._anchor({"text": art[name], "occurrence": 1}, f"[article] {name}")
        ann = Annotation(
            self.source.name,
            self.body,
            art["title"],
            art.get("author", ""),
            art.get("publisher", ""),
            art["published"],
            self.published,
            art.get("lang", "zh"),
            self.sha,
        )
        ann.address = " ".join(str(art.get("address", "")).split())
        ann.orgs = [self._org(o) for o in self.raw.get("orgs", [])]
        org_keys = self._keys(ann.orgs, "orgs")
        ann.persons = [self._person(p, org_keys) for p in self.raw.get("persons", [])]
        person_keys = self._keys(ann.persons, "persons")
        if person_keys & org_keys:
            raise AnnotationError(f"keys used for both a person and an org: {sorted(person_keys & org_keys)}")
        ann.events = [self._event(e, person_keys, org_keys) for e in self.raw.get("events", [])]
        event_keys = self._keys(ann.events, "events")
        speakers = {**{k: "person" for k in person_keys}, **{k: "org" for k in org_keys}}
        ann.quotes = [self._quote(q, speakers, event_keys, ann) for q in self.raw.get("quotes", [])]
        quote_keys = self._keys(ann.quotes, "quotes")
        ann.claims = [self._claim(c, quote_keys) for c in self.raw.get("claims", [])]
        return ann

    # --- helpers -------------------------------------------------------------------------

    def _require(self, table: dict, key: str, where: str):
        if key not in table:
            raise AnnotationError(f"{self.path.name}: {where} needs '{key}'")
        return table[key]

    def _keys(self, items: list, what: str) -> set[str]:
        keys = [i.key for i in items]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise AnnotationError(f"{self.path.name}: duplicate {what} keys: {dupes}")
        return set(keys)

    def _published(self, art: dict) -> FuzzyDate:
        text = self._require(art, "published", "[article]")
        try:
            return parse_date(text)
        except DateParseError as exc:
            raise AnnotationError(f"[article] published: {exc}") from None

    def _anchor(self, entry: dict, where: str) -> Anchor:
        text = self._require(entry, "text", where)
        within = entry.get("within")
        offset, scope = 0, self.body
        if within:
            offset = self.body.find(within)
            if offset < 0:
                raise AnnotationError(f"{where}: 'within' text not in the article: {within!r}")
            scope = within
        starts = [offset + s for s in find_all(scope, text)]
        if not starts:
            raise AnnotationError(f"{where}: text not in the article: {_short(text)}")
        occurrence = entry.get("occurrence")
        if occurrence is None and len(starts) > 1:
            raise AnnotationError(
                f"{where}: text occurs {len(starts)} times in the article; say which with "
                f"'occurrence' or 'within': {_short(text)}"
            )
        index = (occurrence or 1) - 1
        if not 0 <= index < len(starts):
            raise AnnotationError(f"{where}: occurrence {occurrence} of {len(starts)}: {_short(text)}")
        return Anchor(text, starts[index], starts[index] + len(text))

    def _section(self, anchor: Anchor) -> str:
        return "related" if 0 <= self.related_at <= anchor.start else "body"

    # --- entries -------------------------------------------------------------------------

    def _org(self, o: dict) -> OrgSpec:
        where = f"orgs '{o.get('key')}'"
        return OrgSpec(
            self._require(o, "key", where),
            self._require(o, "name", where),
            o.get("name_latin", ""),
            list(o.get("aliases", [])),
        )

    def _person(self, p: dict, org_keys: set[str]) -> PersonSpec:
        key = self._require(p, "key", "persons entry")
        where = f"persons '{key}'"
        roles = []
        for i, r in enumerate(p.get("roles", [])):
            org = r.get("org")
            if org is not None and org not in org_keys:
                raise AnnotationError(f"{where} role {i + 1}: unknown org '{org}'")
            anchor = self._anchor(r, f"{where} role {i + 1}") if "text" in r else None
            roles.append(
                RoleSpec(
                    self._require(r, "title", f"{where} role {i + 1}"),
                    org,
                    r.get("status", "current"),
                    anchor,
                )
            )
        return PersonSpec(
            key,
            self._require(p, "name", where),
            list(p.get("aliases", [])),
            p.get("note", ""),
            bool(p.get("given_name_only", False)),
            roles,
        )

    def _event(self, e: dict, person_keys: set[str], org_keys: set[str]) -> EventSpec:
        key = self._require(e, "key", "events entry")
        where = f"events '{key}'"
        anchor = self._anchor(e, where)
        links = [(k, "named") for k in e.get("persons", [])]
        links += [(k, "pronoun") for k in e.get("pronoun_persons", [])]
        links += [(k, "resolved") for k in e.get("resolved_persons", [])]
        if e.get("resolved_persons") and not e.get("resolved_by"):
            raise AnnotationError(f"{where}: resolved_persons needs 'resolved_by' saying how")
        for k, _ in links:
            if k not in person_keys:
                raise AnnotationError(f"{where}: unknown person '{k}'")
        for k in e.get("orgs", []):
            if k not in org_keys:
                raise AnnotationError(f"{where}: unknown org '{k}'")
        date_text = e.get("date", "")
        if date_text and date_text not in anchor.text:
            raise AnnotationError(f"{where}: date text {date_text!r} is not in the event's text")
        return EventSpec(
            key,
            anchor,
            self._event_date(key),
            date_text,
            self._require(e, "summary", where),
            self._section(anchor),
            links,
            list(e.get("orgs", [])),
        )

    def _event_date(self, key: str, seen: tuple[str, ...] = ()) -> FuzzyDate | None:
        if key in self.event_dates:
            return self.event_dates[key]
        if key in seen:
            raise AnnotationError(f"events '{key}': dates refer to each other in a circle")
        e = self.event_raw.get(key)
        if e is None:
            raise AnnotationError(f"unknown event '{key}'")
        date = self._resolve_date(e, f"events '{key}'", seen + (key,))
        self.event_dates[key] = date
        return date

    def _resolve_date(self, e: dict, where: str, seen: tuple[str, ...]) -> FuzzyDate | None:
        text = e.get("date")
        if not text:
            return None
        if "after" in e:
            anchor = self._event_date(e["after"], seen)
            if anchor is None:
                raise AnnotationError(f"{where}: 'after' event '{e['after']}' has no date")
            return FuzzyDate(anchor.start, self.published.end, "day", "after", anchor.year_inferred, text)
        reference: FuzzyDate | None = self.published
        if "date_relative_to" in e:
            reference = self._event_date(e["date_relative_to"], seen)
        try:  # forward = true: a plan's year-less date, read as the next such date (will … in July)
            return parse_date(text, reference, forward=bool(e.get("forward", False)))
        except DateParseError as exc:
            raise AnnotationError(f"{where}: {exc}") from None

    def _occurrence(self, entry: dict, where: str, event_keys: set[str]) -> OccurrenceSpec:
        anchor = self._anchor(entry, where)
        translation = None
        if entry.get("translation"):
            translation = self._translation(anchor, entry["translation"], where)
        event = entry.get("event")
        if event is not None and event not in event_keys:
            raise AnnotationError(f"{where}: unknown event '{event}'")
        return OccurrenceSpec(anchor, translation, event)

    def _translation(self, quote: Anchor, text: str, where: str) -> Anchor:
        at = self.body.find(text, quote.end, quote.end + len(text) + 8)
        if at < 0:
            raise AnnotationError(f"{where}: translation not found right after the quote: {_short(text)}")
        return Anchor(text, at, at + len(text))

    def _quote(self, q: dict, speakers: dict[str, str], event_keys: set[str], ann: Annotation) -> QuoteSpec:
        key = self._require(q, "key", "quotes entry")
        where = f"quotes '{key}'"
        speaker = self._require(q, "speaker", where)
        if speaker not in speakers:
            raise AnnotationError(f"{where}: unknown speaker '{speaker}'")
        kind = q.get("kind", "direct")
        if kind not in ("direct", "reported"):
            raise AnnotationError(f"{where}: kind must be 'direct' or 'reported', not {kind!r}")
        occurrences = [self._occurrence(q, where, event_keys)]
        occurrences += [
            self._occurrence(a, f"{where} also {i + 1}", event_keys) for i, a in enumerate(q.get("also", []))
        ]
        event = q.get("event")
        date = (
            self._resolve_date(q, where, ())
            if q.get("date")
            else (self._event_date(event) if event else None)
        )
        date_text = q.get("date") or (self.event_raw[event].get("date", "") if event else "")
        role = q.get("speaker_role")
        self._check_role(ann, speaker, role, where)
        return QuoteSpec(key, speaker, speakers[speaker], role, kind, date, date_text, event, occurrences)

    def _check_role(self, ann: Annotation, speaker: str, role: str | None, where: str) -> None:
        if role is None:
            return
        person = next((p for p in ann.persons if p.key == speaker), None)
        if person is None or role not in {r.title for r in person.roles}:
            raise AnnotationError(f"{where}: speaker '{speaker}' has no role titled {role!r}")

    def _claim(self, c: dict, quote_keys: set[str]) -> ClaimSpec:
        key = self._require(c, "key", "claims entry")
        where = f"claims '{key}'"
        occurrences = [self._occurrence(c, where, set())]
        occurrences += [
            self._occurrence(a, f"{where} also {i + 1}", set()) for i, a in enumerate(c.get("also", []))
        ]
        denied_by = c.get("denied_by")
        if denied_by is not None and denied_by not in quote_keys:
            raise AnnotationError(f"{where}: unknown quote '{denied_by}'")
        return ClaimSpec(key, occurrences, c.get("status", "claim"), c.get("attributed_to", ""), denied_by)


def _short(text: str, width: int = 40) -> str:
    return repr(text if len(text) <= width else text[:width] + "…")
