"""A reviewer's corrections to an extraction, before it is saved: each one an operation that
applies to an Annotation and gives a new one, so a list of them can be undone, redone, and
replayed on the article read again (after the reviewer gives its publication date).

A correction whose fact is gone (unticked, or not found again) changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeVar

from ..core.dateparse import parse_date
from ..core.dates import DateParseError, FuzzyDate
from ..core.errors import UserError
from .annotation import (
    Anchor,
    Annotation,
    ClaimSpec,
    EventSpec,
    OccurrenceSpec,
    OrgSpec,
    PersonSpec,
    QuoteSpec,
    RoleSpec,
)


class CorrectionError(UserError):
    """A correction that cannot be made (a date that cannot be read, an unknown speaker)."""


@dataclass(frozen=True)
class Redate:
    """An event's (or quote's) date as the reviewer reads it, e.g. 2026-03-17 or 3月17日."""

    key: str
    text: str

    def apply(self, ann: Annotation) -> Annotation:
        """The fact with its date read from the reviewer's text against the publication date; an event's
        quotes dated by it (said at it, on its day as read) follow (a walkthrough redated “… said Monday”
        and its three quotes kept the Monday it corrected)."""
        date = read_date(ann, self.text)
        events = [dataclasses.replace(e, date=date) if e.key == self.key else e for e in ann.events]
        follow = {self.key, *dated_by(ann, self.key)}
        quotes = [dataclasses.replace(q, date=date) if q.key in follow else q for q in ann.quotes]
        return dataclasses.replace(ann, events=events, quotes=quotes)


def dated_by(ann: Annotation, event_key: str) -> list[str]:
    """The quotes an event dates: said at it, on its day as read (they take a date the event is given)."""
    was = next((_day(e.date) for e in ann.events if e.key == event_key), None)
    return [q.key for q in ann.quotes if q.event == event_key and was is not None and _day(q.date) == was]


def _day(date: FuzzyDate | None) -> tuple[dt.date, dt.date, str] | None:
    """What a date says, whatever text printed it (Monday, on Monday): its span and precision."""
    return (date.start, date.end, date.precision) if date is not None else None


@dataclass(frozen=True)
class SetSpeaker:
    """Who said a quote: a person's or an organisation's key."""

    quote: str
    speaker: str

    def apply(self, ann: Annotation) -> Annotation:
        """The quote said by another person or organisation (its role at the time unknown)."""
        kinds = {p.key: "person" for p in ann.persons} | {o.key: "org" for o in ann.orgs}
        if self.speaker not in kinds:
            raise CorrectionError(f"no person or organisation {self.speaker!r} in this article")
        quotes = [  # the speaker it has already keeps the role it was quoted in
            dataclasses.replace(q, speaker=self.speaker, speaker_kind=kinds[self.speaker], speaker_role=None)
            if q.key == self.quote and q.speaker != self.speaker
            else q
            for q in ann.quotes
        ]
        return dataclasses.replace(ann, quotes=quotes)


@dataclass(frozen=True)
class Rename:
    """A person's name as it should be; the extracted one stays an alias when it is printed."""

    person: str
    name: str

    def apply(self, ann: Annotation) -> Annotation:
        """The person under the corrected name."""
        name = " ".join(self.name.split())
        if not name:
            raise CorrectionError("a name cannot be empty")
        persons = [_renamed(p, name, ann.body) if p.key == self.person else p for p in ann.persons]
        return dataclasses.replace(ann, persons=persons)


@dataclass(frozen=True)
class RenameOrg:
    """An organisation's name as it should be; the extracted one stays an alias when it is printed."""

    org: str
    name: str

    def apply(self, ann: Annotation) -> Annotation:
        """The organisation under the corrected name."""
        name = " ".join(self.name.split())
        if not name:
            raise CorrectionError("a name cannot be empty")
        orgs = [_renamed(o, name, ann.body) if o.key == self.org else o for o in ann.orgs]
        return dataclasses.replace(ann, orgs=orgs)


