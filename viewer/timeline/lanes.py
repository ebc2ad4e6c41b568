"""The drawn geometry of the lanes: every mark, label, lane name and the lanes hint as a rectangle.

The painter draws exactly these rectangles, so what holds here holds on screen: a label never
overlaps another label, another event's mark, the names column or the hint. Each lane has rows
(tracks) of marks; an event goes to the first row where its mark and label fit, so a lane grows
a row rather than hide a label, up to MAX_TRACKS rows (as many as fit when zoomed in to days);
beyond them a lane grows only so that no mark covers another, up to the rows a page holds. A label
is placed at its first SHORT_CHARS characters, then shows as much more of itself as the free room to
its right holds; every label stays LABEL_GAP clear of the view's right edge. A band's label goes beside the
band; only when neither side has room for it is it put inside, and then drawn on the band (`on_band`), which
shows from its start (walk35 #10: a label's backing hid the start of an "after" band); every label's text has
a rounded, semi-opaque backing of its own (`backing`), no wider than the text, so that a band's outline and
the grid lines do not run through its characters (walk36 d02b, d08d).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .scale import TimeScale, clamp

TRACK_H = 20.0  # one row of marks in a lane
LANE_PAD = 2.0  # above the first row and below the last
DOT_R = 5.0
BAND_H = 10.0
LABEL_H = 16.0
BUBBLE_H = 16.0
LABEL_GAP = 6.0  # between a mark and its label, and between a label and anything else
BACKING_PAD = 2.0  # a label's backing beyond its text, left and right (less than the inset in a band)
CLUSTER_GAP = 9.0  # points (and bands narrower than twice this) closer than this gather into a cluster
MIN_BAND_W = 3.0
MIN_LABEL_W = 40.0  # a label shortened to less than this is not shown
SHORT_CHARS = 26  # a label is placed at this length (a lane of long summaries stays a row or two)
MAX_TRACKS = 3
STACK_PX_PER_DAY = 40.0  # zoomed in this far, events of one day stack in rows instead of a cluster
NAMES_MIN, NAMES_MAX, NAMES_PAD = 56.0, 200.0, 6.0
HINT_H = 18.0

Measure = Callable[[str], float]


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in canvas pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """x + w."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """y + h."""
        return self.y + self.h

    def intersects(self, other: Rect) -> bool:
        """True when the two share some area (touching edges do not count)."""
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )


@dataclass(frozen=True)
class Item:
    """What a lane needs of an event: its id, its days, whether it is a single day, its label."""

    id: int
    day_start: int
    day_end: int
    point: bool
    label: str


@dataclass(frozen=True)
class MarkBox:
    """A drawn mark: a dot, a band or a cluster. rect is the part in view; x0..x1 a band's whole
    extent (for its rounded ends and gradient), a cluster's first and last member."""

    kind: str
    lane: int
    rect: Rect
    event_ids: tuple[int, ...]
    x0: float
    x1: float


@dataclass(frozen=True)
class LabelBox:
    """A drawn label: its text fills its rect exactly (as measured); `on_band`: inside its own band, drawn
    on it from just after its start."""

    event_id: int
    lane: int
    rect: Rect
    text: str
    on_band: bool = False

    @property
    def backing(self) -> Rect:
        """What is drawn behind the text: the text's box and BACKING_PAD either side, no more."""
        r = self.rect
        return Rect(r.x - BACKING_PAD, r.y, r.w + 2 * BACKING_PAD, r.h)


@dataclass(frozen=True)
class LaneBox:
    """A lane across the canvas, its name's box in the names column, its name in full and as drawn."""

    key: int
    rect: Rect
    name_rect: Rect
    name: str
    shown: str


@dataclass
class LanesLayout:
    """Everything one frame draws in the lanes, as rectangles."""

    names_width: float
    lanes: list[LaneBox] = field(default_factory=list)
    marks: list[MarkBox] = field(default_factory=list)
    labels: list[LabelBox] = field(default_factory=list)
    hint: Rect | None = None
    hint_text: str = ""
    total: int = 0
    hidden_below: int = 0
    hidden_above: int = 0


