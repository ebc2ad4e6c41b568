"""What the drawn lanes promise, checked on their rectangles (used by the layout and GUI tests)."""

from __future__ import annotations

from itertools import combinations

from viewer.timeline.lanes import LABEL_GAP, LanesLayout, Rect


def _inside(inner: Rect, outer: Rect) -> bool:
    eps = 1e-6
    return (
        inner.x >= outer.x - eps
        and inner.right <= outer.right + eps
        and inner.y >= outer.y - eps
        and inner.bottom <= outer.bottom + eps
    )


def broken_promises(lay: LanesLayout, width: float, top: float, height: float) -> list[str]:
    """Every way a frame's geometry breaks its promises, readable; empty when it keeps them all."""
    problems = []
    lanes = {lane.key: lane for lane in lay.lanes}
    for a, b in combinations(lay.labels, 2):
        if a.rect.intersects(b.rect):
            problems.append(f"label {a.text!r} overlaps label {b.text!r}")
    for lab in lay.labels:
        for m in lay.marks:
            own = m.lane == lab.lane and m.event_ids == (lab.event_id,)
            if not own and lab.rect.intersects(m.rect):
                problems.append(f"label {lab.text!r} overlaps the {m.kind} of {m.event_ids}")
        if lab.rect.x < lay.names_width or lab.rect.right > width - LABEL_GAP + 1e-6:
            problems.append(f"label {lab.text!r} is not clear of the names column and the edge")
        if lay.hint is not None and lab.rect.intersects(lay.hint):
            problems.append(f"label {lab.text!r} is under the hint")
        if not _inside(lab.rect, lanes[lab.lane].rect):
            problems.append(f"label {lab.text!r} leaves its lane")
    for m in lay.marks:
        if not _inside(m.rect, lanes[m.lane].rect):
            problems.append(f"the {m.kind} of {m.event_ids} leaves its lane")
        if m.rect.x < lay.names_width - 1e-6 or m.rect.right > width + 1e-6:
            problems.append(f"the {m.kind} of {m.event_ids} is drawn under the names or off the edge")
    for a, b in combinations(lay.lanes, 2):
        if a.rect.intersects(b.rect):
            problems.append(f"lanes {a.name!r} and {b.name!r} overlap")
    for lane in lay.lanes:
        if lane.rect.y < top - 1e-6 or (lay.hint is not None and lane.rect.intersects(lay.hint)):
            problems.append(f"lane {lane.name!r} is under the axis or the hint")
    if len(lay.lanes) > 1 and lay.lanes[-1].rect.bottom > height + 1e-6:
        problems.append("a lane runs off the bottom")
    return problems
