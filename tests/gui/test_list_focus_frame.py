"""A list holding the keyboard is framed in the focus colour, as the article and the timeline are (F6 to the
quotes showed only a thin frame round one cell, #2b3a55 on #1c1e21 in the dark palette, barely seen; the
people list the same: seen by the GUI walkthrough at 1600×1000)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication
from viewer.gui.colours import contrast


def _edge_pixel(view: QAbstractItemView) -> QColor:
    """The colour at the middle of the left edge of the list's rows."""
    viewport = view.viewport().geometry()
    return view.grab().toImage().pixelColor(QPoint(viewport.left(), viewport.center().y()))


def _f6_to(qtbot, window, view) -> None:
    """F6 from the search box, as a keyboard user moves between panes."""
    window.find_action.trigger()
    for _ in range(6):
        if QApplication.focusWidget() is view:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is view


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("which", ["quotes", "people"])
def test_a_list_holding_the_keyboard_is_framed_in_a_colour_that_stands_out(qtbot, window, mode, which):
    window.appearance_actions[mode].trigger()
    try:
        view = window.quotes.view if which == "quotes" else window.people.list
        role = QPalette.ColorRole.Base
        qtbot.waitUntil(lambda: view.palette().color(role) == QApplication.palette().color(role))
        window.search.setFocus()
        unlit = _edge_pixel(view)
        _f6_to(qtbot, window, view)
        qtbot.waitUntil(lambda: _edge_pixel(view) != unlit)
        lit = _edge_pixel(view)
        palette = view.palette()
        for around in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast(lit, palette.color(around)) >= 3.0, (mode, which, lit.name())
        qtbot.keyClick(view, Qt.Key.Key_F6)  # on to the next pane: the frame goes
        assert QApplication.focusWidget() is not view
        qtbot.waitUntil(lambda: _edge_pixel(view) == unlit)
    finally:
        window.appearance_actions["system"].trigger()


def test_the_frame_lets_clicks_and_the_wheel_through_to_the_rows(qtbot, window):
    view = window.quotes.view
    _f6_to(qtbot, window, view)
    row = view.visualRect(view.model().index(2, 3)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, row.y()))
    assert view.currentIndex().row() == 2


def _choose_in_people(qtbot, window, name: str) -> None:
    """↓ through the people list, as a keyboard user does, to the row starting with name."""
    people = window.people.list
    _f6_to(qtbot, window, people)
    model = window.entity_model
    rows = [model.index(r).data() for r in range(model.rowCount())]
    target = next(i for i, row in enumerate(rows) if row.startswith(name))
    while people.currentIndex().row() != target:
        qtbot.keyClick(people, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.people.name.text().startswith(name))


def _framed(window, widget) -> bool:
    """The window's focus frame is drawn over the widget's viewport."""
    return any(
        frame.view is widget and frame.isVisible() and frame.geometry() == widget.viewport().geometry()
        for frame in window.focus_frames
    )


@pytest.mark.parametrize(("name", "short"), [("中国移动", True), ("林俊旸", False)])
def test_tab_from_the_people_list_lands_where_the_keyboard_shows(qtbot, window, name, short):
    """A walkthrough at 1600×1000 pressed Tab from the people list with 中国移动 chosen: the keyboard went to
    the scroll area round its one line (机构), which showed nothing of holding it; Tab again reached the
    tabs. Where the chosen one's lines fit, Tab goes on to the tabs; where they scroll (林俊旸's roles in a
    short pane), Tab stops on them to scroll with ↑/↓ and the lines are framed."""
    window.resize(1280, 720)
    _choose_in_people(qtbot, window, name)
    people, scroll = window.people.list, window.people.info_scroll
    qtbot.waitUntil(lambda: (scroll.verticalScrollBar().maximum() == 0) == short)
    qtbot.keyClick(people, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    if short:
        assert focused is not scroll and window.people.isAncestorOf(focused), focused.objectName()
        assert focused.objectName() == "qt_tabwidget_tabbar"
    else:
        assert focused is scroll
        qtbot.waitUntil(lambda: _framed(window, scroll))
        qtbot.keyClick(scroll, Qt.Key.Key_Down)
        assert scroll.verticalScrollBar().value() > 0, "↓ scrolls the lines"


def test_every_stop_of_tab_through_a_chosen_person_has_a_name_to_say(qtbot, window):
    """The keyboard walkthrough at 1280×720 pressed Tab through the window with 林俊旸 chosen: it stopped on
    the scroll area round his roles, which had no accessible name (a screen reader said nothing there). Every
    stop now has one, and the roles' lines are its description."""
    window.resize(1280, 720)
    _choose_in_people(qtbot, window, "林俊旸")
    scroll = window.people.info_scroll
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    stops = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.people.list:  # round the window once
            break
        if focused.objectName() != "qt_tabwidget_tabbar":  # (a tab bar says its current tab)
            stops.append((focused.objectName(), focused.accessibleName()))
    assert ("personInfoScroll", "Roles and note") in stops, stops
    assert all(name for _, name in stops), stops
    assert "阿里巴巴集团" in scroll.accessibleDescription(), "his roles, as the lines print them"


def test_the_review_frames_the_list_that_holds_the_keyboard(qtbot):
    """The zh_CN keyboard walkthrough of an import's review lost the keys between its list of articles and
    its list of facts: the chosen rows look alike in both, and Enter saved the import from one and not the
    other. The one holding the keyboard is framed, as the window's lists are."""
    from pathlib import Path

    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    wire = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "wire_xinghe.txt"
    dialog = ReviewDialog([read_article(wire)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    articles, facts = dialog.article_list, dialog.facts
    assert QApplication.focusWidget() is articles  # a dated article's review opens at its list
    qtbot.waitUntil(lambda: articles.viewport().height() > 0 and facts.viewport().height() > 0)
    articles_lit, facts_unlit = _edge_pixel(articles), _edge_pixel(facts)
    qtbot.keyClick(articles, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is facts
    qtbot.waitUntil(lambda: _edge_pixel(facts) != facts_unlit, timeout=2000)
    lit = _edge_pixel(facts)
    assert contrast(lit, facts.palette().color(QPalette.ColorRole.Base)) >= 3.0, lit.name()
    assert _edge_pixel(articles) != articles_lit, "the list left is no longer framed"
    assert lit == articles_lit, "the same frame on either list"
