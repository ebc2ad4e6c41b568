"""The article's header names every writer its byline credits, listed as the interface's language lists
names (walk35 #4: “By VERENA DOBNIK and DAVID CARUSO” showed VERENA DOBNIK alone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer import paths
from viewer.gui import i18n
from viewer.pipeline.library import import_files

from .conftest import settle
from .test_back_to_the_last_search import search_by_keys

AP = (
    "Rain cripples New York City transit By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers\n"
    "Wednesday, August 8, 2007\n\n"
    "NEW YORK - A torrential downpour sent water through the subway, Gov. Eliot Spitzer said.\n"
)
XINHUA = (
    "阿里巴巴宣布新任命\n2025-03-04 10:00\n作者：王高飞、陈庆洋\n\n"
    "新华社北京3月4日电 阿里巴巴集团4日宣布，吴泳铭将兼任首席执行官。“我们会继续投入。”吴泳铭说。\n"
)


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def _library(tmp_path: Path, bundled: Path) -> Path:
    """A library of the two articles, as `events-cli import --db bylines.db` makes it."""
    (tmp_path / "ap.txt").write_text(AP, encoding="utf-8")
    (tmp_path / "xinhua.txt").write_text(XINHUA, encoding="utf-8")
    library = tmp_path / "bylines.db"
    report = import_files([tmp_path / "ap.txt", tmp_path / "xinhua.txt"], library, bundled, empty=True)
    assert sorted(report.added) == ["ap.txt", "xinhua.txt"]
    return library


def _open(qtbot, window, ask, path: Path) -> None:
    """File → Open Database…, the file chosen in the dialog."""
    ask.open_answer = path
    window.menuBar().actions()[0].menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: window.controller.repo is not None and window.controller.repo.path == path)
    settle(qtbot, window)


def _byline(qtbot, window, ask, tmp_path, bundled, query: str, title: str) -> str:
    """The header's second line once a search shows the article titled `title`."""
    _open(qtbot, window, ask, _library(tmp_path, bundled))
    search_by_keys(qtbot, window, query)
    qtbot.waitUntil(lambda: window.article.header.text().startswith(title))
    return window.article.header.text().split("\n")[1]


def test_every_writer_of_a_byline_is_named(qtbot, window, ask, bundled_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    line = _byline(qtbot, window, ask, tmp_path, bundled_copy, "Spitzer", "Rain cripples")
    assert line.startswith("Verena Dobnik, David Caruso"), line


def test_in_chinese_the_writers_are_listed_with_the_enumeration_comma(
    qtbot, chinese, window, ask, bundled_copy, tmp_path, monkeypatch
):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    line = _byline(qtbot, window, ask, tmp_path, bundled_copy, "首席执行官", "阿里巴巴宣布新任命")
    assert line.startswith("王高飞、陈庆洋"), line
