"""The timeline chart, driven headless: clicks, ranges, keys, lanes, linking, state, scale."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QToolButton
from viewer.gui.main_window import MainWindow
from viewer.gui.timeline.paint import AXIS_H
from viewer.timeline.data import DETAIL_MAX
from viewer.timeline.lanes import DOT_R
from viewer.timeline.layout import assign_lanes
from viewer.timeline.scale import MAX_PX_PER_DAY, TimeScale, fit

from ..timeline_geometry import broken_promises
from .conftest import search, settle


def _painted(qtbot, win):
    win.timeline.canvas.grab()
    return win.timeline.canvas.frame


def _event_hit(frame, event_id):
    return next(h for h in frame.hits if h.kind == "event" and h.event_ids == [event_id])


def _event_id(win, summary):
    return next(
        e.id
        for e in win.timeline.canvas.data.events(*win.timeline.canvas.visible_days())
        if e.summary == summary
    )


def test_the_chart_fits_the_events_and_draws_each_by_its_date(qtbot, window):
    canvas = window.timeline.canvas
    frame = _painted(qtbot, window)
    first, last = canvas.visible_days()
    assert first < dt.date(2025, 4, 10).toordinal() and last > dt.date(2026, 4, 1).toordinal()
    assert window.timeline.summary.text() == "15 of 15 dated events in view"
    kinds = {h.kind for h in frame.hits}
    assert "event" in kinds and "density" not in kinds


def test_clicking_an_event_selects_it_everywhere(qtbot, window):
    frame = _painted(qtbot, window)
    hui = _event_id(window, "惠彬原从阿里离职,加入Meta")
    qtbot.mouseClick(
        window.timeline.canvas, Qt.MouseButton.LeftButton, pos=_event_hit(frame, hui).rect.center().toPoint()
    )
    settle(qtbot, window)
    assert window.controller.selection.event == hui
    assert window.article.highlighted() == ["Qwen Code负责人惠彬原,则已于2026年1月从阿里离职,加入Meta。"]
    assert [window.entity_model.index(r, 0).data() for r in range(window.entity_model.rowCount())] == [
        "惠彬原  Hui Binyuan",
        "阿里巴巴集团  Alibaba Group",
        "Meta",
    ], "the people the event names, then its organisations"


def test_dragging_on_the_axis_selects_a_date_range(qtbot, window):
    canvas = window.timeline.canvas
    canvas.set_scale(fit(dt.date(2026, 3, 1).toordinal(), dt.date(2026, 3, 10).toordinal(), canvas.width()))
    x0 = int(canvas.scale.x(dt.date(2026, 3, 5).toordinal()) + 1)
    x1 = int(canvas.scale.x(dt.date(2026, 3, 6).toordinal()) + 1)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x0, 20))
    qtbot.mouseMove(canvas, QPoint(x1, 20))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x1, 20))
    chosen = window.controller.selection.range
    assert (chosen.start, chosen.end) == (dt.date(2026, 3, 5), dt.date(2026, 3, 6))
    settle(qtbot, window)
    speakers = {window.quote_model.index(r, 1).data() for r in range(window.quote_model.rowCount())}
    assert speakers == {"吴泳铭", "Omar Sanseviero", "阿里巴巴集团"}
    assert window.event_model.rowCount() == 6


def test_a_range_dragged_on_the_axis_is_what_the_view_shows_shaded_until_esc(qtbot, window):
    """A walkthrough found the chart zoomed to the events inside a dragged range, with nothing marking the
    range chosen."""
    canvas = window.timeline.canvas
    _shown(qtbot, window)
    canvas.set_scale(fit(dt.date(2025, 9, 1).toordinal(), dt.date(2026, 1, 1).toordinal(), canvas.width()))
    x0 = int(canvas.scale.x(dt.date(2025, 10, 6).toordinal()) + 1)
    x1 = int(canvas.scale.x(dt.date(2025, 12, 18).toordinal()) + 1)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x0, 20))
    qtbot.mouseMove(canvas, QPoint(x1, 20))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x1, 20))
    settle(qtbot, window)
    chosen = window.controller.selection.range
    assert canvas.chosen_range == (chosen.day_start, chosen.day_end + 1)
    first, last = canvas.scale.day(canvas.names_width), canvas.visible_days()[1]
    assert abs(first - chosen.day_start) <= 2 and abs(last - (chosen.day_end + 1)) <= 2, (
        "the range fills the view"
    )
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.controller.selection.range is None and canvas.chosen_range is None


def test_keys_move_between_events_zoom_and_fit(qtbot, window):
    canvas = window.timeline.canvas
    _shown(qtbot, window)  # the first frame measures the names column, and the view is refitted to it
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    first = window.controller.selection.event
    assert window.timeline.canvas.data.repo.event(first).date_text == "4月10日"
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    second = window.controller.selection.event
    assert canvas.data.repo.event(second).date_text == "7月22日"
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert window.controller.selection.event == first
    ppd = canvas.scale.px_per_day
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.scale.px_per_day > ppd
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.scale.px_per_day < ppd
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert abs(canvas.scale.px_per_day - ppd) < 1e-9
    with qtbot.waitSignal(canvas.eventActivated) as activated:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert activated.args == [first]


def test_ctrl_wheel_zooms_around_the_cursor(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    canvas = window.timeline.canvas
    x = 400.0
    day = canvas.scale.day(x)
    event = QWheelEvent(
        QPointF(x, 100),
        canvas.mapToGlobal(QPointF(x, 100)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    ppd = canvas.scale.px_per_day
    canvas.wheelEvent(event)
    assert abs(canvas.scale.px_per_day / ppd - 1.0015**240) < 1e-6
    assert abs(canvas.scale.day(x) - day) < 1e-6


def test_choosing_elsewhere_scrolls_and_zooms_the_chart(qtbot, window):
    canvas = window.timeline.canvas
    canvas.set_scale(canvas.scale.zoomed(40, 10))
    stepping = next(r for r in range(8) if window.quote_model.index(r, 3).data().startswith("me stepping"))
    window.quotes.view.setCurrentIndex(window.quote_model.index(stepping, 0))
    settle(qtbot, window)
    first, last = canvas.visible_days()
    assert first <= dt.date(2026, 3, 4).toordinal() < last
    assert canvas.selected == window.controller.repo.quote(3).event_id


def test_lane_modes(qtbot, window):
    canvas = window.timeline.canvas

    def titles():
        events = canvas.data.events(*canvas.visible_days())
        return [
            canvas.data.lane_title(canvas.mode, k)
            for k in assign_lanes(canvas.data.lane_events(events, canvas.mode))
        ]

    assert "林俊旸" in titles()
    window.timeline.lanes.setCurrentIndex(1)
    assert canvas.mode == "orgs" and "阿里巴巴集团" in titles()
    window.timeline.lanes.setCurrentIndex(2)
    assert titles() == ["All events"]


def test_zoom_range_and_lanes_are_remembered(qtbot, settings, ask, bundled_copy):
    first = MainWindow(settings, ask)
    qtbot.addWidget(first)
    first.show()
    first.open_database(bundled_copy)
    settle(qtbot, first)  # the whole database's counts come from the worker, then the view fits them
    first.timeline.lanes.setCurrentIndex(1)
    first.timeline.canvas.set_scale(first.timeline.canvas.scale.zoomed(8, 100))
    saved = first.timeline.canvas.scale
    first.close()
    second = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat), ask)
    qtbot.addWidget(second)
    second.restore_state()
    second.show()
    second.open_database(bundled_copy)
    settle(qtbot, second)
    assert second.timeline.canvas.scale == saved
    assert second.timeline.canvas.mode == "orgs"


def _dense_window(qtbot, tmp_path, settings, ask) -> MainWindow:
    """A window over a database of 20,000 events: too many to draw one by one."""
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=300, events=20000, quotes=2000, seed=9)
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    assert win.open_database(db)
    settle(qtbot, win)
    return win


def test_a_large_database_is_drawn_as_density_and_memory_stays_flat(qtbot, tmp_path, settings, ask):
    win = _dense_window(qtbot, tmp_path, settings, ask)
    canvas = win.timeline.canvas
    frame = _painted(qtbot, win)
    assert {h.kind for h in frame.hits} == {"density"} and canvas.data.window is None
    for _ in range(30):
        canvas.set_scale(canvas.scale.zoomed(1.35, canvas.width() / 2))
    qtbot.wait(5)
    for _ in range(40):
        canvas.set_scale(canvas.scale.panned(canvas.width() / 2))
        canvas._fetch()
        settle(qtbot, win)  # the events in view come from the worker
    frame = _painted(qtbot, win)
    assert canvas.data.window is not None and len(canvas.data.window.events) <= 3 * DETAIL_MAX + 1
    assert "event" in {h.kind for h in frame.hits} or "cluster" in {h.kind for h in frame.hits}
    search(qtbot, win, "2020")
    assert canvas.data.total == win.controller.repo.count_events(win.controller.timeline_filter())


def test_hover_says_the_date_as_printed_the_summary_and_the_people(qtbot, window):
    frame = _painted(qtbot, window)
    email = _event_id(window, "吴泳铭在内部邮件中回应林俊旸离职")
    text = window.timeline.canvas.describe(_event_hit(frame, email))
    assert text.splitlines() == [
        "吴泳铭在内部邮件中回应林俊旸离职",
        "after 2026-03-04 (day precision, 2026-03-04..2026-03-07, inferred: the text prints no month or year "
        "for it); "
        "printed as “随后”",
        "吴泳铭, 林俊旸",
    ]
    hui = _event_id(window, "惠彬原从阿里离职,加入Meta")
    assert "2026-01 (month precision); printed as “2026年1月”" in window.timeline.canvas.describe(
        _event_hit(frame, hui)
    )


def test_a_pinch_zooms_around_the_fingers(qtbot, window):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    canvas = window.timeline.canvas
    at = QPointF(300, 100)
    day, ppd = canvas.scale.day(at.x()), canvas.scale.px_per_day
    pinch = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        at,
        at,
        canvas.mapToGlobal(at),
        0.5,
        QPointF(0, 0),
        1,
    )
    assert canvas.event(pinch)
    assert abs(canvas.scale.px_per_day / ppd - 1.5) < 1e-9
    assert abs(canvas.scale.day(at.x()) - day) < 1e-6


# --- the drawn geometry: fit, labels, clusters, names -----------------------------------------------

MARCH_4 = dt.date(2026, 3, 4).toordinal()


def _pages(qtbot, win):
    """The layout of every lane, page by page (scrolling down as ↓ does), then back to the top."""
    canvas = win.timeline.canvas
    canvas.lane_offset = 0
    pages = [_painted(qtbot, win).layout]
    while pages[-1].hidden_below:
        canvas.scroll_lanes(len(pages[-1].lanes))
        pages.append(_painted(qtbot, win).layout)
    canvas.lane_offset = 0
    return pages


def _shown(qtbot, win):
    """Paint until the fetched events and a refitted view (the names column's width) are in."""
    canvas = win.timeline.canvas
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()), timeout=5000)
    _painted(qtbot, win)
    qtbot.wait(5)
    qtbot.waitUntil(lambda: canvas.data.covers(*canvas.visible_days()), timeout=5000)