@dataclass(frozen=True)
class Merge:
    """Two extracted people who are one: `drop` becomes part of `keep`."""

    keep: str
    drop: str

    def apply(self, ann: Annotation) -> Annotation:
        """One person: names, aliases and roles together; events and quotes point at the one kept."""
        kept = next((p for p in ann.persons if p.key == self.keep), None)
        gone = next((p for p in ann.persons if p.key == self.drop), None)
        if kept is None or gone is None or kept is gone:
            return ann
        aliases = list(dict.fromkeys([*kept.aliases, gone.name, *gone.aliases]))
        merged = dataclasses.replace(
            kept, aliases=[a for a in aliases if a != kept.name], roles=[*kept.roles, *gone.roles]
        )
        persons = [merged if p is kept else p for p in ann.persons if p is not gone]
        events = [
            dataclasses.replace(e, person_links=_relinked(e.person_links, self.drop, self.keep))
            for e in ann.events
        ]
        quotes = [
            dataclasses.replace(q, speaker=self.keep) if q.speaker == self.drop else q for q in ann.quotes
        ]
        return dataclasses.replace(ann, persons=persons, events=events, quotes=quotes)


@dataclass(frozen=True)
class Retitle:
    """A person's role under the title it should have (the printed words it was read from kept)."""

    person: str
    title: str  # the role's title as it stands
    new: str

    def apply(self, ann: Annotation) -> Annotation:
        """The role so titled; the person's quotes said in it say the new title."""
        new = " ".join(self.new.split())
        if not new:
            raise CorrectionError("a role's title cannot be empty: remove the role instead")
        person = _holding(ann, self.person, self.title)
        if new != self.title and any(r.title == new for r in person.roles):
            raise CorrectionError(f"{person.name} already has the role “{new}”")
        roles = [dataclasses.replace(r, title=new) if r.title == self.title else r for r in person.roles]
        return _with_roles(ann, person, roles, self.title, new)


@dataclass(frozen=True)
class DropRole:
    """A role the person does not hold (a title read wrongly, another's title): left out."""

    person: str
    title: str

    def apply(self, ann: Annotation) -> Annotation:
        """The person without the role; their quotes said in it are said in no role."""
        person = _holding(ann, self.person, self.title)
        roles = [r for r in person.roles if r.title != self.title]
        return _with_roles(ann, person, roles, self.title, None)


@dataclass(frozen=True)
class AddRole:
    """A role the extraction missed (村支书 of 村支书王绍国): its title as the reviewer types it, at one of
    the article's organisations or at none."""

    person: str
    title: str
    org: str | None = None

    def apply(self, ann: Annotation) -> Annotation:
        """The person with the role added, located where the article prints its title nearest the name."""
        title = " ".join(self.title.split())
        if not title:
            raise CorrectionError("type the role's title first")
        person = next((p for p in ann.persons if p.key == self.person), None)
        if person is None:
            raise CorrectionError(f"no person {self.person!r} in this article")
        if any(r.title == title for r in person.roles):
            raise CorrectionError(f"{person.name} already has the role “{title}”")
        if self.org is not None and all(o.key != self.org for o in ann.orgs):
            raise CorrectionError(f"no organisation {self.org!r} in this article")
        role = RoleSpec(
            title, self.org, "current", _printed_near(ann.body, title, [person.name, *person.aliases])
        )
        persons = [dataclasses.replace(p, roles=[*p.roles, role]) if p is person else p for p in ann.persons]
        return dataclasses.replace(ann, persons=persons)


def _printed_near(body: str, text: str, names: list[str]) -> Anchor | None:
    """Where the text is printed nearest a printing of one of the names (anywhere, with none), or None."""
    places = [m.start() for m in re.finditer(re.escape(text), body)]
    named = [m.start() for name in names if name for m in re.finditer(re.escape(name), body)]
    if not places:
        return None
    start = min(places, key=lambda i: min((abs(i - n) for n in named), default=0))
    return Anchor(text, start, start + len(text))


def _holding(ann: Annotation, key: str, title: str) -> PersonSpec:
    """The person of that key holding a role so titled."""
    person = next((p for p in ann.persons if p.key == key), None)
    if person is None or all(r.title != title for r in person.roles):
        raise CorrectionError(f"no role “{title}” of {key!r} in this article")
    return person


