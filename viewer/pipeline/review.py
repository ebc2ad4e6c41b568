"""What a reviewer keeps of an extraction: the annotation without the facts unticked."""

from __future__ import annotations

import dataclasses

from .annotation import Annotation


def prune(ann: Annotation, persons: set[str], events: set[str], quotes: set[str]) -> Annotation:
    """Keep only the persons, events and quotes whose keys are given. Links to what is dropped go
    too: a dropped person leaves the events (and the quotes they spoke go); a dropped event leaves
    its quotes undated-by-event; organisations no longer used are left out."""
    kept_persons = [p for p in ann.persons if p.key in persons]
    speakers = {p.key for p in kept_persons} | {o.key for o in ann.orgs}
    kept_events = [
        dataclasses.replace(e, person_links=[(k, b) for k, b in e.person_links if k in persons])
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
    used_orgs = (
        {o for e in kept_events for o in e.orgs}
        | {q.speaker for q in kept_quotes}
        | {r.org for p in kept_persons for r in p.roles if r.org}
    )
    orgs = [o for o in ann.orgs if o.key in used_orgs]
    return dataclasses.replace(
        ann, persons=kept_persons, events=kept_events, quotes=kept_quotes, claims=claims, orgs=orgs
    )


def _unlinked(quote, event_keys: set[str]):
    """A quote without links to events that are no longer there."""
    occurrences = [
        dataclasses.replace(o, event=o.event if o.event in event_keys else None) for o in quote.occurrences
    ]
    if quote.event is None or quote.event in event_keys:  # a date of its own (a reviewer's) stays
        return dataclasses.replace(quote, occurrences=occurrences)
    return dataclasses.replace(quote, event=None, date=None, date_text="", occurrences=occurrences)
