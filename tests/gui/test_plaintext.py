"""Text from the database is shown literally: markup is never interpreted or fetched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from viewer.core.filters import Filter
from viewer.core.repository import Repository
from viewer.gui.main_window import MainWindow
from viewer.gui.models import QuoteModel
from viewer.gui.session import InlineRunner
from viewer.pipeline.build import build_database

from ..conftest import TINY_ANNOTATION, TINY_ARTICLE, write_tiny_sources
from .conftest import settle

PAYLOAD = '<img src="http://example.invalid/x.png"><b>粗体</b>'


def _payload_db(tmp_path):
    article = TINY_ARTICLE.replace("感谢大家,我会想念这里。", f"感谢大家{PAYLOAD}。")
    annotation = TINY_ANNOTATION.replace('text = "感谢大家,我会想念这里。"', f"text = '感谢大家{PAYLOAD}。'")
    annotation = annotation.replace('name = "李四"', 'name = "<i>李四</i>"').replace(
        "李四加入测试公司", "<i>李四</i>加入测试公司"
    )
    article = article.replace("李四加入测试公司", "<i>李四</i>加入测试公司")
    path = write_tiny_sources(tmp_path / "src", article, annotation)
    db = tmp_path / "payload.db"
    build_database([path], db)
    return db


def test_markup_in_quotes_names_and_articles_is_shown_literally(qtbot, tmp_path, ask, settings):
    db = _payload_db(tmp_path)
    with Repository(db) as repo:
        model = QuoteModel()
        model.set_source(InlineRunner(repo), Filter())
        texts = [model.index(r, 3).data() for r in range(model.rowCount())]
        assert f"感谢大家{PAYLOAD}。" in texts
        tip = model.index(texts.index(f"感谢大家{PAYLOAD}。"), 3).data(Qt.ItemDataRole.ToolTipRole)
        assert "<img" not in tip and "&lt;img src=&quot;http://example.invalid/x.png&quot;&gt;" in tip
    win = MainWindow(settings, ask)
    qtbot.addWidget(win)
    win.show()
    win.open_database(db)
    settle(qtbot, win)
    assert PAYLOAD in win.article.text.toPlainText()
    names = [win.entity_model.index(r, 0).data() for r in range(win.entity_model.rowCount())]
    row = next(i for i, n in enumerate(names) if n.startswith("<i>李四</i>"))
    win.people.list.setCurrentIndex(win.entity_model.index(row, 0))
    settle(qtbot, win)
    assert win.people.name.text().startswith("<i>李四</i>")
    assert win.people.name.textFormat() == Qt.TextFormat.PlainText
    assert win.people.info.textFormat() == Qt.TextFormat.PlainText
    assert win.article.header.textFormat() == Qt.TextFormat.PlainText


def test_an_article_without_a_headline_is_headed_by_its_file_as_cited(qtbot):
    from viewer.core.records import Article
    from viewer.gui.panes.article_pane import ArticlePane

    pane = ArticlePane()
    qtbot.addWidget(pane)
    pane.show_article(Article(1, "", "", "", "2023-11-07*", "en", "0" * 64, "Body.", "pulse_idris.txt"))
    assert pane.header.text().splitlines()[0] == "pulse_idris.txt"
