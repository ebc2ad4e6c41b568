"""A title typed in the review shows in its list of the articles to be saved: in the article's row and
in its tooltip (which holds each line whole, the row eliding them), with the counts of what is kept (after
a title typed, the row had counted unticked facts again, and the tooltip kept the old title)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline.library import read_article

from .test_import import WIRE

TITLE = "Harbour report"


def _untick_the_quotes(qtbot, dialog) -> None:
    """The facts' Quotes line unticked from the keyboard (↓ to it, Space)."""
    facts = dialog.facts
    facts.setFocus()
    model = facts.model()
    quotes = next(model.item(g) for g in range(model.rowCount()) if model.item(g).text().startswith("Quotes"))
    while facts.currentIndex() != quotes.index():
        qtbot.keyClick(facts, Qt.Key.Key_Down)
    qtbot.keyClick(facts, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: quotes.checkState() == Qt.CheckState.Unchecked)


def test_a_title_typed_shows_in_the_list_of_articles_to_save(qtbot):
    dialog = ReviewDialog([read_article(WIRE)])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    row = dialog.articles.item(0)
    _untick_the_quotes(qtbot, dialog)
    counts = row.text().split("\n")[-1]
    assert counts.endswith("0 quotes"), counts
    title = dialog.citation["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, TITLE)
    with qtbot.waitSignal(dialog.articles.itemChanged):
        qtbot.keyClick(title, Qt.Key.Key_Tab)  # on to the author: the title is set
    assert dialog.result_annotations()[0].title == TITLE
    lines = row.text().split("\n")
    assert lines[0] == TITLE and lines[-1] == counts, lines
    tip = row.toolTip().split("\n")
    assert tip[0] == TITLE and counts in tip, tip
