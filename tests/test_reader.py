"""Reading article files: encodings, refusals, HTML and Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from viewer.core.errors import UserError
from viewer.pipeline.reader import Page, read_page, read_source

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


# --- web pages: the reader's text against trafilatura's (issue 15; scripts/measure_html.py) ----

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_a_page_keeps_its_byline_source_line_and_related_briefs() -> None:
    # trafilatura's main text drops all three: 26 of the page's 34 annotated spans are left
    text = read_source(FIXTURES / "blind2" / "blind2_finance_zh.html").text
    assert "作者：鲁佳宁" in text and "来源：金穗财经" in text
    assert "6月10日消息，曜辰科技与德国家电零售商诺德曼集团签署欧洲独家分销协议" in text


def test_a_page_keeps_its_dateline_and_visible_byline() -> None:
    text = read_source(FIXTURES / "pages" / "ap_nyc_rain_2007.html").text
    assert "By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers" in text
    assert "Wednesday, August 8, 2007" in text


def test_a_page_declares_its_author_and_day_in_meta_tags() -> None:
    source = read_source(FIXTURES / "pages" / "guardian_reuters_2003.html")
    assert (source.author, source.published) == ("", dt.date(2003, 10, 8))  # its JSON-LD author is an org
    source = read_source(FIXTURES / "pages" / "ap_nyc_rain_2007.html")
    assert (source.author, source.published) == ("Verena Dobnik", dt.date(2007, 8, 8))


def test_a_page_with_no_meta_tags_declares_nothing() -> None:
    source = read_source(FIXTURES / "blind6" / "blind6_de_business_en.html")
    assert (source.author, source.published) == ("", None)


def _page(head: str, body: str = "<h1>Board names chief</h1><p>The board met on Monday.</p>") -> Page:
    return read_page(f"<html><head>{head}</head><body>{body}</body></html>")


def test_json_ld_gives_the_author_and_day_when_no_meta_tag_does() -> None:
    ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle",'
        ' "datePublished": "2025-11-05T07:45:00+01:00", "author": [{"@type": "Person", "name": "Ann Lee"}]}]}'
        "</script>"
    )
    assert (_page(ld).author, _page(ld).published) == ("Ann Lee", dt.date(2025, 11, 5))
    meta = (
        '<meta name="author" content="Bo Park"><meta property="article:published_time" content="2024-01-02">'
    )
    assert (_page(meta + ld).author, _page(meta + ld).published) == ("Bo Park", dt.date(2024, 1, 2))


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>',
        '<script type="application/ld+json">' + "[" * 100_000 + "</script>",
        '<script type="application/ld+json">["x", 3, {"@type": 7, "author": {"name": 5}}]</script>',
        '<meta property="article:published_time" content="2025-13-45T00:00">',
        '<meta property="article:published_time" content="yesterday"><meta name="author" content="">',
        '<meta name="author" content="https://www.facebook.com/someone">',
    ],
    ids=[
        "cut JSON-LD",
        "JSON-LD nested deep",
        "JSON-LD of odd types",
        "no such day",
        "no date",
        "an address",
    ],
)
def test_malformed_page_metadata_is_ignored(head: str) -> None:
    page = _page(head)
    assert (page.text, page.author, page.published) == (
        "Board names chief\nThe board met on Monday.",
        "",
        None,
    )


def test_a_page_without_body_is_read_from_its_title_or_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>Board names chief</title></head></html>", encoding="utf-8")
    assert read_source(path).text == "Board names chief"
    path.write_text('<html><head><meta name="author" content="Bo Park"></head></html>', encoding="utf-8")
    with pytest.raises(UserError, match="no text"):
        read_source(path)


def test_a_page_whose_charset_is_wrong_is_read_by_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_bytes(('<meta charset="utf-8"><h1>董事会任命新总裁</h1><p>' + TEXT + "</p>").encode("gb18030"))
    assert "阿里巴巴CEO吴泳铭表示" in read_source(path).text


def test_a_huge_page_is_read_within_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    chrome = '<div class="related"><a href="/x">Another story</a></div>' * 60_000
    path.write_text(f"<h1>Board names chief</h1><p>{TEXT}</p>{chrome}", encoding="utf-8")
    with pytest.raises(UserError, match="more than one article"):
        read_source(path)
    path.write_text(f"<h1>Board names chief</h1><p>{TEXT}</p>{'<span>' * 400_000}", encoding="utf-8")
    assert read_source(path).text.startswith("Board names chief\n阿里巴巴")


def test_readers_comments_and_cookie_banners_are_chrome() -> None:
    text = read_source(FIXTURES / "pages" / "ap_nyc_rain_2007.html").text
    assert "Three hours to get to work" not in text and "We use cookies" not in text
    text = read_source(FIXTURES / "blind4" / "blind4_newsletter_en.html").text
    assert "47 Comments" not in text and "Subscribe for free" not in text
    assert "Disclosure: I do not own shares in any company mentioned in this post." in text


def test_an_opinion_piece_is_not_taken_for_a_comment_section() -> None:
    page = read_page('<div class="content content--comment"><h1>Why I resigned</h1><p>It was time.</p></div>')
    assert page.text == "Why I resigned\nIt was time."


def test_a_sites_closing_links_are_no_part_of_the_text() -> None:
    """The GUI walkthrough: an AP page imported ended "…redistributed.⏎About⏎Privacy⏎Terms" in the article
    pane. A line of the story that is only such a word is kept when the story goes on after it."""
    page = read_page(
        "<html><body><h1>Rain</h1><p>Subways stopped.</p><h2>About</h2><p>The city said so.</p>"
        "<footer><p>© 2007 AP.</p><ul><li><a href='/about'>About</a></li><li><a>Privacy</a></li>"
        "<li><a>Terms</a></li><li><a>联系我们</a></li></ul></footer></body></html>"
    )
    assert page.text.split("\n") == ["Rain", "Subways stopped.", "About", "The city said so.", "© 2007 AP."]