@dataclass(frozen=True)
class View:
    """The frame the lanes are laid out in: the scale, the canvas size, the lanes' top, the first lane."""

    scale: TimeScale
    width: float
    height: float
    top: float
    offset: int = 0


def elide(text: str, width: float, measure: Measure) -> str:
    """text, or its longest beginning followed by … that fits in width ("" if not even that)."""
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid] + "…") <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…" if lo else ""


def names_width(names: Sequence[str], measure: Measure) -> float:
    """The names column: as wide as the widest name, within limits."""
    widest = max((measure(n) for n in names), default=0.0)
    return clamp(widest + 2 * NAMES_PAD, NAMES_MIN, NAMES_MAX)


def layout_lanes(
    lanes: Sequence[tuple[int, str, Sequence[Item]]],
    view: View,
    measure_label: Measure,
    measure_name: Measure,
) -> LanesLayout:
    """Lay out the lanes from view.offset down, as many as fit; a hint strip at the bottom says how
    many are hidden above and below."""
    left = names_width([name for _key, name, _items in lanes], measure_name)
    out = LanesLayout(left, total=len(lanes))
    stack = view.scale.px_per_day >= STACK_PX_PER_DAY
    offset = min(view.offset, max(0, len(lanes) - 1))  # fewer lanes than before: the last one shows
    shown = lanes[offset:]
    page = view.height - (HINT_H if offset or len(shown) > 1 else 0.0)
    room = max(1, int((page - view.top - 2 * LANE_PAD) // TRACK_H))  # rows a lane can have on a page
    rows = (room if stack else min(MAX_TRACKS, room), room)
    y = view.top
    for i, (key, name, items) in enumerate(shown):
        last = i == len(shown) - 1 and offset == 0
        bottom = view.height if last else view.height - HINT_H
        lane = _Lane(key, left, view.width, rows, measure_label)
        tracks = lane.place(_units(items, view.scale, left, view.width, stack, room, measure_label))
        height = 2 * LANE_PAD + tracks * TRACK_H
        if i and y + height > bottom:
            break
        marks, labels = lane.boxes(y)
        out.marks += marks
        out.labels += labels
        rect = Rect(0.0, y, view.width, height)
        text = elide(name, left - 2 * NAMES_PAD, measure_name)
        out.lanes.append(LaneBox(key, rect, Rect(0.0, y, left, height), name, text))
        y += height
    out.hidden_below, out.hidden_above = len(shown) - len(out.lanes), offset
    if offset or out.hidden_below:
        out.hint = Rect(0.0, view.height - HINT_H, view.width, HINT_H)
        out.hint_text = "  ".join(
            t
            for t in (
                f"▲ {offset} more lanes (↑, Shift+wheel)" if offset else "",
                f"▼ {out.hidden_below} more lanes (↓, Shift+wheel)" if out.hidden_below else "",
            )
            if t
        )
    return out


def px_per_day_apart(items: Sequence[Item]) -> float:
    """The least zoom at which none of these events gathers with another into a cluster: each longer
    one wider than a cluster takes in, single days further apart than CLUSTER_GAP, and one day's
    events stacked in rows (a lane's rows permitting)."""
    need = 0.0
    days = sorted({it.day_start for it in items if it.point})
    for it in items:
        if not it.point:
            need = max(need, 2 * CLUSTER_GAP / (it.day_end + 1 - it.day_start))
    gaps = [b - a for a, b in itertools.pairwise(days)]
    if gaps:
        need = max(need, CLUSTER_GAP / min(gaps))
    if len(days) < sum(1 for it in items if it.point):
        need = max(need, STACK_PX_PER_DAY)
    return need


# --- one lane ---------------------------------------------------------------------------------


@dataclass
class _Unit:
    """A mark to place: a dot, a band or a cluster, with the label it would like (placed short, shown
    whole where there is room)."""

    kind: str
    ids: tuple[int, ...]
    x0: float  # the mark's box in view
    x1: float
    full0: float  # a band's whole extent, a cluster's first and last member
    full1: float
    label: str = ""
    label_w: float = 0.0
    whole: str = ""  # the whole label, when longer than `label`


def short_label(text: str) -> str:
    """A label as it is placed: its first SHORT_CHARS characters (the last an ellipsis when cut)."""
    return text if len(text) <= SHORT_CHARS else text[: SHORT_CHARS - 1] + "…"


def _labelled(
    kind: str, it: Item, x0: float, x1: float, full: tuple[float, float], measure: Measure
) -> _Unit:
    """A dot's or band's unit, its label short to place and whole to widen into."""
    label = short_label(it.label)
    whole = it.label if label != it.label else ""
    return _Unit(kind, (it.id,), x0, x1, full[0], full[1], label, measure(label), whole)


def _units(
    items: Sequence[Item],
    scale: TimeScale,
    left: float,
    right: float,
    stack: bool,
    room: int,
    measure: Measure,
) -> list[_Unit]:
    """Dots, bands and clusters in view, ordered by where they start."""
    units, close = [], []
    for it in items:
        if it.point:
            x0 = x1 = scale.x(it.day_start + 0.5)
        else:
            x0, x1 = scale.x(it.day_start), scale.x(it.day_end + 1)
        if x1 < left or x0 > right:
            continue
        if x1 - x0 <= 2 * CLUSTER_GAP:
            close.append((max(left, min(right, (x0 + x1) / 2)), it, x0, x1))
        else:
            units.append(_band(it, x0, x1, left, right, measure))
    runs: list[list[tuple[float, Item, float, float]]] = []
    for c in sorted(close, key=lambda c: (c[0], c[1].id)):
        if runs and c[0] - runs[-1][-1][0] <= CLUSTER_GAP:
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        same_day = all(r[1].point and r[1].day_start == run[0][1].day_start for r in run)
        if len(run) == 1 or (stack and same_day and len(run) <= room):
            units += [_single(x, it, x0, x1, left, right, measure) for x, it, x0, x1 in run]
        else:
            units.append(_cluster(run, left, right, measure))
    return sorted(units, key=lambda u: (u.x0, u.ids))


def _band(it: Item, x0: float, x1: float, left: float, right: float, measure: Measure) -> _Unit:
    a, b = max(x0, left), min(x1, right)
    if b - a < MIN_BAND_W:
        mid = (a + b) / 2
        a, b = max(left, mid - MIN_BAND_W / 2), min(right, mid + MIN_BAND_W / 2)
    return _labelled("band", it, a, b, (x0, x1), measure)


def _single(x: float, it: Item, x0: float, x1: float, left: float, right: float, measure: Measure) -> _Unit:
    if not it.point:
        return _band(it, x0, x1, left, right, measure)
    return _labelled("dot", it, max(left, x - DOT_R), min(right, x + DOT_R), (x, x), measure)


def _cluster(
    run: list[tuple[float, Item, float, float]], left: float, right: float, measure: Measure
) -> _Unit:
    first, last = run[0][0], run[-1][0]
    half = max(BUBBLE_H, measure(str(len(run))) + 8) / 2
    ids = tuple(r[1].id for r in run)
    return _Unit("cluster", ids, max(left, first - half), min(right, last + half), first, last)


Span = tuple[float, float, str, int]  # x0, x1, "mark" or "label", unit index


NO_UNIT = -1  # (no unit of the timeline's: a unit's index is never negative)


class _Track:
    """One row of a lane: the x-intervals taken by marks and labels. Those placed in free space
    never overlap, so sorted by start they are sorted by end too and a lookup is a bisection;
    the few that overlap (a label inside its band, a mark placed when every row was taken) are
    kept apart and scanned."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.spans: list[Span] = []
        self.overlapping: list[Span] = []

    def hits(self, x0: float, x1: float) -> list[Span]:
        """What overlaps [x0, x1] (touching does not count)."""
        found = [s for s in self.overlapping if s[0] < x1 and s[1] > x0]
        j = bisect.bisect_left(self.starts, x1) - 1
        while j >= 0 and self.spans[j][1] > x0:
            found.append(self.spans[j])
            j -= 1
        return found

    def free(self, x0: float, x1: float) -> bool:
        """True when nothing overlaps [x0, x1]."""
        return not self.hits(x0, x1)

    def room_right(self, x: float, own: int = NO_UNIT) -> float:
        """Where the first thing of another unit than `own` begins at or after x (x when one covers x);
        with no unit of its own, the first thing of any."""
        if any(s[3] != own for s in self.hits(x, x + 1e-9)):
            return x
        later = [s[0] for s in self.overlapping if s[0] >= x and s[3] != own]
        i = bisect.bisect_left(self.starts, x)
        later += [next((s[0] for s in self.spans[i:] if s[3] != own), float("inf"))]
        return min(later)

    def add(self, span: Span, overlapping: bool = False) -> None:
        """Take span's interval (free until now, unless overlapping)."""
        if overlapping:
            self.overlapping.append(span)
            return
        i = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.spans.insert(i, span)

    def remove(self, span: Span) -> None:
        """Give a span back."""
        if span in self.overlapping:
            self.overlapping.remove(span)
            return
        i = self.spans.index(span)
        del self.starts[i], self.spans[i]


class _Lane:
    """Places a lane's units row by row: within the first `soft` rows, a mark with its label where
    both fit, else the mark with a shortened label or none; a mark with no free place there gets a
    new row, up to `cap` (a page); only when every row is taken does a mark overlap a mark."""

    def __init__(self, key: int, left: float, right: float, rows: tuple[int, int], measure: Measure) -> None:
        self.key, self.left, self.right, self.measure = key, left, right, measure
        self.soft, self.cap = rows
        self.tracks: list[_Track] = []
        self.units: list[_Unit] = []
        self.mark_track: list[int] = []
        self.labels: dict[int, tuple[float, float, str]] = {}

    def place(self, units: list[_Unit]) -> int:
        """Place every unit; the number of rows used."""
        self.units = units
        for i, u in enumerate(units):
            self._place(i, u)
        for i in sorted(self.labels, key=lambda i: self.labels[i][0]):
            self._widen(i)
        return max(1, len(self.tracks))

    def _widen(self, i: int) -> None:
        """A label right of its mark, or inside its band, shows more of itself, as far as the free room to
        its right allows (inside a band: within the band)."""
        u, (x0, x1, _shown) = self.units[i], self.labels[i]
        inside = x0 < u.x1
        if not u.whole or (inside and (u.kind != "band" or x0 < u.x0)):  # whole, or left of its mark
            return
        track = self.tracks[self.mark_track[i]]
        end = min(self.right - LABEL_GAP, track.room_right(x1, i) - LABEL_GAP)
        end = min(end, u.x1 - 4) if inside else end
        wider = elide(u.whole, end - x0, self.measure)
        width = self.measure(wider) if wider else 0.0
        if width <= x1 - x0:
            return
        track.remove((x0, x1, "label", i))
        track.add((x0, x0 + width, "label", i), inside)
        self.labels[i] = (x0, x0 + width, wider)

    def _track(self, t: int) -> _Track:
        return self.tracks[t] if t < len(self.tracks) else _Track()

    def _place(self, i: int, u: _Unit) -> None:
        first_free = None
        for t in range(min(self.soft, len(self.tracks) + 1)):
            track = self._track(t)
            if track.free(u.x0 - 2, u.x1 + 2):
                span = self._label_span(track, i, u)
                if span is not None or not u.label or u.kind == "cluster":
                    self._put(t, i, u, span, u.label)
                    return
                first_free = t if first_free is None else first_free
        if first_free is not None:
            span, text = self._short_label(self._track(first_free), u)
            self._put(first_free, i, u, span, text)
            return
        for t in range(self.soft, min(self.cap, len(self.tracks) + 1)):
            track = self._track(t)
            if track.free(u.x0 - 2, u.x1 + 2):
                span = self._label_span(track, i, u)
                text = u.label
                if span is None:
                    span, text = self._short_label(track, u)
                self._put(t, i, u, span, text)
                return
        t = min(range(len(self.tracks)), key=lambda k: self._cost(k, u))
        for s in self.tracks[t].hits(u.x0, u.x1):
            if s[2] == "label":
                self.tracks[t].remove(s)
                del self.labels[s[3]]
        self._put(t, i, u, None, "", overlapping=True)

    def _cost(self, t: int, u: _Unit) -> tuple[int, int]:
        """What a mark would cover in row t: labels (taken down) first, then marks."""
        hits = self.tracks[t].hits(u.x0, u.x1)
        labels = sum(1 for s in hits if s[2] == "label")
        return labels, len(hits) - labels

    def _label_span(self, track: _Track, i: int, u: _Unit) -> tuple[float, float] | None:
        """The first place for the whole label: right of the mark where no mark still to place lies, left of
        it, inside a wide band (on it), right of the mark after all. (A band's label right of it, where the
        next mark lies, put that mark in a row of its own: inside, the lane kept one row.)"""
        if u.kind == "cluster" or not u.label:
            return None
        w = u.label_w
        right = u.x1 + LABEL_GAP
        clear = self._clear_ahead(i, right, right + w)
        xs = [right] if clear else []
        xs += [u.x0 - LABEL_GAP - w]
        xs += [u.x0 + 4] if u.kind == "band" and u.x1 - u.x0 >= w + 8 else []
        xs += [] if clear else [right]
        for x in xs:
            if (
                x >= self.left + 2
                and x + w <= self.right - LABEL_GAP
                and track.free(x - LABEL_GAP, x + w + LABEL_GAP)
            ):
                return x, x + w
        return None

    def _clear_ahead(self, i: int, x0: float, x1: float) -> bool:
        """True when no mark of the units after i (sorted by their starts) lies within LABEL_GAP of x0..x1."""
        for v in itertools.islice(self.units, i + 1, None):
            if v.x0 - LABEL_GAP >= x1:
                return True
            if v.x1 + LABEL_GAP > x0:
                return False
        return True

    def _short_label(self, track: _Track, u: _Unit) -> tuple[tuple[float, float] | None, str]:
        """The label shortened to the room right of the mark, if that leaves enough of it."""
        if u.kind == "cluster" or not u.label:
            return None, ""
        x = u.x1 + LABEL_GAP
        end = min(self.right - LABEL_GAP, track.room_right(u.x1) - LABEL_GAP)
        if end - x < MIN_LABEL_W:
            return None, ""
        text = elide(u.label, end - x, self.measure)
        return ((x, x + self.measure(text)), text) if text else (None, "")

    def _put(
        self, t: int, i: int, u: _Unit, span: tuple[float, float] | None, text: str, overlapping: bool = False
    ) -> None:
        if t == len(self.tracks):
            self.tracks.append(_Track())
        self.tracks[t].add((u.x0, u.x1, "mark", i), overlapping)
        self.mark_track.append(t)
        if span is not None:
            inside = span[0] < u.x1 and span[1] > u.x0  # a label inside its band
            self.tracks[t].add((span[0], span[1], "label", i), inside)
            self.labels[i] = (span[0], span[1], text)

    def boxes(self, top: float) -> tuple[list[MarkBox], list[LabelBox]]:
        """The marks and labels, the lane's top at y = top."""
        marks, labels = [], []
        for i, (u, t) in enumerate(zip(self.units, self.mark_track, strict=True)):
            cy = top + LANE_PAD + t * TRACK_H + TRACK_H / 2
            h = {"dot": 2 * DOT_R, "band": BAND_H, "cluster": BUBBLE_H}[u.kind]
            marks.append(
                MarkBox(u.kind, self.key, Rect(u.x0, cy - h / 2, u.x1 - u.x0, h), u.ids, u.full0, u.full1)
            )
            if i in self.labels:
                x0, x1, text = self.labels[i]
                rect = Rect(x0, cy - LABEL_H / 2, x1 - x0, LABEL_H)
                labels.append(LabelBox(u.ids[0], self.key, rect, text, u.kind == "band" and x0 < u.x1))
        return marks, labels