@pytest.mark.parametrize("mode", [0, 1, 2])
def test_home_shows_every_event_whole_and_clear_of_the_names(qtbot, window, mode):
    canvas = window.timeline.canvas
    window.timeline.lanes.setCurrentIndex(mode)
    canvas.set_scale(canvas.scale.zoomed(6, 10))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    _shown(qtbot, window)
    assert window.timeline.summary.text() == "15 of 15 dated events in view"
    seen = set()
    for lay in _pages(qtbot, window):
        for m in lay.marks:
            assert lay.names_width <= m.x0 and m.x1 <= canvas.width(), m
            if m.kind == "dot":
                assert abs(m.rect.w - 2 * DOT_R) < 1e-9, "a dot is drawn whole"
            seen |= set(m.event_ids)
    assert len(seen) == 15


@pytest.mark.parametrize("mode", [0, 1])
def test_labels_never_overlap_labels_marks_names_or_the_hint(qtbot, window, mode):
    canvas = window.timeline.canvas
    window.timeline.lanes.setCurrentIndex(mode)
    views = [
        None,
        fit(dt.date(2026, 2, 20).toordinal(), dt.date(2026, 3, 11).toordinal(), canvas.width(), 0.0),
        TimeScale(0, MAX_PX_PER_DAY).centred_on(MARCH_4 + 0.5, canvas.width()),
    ]
    for height in (850, 560):
        window.resize(1300, height)
        for view in views:
            canvas.fit_all() if view is None else canvas.set_scale(view)
            _shown(qtbot, window)
            for lay in _pages(qtbot, window):
                assert broken_promises(lay, canvas.width(), AXIS_H, canvas.height()) == []
                assert lay.labels


