"""The review's list of articles counts what would be saved of each: unticking a person or a group of
quotes lowers its counts at once, and Undo raises them again (walk32: the line still read “10 people ·
1 event · 3 quotes” after two quotes and a person were unticked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline.library import read_article

from .test_import import WIRE, _group


def test_the_article_line_counts_what_is_left_ticked(qtbot):
    dialog = ReviewDialog([read_article(WIRE)])
    qtbot.addWidget(dialog)
    ann = dialog.annotations[0]
    line = dialog.articles.item(0)
    assert f"{len(ann.quotes)} quote" in line.text()
    _group(dialog.facts.model(), "Quotes").setCheckState(Qt.CheckState.Unchecked)
    assert "0 quotes" in line.text(), line.text()
    dialog.undo_stack.undo()
    assert f"{len(ann.quotes)} quote" in line.text()
