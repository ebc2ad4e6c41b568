"""Timeline geometry without Qt: scale, ticks, lanes, clusters, density."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from viewer.core.filters import Filter
from viewer.core.records import DateGroup
from viewer.timeline.data import TimelineData
from viewer.timeline.lanes import (
    HINT_H,
    LANE_PAD,
    NAMES_MAX,
    NAMES_MIN,
    STACK_PX_PER_DAY,
    TRACK_H,
    Item,
    View,
    elide,
    layout_lanes,
    px_per_day_apart,
)
from viewer.timeline.layout import NOBODY, DensityIndex, LaneEvent, assign_lanes
from viewer.timeline.scale import FIRST_DAY, LAST_DAY, MAX_PX_PER_DAY, MIN_PX_PER_DAY, TimeScale, fit
from viewer.timeline.ticks import axis, choose_steps, estimate_width

from .timeline_geometry import broken_promises

DAY = dt.date(2026, 3, 4).toordinal()
ppds = st.floats(MIN_PX_PER_DAY, MAX_PX_PER_DAY)
origins = st.floats(dt.date(1900, 1, 1).toordinal(), dt.date(2100, 1, 1).toordinal())


@settings(max_examples=200, deadline=None)
@given(origins, st.floats(0.05, 600), st.integers(200, 2400), st.booleans())
def test_ticks_are_ordered_and_labels_never_overlap(origin, ppd, width, chinese):
    scale = TimeScale(origin, ppd)

    def larger(text: str) -> float:  # the context row's font, as the painter measures it
        return estimate_width(text) * 1.25

    ax = axis(scale, width, chinese, measure_context=larger)
    for row, measure in ((ax.fine, estimate_width), (ax.context, larger)):
        days = [t.day for t in row]
        assert days == sorted(days) and len(set(days)) == len(days)
        boxes = [(t.left, t.left + measure(t.label)) for t in row if t.label]
        assert all(
            t.left == max(scale.x(t.day), 0.0 if t.major else -1e9) + 3
            for t in row
            if t.label and len(boxes) > 1
        ), "a label starts just right of its tick"
        assert all(b[0] >= a[1] for a, b in itertools.pairwise(boxes))
        assert all(left >= 0 and right <= width for left, right in boxes), "no label runs off an edge"
    assert any(t.label for t in ax.fine), "something is always labelled"


@settings(max_examples=200, deadline=None)
@given(st.integers(1990, 2090), st.floats(1.0, 60.0), st.floats(0.3, 3.0), st.integers(400, 2400))
def test_the_year_a_view_crosses_into_is_labelled_when_the_held_one_would_cover_it(year, gap, ppd, width):
    """A walkthrough saw 2016 held at the left edge over the 2017 boundary, and 2017 unlabelled."""
    boundary = dt.date(year, 1, 1).toordinal()
    scale = TimeScale(boundary - gap / ppd, ppd)  # the boundary `gap` px right of the left edge
    ax = axis(scale, width)
    if ax.context and scale.px_per_day < 3.0 and any(t.day == boundary for t in ax.context):
        crossed = next(t for t in ax.context if t.day == boundary)
        assert crossed.label == str(year) or crossed.left + estimate_width(str(year)) > width


def test_ticks_adapt_from_years_to_months_to_days():
    assert choose_steps(0.05, 44)[0].unit == "year"
    assert choose_steps(3.0, 44)[0].unit == "month"
    assert choose_steps(60.0, 44)[0].unit == "day"
    days = axis(fit(DAY - 5, DAY + 5, 1000), 1000)
    assert {"01", "04", "07"} <= {t.label for t in days.fine} and "2026-03" in {t.label for t in days.context}
    zh = axis(fit(DAY - 5, DAY + 5, 1000), 1000, chinese=True)
    assert "4日" in [t.label for t in zh.fine] and "2026年3月" in [t.label for t in zh.context]


@given(ppds, origins, st.floats(1.01, 5.0), st.floats(0, 1500))
def test_zoom_keeps_the_moment_under_the_cursor(ppd, origin, factor, x):
    scale = TimeScale(origin, ppd)
    zoomed = scale.zoomed(factor, x)
    if MIN_PX_PER_DAY < ppd * factor < MAX_PX_PER_DAY and FIRST_DAY < zoomed.origin < LAST_DAY:
        assert abs(zoomed.day(x) - scale.day(x)) < 1e-6 * max(1.0, abs(scale.day(x)))


def test_fit_shows_the_whole_extent():
    scale = fit(DAY - 100, DAY + 50, 800)
    first, last = scale.visible(800)
    assert first < DAY - 100 and last > DAY + 50


def test_fit_keeps_the_extent_clear_of_what_covers_the_left_end():
    scale = fit(DAY - 100, DAY + 50, 800, left=150)
    assert scale.x(DAY - 100) > 150 and scale.x(DAY + 50) < 800
    assert abs((scale.x(DAY - 100) - 150) - (800 - scale.x(DAY + 50))) < 1e-6


items = st.lists(
    st.tuples(st.integers(0, 400), st.sampled_from([0, 0, 0, 2, 30, 90, 365]), st.integers(0, 80)),
    min_size=1,
    max_size=25,
)
lanes_strategy = st.lists(
    st.tuples(items, st.text("林俊旸Omar Sanseviero(no person named)", max_size=30)), max_size=8
)


def _lanes(raw):
    return [
        (
            key,
            name,
            [
                Item(key * 1000 + i, DAY + a, DAY + a + n, n == 0, "事件" * (size // 2) + "e" * (size % 2))
                for i, (a, n, size) in enumerate(evs)
            ],
        )
        for key, (evs, name) in enumerate(raw)
    ]


def _expected_in_view(lane_items, scale, left, width):
    ids = set()
    for it in lane_items:
        x0 = scale.x(it.day_start + 0.5) if it.point else scale.x(it.day_start)
        x1 = scale.x(it.day_start + 0.5) if it.point else scale.x(it.day_end + 1)
        if x1 >= left and x0 <= width:
            ids.add(it.id)
    return ids


@settings(max_examples=300, deadline=None)
@given(
    lanes_strategy,
    st.floats(DAY - 60, DAY + 200),
    st.one_of(st.floats(1.0, 8.0), st.floats(0.05, MAX_PX_PER_DAY)),
    st.integers(300, 1600),
    st.integers(120, 700),
    st.integers(0, 7),
)
def test_drawn_lanes_keep_their_promises(raw, origin, ppd, width, height, offset):
    """Labels never overlap labels, other marks, the names or the hint; marks overlap only in a
    lane as tall as a page; every event in view is drawn once in each of its lanes (alone or in a
    cluster)."""
    lanes = _lanes(raw)
    scale = TimeScale(origin, ppd)
    lay = layout_lanes(lanes, View(scale, width, height, 42.0, offset), estimate_width, estimate_width)
    offset = min(offset, max(0, len(lanes) - 1))  # past the last lane (lanes went away): the last one
    assert broken_promises(lay, width, 42.0, height) == []
    assert lay.lanes or not lanes
    by_key = {key: lane_items for key, _name, lane_items in lanes}
    for lane in lay.lanes:
        drawn = [i for m in lay.marks if m.lane == lane.key for i in m.event_ids]
        assert len(drawn) == len(set(drawn))
        assert set(drawn) == _expected_in_view(by_key[lane.key], scale, lay.names_width, width)
    page = height - (HINT_H if offset or len(lanes) - offset > 1 else 0)
    room = max(1, int((page - 42.0 - 2 * LANE_PAD) // TRACK_H))
    for lane in lay.lanes:
        if lane.rect.h < 2 * LANE_PAD + room * TRACK_H:
            marks = [m.rect for m in lay.marks if m.lane == lane.key]
            assert not [(a, b) for a, b in itertools.combinations(marks, 2) if a.intersects(b)]
    assert lay.hidden_below == len(lanes) - offset - len(lay.lanes)
    assert (lay.hint is not None) == bool(offset or lay.hidden_below)


def test_events_of_one_day_cluster_when_far_and_stack_when_zoomed_in_to_days():
    lanes = [
        (1, "林俊旸", [Item(2, DAY, DAY, True, "林俊旸发文宣布卸任"), Item(7, DAY, DAY, True, "自宣卸任")])
    ]
    far = layout_lanes(lanes, View(TimeScale(DAY - 200, 2.0), 1000, 300, 42), estimate_width, estimate_width)
    assert [(m.kind, m.event_ids) for m in far.marks] == [("cluster", (2, 7))] and far.labels == []
    near = layout_lanes(
        lanes, View(TimeScale(DAY - 3, STACK_PX_PER_DAY), 1000, 300, 42), estimate_width, estimate_width
    )
    assert sorted((m.kind, m.event_ids) for m in near.marks) == [("dot", (2,)), ("dot", (7,))]
    assert sorted(lab.text for lab in near.labels) == ["林俊旸发文宣布卸任", "自宣卸任"]
    assert near.lanes[0].rect.h > far.lanes[0].rect.h


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from([0, 0, 1, 3, 10])), min_size=2, max_size=6))
def test_zoomed_in_as_far_as_px_per_day_apart_says_no_event_gathers_into_a_cluster(raw):
    """A cluster's Zoom in here zooms this far: its events (a few, on a page of rows) are drawn apart."""
    lane = [Item(i, DAY + a, DAY + a + n, n == 0, "") for i, (a, n) in enumerate(raw)]
    ppd = min(MAX_PX_PER_DAY, px_per_day_apart(lane) * 1.1)
    first, last = min(it.day_start for it in lane), max(it.day_end + 1 for it in lane)
    width = (last - first) * ppd + 400  # all of them in view, clear of the names column
    scale = TimeScale(first - 200 / ppd, ppd)
    lay = layout_lanes([(1, "x", lane)], View(scale, width, 600, 42), estimate_width, estimate_width)
    assert {i for m in lay.marks for i in m.event_ids} == {it.id for it in lane}
    assert [m.event_ids for m in lay.marks if m.kind == "cluster"] == []