def test_the_early_2026_band_is_labelled_clear_of_the_march_4_marks(qtbot, window):
    canvas = window.timeline.canvas
    band = _event_id(window, "林俊旸以Qwen技术负责人身份现身AGI-Next前沿峰会")
    for view in (None, fit(dt.date(2026, 2, 20).toordinal(), dt.date(2026, 3, 11).toordinal(), 1300, 0.0)):
        canvas.fit_all() if view is None else canvas.set_scale(view)
        _shown(qtbot, window)
        lay = _painted(qtbot, window).layout
        lane = next(lane.key for lane in lay.lanes if lane.name == "林俊旸")
        label = next(lab for lab in lay.labels if lab.event_id == band and lab.lane == lane)
        march_4 = [m for m in lay.marks if m.lane == lane and m.x0 <= canvas.scale.x(MARCH_4 + 0.5) <= m.x1]
        assert march_4 and not any(label.rect.intersects(m.rect) for m in march_4 if band not in m.event_ids)


def test_a_click_on_a_cluster_lists_its_events_and_choosing_one_selects_it(qtbot, window):
    canvas = window.timeline.canvas
    frame = _painted(qtbot, window)
    cluster = next(h for h in frame.hits if h.kind == "cluster")
    stepping = _event_id(window, "林俊旸发文宣布卸任")
    assert stepping in cluster.event_ids and "click to list them" in canvas.describe(cluster)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=cluster.rect.center().toPoint())
    menu = canvas.cluster_menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert len(texts) == len(cluster.event_ids) + 1 and texts[-1] == "Zoom in here"
    assert any("林俊旸发文宣布卸任" in t for t in texts)
    next(a for a in menu.actions() if "林俊旸发文宣布卸任" in a.text()).trigger()
    menu.close()
    settle(qtbot, window)
    assert window.controller.selection.event == stepping and canvas.selected == stepping


