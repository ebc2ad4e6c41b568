"""The review's list of articles shows each one whole at the sizes the dialog takes (the GUI walkthrough)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from viewer.gui.review_dialog import ReviewDialog
from viewer.pipeline.library import read_article

REAL = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "real"


@pytest.mark.parametrize("size", [(1200, 620), (1280, 800)])
def test_a_long_file_name_does_not_push_the_article_out_of_its_list(qtbot, size):
    """At 1280×720 and 1600×1000 the walkthrough saw blindab_taiwanhot_xuyaochang.txt cut at its list's
    edge, its title cut mid-word and the counts at “1 qu”, with a scroll bar under them: the file name,
    one long word, made the row wider than the list."""
    d = ReviewDialog([read_article(REAL / "blindab_taiwanhot_xuyaochang.txt")])
    qtbot.addWidget(d)
    d.resize(*size)
    d.show()
    view = d.article_list
    index = d.articles.index(0, 0)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > 0)
    assert view.horizontalScrollBar().maximum() == 0, "the row is wider than its list"
    assert view.visualRect(index).right() <= view.viewport().width()


@pytest.mark.parametrize("size", [(1200, 620), (1280, 800)])
def test_each_article_reads_a_line_at_a_time_its_counts_never_broken(qtbot, size):
    """The walkthrough saw the list wrap its rows: “· 1” at one line's end and “quote” on the next. Each
    of title, file and counts is a line of its own, elided where too long (the tooltip holds it whole),
    and the counts fit whole beside the check box."""
    files = [
        "blindab_taiwanhot_xuyaochang.txt",
        "blindaq_weatherfanatics_milloy.txt",
        "blind_baron_rashbass.txt",
    ]
    d = ReviewDialog([read_article(REAL / name) for name in files])
    qtbot.addWidget(d)
    d.resize(*size)
    d.show()
    view = d.article_list
    qtbot.waitUntil(lambda: view.visualRect(d.articles.index(2, 0)).height() > 0)
    line = view.fontMetrics().lineSpacing()
    for row in range(d.articles.rowCount()):
        index = d.articles.index(row, 0)
        rect = view.visualRect(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a reader does
        qtbot.waitUntil(lambda index=index: view.currentIndex() == index)
        lines = index.data().split("\n")
        assert rect.height() < (len(lines) + 1) * line, f"row {row} wrapped: {rect.height()} px for {lines}"
        counts = lines[-1]
        assert counts.endswith(("quote", "quotes")) and "·" in counts
        check = view.style().pixelMetric(view.style().PixelMetric.PM_IndicatorWidth)
        assert view.fontMetrics().horizontalAdvance(counts) + check + line <= rect.width(), counts
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert all(part in tip for part in lines), "the tooltip holds every line whole"
