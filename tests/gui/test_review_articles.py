"""The review's list of articles shows each one whole at the sizes the dialog takes (the GUI walkthrough)."""

from __future__ import annotations

from pathlib import Path

import pytest
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
