"""A fact clicked in the review's list is the one selected, and stays in view: at 1280×720 walk35 chose a
person, then clicked a quote at the foot of the scrolled list; the fields under the list grew shorter for
the quote, the list taller, and it scrolled while the button was down: the quote's fields were shown, but
the highlight was left on “Dated events (1)”, the line under the pointer by then."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from viewer.gui.review_dialog import KEY, ReviewDialog

from .conftest import shown_review
from .test_review_roles import click_fact

ROOT = Path(__file__).resolve().parents[2]
SMARTISAN = ROOT / "tests" / "fixtures" / "real" / "blind_mydrivers_smartisan.txt"


@pytest.fixture
def dialog(qtbot):
    # shorter than review_size makes it on a 1280×720 screen (1200×633), where the list of this article
    # now scrolls no more with a person chosen (walk35 #9)
    return shown_review(qtbot, SMARTISAN, (1200, 520))


def _quote_by(dialog: ReviewDialog, speaker: str) -> QModelIndex:
    model = dialog.facts.model()
    quotes = next(model.item(r) for r in range(model.rowCount()) if model.item(r).data(KEY) == "quotes")
    return next(
        quotes.child(i).index()
        for i in range(quotes.rowCount())
        if quotes.child(i).text().startswith(speaker)
    )


def _on_words(dialog: ReviewDialog, index: QModelIndex) -> QPoint:
    rect = dialog.facts.visualRect(index)
    return QPoint(rect.left() + 60, rect.center().y())


def _at_the_foot(qtbot, dialog: ReviewDialog) -> None:
    """A person chosen (their fields are the tallest), the list scrolled to its foot."""
    click_fact(qtbot, dialog, "崔玉贤")
    bar = dialog.facts.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the list scrolls at this size, once laid out
    bar.setValue(bar.maximum())


def _selected(dialog: ReviewDialog) -> list[QModelIndex]:
    return dialog.facts.selectionModel().selectedIndexes()


def _shown(dialog: ReviewDialog, index: QModelIndex) -> bool:
    return dialog.facts.viewport().rect().contains(dialog.facts.visualRect(index))


def test_a_quote_clicked_at_the_foot_of_the_list_is_the_one_selected(qtbot, dialog):
    _at_the_foot(qtbot, dialog)
    quote = _quote_by(dialog, "锤子科技")
    qtbot.mouseClick(dialog.facts.viewport(), Qt.MouseButton.LeftButton, pos=_on_words(dialog, quote))
    qtbot.waitUntil(lambda: dialog.facts.currentIndex() == quote)
    assert _selected(dialog) == [quote], [i.data() for i in _selected(dialog)]
    assert dialog.corrections.pages.currentWidget().isVisible()
    qtbot.waitUntil(lambda: _shown(dialog, quote))
    assert _selected(dialog) == [quote]


def test_a_hand_that_moves_a_little_while_clicking_keeps_the_row(qtbot, dialog):
    _at_the_foot(qtbot, dialog)
    quote = _quote_by(dialog, "锤子科技")
    at = _on_words(dialog, quote)
    viewport = dialog.facts.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.wait(1)  # (what the event loop does between a press and a release: nothing to wait for)
    qtbot.mouseMove(viewport, at + QPoint(2, 1))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at + QPoint(2, 1))
    qtbot.waitUntil(lambda: _shown(dialog, quote))
    assert dialog.facts.currentIndex() == quote and _selected(dialog) == [quote]


def test_a_box_clicked_at_the_foot_of_the_list_unticks_its_own_line(qtbot, dialog):
    _at_the_foot(qtbot, dialog)
    quote = _quote_by(dialog, "锤子科技")
    rect = dialog.facts.visualRect(quote)
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())  # the box, first on the line
    with qtbot.waitSignal(dialog.undo_stack.indexChanged):
        qtbot.mouseClick(dialog.facts.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert dialog.ticks[0] == {("quotes", quote.data(KEY))}, dialog.ticks[
        0
    ]  # (its box: not chosen, as in Qt)