def _with_roles(
    ann: Annotation, person: PersonSpec, roles: list[RoleSpec], title: str, new: str | None
) -> Annotation:
    """The person with these roles, their quotes said as `title` said as `new`."""
    persons = [dataclasses.replace(p, roles=roles) if p is person else p for p in ann.persons]
    quotes = [
        dataclasses.replace(q, speaker_role=new) if q.speaker == person.key and q.speaker_role == title else q
        for q in ann.quotes
    ]
    return dataclasses.replace(ann, persons=persons, quotes=quotes)


@dataclass(frozen=True)
class NotAQuote:
    """A quote that is a paraphrase (left out) or a claim nobody is quoted as saying (kept as one)."""

    quote: str
    becomes: str  # "paraphrase" or "claim"

    def apply(self, ann: Annotation) -> Annotation:
        """The annotation without the quote; as a claim, its printed places kept as a claim's."""
        found = next((q for q in ann.quotes if q.key == self.quote), None)
        if found is None:
            return ann
        quotes = [q for q in ann.quotes if q is not found]
        claims = list(ann.claims)
        if self.becomes == "claim":
            claims.append(_as_claim(found, ann))
        return dataclasses.replace(ann, quotes=quotes, claims=claims)


@dataclass(frozen=True)
class AddPerson:
    """A person the extraction missed, by the name as the article prints it."""

    name: str

    def apply(self, ann: Annotation) -> Annotation:
        """The article's people with this one added (a name it does not print, or a person it already
        has, cannot be)."""
        name = " ".join(self.name.split())
        if not name or name not in " ".join(ann.body.split()):
            raise CorrectionError(f"the article does not print the name “{name}”")
        if any(name in (p.name, *p.aliases) for p in ann.persons):
            raise CorrectionError(f"“{name}” is already among the people")
        person = PersonSpec(_free_key(ann, "p_added_"), name, [], "", False, [])
        return dataclasses.replace(ann, persons=[*ann.persons, person])


@dataclass(frozen=True)
class AddQuote:
    """Words the extraction missed, as printed between two places of the article's text, said by a
    person or an organisation, directly (in quote marks) or reported."""

    speaker: str
    start: int
    end: int
    kind: str  # "direct" or "reported"

    def apply(self, ann: Annotation) -> Annotation:
        """The quote added, dated by the dated event it is printed in, if any."""
        kinds = {p.key: "person" for p in ann.persons} | {o.key: "org" for o in ann.orgs}
        if self.speaker not in kinds:
            raise CorrectionError(f"no person or organisation {self.speaker!r} in this article")
        start, end = _trimmed(ann.body, self.start, self.end)
        if start >= end:
            raise CorrectionError("select the quoted words in the article first")
        event = next((e for e in ann.events if e.date and e.anchor.start <= start < e.anchor.end), None)
        quote = QuoteSpec(
            _free_key(ann, "q_added_"),
            self.speaker,
            kinds[self.speaker],
            None,
            self.kind,
            event.date if event else None,
            event.date_text if event else "",
            event.key if event else None,
            [OccurrenceSpec(Anchor(ann.body[start:end], start, end), None, None)],
        )
        return dataclasses.replace(ann, quotes=[*ann.quotes, quote])


@dataclass(frozen=True)
class AddEvent:
    """A dated happening the extraction missed: the words that tell it, as printed between two places of
    the text, and its date as the reviewer reads it (2026-03-17, 3月17日, 昨日…)."""

    start: int
    end: int
    text: str

    def apply(self, ann: Annotation) -> Annotation:
        """The event added, linked to the people and organisations its words name."""
        date = read_date(ann, self.text)
        start, end = _trimmed(ann.body, self.start, self.end)
        if start >= end:
            raise CorrectionError("select the words that tell the event in the article first")
        told = ann.body[start:end]
        summary = told.rstrip("。.!！?？ ")
        named = [p.key for p in ann.persons if any(n and n in told for n in (p.name, *p.aliases))]
        orgs = [o.key for o in ann.orgs if any(n and n in told for n in (o.name, *o.aliases))]
        event = EventSpec(
            _free_key(ann, "e_added_"),
            Anchor(told, start, end),
            date,
            self.text.strip(),
            summary if len(summary) <= 60 else summary[:59] + "…",
            "body",
            [(key, "named") for key in named],
            orgs,
        )
        return dataclasses.replace(ann, events=[*ann.events, event])


