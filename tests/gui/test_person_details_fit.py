"""The person details at 1280×720 and the panes' sizes the user gives (walkthrough: at 1280×720 a chosen
person's roles scrolled over two of their events; after an import the people pane widened again over the
sizes the user had dragged the panes to)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from viewer import paths

from .conftest import settle
from .test_first_window import WINDOW_ON_X11
from .test_keyboard import _run_on_x11
from .test_people_names import MILLOY, import_and_fit

XINGHE = MILLOY.parents[1] / "articles" / "wire_xinghe.txt"

CHOSEN_AT_1280X720 = (
    WINDOW_ON_X11
    + """
win = start_window(Namespace(db=sys.argv[2]), QSettings(sys.argv[1], QSettings.Format.IniFormat))
assert wait_until(lambda: win.built and win.windowHandle() is not None and win.windowHandle().isExposed())
assert wait_until(lambda: not win.busy())
canvas = win.timeline.canvas  # the first window's last step: room for the lanes once drawn
assert wait_until(lambda: canvas.frame is not None and canvas.frame.layout is not None)
people = win.people
people.list.setFocus()
for _ in range(40):  # Down through the people list until 林俊旸 is chosen
    QTest.keyClick(people.list, Qt.Key.Key_Down)
    assert wait_until(lambda: not win.busy())
    if people.name.text().startswith("林俊旸"):
        break
assert wait_until(lambda: not win.busy() and people.events_model.rowCount() >= 3)
for _ in range(20):
    app.processEvents()
row = people.events_view.verticalHeader().defaultSectionSize()
line = people.info.fontMetrics().lineSpacing()
print(people.name.text())
print(people.events_view.viewport().height() / row, people.info_scroll.height() / line)
"""
)


def test_at_1280x720_a_chosen_persons_roles_and_three_events_are_read(x_display, tmp_path, bundled_copy):
    out = _run_on_x11(x_display, CHOSEN_AT_1280X720, str(tmp_path / "s.ini"), str(bundled_copy))
    name, sizes = out.splitlines()
    events, roles = (float(x) for x in sizes.split())
    assert name.startswith("林俊旸")
    assert events >= 2.9, f"{events:.2f} rows of their events"
    assert roles >= 2.9, f"{roles:.2f} lines of their roles"


def _drag_separator(qtbot, win, at: QPoint, by: int, moved) -> None:
    """Drag the separator at `at` across by `by` pixels, as the mouse does (Qt moves it on its next turn)."""
    qtbot.mouseMove(win, at)
    qtbot.mousePress(win, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(win, at + QPoint(by, 0))
    qtbot.waitUntil(moved)
    qtbot.mouseRelease(win, Qt.MouseButton.LeftButton, pos=at + QPoint(by, 0))


def test_the_pane_sizes_the_user_dragged_stay_through_an_import_and_another_database(
    qtbot, window, ask, bundled_copy, monkeypatch, tmp_path
):
    """The user narrows the article pane by its separator; an import of an article with long names (which
    widens the people pane of a window nobody has sized) and opening another database keep both panes."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    settle(qtbot, window)
    people, article = window.docks["personDock"], window.docks["articleDock"]
    before = article.width()
    at = QPoint(article.geometry().left() - 3, article.geometry().center().y())
    _drag_separator(qtbot, window, at, 60, lambda: article.width() != before)
    sizes = (people.width(), article.width())
    assert sizes[1] < before
    import_and_fit(qtbot, window, ask, MILLOY)
    assert (people.width(), article.width()) == sizes, "the import kept the user's sizes"
    ask.open_answer = bundled_copy
    with qtbot.waitSignal(window.peopleFitted, timeout=30000):
        window.open_action.trigger()  # File → Open Database…
    settle(qtbot, window)
    assert (people.width(), article.width()) == sizes, "so did another database"


def test_the_people_pane_nobody_sized_keeps_its_width_through_the_next_imports(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """A walkthrough imported article after article and saw the people pane, never dragged, widen 8-14 px at
    each (the library's longest name grew with each): fitted when the library first shows, it then stays."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    settle(qtbot, window)
    people = window.docks["personDock"]
    import_and_fit(qtbot, window, ask, XINGHE)  # the library is opened: its names fit the pane
    width = people.width()
    import_and_fit(qtbot, window, ask, MILLOY)  # longer names than any before
    assert window.fit_people, "nobody sized the panes"
    assert people.width() == width, "the second import moved the people pane"
    window.reload_action.trigger()  # File → Reload Database (F5)
    settle(qtbot, window)
    assert people.width() == width, "reading the library again moved it"