def _step_and_fit(qtbot, window) -> None:
    """→, then Home: the event stepped to (its cluster opened, zoomed into) chosen in the fitted view."""
    canvas = window.timeline.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    _shown(qtbot, window)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    _shown(qtbot, window)


def _step_into_a_cluster(qtbot, window, wanted) -> None:
    """→ and Home from the keyboard until the chosen event is drawn inside a cluster `wanted` accepts."""
    canvas = window.timeline.canvas
    _painted(qtbot, window)
    canvas.setFocus()
    for _ in range(40):
        _step_and_fit(qtbot, window)
        _painted(qtbot, window)
        held = canvas.selected_cluster()
        if held is not None and wanted(held):
            return


def test_from_the_keyboard_a_cluster_opens_on_space_and_lists_the_chosen_event(qtbot, window):
    """Keyboard only: → steps onto an event (its cluster opened), Home fits all, where the event is drawn
    inside a cluster; Space opens that cluster's list."""
    canvas = window.timeline.canvas
    _step_into_a_cluster(qtbot, window, lambda _held: True)
    held = canvas.selected_cluster()
    assert held is not None, "some event of the bundled article is drawn inside a cluster"
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    menu = canvas.cluster_menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert len(texts) == len(held.event_ids) + 1
    menu.close()


def test_a_cluster_opened_from_the_keyboard_starts_on_the_chosen_event(qtbot, window):
    """The walkthrough opened a cluster with Space on its chosen event, and the list highlighted nothing:
    ↓ started from the top. The chosen event is where the list starts."""
    canvas = window.timeline.canvas
    _step_into_a_cluster(qtbot, window, lambda held: held.event_ids.index(canvas.selected) > 0)
    held = canvas.selected_cluster()
    assert held is not None and held.event_ids.index(canvas.selected) > 0, "an event inside, not the first"
    chosen = canvas.selected
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    menu = canvas.cluster_menu
    assert menu is not None and menu.isVisible()
    assert menu.actions().index(menu.activeAction()) == held.event_ids.index(chosen)
    menu.close()


def test_zoomed_in_to_the_deepest_every_event_of_the_day_is_drawn_and_labelled(qtbot, window):
    canvas = window.timeline.canvas
    canvas.set_scale(canvas.scale.centred_on(MARCH_4 + 0.5, canvas.width()))
    canvas.setFocus()
    while canvas.scale.px_per_day < MAX_PX_PER_DAY:
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
        _shown(qtbot, window)
        for lay in _pages(qtbot, window):
            assert broken_promises(lay, canvas.width(), AXIS_H, canvas.height()) == []
    lay = _painted(qtbot, window).layout
    assert not [m for m in lay.marks if m.kind == "cluster"]
    labelled = {lab.text for lab in lay.labels}
    assert {"林俊旸发文宣布卸任", "阿里大模型技术负责人自宣卸任（简讯中姓名缺失）"} <= labelled


