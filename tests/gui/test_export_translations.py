"""A quote printed twice, with a translation after each printing, is exported and copied with both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from .conftest import search, settle

FIRST, SECOND = "我辞职了,再见了我爱的qwen", "我将卸任,再见我亲爱的"


def _choose_the_only_quote(qtbot, window) -> None:
    search(qtbot, window, '"bye my beloved"')
    view = window.quotes.view
    assert window.quote_model.rowCount() == 1
    rect = view.visualRect(window.quote_model.index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)
    assert len(window.quotes.selected_quote_ids()) == 1


def test_markdown_shows_each_translation_the_citation_counts(qtbot, window, ask, tmp_path):
    """The walkthrough exported 林俊旸's “me stepping down. bye my beloved qwen.” as Markdown: its source
    line cited two translations (285–300 and 1081–1092) but the quote showed only the first; the
    second, 我将卸任,再见我亲爱的, was nowhere (CSV and JSON have both)."""
    _choose_the_only_quote(qtbot, window)
    ask.export_answer = (tmp_path / "q.md", "md")
    window.export_action.trigger()
    text = (tmp_path / "q.md").read_text(encoding="utf-8")
    assert f"> ({FIRST})" in text and f"> ({SECOND})" in text
    assert text.index(FIRST) < text.index(SECOND) < text.index("translation 1081–1092")
    assert not ask.errors


def test_a_copied_quote_carries_each_of_its_translations(qtbot, window):
    _choose_the_only_quote(qtbot, window)
    window.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert f"“me stepping down. bye my beloved qwen.” ({FIRST}) ({SECOND})\n" in text
