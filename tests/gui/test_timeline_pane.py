"""The timeline chart, driven headless: clicks, ranges, keys, lanes, linking, state, scale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QSettings, Qt
from viewer.gui.main_window import MainWindow
from viewer.timeline.data import DETAIL_MAX
from viewer.timeline.layout import assign_lanes
from viewer.timeline.scale import fit

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


def test_keys_move_between_events_zoom_and_fit(qtbot, window):
    canvas = window.timeline.canvas
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


def test_a_large_database_is_drawn_as_density_and_memory_stays_flat(qtbot, tmp_path, settings, ask):
    from viewer.pipeline.synth import synth_database

    db = tmp_path / "synth.db"
    synth_database(db, persons=300, events=20000, quotes=2000, seed=9)
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.open_database(db)
    settle(qtbot, win)
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
        "after 2026-03-04 (day precision, 2026-03-04..2026-03-07, year inferred from the publication date); "
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