def test_lane_names_are_shown_whole_or_in_full_on_hover(qtbot, window):
    canvas = window.timeline.canvas
    for mode in (0, 1):
        window.timeline.lanes.setCurrentIndex(mode)
        _shown(qtbot, window)
        for lay in _pages(qtbot, window):
            assert all(lane.shown == lane.name for lane in lay.lanes), "these names fit"
    frame = _painted(qtbot, window)
    lane = next(h for h in frame.hits if h.kind == "lane")
    assert canvas.describe(lane) == frame.layout.lanes[0].name


def test_the_question_mark_shows_the_legend(qtbot, window):
    from PySide6.QtWidgets import QLabel, QToolButton

    button = window.timeline.findChild(QToolButton, "legendButton")
    assert button.text() == "?" and button.toolTip().startswith("What the marks mean")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    legend = window.timeline.legend
    assert legend is not None and legend.isVisible()
    texts = " ".join(label.text() for label in legend.findChildren(QLabel))
    for word in (
        "a day",
        "band",
        "approximate",
        "after 3月4日",
        "dashed outline",
        "a * after a date",
        "click",
    ):
        assert word in texts
    legend.grab()
    legend.close()


def test_stepping_onto_an_event_in_a_lane_scrolled_out_brings_that_lane_in(qtbot, window):
    """Keyboard only: → reaches an event whose lane is below the lanes that fit; the lane comes into
    view, so the chosen event is drawn (found on a small timeline with lanes hidden below)."""
    canvas = window.timeline.canvas
    window.docks["timelineDock"].setFloating(True)
    window.docks["timelineDock"].resize(900, 260)
    lay = _painted(qtbot, window).layout
    assert lay is not None and lay.hidden_below, "the bundled article has more lanes than fit here"
    canvas.setFocus()
    reached_hidden = False
    for _ in range(40):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        _shown(qtbot, window)
        lay = _painted(qtbot, window).layout
        assert lay is not None
        assert any(canvas.selected in m.event_ids for m in lay.marks), "the chosen event is drawn"
        reached_hidden = reached_hidden or canvas.lane_offset > 0
    assert reached_hidden, "some step needed a lane scrolled into view"


def test_a_chosen_event_says_what_it_narrows_to_and_esc_shows_all(qtbot, window):
    """Choosing an event narrows quotes and people to it: the status says so, and Esc, from the search
    box or the timeline, shows everything the search found again (a walkthrough found it silent, with
    only Back to undo it)."""
    canvas = window.timeline.canvas
    _shown(qtbot, window)
    everyone, quotes = sum(window.entity_model.totals()), window.quote_model.rowCount()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    settle(qtbot, window)
    event = window.controller.repo.event(window.controller.selection.event)
    assert event.summary in window.status.text() and "Esc" in window.status.text()
    assert sum(window.entity_model.totals()) < everyone
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.controller.selection.event is None and event.summary not in window.status.text()
    assert (sum(window.entity_model.totals()), window.quote_model.rowCount()) == (everyone, quotes)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    settle(qtbot, window)
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.controller.selection.event is None


def test_the_view_shown_is_marked_in_any_palette(qtbot, window):
    """In the dark palette a checked button was barely darker than the other: Chart and List looked the
    same (walkthrough). The view shown reads in bold."""
    chart, listing = window.findChild(QToolButton, "chartButton"), window.findChild(QToolButton, "listButton")
    assert chart.font().bold() and not listing.font().bold()
    widths = (chart.width(), listing.width())
    qtbot.mouseClick(listing, Qt.MouseButton.LeftButton)
    assert listing.font().bold() and not chart.font().bold()
    assert (chart.width(), listing.width()) == widths, "nothing beside them shifts"


def test_the_timeline_shows_when_it_has_the_keyboard(qtbot, window):
    """Tab and F6 reach the timeline, where ←/→ choose events, but nothing showed it (walkthrough)."""
    canvas = window.timeline.canvas
    _shown(qtbot, window)
    highlight = canvas.palette().highlight().color()

    def border() -> set:
        image = canvas.grab().toImage()
        return {image.pixelColor(x, 1).rgb() for x in range(10, image.width() - 10, 50)}

    window.search.setFocus()
    assert highlight.rgb() not in border()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert border() == {highlight.rgb()}


def test_zooming_in_from_the_keyboard_keeps_the_selected_event_in_view(qtbot, window):
    """+ zoomed around the middle and pushed the event chosen with → off the timeline (walkthrough)."""
    canvas = window.timeline.canvas
    _shown(qtbot, window)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    chosen = window.controller.selection.event
    assert any(chosen in h.event_ids for h in _painted(qtbot, window).hits), "drawn where it was chosen"
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus)
        frame = _painted(qtbot, window)
        assert any(h.kind in ("event", "cluster") and chosen in h.event_ids for h in frame.hits)


