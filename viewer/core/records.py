"""Plain records read from the database, and their JSON shapes (the dump contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .dates import FuzzyDate, from_iso

Span = tuple[int, int]
JsonDict = dict[str, Any]
# start, end, precision, modifier, year_inferred, date_text: the stored date columns, as from_iso takes them
DateCols = tuple[str | None, str | None, str | None, str | None, bool, str]


@dataclass(frozen=True)
class Article:
    """One source article; spans index its body."""

    id: int
    title: str
    author: str
    publisher: str
    published: str
    lang: str
    body_sha256: str
    body: str = field(repr=False, default="")
    source_name: str = ""
    address: str = ""  # the web address it was found at

    def to_dict(self, with_body: bool = True) -> JsonDict:
        """The dump shape."""
        d = {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "publisher": self.publisher,
            "published": self.published,
            "lang": self.lang,
            "body_sha256": self.body_sha256,
            "source_name": self.source_name,
            "address": self.address,
        }
        if with_body:
            d["body"] = self.body
        return d


@dataclass(frozen=True)
class Role:
    """A title a person holds or held, at an organisation, as printed somewhere."""

    id: int
    person_id: int
    title: str
    org_id: int | None
    org_name: str | None
    text: str = ""
    status: str = "current"
    span: Span | None = None
    article_id: int | None = None  # the article it is printed in (span indexes its body)

    def label(self, lang: str = "en") -> str:
        """Role as a reader writes it: 阿里巴巴 CEO, former 千问负责人 (lang "zh": 前千问负责人)."""
        base = (
            f"{self.org_name} {self.title}"
            if self.org_name and self.org_name not in self.title
            else self.title
        )
        if self.status != "former":
            return base
        return f"前{base}" if lang.startswith("zh") else f"former {base}"

    def to_dict(self) -> JsonDict:
        """The dump shape."""
        return {
            "title": self.title,
            "org": self.org_name,
            "org_id": self.org_id,
            "text": self.text,
            "status": self.status,
            "span": list(self.span) if self.span else None,
        }


@dataclass(frozen=True)
class Person:
    """A named person with their spellings and roles."""

    id: int
    name: str
    name_latin: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    note: str = ""

    def to_dict(self) -> JsonDict:
        """The dump shape."""
        return {
            "id": self.id,
            "name": self.name,
            "name_latin": self.name_latin,
            "aliases": list(self.aliases),
            "roles": [r.to_dict() for r in self.roles],
            "note": self.note,
        }


@dataclass(frozen=True)
class Org:
    """An organisation; it may speak, like a person."""

    id: int
    name: str
    name_latin: str = ""
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> JsonDict:
        """The dump shape."""
        return {
            "id": self.id,
            "name": self.name,
            "name_latin": self.name_latin,
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True)
class PersonLink:
    """Why an event names a person: printed in its text, or resolved from elsewhere in the article."""

    person_id: int
    basis: str
    name: str = ""


@dataclass(frozen=True)
class OrgLink:
    """An organisation an event names, with its name."""

    org_id: int
    name: str = ""


@dataclass(frozen=True)
class Event:
    """A dated happening anchored to its sentence in the article."""

    id: int
    article_id: int
    summary: str
    text: str
    span: Span
    section: str
    date_cols: DateCols = field(repr=False)
    date_text: str
    sort_key: int
    ordinal: int
    person_links: tuple[PersonLink, ...] = ()
    org_links: tuple[OrgLink, ...] = ()

    @cached_property
    def date(self) -> FuzzyDate | None:
        """The event's date, built when first asked for (a page of records may never be shown)."""
        return from_iso(*self.date_cols)

    @property
    def person_ids(self) -> list[int]:
        """Ids of the people involved."""
        return [link.person_id for link in self.person_links]

    @property
    def person_names(self) -> list[str]:
        """Names of the people involved."""
        return [link.name for link in self.person_links]

    @property
    def org_ids(self) -> list[int]:
        """Ids of the organisations named."""
        return [link.org_id for link in self.org_links]

    @property
    def org_names(self) -> list[str]:
        """Names of the organisations named."""
        return [link.name for link in self.org_links]

    def to_dict(self) -> JsonDict:
        """The dump shape."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            **date_fields(self.date),
            "date_text": self.date_text,
            "summary": self.summary,
            "person_ids": self.person_ids,
            "span": list(self.span),
            "text": self.text,
            "section": self.section,
            "org_ids": list(self.org_ids),
            "person_links": [{"person_id": p.person_id, "basis": p.basis} for p in self.person_links],
        }


@dataclass(frozen=True)
class Occurrence:
    """One place in the article where a quote (or claim) is printed."""

    text: str
    span: Span
    translation: str = ""
    translation_span: Span | None = None
    event_id: int | None = None

    def to_dict(self) -> JsonDict:
        """The dump shape."""
        return {
            "text": self.text,
            "span": list(self.span),
            "translation": self.translation,
            "translation_span": list(self.translation_span) if self.translation_span else None,
            "event_id": self.event_id,
        }


@dataclass(frozen=True)
class Quote:
    """Words attributed to a person or an organisation, direct or reported."""

    id: int
    article_id: int
    speaker_kind: str
    speaker_id: int
    speaker_name: str
    text: str
    kind: str
    date_cols: DateCols = field(repr=False)
    date_text: str
    event_id: int | None
    span: Span
    sort_key: int
    ordinal: int
    translation: str = ""
    speaker_role: Role | None = None
    occurrences: tuple[Occurrence, ...] = ()
    published: str = ""  # its article's publication date as stored, shown when the quote carries none

    @cached_property
    def date(self) -> FuzzyDate | None:
        """The quote's date, built when first asked for."""
        return from_iso(*self.date_cols)

    def to_dict(self) -> JsonDict:
        """The dump shape."""
        d = {
            "id": self.id,
            "article_id": self.article_id,
            "speaker_kind": self.speaker_kind,
            "speaker_id": self.speaker_id,
            "speaker_name": self.speaker_name,
            "text": self.text,
            "kind": self.kind,
            **date_fields(self.date),
            "date_text": self.date_text,
            "event_id": self.event_id,
            "span": list(self.span),
            "translation": self.translation,
            "speaker_role": self.speaker_role.to_dict() if self.speaker_role else None,
            "occurrences": [o.to_dict() for o in self.occurrences],
        }
        return d