@dataclass(frozen=True)
class SetCitation:
    """The article's title, author, publisher or web address as the reviewer gives it, for every
    citation of it (a page stored without its headline or byline, a text copied from a page)."""

    field: str  # title, author, publisher or address
    value: str

    def apply(self, ann: Annotation) -> Annotation:
        """The annotation with that field set (spaces around it left out)."""
        value = " ".join(self.value.split())
        match self.field:
            case "title":
                return dataclasses.replace(ann, title=value)
            case "author":
                return dataclasses.replace(ann, author=value)
            case "publisher":
                return dataclasses.replace(ann, publisher=value)
            case "address":
                return dataclasses.replace(ann, address=value)
        raise CorrectionError(f"no such field of a citation: {self.field}")


Correction = (
    Redate
    | SetSpeaker
    | Rename
    | RenameOrg
    | Merge
    | Retitle
    | DropRole
    | AddRole
    | NotAQuote
    | AddPerson
    | AddQuote
    | AddEvent
    | SetCitation
)


def replay(ann: Annotation, corrections: list[Correction]) -> Annotation:
    """Apply corrections in order; one that no longer applies (its fact gone) is passed over."""
    for correction in corrections:
        try:
            ann = correction.apply(ann)
        except CorrectionError:
            continue
    return ann


def read_date(ann: Annotation, text: str) -> FuzzyDate:
    """A date typed by the reviewer, read against the article's publication date; a day without its year
    a few days after that date is the coming one, as the extractor reads the article's own (6月21日 typed
    for a story of 20 June 2026 had been read as 2025-06-21)."""
    from .extract.dates import nearer  # (loaded with the extractor that read the article under review)

    reference = ann.published_date
    try:
        date = parse_date(text, reference)
        return nearer(text.strip(), date, reference) if reference is not None else date
    except DateParseError as exc:
        raise CorrectionError(f"cannot read the date “{text}”: {exc}") from None


Named = TypeVar("Named", PersonSpec, OrgSpec)


def _renamed(named: Named, name: str, body: str) -> Named:
    """A person or an organisation so named, the name it had kept as an alias when the text prints it."""
    aliases = [a for a in named.aliases if a != name]
    if named.name != name and named.name in body and named.name not in aliases:
        aliases.append(named.name)
    return dataclasses.replace(named, name=name, aliases=aliases)


def _relinked(links: list[tuple[str, str]], old: str, new: str) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for key, basis in links:
        out.setdefault(new if key == old else key, basis)
    return list(out.items())


def _as_claim(quote: QuoteSpec, ann: Annotation) -> ClaimSpec:
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    taken = {c.key for c in ann.claims}
    key = next(
        f"claim_{quote.key}_{n}" for n in range(1, len(taken) + 2) if f"claim_{quote.key}_{n}" not in taken
    )
    occurrences = [dataclasses.replace(o, event=None) for o in quote.occurrences]
    return ClaimSpec(key, occurrences, "", names.get(quote.speaker, ""), None)


def _free_key(ann: Annotation, prefix: str) -> str:
    """The first key of that prefix no person, organisation, event or quote of the article has."""
    taken = {p.key for p in ann.persons} | {o.key for o in ann.orgs} | {q.key for q in ann.quotes}
    taken |= {e.key for e in ann.events}
    return next(f"{prefix}{n}" for n in range(1, len(taken) + 2) if f"{prefix}{n}" not in taken)


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    """A stretch of the text without the spaces and quote marks at its ends, nor the comma or colon
    before it, kept inside the text."""
    start, end = max(0, min(start, len(body))), max(0, min(end, len(body)))
    while start < end and (body[start].isspace() or body[start] in "“「『\"‘',，:：、;；"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in "”」』\"’'"):
        end -= 1
    return start, end


DATE_LOOKAHEAD = 400  # a selection is read for its date this far: a sentence or two, not a whole article


def date_printed_in(ann: Annotation, start: int, end: int) -> str:
    """The first date printed in a stretch of the article's text (its first DATE_LOOKAHEAD characters:
    this runs as the reader drags), as printed ("" when none): what a reviewer adding an event from it
    most likely dates it by."""
    from .extract.dates import find_dates  # the extractor's date patterns: loaded with the review

    mentions = find_dates(ann.body[start : min(end, start + DATE_LOOKAHEAD)], 0, ann.published_date)
    return mentions[0].text if mentions else ""