def test_zooming_in_on_a_long_event_seen_in_part_keeps_that_part_in_view(qtbot, window):
    """The middle of a long event far off screen sent + somewhere else entirely (review)."""
    canvas = window.timeline.canvas
    _shown(qtbot, window)
    events = canvas.data.events(*canvas.visible_days())
    longest = max((e for e in events if e.date), key=lambda e: e.date.day_end - e.date.day_start)
    assert longest.date.day_end - longest.date.day_start > 40
    window.controller.choose_event(longest.id)
    settle(qtbot, window)
    canvas.set_scale(TimeScale(longest.date.day_start - 5, canvas.width() / 20))  # its start, 20 days
    settle(qtbot, window)
    assert any(longest.id in h.event_ids for h in _painted(qtbot, window).hits)
    before = canvas.visible_days()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    after = canvas.visible_days()
    start = longest.date.day_start
    assert before[0] <= start <= before[1] and after[0] <= start <= after[1], "its start stays in view"


def test_a_few_events_on_their_way_are_not_called_too_many_to_draw(qtbot, window, monkeypatch):
    """Between a choice and the arrival of the events in view, a view that will draw them one by one
    says they are loading, not 'too many to draw one by one' (seen for a frame: '1 of 1 event')."""
    canvas = window.timeline.canvas
    told: list[bool] = []
    density = canvas.painter.density
    monkeypatch.setattr(canvas.painter, "density", lambda *args: told.append(args[-1]) or density(*args))
    canvas.data.window = None  # the counts are in, the events in view not yet
    monkeypatch.setattr(canvas, "_fetch", lambda: None)
    canvas.grab()
    assert told == [True]


def test_reapplying_the_same_selection_does_not_repaint_the_chart(qtbot, window, monkeypatch):
    """Every list's arrival re-applies the window's selection; an unchanged one asks no repaint of the
    chart (it was repainted with each pane's results, 2-9 ms at a million quotes)."""
    asked: list[int] = []
    monkeypatch.setattr(window.timeline.canvas, "update", lambda *a: asked.append(1))
    window.timeline.select_event(window.timeline.canvas.selected)
    assert asked == []


def test_esc_in_the_search_box_steps_out_of_a_choice_before_it_clears_the_search(qtbot, window):
    """A walkthrough found one Esc erasing the whole query while an event was chosen, though the status
    said Esc shows all the search found."""
    search(qtbot, window, "2026")
    canvas = window.timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    settle(qtbot, window)
    assert window.controller.selection.event is not None
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.controller.selection.event is None and window.search.text() == "2026"
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert window.search.text() == ""