def test_a_long_band_keeps_its_label_off_the_dots_it_spans():
    band = Item(3, DAY - 60, DAY + 26, False, "林俊旸以Qwen技术负责人身份现身AGI-Next前沿峰会")
    dot = Item(2, DAY, DAY, True, "林俊旸发文宣布卸任")
    scale = fit(DAY - 300, DAY + 30, 1000, left=120)
    lay = layout_lanes(
        [(1, "林俊旸", [band, dot])], View(scale, 1000, 300, 42), estimate_width, estimate_width
    )
    assert broken_promises(lay, 1000, 42, 300) == []
    assert {lab.event_id for lab in lay.labels} == {2, 3}


def test_the_names_column_fits_the_names_within_limits():
    short = layout_lanes(
        [(1, "吴嘉", [])], View(TimeScale(DAY, 1.0), 800, 300, 42), estimate_width, estimate_width
    )
    assert short.names_width == NAMES_MIN and short.lanes[0].shown == "吴嘉"
    name = "Omar Sanseviero of Google DeepMind, Developer Relations"
    long = layout_lanes(
        [(1, name, [])], View(TimeScale(DAY, 1.0), 800, 300, 42), estimate_width, estimate_width
    )
    assert long.names_width == NAMES_MAX
    assert long.lanes[0].name == name and long.lanes[0].shown.endswith("…")
    assert estimate_width(long.lanes[0].shown) <= NAMES_MAX - 12


