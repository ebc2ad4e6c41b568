"""Compare an extraction with a curated annotation: precision, recall and F1 per kind of fact."""

from __future__ import annotations

from dataclasses import dataclass

from .annotation import Anchor, Annotation

OVERLAP = 0.5


@dataclass(frozen=True)
class Score:
    """Matches, false finds and misses of one kind of fact."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Share of what was found that is right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of what is there that was found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlaps(a: Anchor, b: Anchor) -> bool:
    """True when two spans share at least half of the shorter one."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and shared >= OVERLAP * min(a.end - a.start, b.end - b.start)


def _match(found: list, wanted: list, same) -> Score:
    """Greedy one-to-one matching."""
    free = list(wanted)
    tp = 0
    for item in found:
        hit = next((w for w in free if same(item, w)), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return Score(tp, len(found) - tp, len(free))


def _names(ann: Annotation) -> dict[str, set[str]]:
    """Every spelling of every person and organisation key."""
    out = {p.key: {p.name, *p.aliases} for p in ann.persons}
    out.update({o.key: {o.name, *o.aliases} for o in ann.orgs})
    return out


def evaluate(found: Annotation, curated: Annotation) -> dict[str, Score]:
    """Persons by name (or alias); dated events by span and date with its precision; quotes by
    speaker and text (any printed occurrence)."""
    found_names, curated_names = _names(found), _names(curated)
    persons = _match(
        [p.name for p in found.persons], curated.persons, lambda name, p: name in curated_names[p.key]
    )

    def same_event(e, c) -> bool:
        return overlaps(e.anchor, c.anchor) and (e.date.start, e.date.end, e.date.precision) == (
            c.date.start,
            c.date.end,
            c.date.precision,
        )

    events = _match([e for e in found.events if e.date], [c for c in curated.events if c.date], same_event)

    def same_quote(q, c) -> bool:
        if not (found_names.get(q.speaker, set()) & curated_names.get(c.speaker, set())):
            return False
        return any(overlaps(a.anchor, b.anchor) for a in q.occurrences for b in c.occurrences)

    quotes = _match(found.quotes, curated.quotes, same_quote)
    return {"persons": persons, "events": events, "quotes": quotes}


def report(scores: dict[str, Score]) -> str:
    """A small table of the scores."""
    lines = [f"{'':<8} {'found':>5} {'right':>5} {'missed':>6} {'precision':>9} {'recall':>7} {'F1':>6}"]
    for name, s in scores.items():
        lines.append(
            f"{name:<8} {s.tp + s.fp:>5} {s.tp:>5} {s.fn:>6} "
            f"{s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}"
        )
    return "\n".join(lines) + "\n"