def test_new_data_paints_the_overview_a_frame_after_the_chart(qtbot, window):
    """The overview strip works out new data's bars in a repaint of its own, after the chart's (together
    they took one repaint of 8-11 ms at a million quotes); a pan repaints both together."""
    from PySide6.QtCore import QEvent, QObject
    from viewer.gui.timeline.overview import OverviewStrip

    overview = window.findChild(OverviewStrip)
    canvas = window.timeline.canvas
    frames: list[set[str]] = []

    class Frames(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.UpdateRequest and obj is window:
                frames.append(set())
            elif event.type() == QEvent.Type.Paint and frames and obj in (canvas, overview):
                frames[-1].add("chart" if obj is canvas else "overview")
            return False

    watch = Frames()
    window.installEventFilter(watch)
    canvas.installEventFilter(watch)
    overview.installEventFilter(watch)
    search(qtbot, window, "p:林")
    qtbot.wait(50)
    first_with_the_overview = next(frame for frame in frames if "overview" in frame)
    assert first_with_the_overview == {"overview"} and {"chart"} in frames
    frames.clear()
    canvas.set_scale(canvas.scale.centred_on(canvas.scale.day(canvas.width() / 3), canvas.width()))
    qtbot.waitUntil(lambda: {"chart", "overview"} in frames, timeout=2000)


def test_show_all_after_a_search_draws_the_whole_databases_bars_without_working_them_out(
    qtbot, tmp_path, window, monkeypatch
):
    """The chart and the overview keep the density bars of their last views: Show All after a search
    finds the whole database's again (working them out took 2-3 ms each at a million quotes)."""
    from viewer.pipeline.synth import synth_database
    from viewer.timeline.layout import DensityIndex

    db = tmp_path / "dense.db"
    synth_database(db, persons=300, events=3000, quotes=3000, seed=7)
    assert window.open_database(db)
    settle(qtbot, window)
    canvas = window.timeline.canvas
    assert {h.kind for h in _painted(qtbot, window).hits} == {"density"}
    everything, overview = canvas.data.density, window.timeline.overview
    qtbot.waitUntil(lambda: not overview._after_canvas.isActive(), timeout=3000)
    overview.grab()
    search(qtbot, window, "2018..2026")  # still too many events to draw one by one
    assert {h.kind for h in _painted(qtbot, window).hits} == {"density"}
    assert canvas.data.density is not everything
    qtbot.waitUntil(lambda: not overview._after_canvas.isActive(), timeout=3000)
    overview.grab()
    binned: list[DensityIndex] = []
    real = DensityIndex.bins
    monkeypatch.setattr(DensityIndex, "bins", lambda index, *args: binned.append(index) or real(index, *args))
    window.clear_all()
    settle(qtbot, window)
    assert canvas.data.density is everything
    assert {h.kind for h in _painted(qtbot, window).hits} == {"density"}
    qtbot.waitUntil(lambda: not overview._after_canvas.isActive(), timeout=3000)
    overview.grab()
    assert binned == []


def test_the_list_page_disables_the_charts_controls_and_counts_every_event(qtbot, window):
    """The GUI walkthrough: on the List page the zoom buttons and lanes still looked live, and the line
    read "13 of 15 dated events in view" (the chart's zoom), though the list shows all fifteen."""
    pane = window.timeline
    zoom = [pane.findChild(QToolButton, name) for name in ("zoomOut", "zoomIn", "zoomFit")]
    pane.canvas.set_scale(pane.canvas.scale.zoomed(8.0, pane.canvas.width() / 2))
    qtbot.waitUntil(lambda: not pane.summary.text().startswith("15 of"))
    pane.pages[1].click()
    assert not pane.lanes.isEnabled() and not any(b.isEnabled() for b in zoom)
    assert pane.summary.text().startswith("15 of 15")
    pane.pages[0].click()
    assert pane.lanes.isEnabled() and all(b.isEnabled() for b in zoom)
    assert not pane.summary.text().startswith("15 of")


def test_a_month_searched_that_holds_one_days_event_shows_the_month(qtbot, window):
    """The GUI walkthrough: 2025-04 holds one event (2025-04-10); the chart fitted that one day across
    its whole width, the month searched for out of sight."""
    search(qtbot, window, "2025-04")
    settle(qtbot, window)
    canvas = window.timeline.canvas
    assert window.timeline.source.data.total == 1
    first, last = canvas.visible_days()
    april = (dt.date(2025, 4, 1).toordinal(), dt.date(2025, 5, 1).toordinal())
    assert first <= april[0] and last >= april[1]
    assert last - first < 60, "the month, not the years around it"


def _hint_after_down(qtbot, window) -> str:
    """The hint strip's text once ↓ has shown a lane from below: lanes are then hidden above and below."""
    canvas = window.timeline.canvas
    window.docks["timelineDock"].setFloating(True)
    window.docks["timelineDock"].resize(900, 260)
    _shown(qtbot, window)
    lay = _painted(qtbot, window).layout
    assert lay is not None and lay.hidden_below > 1, "the bundled article has more lanes than fit here"
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)

    def both() -> bool:
        lay = _painted(qtbot, window).layout
        return lay is not None and lay.hidden_above > 0 and lay.hidden_below > 0

    qtbot.waitUntil(both)
    return canvas.frame.hint


def test_the_hints_above_and_below_both_name_their_keys(qtbot, window):
    """A walkthrough read "▲ 2 more" beside "▼ 3 more lanes (↑/↓, Shift+wheel)": the lanes above were
    not said to be lanes, nor how to see them. Each hint now names its lanes and keys the same way."""
    hint = _hint_after_down(qtbot, window)
    above, below = hint.split("  ")
    assert above == "▲ 1 more lane (↑, Shift+wheel)"
    assert below.startswith("▼ ") and below.endswith(" more lanes (↓, Shift+wheel)")


def _axis_colours(win) -> set[str]:
    """The colours painted in the axis band (its ticks and labels), its bottom line left out."""
    image = win.timeline.canvas.grab().toImage()
    return {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, int(AXIS_H) - 2)
    }


