"""Timeline geometry without Qt: scale, ticks, lanes, clusters, density."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from viewer.core.filters import Filter
from viewer.core.records import DateGroup
from viewer.timeline.data import TimelineData
from viewer.timeline.layout import (
    NOBODY,
    Cluster,
    DensityIndex,
    LaneEvent,
    Mark,
    Placed,
    assign_lanes,
    labels_overlap,
    layout_lane,
)
from viewer.timeline.scale import FIRST_DAY, LAST_DAY, MAX_PX_PER_DAY, MIN_PX_PER_DAY, TimeScale, fit
from viewer.timeline.ticks import axis, choose_steps, estimate_width

DAY = dt.date(2026, 3, 4).toordinal()
ppds = st.floats(MIN_PX_PER_DAY, MAX_PX_PER_DAY)
origins = st.floats(dt.date(1900, 1, 1).toordinal(), dt.date(2100, 1, 1).toordinal())


@settings(max_examples=200, deadline=None)
@given(origins, st.floats(0.05, 600), st.integers(200, 2400), st.booleans())
def test_ticks_are_ordered_and_labels_never_overlap(origin, ppd, width, chinese):
    scale = TimeScale(origin, ppd)
    ax = axis(scale, width, chinese)
    for row in (ax.fine, ax.context):
        days = [t.day for t in row]
        assert days == sorted(days) and len(set(days)) == len(days)
        boxes = [
            (
                max(scale.x(t.day), 0.0 if t.major else -1e9) + 3,
                max(scale.x(t.day), 0.0 if t.major else -1e9) + 3 + estimate_width(t.label),
            )
            for t in row
            if t.label
        ]
        assert all(b[0] >= a[1] for a, b in itertools.pairwise(boxes))
    assert any(t.label for t in ax.fine), "something is always labelled"


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


marks = st.lists(st.tuples(st.floats(0, 2000), st.floats(0, 300), st.floats(10, 200)), max_size=60)


@settings(max_examples=200, deadline=None)
@given(marks, st.floats(0, 200))
def test_lane_layout_never_overlaps_labels_and_keeps_every_event(raw, left):
    ms = [Mark(i, x, x + (w if i % 3 == 0 else 0.0), f"event {i}", lw) for i, (x, w, lw) in enumerate(raw)]
    items = layout_lane(ms, left=left)
    assert not labels_overlap(items)
    seen = [p.mark.key for p in items if isinstance(p, Placed)]
    seen += [m.key for c in items if isinstance(c, Cluster) for m in c.members]
    assert sorted(seen) == list(range(len(ms)))
    for c in items:
        if isinstance(c, Cluster):
            assert all(m.is_point for m in c.members) and len(c.members) >= 2


def test_close_points_gather_into_a_cluster_that_opens_when_zoomed():
    near = [Mark(i, 100 + i * 2.0, 100 + i * 2.0, "x", 10) for i in range(5)]
    assert [type(i) for i in layout_lane(near)] == [Cluster]
    apart = [Mark(i, 100 + i * 40.0, 100 + i * 40.0, "x", 10) for i in range(5)]
    assert all(isinstance(i, Placed) for i in layout_lane(apart))


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
