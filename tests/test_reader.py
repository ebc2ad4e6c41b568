"""Reading article files: encodings, refusals, HTML and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from viewer.core.errors import UserError
from viewer.pipeline.reader import read_source

TEXT = "阿里巴巴CEO吴泳铭表示：“我们会继续投入。”\n本周五，公司宣布人事调整。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    text = (
        TEXT * 8 if encoding != "big5" else "臺灣證券交易所發布公告，董事會表示：「我們將繼續營運。」\n" * 8
    )
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    source = read_source(path)
    assert source.text == text
    assert source.raw == path.read_bytes()


def test_crlf_becomes_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("gb18030"))
    assert read_source(path).text == TEXT


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UserError, match="binary"):
        read_source(path)


def test_large_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("字" * 400)
    with pytest.raises(UserError, match="too large"):
        read_source(path, max_bytes=1000)


def test_too_much_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("字" * 200_001, encoding="utf-8")
    with pytest.raises(UserError, match="more than one article"):
        read_source(path)


def test_unknown_suffix_and_missing_file_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError, match="not an article"):
        read_source(tmp_path / "a.pdf")
    with pytest.raises(UserError, match="cannot read"):
        read_source(tmp_path / "gone.txt")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("  \n\n")
    with pytest.raises(UserError, match="no text"):
        read_source(tmp_path / "a.md")


def test_html_keeps_words_and_blocks_drops_scripts(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>标题 &amp; 副题</title><style>p{}</style></head><body>"
        "<script>var x = '<p>no</p>';</script><h1>标题 &amp; 副题</h1>"
        "<p>第一段<b>加粗</b>文字。</p><div>第二段</div></body></html>",
        encoding="utf-8",
    )
    assert read_source(path).text == "标题 & 副题\n第一段加粗文字。\n第二段"


def test_html_title_is_kept_when_the_body_lacks_it(tmp_path: Path) -> None:
    path = tmp_path / "a.htm"
    path.write_text("<title>Board names new CEO</title><p>Body text.</p>", encoding="utf-8")
    assert read_source(path).text == "Board names new CEO\nBody text."


def test_markdown_markup_is_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# 标题\n\n> 引用 **加粗** 与 [链接](http://x.test) ![图](a.png)\n", encoding="utf-8")
    assert read_source(path).text == "标题\n\n引用 加粗 与 链接 图\n"