def test_a_search_finding_nothing_leaves_no_dates_of_the_search_before_on_the_axis(qtbot, window):
    """A walkthrough searched 2003年10月, then a word found nowhere: the chart said none match under an
    axis still reading 2003-10, 01 … 31, as if the word were looked for in that month. With nothing
    dated to place there is no axis (the chart folds to the line); a date searched that holds nothing is
    what the axis shows; Esc shows everything again, fitted."""
    canvas = window.timeline.canvas
    search(qtbot, window, "2026-03")
    assert len(_axis_colours(window)) > 2, "ticks and labels"
    search(qtbot, window, "zzzqqq")
    qtbot.waitUntil(lambda: canvas.frame is not None and canvas.frame.message == "No dated events match.")
    # folded to that line (nothing dated to place): no axis at all, no span of an earlier search
    assert canvas.folded and canvas.frame.ticks is None
    search(qtbot, window, "2030-01")
    qtbot.waitUntil(lambda: canvas.frame is not None and canvas.frame.message == "No dated events match.")
    first, last = canvas.visible_days()
    assert first <= dt.date(2030, 1, 1).toordinal() and dt.date(2030, 2, 1).toordinal() <= last
    assert last - first < 62, "the month searched, not the whole database"
    assert len(_axis_colours(window)) > 2, "the month searched is on the axis"
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # nothing chosen: Esc clears the search
    settle(qtbot, window)
    qtbot.waitUntil(lambda: canvas.frame is not None and bool(canvas.frame.hits))
    first, last = canvas.visible_days()
    assert first < dt.date(2025, 4, 10).toordinal() and last > dt.date(2026, 4, 1).toordinal()


def test_the_chart_and_the_line_above_it_count_the_same_events_in_view(qtbot, tmp_path, settings, ask):
    """At a million quotes the line above the chart read “622 of 33,234 dated events in view” and the
    chart under it “618 of 33,234 events in view — too many to draw one by one”: the chart left out the
    events of a day cut by the view's edge. Both count every event the view shows part of."""
    win = _dense_window(qtbot, tmp_path, settings, ask)
    canvas = win.timeline.canvas
    middle = sum(canvas.data.extent) // 2
    for cut in (0.2, 0.5, 0.7, 0.9):  # the view's edges cutting a day at different hours
        canvas.set_scale(TimeScale(middle + cut, 5.3))
        settle(qtbot, win)
        frame = _painted(qtbot, win)
        said = win.timeline.summary.text().split(" of ")[0]
        assert frame.message.startswith(f"{said} of ") and "too many to draw" in frame.message, (
            cut,
            said,
            frame.message,
        )


def test_space_opens_the_cluster_of_an_event_that_another_lane_draws_on_its_own(qtbot, window):
    """→ reached an event drawn inside a cluster in one lane (its ring on the cluster) and on its own in
    another; Space did nothing, as if it were not in a cluster at all."""
    canvas = window.timeline.canvas
    _painted(qtbot, window)
    canvas.setFocus()
    both = None
    for _ in range(40):
        _step_and_fit(qtbot, window)
        hits = _painted(qtbot, window).hits
        kinds = {h.kind for h in hits if canvas.selected in h.event_ids}
        if {"event", "cluster"} <= kinds:
            both = canvas.selected
            cluster = next(h for h in hits if h.kind == "cluster" and both in h.event_ids)
            break
    assert both is not None, (
        "an event of the bundled article is drawn alone in one lane, clustered in another"
    )
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    menu = canvas.cluster_menu
    assert menu is not None and menu.isVisible()
    assert menu.actions().index(menu.activeAction()) == cluster.event_ids.index(both)
    menu.close()


def test_the_axis_starts_right_of_the_lane_names(qtbot, window):
    """Every walkthrough screenshot showed 02, 03 (or 16 21 26) printed over the lanes' names."""
    canvas = window.timeline.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    _shown(qtbot, window)
    frame = _painted(qtbot, window)
    names = frame.layout.names_width
    assert canvas.scale.day(names) - canvas.scale.day(0) > 31, "a month or more lies under the names"
    assert frame.ticks is not None and frame.ticks.fine
    assert all(canvas.scale.x(t.day) >= names for t in frame.ticks.fine), "no tick or grid line there"
    labelled = [t for row in (frame.ticks.fine, frame.ticks.context) for t in row if t.label]
    assert all(t.left >= names for t in labelled), "no label over the names"
    image = canvas.grab().toImage()
    band = {image.pixel(x, y) for x in range(4, int(names) - 1) for y in range(4, int(AXIS_H) - 1)}
    assert len(band) == 1, "the axis's band above the names is bare"
