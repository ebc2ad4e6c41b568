"""Timeline labels use the free room and keep clear of the view's edge (walk34 #9: "U.N.-mediated talks to
en…" in an empty lane; a label flush against the right edge on first launch). Plain geometry, no Qt."""

from __future__ import annotations

import datetime as dt

from viewer.timeline.lanes import LABEL_GAP, SHORT_CHARS, Item, View, layout_lanes, short_label
from viewer.timeline.scale import TimeScale
from viewer.timeline.ticks import estimate_width

from .timeline_geometry import broken_promises

DAY = dt.date(2016, 1, 29).toordinal()
FAWZI = "U.N.-mediated talks to end the war in Syria will start as planned in Geneva on Friday"
WU = "吴泳铭在内部邮件中回应林俊旸离职"


def _lay(items: list[Item], width: float = 1200, origin: float = DAY - 8, ppd: float = 30.0):
    """One lane laid out over `width` pixels, with the layout's promises checked."""
    lay = layout_lanes(
        [(1, "Ahmad Fawzi", items)],
        View(TimeScale(origin, ppd), width, 300, 42),
        estimate_width,
        estimate_width,
    )
    assert broken_promises(lay, width, 42, 300) == []
    return lay


def test_a_label_in_an_empty_lane_shows_whole():
    lay = _lay([Item(1, DAY, DAY, True, FAWZI)])
    assert [lab.text for lab in lay.labels] == [FAWZI]


def test_a_label_shows_as_much_as_the_room_before_the_next_mark_holds():
    first, second = Item(1, DAY, DAY, True, FAWZI), Item(2, DAY + 14, DAY + 14, True, "talks")
    lay = _lay([first, second])
    label = next(lab for lab in lay.labels if lab.event_id == 1)
    mark = next(m for m in lay.marks if m.event_ids == (2,))
    assert label.text.endswith("…") and len(label.text) > SHORT_CHARS, label.text
    assert FAWZI.startswith(label.text[:-1])
    assert label.rect.right <= mark.rect.x - LABEL_GAP
    assert label.rect.right + estimate_width(FAWZI[len(label.text) - 1]) > mark.rect.x - LABEL_GAP, (
        "all of it"
    )


def test_a_short_placement_keeps_a_lane_to_one_row():
    """Long summaries close together are placed at their short length: the lane does not grow rows for
    them, and each then shows what fits before the next."""
    items = [Item(i, DAY + 5 * i, DAY + 5 * i, True, f"{i} {FAWZI}") for i in range(4)]
    lay = _lay(items, width=1400, ppd=50.0)
    assert len(lay.labels) == 4 and len(lay.lanes) == 1 and lay.lanes[0].rect.h == 24.0
    assert all(len(lab.text) > SHORT_CHARS for lab in lay.labels), [lab.text for lab in lay.labels]


def test_a_label_by_the_right_edge_stays_clear_of_it():
    """The mark near the view's right end: its label is cut or goes left, never flush against the edge."""
    for width in range(700, 1000, 7):
        lay = _lay([Item(1, DAY, DAY, True, WU)], width=width, origin=DAY - (width - 230) / 30)
        for lab in lay.labels:
            assert lab.rect.right <= width - LABEL_GAP, (width, lab.rect)


def test_short_label_cuts_at_its_length():
    assert short_label("x" * SHORT_CHARS) == "x" * SHORT_CHARS
    assert short_label(FAWZI) == FAWZI[: SHORT_CHARS - 1] + "…"


def test_a_label_inside_its_band_shows_as_much_as_the_band_holds():
    """Only a band with no room beside it for its label holds it (see the next test), drawn on the band."""
    summary = "阿里巴巴通义发布基础模型架构Qwen3-Next并开源Qwen3-Next-80B-A3B"
    wide = _lay([Item(1, DAY, DAY + 199, False, summary)], width=1400, origin=DAY + 10, ppd=12.0)
    band = next(m for m in wide.marks if m.event_ids == (1,))
    label = next(lab for lab in wide.labels if lab.event_id == 1)
    assert label.text == summary and band.rect.x < label.rect.x and label.rect.right <= band.rect.right - 4
    assert label.on_band
    narrow = _lay([Item(1, DAY, DAY + 59, False, summary), Item(2, DAY + 61, DAY + 61, True, "x")], ppd=6.0)
    label = next(lab for lab in narrow.labels if lab.event_id == 1)
    band = next(m for m in narrow.marks if m.event_ids == (1,))
    assert band.rect.x < label.rect.x < band.rect.right and label.on_band, "inside its band"
    assert label.text.endswith("…") and len(label.text) > 26 and label.rect.right <= band.rect.right - 4


def test_a_bands_label_goes_beside_it_where_there_is_room_never_over_its_start():
    """walk35 #10: "吴泳铭在内部邮件中回应林俊旸离职" was put inside its "after 3月4日" band, from its
    start: its backing hid the band's first days, the day it gave. With room beside it, it goes there."""
    after = Item(1, DAY, DAY + 3, False, WU)  # a band of four days, drawn ~2.5 times as wide as its label
    lay = _lay([after], width=1300, ppd=85.0)
    band, label = lay.marks[0], lay.labels[0]
    assert label.text == WU and not label.on_band
    assert not label.rect.intersects(band.rect) and label.rect.x >= band.rect.right + LABEL_GAP, "right of it"
    ahead = _lay([after, Item(2, DAY + 5, DAY + 5, True, "x")], width=1300, origin=DAY - 12, ppd=85.0)
    label = next(lab for lab in ahead.labels if lab.event_id == 1)
    band = next(m for m in ahead.marks if m.event_ids == (1,))
    assert not label.rect.intersects(band.rect) and label.rect.right <= band.rect.x - LABEL_GAP, "left of it"


def test_a_labels_backing_is_behind_its_text_only():
    """walk36 d02b: a band's outline ran through the text of a label on it; its backing covers the text and
    no more, so the band shows from its start, and a label beside a mark keeps clear of it."""
    summary = "阿里巴巴通义发布基础模型架构Qwen3-Next并开源Qwen3-Next-80B-A3B"
    wide = _lay([Item(1, DAY, DAY + 199, False, summary)], width=1400, origin=DAY + 10, ppd=12.0)
    band, label = wide.marks[0], wide.labels[0]
    backing = label.backing
    assert label.on_band and band.rect.x < backing.x < label.rect.x and label.rect.right < backing.right
    assert backing.w - label.rect.w <= 4 and (backing.y, backing.h) == (label.rect.y, label.rect.h)
    beside = _lay([Item(1, DAY, DAY + 3, False, WU)], width=1300, ppd=85.0)
    assert beside.labels[0].backing.x > beside.marks[0].rect.right, "clear of its band"