@given(st.text(max_size=40), st.floats(0, 300))
def test_elide_fits_and_keeps_a_beginning(text, width):
    shown = elide(text, width, estimate_width)
    assert estimate_width(shown) <= width or shown == ""
    assert shown == text or (text.startswith(shown[:-1]) and (shown == "" or shown.endswith("…")))


def test_lanes_one_per_person_nobody_last():
    events = [
        LaneEvent(1, DAY, DAY, (7,)),
        LaneEvent(2, DAY - 10, DAY - 10, ()),
        LaneEvent(3, DAY + 1, DAY + 1, (7, 9)),
        LaneEvent(4, DAY - 20, DAY - 20, (9,)),
    ]
    lanes = assign_lanes(events)
    assert list(lanes) == [9, 7, NOBODY]
    assert [e.id for e in lanes[7]] == [1, 3] and [e.id for e in lanes[9]] == [4, 3]


def test_density_never_counts_a_month_at_a_day():
    groups = [
        DateGroup(DAY, DAY, "day", False, False, 5),
        DateGroup(
            dt.date(2026, 1, 1).toordinal(), dt.date(2026, 1, 31).toordinal(), "month", False, False, 7
        ),
        DateGroup(dt.date(2026, 1, 1).toordinal(), dt.date(2026, 3, 31).toordinal(), "year", True, True, 1),
    ]
    scale = fit(dt.date(2025, 12, 1).toordinal(), dt.date(2026, 4, 1).toordinal(), 800)
    index = DensityIndex(groups)
    buckets, bands = index.bins(scale, 800)
    assert sum(buckets.values()) == 5
    assert [(b.count, b.precision, b.approximate) for b in bands] == [(7, "month", False), (1, "year", True)]
    jan = bands[0]
    assert abs(jan.x0 - scale.x(dt.date(2026, 1, 1).toordinal())) < 1e-6
    assert abs(jan.x1 - scale.x(dt.date(2026, 2, 1).toordinal())) < 1e-6
    assert index.count(DAY, DAY) == 5 + 1 and index.count(dt.date(2026, 1, 15).toordinal(), DAY - 10) == 8
    assert index.count(dt.date(2025, 1, 1).toordinal(), dt.date(2025, 6, 1).toordinal()) == 0


