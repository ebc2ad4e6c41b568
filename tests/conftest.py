"""Shared fixtures: the bundled database, tiny databases built in a temp folder."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_real_library(tmp_path_factory, monkeypatch) -> None:
    """No test reads or writes the user's real library: each gets a fresh, absent one."""
    monkeypatch.setenv("EVENTS_VIEWER_LIBRARY", str(tmp_path_factory.mktemp("library") / "library.db"))


ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
BUNDLED_DB = ROOT / "data" / "events.db"

TINY_ARTICLE = textwrap.dedent("""\
    测试新闻:张三离职

    测试社
    2026-03-07 11:16

    3月4日消息,测试公司CEO张三宣布离职。他表示:“感谢大家,我会想念这里。”
    随后,测试公司称:团队一切正常。
    2025年12月,李四加入测试公司。网络流传“集体离职”。
    """)

TINY_ANNOTATION = textwrap.dedent("""\
    [article]
    source = "tiny.txt"
    title = "测试新闻:张三离职"
    author = "测试社"
    publisher = "测试社"
    published = "2026-03-07 11:16"

    [[orgs]]
    key = "co"
    name = "测试公司"
    name_latin = "Test Co"

    [[persons]]
    key = "zhang"
    name = "张三"
    aliases = ["老张"]
    roles = [{ title = "CEO", org = "co", text = "测试公司CEO" }]

    [[persons]]
    key = "li"
    name = "李四"

    [[events]]
    key = "left"
    text = "3月4日消息,测试公司CEO张三宣布离职。"
    date = "3月4日"
    summary = "张三宣布离职"
    persons = ["zhang"]
    orgs = ["co"]

    [[events]]
    key = "joined"
    text = "2025年12月,李四加入测试公司。"
    date = "2025年12月"
    summary = "李四加入测试公司"
    persons = ["li"]

    [[quotes]]
    key = "thanks"
    speaker = "zhang"
    speaker_role = "CEO"
    kind = "direct"
    text = "感谢大家,我会想念这里。"
    event = "left"

    [[quotes]]
    key = "co_ok"
    speaker = "co"
    kind = "reported"
    text = "团队一切正常。"
    date = "随后"
    after = "left"

    [[claims]]
    key = "rumour"
    text = "集体离职"
    attributed_to = "网络流传"
    status = "rumour"
    """)


def write_tiny_sources(folder: Path, article: str = TINY_ARTICLE, annotation: str = TINY_ANNOTATION) -> Path:
    """An article and its annotation in a folder; returns the annotation path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tiny.txt").write_text(article, encoding="utf-8")
    path = folder / "tiny.toml"
    path.write_text(annotation, encoding="utf-8")
    return path


@pytest.fixture
def tiny_db(tmp_path: Path) -> Path:
    """A database built from the tiny article."""
    from viewer.pipeline.build import build_database

    annotation = write_tiny_sources(tmp_path / "src")
    out = tmp_path / "tiny.db"
    build_database([annotation], out)
    return out


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A copy of the bundled database, for tests that must not touch the real one."""
    target = tmp_path / "events.db"
    shutil.copy(BUNDLED_DB, target)
    return target


@pytest.fixture
def repo():
    """The bundled database, read-only."""
    from viewer.core.repository import Repository

    with Repository(BUNDLED_DB) as r:
        yield r