@dataclass(frozen=True)
class Claim:
    """Words in quote marks that nobody is quoted as saying: a rumour, and who denied it."""

    id: int
    article_id: int
    text: str
    span: Span
    status: str
    attributed_to: str
    denied_by_quote_id: int | None
    occurrences: tuple[Occurrence, ...] = ()

    def to_dict(self) -> JsonDict:
        """The dump shape."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "text": self.text,
            "span": list(self.span),
            "status": self.status,
            "attributed_to": self.attributed_to,
            "denied_by_quote_id": self.denied_by_quote_id,
            "occurrences": [o.to_dict() for o in self.occurrences],
        }


@dataclass(frozen=True)
class DateGroup:
    """How many events share one interval and its honesty flags (for zoomed-out timelines)."""

    day_start: int
    day_end: int
    precision: str
    approximate: bool
    inferred: bool
    count: int


def span_matches(body: str, span: Span, text: str) -> bool:
    """True when the article's characters at span are exactly the text (anchors never move silently)."""
    start, end = span
    return 0 <= start <= end <= len(body) and body[start:end] == text


def date_fields(date: FuzzyDate | None) -> JsonDict:
    """The contract's date keys for a possibly undated record."""
    if date is None:
        return {
            "date_start": None,
            "date_end": None,
            "precision": None,
            "modifier": None,
            "year_inferred": False,
        }
    return {
        "date_start": date.start.isoformat(),
        "date_end": date.end.isoformat(),
        "precision": date.precision,
        "modifier": date.modifier,
        "year_inferred": date.year_inferred,
    }