@given(
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40), st.integers(1, 9)), max_size=40),
    st.integers(0, 450),
    st.integers(0, 60),
    st.floats(0.05, 30),
)
def test_density_index_counts_agree_with_a_plain_count(raw, first, span, ppd):
    groups = [
        DateGroup(DAY + a, DAY + a + w, "day" if w == 0 else "month", False, False, n) for a, w, n in raw
    ]
    index = DensityIndex(groups)
    lo, hi = DAY + first, DAY + first + span
    assert index.count(lo, hi) == sum(g.count for g in groups if g.day_start <= hi and g.day_end >= lo)
    scale = TimeScale(DAY - 10, ppd)
    buckets, _bands = index.bins(scale, 600)
    shown_points = sum(
        g.count for g in groups if g.day_start == g.day_end and 0 <= scale.x(g.day_start + 0.5) < 604
    )
    assert sum(buckets.values()) == shown_points


def test_timeline_data_on_the_bundled_database(repo):
    data = TimelineData(repo, Filter(), repo.event_groups(Filter()))
    assert data.total == 15
    first, last = data.extent
    assert dt.date.fromordinal(first) == dt.date(2025, 4, 10) and dt.date.fromordinal(last) == dt.date(
        2026, 4, 1
    ), "early 2026 ends 31 March"
    assert data.detailed(first, last)
    data.fetch(first, last)
    assert data.covers(first, last) and len(data.events(first, last)) == 15
    lanes = assign_lanes(data.lane_events(data.events(first, last), "people"))
    assert "林俊旸" in [data.lane_title("people", k) for k in lanes]
    assert data.lane_title("people", NOBODY) == "(no person named)"
    nxt = data.neighbour(None, forward=True)
    assert nxt.date_text == "4月10日"
    assert data.neighbour(nxt.id, forward=True).date_text == "7月22日"


def test_the_lane_of_an_event_stepped_to_comes_in_snug_or_at_the_top():
    """offset_showing: a lane below comes in at the bottom of as many lanes as were shown (the area stays
    filled), or at the top, where it is drawn however tall the lanes above it (the canvas's second try);
    a lane above comes in at the top."""
    from viewer.timeline.layout import LaneEvent, offset_showing

    events = [LaneEvent(i, 100 + i, 100 + i, (i,)) for i in range(6)]
    events += [LaneEvent(10 + i, 103, 140, (3,)) for i in range(5)]  # lane 3 grows five rows
    assert offset_showing(events, 5, 0, 3) == 3, "below, snug: lanes 3-5, the target last"
    assert offset_showing(events, 5, 0, 3, snug=False) == 5, "below, at the top"
    assert offset_showing(events, 1, 4, 2) == 1, "above: its own lane at the top"
    assert offset_showing(events, 1, 0, 3) == 0, "already among the lanes drawn: nothing moves"
    assert offset_showing(events, 99, 2, 3) == 2, "an event in no lane moves nothing"


@settings(max_examples=200, deadline=None)
@given(origins, st.floats(0.05, 600), st.integers(400, 2400), st.floats(0, 300))
def test_no_tick_or_label_but_a_held_period_lies_over_the_names_column(origin, ppd, width, edge):
    """Every walkthrough screenshot showed 02, 03 (or 16 21 26) printed over the lanes' names."""
    scale = TimeScale(origin, ppd)
    ax = axis(scale, width, edge=edge)
    assert all(scale.x(t.day) >= edge for t in ax.fine), "no fine tick (nor its grid line) over the names"
    assert all(t.left >= edge for row in (ax.fine, ax.context) for t in row if t.label)
