"""What a reviewer keeps of an extraction: the annotation without the facts unticked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from .annotation import Annotation, EventSpec, PersonSpec


def prune(
    ann: Annotation, persons: set[str], events: set[str], quotes: set[str], orgs: set[str] | None = None
) -> Annotation:
    """Keep only the persons, events, quotes (and organisations, when given) whose keys are given. Links
    to what is dropped go too: a dropped person or organisation leaves the events (and the quotes it
    spoke go; a role at it stays, at no organisation); a dropped event leaves its quotes undated-by-event.
    An organisation kept is kept used or not: the reviewer left it ticked (one whose quotes, events and
    roles were all unticked was dropped unseen), as an import without review keeps it."""
    orgs = {o.key for o in ann.orgs} if orgs is None else orgs
    kept_persons = [_without_orgs(p, orgs) for p in ann.persons if p.key in persons]
    speakers = {p.key for p in kept_persons} | orgs
    kept_events = [
        dataclasses.replace(
            e,
            person_links=[(k, b) for k, b in e.person_links if k in persons],
            orgs=[o for o in e.orgs if o in orgs],
        )
        for e in ann.events
        if e.key in events
    ]
    event_keys = {e.key for e in kept_events}
    kept_quotes = [_unlinked(q, event_keys) for q in ann.quotes if q.key in quotes and q.speaker in speakers]
    quote_keys = {q.key for q in kept_quotes}
    claims = [
        dataclasses.replace(c, denied_by=c.denied_by if c.denied_by in quote_keys else None)
        for c in ann.claims
    ]
    return dataclasses.replace(
        ann,
        persons=kept_persons,
        events=kept_events,
        quotes=kept_quotes,
        claims=claims,
        orgs=[o for o in ann.orgs if o.key in orgs],
    )


def _without_orgs(person: PersonSpec, orgs: set[str]) -> PersonSpec:
    """A person whose roles at organisations left out are held at none."""
    if all(r.org is None or r.org in orgs for r in person.roles):
        return person
    roles = [r if r.org is None or r.org in orgs else dataclasses.replace(r, org=None) for r in person.roles]
    return dataclasses.replace(person, roles=roles)


def _unlinked(quote, event_keys: set[str]):
    """A quote without links to events that are no longer there."""
    occurrences = [
        dataclasses.replace(o, event=o.event if o.event in event_keys else None) for o in quote.occurrences
    ]
    if quote.event is None or quote.event in event_keys:  # a date of its own (a reviewer's) stays
        return dataclasses.replace(quote, occurrences=occurrences)
    return dataclasses.replace(quote, event=None, date=None, date_text="", occurrences=occurrences)


def undated_happenings(ann: Annotation) -> list[EventSpec]:
    """The happenings an article with no publication date tells by that day (今日, 昨日, Tuesday): no events
    while the day is unknown (an event is found by its date, and these have none), events once it is given.
    Found by reading the article again against a stand-in day; [] when the article has its date."""
    if ann.published_date is not None:
        return []
    from .extract import redate  # (loads the extractor: only for an article without its date)

    have = [(e.anchor.start, e.anchor.end) for e in ann.events]
    again = redate(ann, dt.date.today())
    return [e for e in again.events if not any(e.anchor.start < b and a < e.anchor.end for a, b in have)]
