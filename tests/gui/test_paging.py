"""Row paging without OFFSET: the Qt-free core of the lazy models."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from viewer.gui.paging import PagedRows


@dataclass
class Rec:
    ordinal: int


def fake_source(ordinals: list[int]):
    """A page function over a sorted list of ordinals, counting what it reads."""
    calls = {"rows": 0}

    def page(after, limit, reverse):
        if reverse:
            chosen = [o for o in ordinals if after is None or o < after][-limit:]
        else:
            chosen = [o for o in ordinals if after is None or o > after][:limit]
        calls["rows"] += len(chosen)
        return [Rec(o) for o in chosen]

    def walk(after, limit):
        return [o for o in ordinals if after is None or o > after][:limit]

    return page, walk, calls


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 100_000), min_size=0, max_size=3000, unique=True).map(sorted),
    st.lists(st.integers(0, 2999), max_size=25),
)
def test_any_row_in_any_order_is_the_right_record(ordinals, rows):
    page, walk, _ = fake_source(ordinals)
    paged = PagedRows(len(ordinals), page, walk, dense=False, page_size=50, max_pages=4)
    for row in rows:
        got = paged.get(row)
        assert (got.ordinal if got else None) == (ordinals[row] if row < len(ordinals) else None)


def test_dense_lists_jump_straight_to_a_row():
    ordinals = list(range(1, 1_000_001))
    page, walk, calls = fake_source(ordinals)
    paged = PagedRows(len(ordinals), page, walk, dense=True)
    assert paged.get(999_999).ordinal == 1_000_000
    assert paged.get(500_000).ordinal == 500_001
    assert calls["rows"] == 400 and paged.loaded_rows() == 400


def test_the_last_row_of_a_filtered_list_reads_only_the_last_page():
    ordinals = list(range(3, 300_000, 3))
    page, walk, calls = fake_source(ordinals)
    paged = PagedRows(len(ordinals), page, walk, dense=False)
    assert paged.get(len(ordinals) - 1).ordinal == ordinals[-1]
    assert calls["rows"] <= 200


def test_memory_stays_bounded_while_scrolling():
    ordinals = list(range(1, 50_001))
    page, walk, _ = fake_source(ordinals)
    paged = PagedRows(len(ordinals), page, walk, dense=False, page_size=100, max_pages=8)
    for row in range(0, 50_000, 37):
        assert paged.get(row).ordinal == row + 1
    assert paged.loaded_rows() <= 800
