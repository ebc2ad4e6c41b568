"""Where an article was found: its web address is kept, cited, and dates a text that prints no date."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from viewer import paths
from viewer.cli import main
from viewer.core.repository import Repository
from viewer.export import citations, to_markdown, to_text
from viewer.pipeline.address import OBJECT_ID, day_in_address, month_in_address
from viewer.pipeline.library import extract_article, import_files, read_article
from viewer.pipeline.reader import Source, read_page

from .conftest import ROOT

UNDATED = (
    "日官房长官:私人行程\n\n记者雷光涵/即时报导\n\n"
    "木原稔周一表示,台湾方面说明是私人行程。王毅周日举行记者会。王毅说：“我们坚决反对。”\n"
)
WBRC = "https://www.wbrc.com/2026/03/09/leeds-residents-struggling-with-flooding-issues/"


@pytest.mark.parametrize(
    ("address", "day"),
    [
        (WBRC, "2026-03-09"),
        ("http://zqb.cyol.com/html/2018-03/21/nw.D110000zgqnb_20180321_5-02.htm", "2018-03-21"),
        ("http://money.zgjrw.com/kx/2021/1029/7185.html", "2021-10-29"),
        ("http://www.amss.cas.cn/xwdt/cmsm/201911/t20191127_5443717.html", "2019-11-27"),
        ("http://medford.wickedlocal.com/news/20171228/meet-eva-wagner/1", "2017-12-28"),
        ("https://x.org/a/2019/02/30/b/2019/03/01/", "2019-03-01"),  # no 30 February: the next day printed
        ("https://www.spokesman.com/stories/2007/jan/07/nation-in-brief", "2007-01-07"),  # set F
        ("https://www.theguardian.com/media/2003/oct/08/reuters.pressandpublishing", "2003-10-08"),  # dev
        ("https://x.in/articles/2020/December/8/story?utm_medium=rss", "2020-12-08"),
        ("https://x.in/articles/2020/sept/30/", "2020-09-30"),
        ("https://www.latimes.com/archives/la-xpm-1997-jul-21-mn-14807-story.html", "1997-07-21"),  # set AM
        ("http://www.longxian.gov.cn/art/2023/7/31/art_4229_1650557.html", "2023-07-31"),  # set BB
        ("https://www.chattanoogan.com/2021/8/25/433496/Mackey-Says.aspx", "2021-08-25"),  # set AG
        ("https://x.com/news/2024/3/5/flood-recap-since-2023-12-01/", "2024-03-05"),  # the first printed
        ("https://cncx.gov.cn/news/show/20220616174109462.html", "2022-06-16"),  # set AV: year to second
    ],
)
def test_a_news_address_prints_its_day(address: str, day: str) -> None:
    assert str(day_in_address(address)) == day


@pytest.mark.parametrize(
    "address",
    [
        "https://exmoo.com/article/188258.html",  # an article number
        "https://www.newkerala.com/news/2023/123409.htm",  # a year alone
        "http://www.cna.com.tw/news/aopl/201901070306.aspx",  # digits running on: not read apart
        "https://20190416.example.com/story",  # the host is a name, not a date
        "https://x.org/2020/janitor/3/story",  # no month's name
        "https://x.org/2020/feb/30/story",  # no such day
        "https://x.org/2020-feb/3/story",  # a dash, then a slash: no one step of the path
        "https://x.org/2020/7/318/story",  # a number after the month: no day step
        "",
    ],
)
def test_an_address_without_a_day_gives_none(address: str) -> None:
    assert day_in_address(address) is None


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("http://xinhang.gdxf.gov.cn/content/detail/5b4ff2117f8b9af384f9c986.html", "2018-07-19"),  # set BO
        ("https://app.myzaker.com/news/article.php?pk=68fd7f101bc8e0965b000000", "2025-10-26"),  # set AD
        # set AT: the section's id first, the story's own last
        (
            "https://www.lsxw.net.cn/content.html?father_key=5850e67346ac13f20c8b456d&key=631fd44787450be2128b4568",
            "2022-09-13",
        ),
        (
            "https://www.lsxw.net.cn/content.html?key=631fd44787450be2128b4568&father_key=5850e67346ac13f20c8b456d",
            "2022-09-13",
        ),
    ],
)
def test_an_article_id_made_of_a_moment_dates_the_page(address: str, day: str) -> None:
    """gdxf, myzaker, lsxw: a page printing no date was undated though its id is a database object id, whose
    first four bytes are the second it was made."""
    assert str(day_in_address(address)) == day


@pytest.mark.parametrize(
    "address",
    [
        "https://x.org/a/00000000aaaaaaaaaaaaaaaa.html",  # 1970: no object id's time
        "https://x.org/a/ffffffffaaaaaaaaaaaaaaaa.html",  # 2106: not yet
        "https://x.org/a/5b4ff2117f8b9af384f9c986ab.html",  # longer: no object id
        "https://x.cn/news/content/2019121812345678901.html",  # a moment's digits running on: an id
        "https://x.cn/p/20991231120000.html",  # a moment still to come
        "https://x.cn/c.html?uid=631fd44787450be2128b4568",  # a reader's id, not the story's
    ],
)
def test_an_id_that_cannot_be_an_object_id_dates_nothing(address: str) -> None:
    assert day_in_address(address) is None


@given(st.text(max_size=200))
def test_any_address_gives_a_real_day_printed_in_it_or_none(address: str) -> None:
    day = day_in_address(address)
    if day is None or OBJECT_ID.search(address.lower()):
        return  # an object id holds its day in hexadecimal
    if not re.search(r"-1[0-9a-f]{3}-", address, re.I):  # no time-based article id
        digits = re.sub(r"[^0-9]", "", address)
        named = re.search(rf"[/-]{day.year}([/-]){day:%b}[a-z]*\1?0?{day.day}(?:[/.-]|$)", address, re.I)
        assert f"{day:%Y%m%d}" in digits or named


def test_a_saved_page_declares_its_address() -> None:
    head = '<link rel="canonical" href="https://a.example/2019/04/16/x"><meta property="og:url" content="https://b.example/y">'
    assert read_page(f"<html><head>{head}</head><body><p>Text</p></body></html>").address.startswith(
        "https://a."
    )
    saved = "<!-- saved from url=(0031)https://www.bbc.com/news/x-1 --><html><body><p>Text</p></body></html>"
    assert read_page(saved).address == "https://www.bbc.com/news/x-1"
    relative = '<html><head><meta property="og:url" content="/news/1"></head><body><p>Text</p></body></html>'
    assert read_page(relative).address == ""  # no address to cite


def _undated(tmp_path: Path) -> Path:
    path = tmp_path / "undated.txt"
    path.write_text(UNDATED, encoding="utf-8")
    return path


def test_the_day_in_the_address_dates_a_text_that_prints_none(tmp_path: Path) -> None:
    plain = read_article(_undated(tmp_path))
    found = read_article(_undated(tmp_path), address=f"  {WBRC}\n")
    assert plain.published_guess and plain.published_from == ""
    assert (found.published_date.label(), found.published_guess) == ("2026-03-09", False)
    assert (found.published_from, found.address) == ("address", WBRC)
    assert sorted(e.date.label() for e in found.events) == ["2026-03-08*", "2026-03-09*"]


def test_a_date_printed_in_the_text_or_given_beats_the_address(tmp_path: Path) -> None:
    wire = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"
    printed = read_article(wire, address=WBRC)
    assert printed.published_date.label() == "2025-11-18" and printed.published_from == ""
    answered = read_article(_undated(tmp_path), published=dt.date(2026, 3, 10), address=WBRC)
    assert (answered.published_date.label(), answered.published_from) == ("2026-03-10", "answer")


def test_an_imported_address_is_stored_and_cited(tmp_path: Path, bundled_copy: Path) -> None:
    lib = tmp_path / "library.db"
    report = import_files([_undated(tmp_path)], lib, bundled_copy, address=WBRC)
    assert report.added == ["undated.txt"]
    with Repository(lib) as repo:
        article = next(a for a in repo.articles() if a.source_name == "undated.txt")
        assert article.address == WBRC and article.to_dict()["address"] == WBRC
        said = [q for q in repo.quotes(limit=10_000) if q.article_id == article.id]
        cits = citations(repo, said)
    assert said and [c["article_address"] for c in cits] == [WBRC] * len(said)
    start, end = said[-1].span
    # the address ends the citation as a link a reader's tools keep whole: no stop glued to it
    assert f"characters {start}–{end}, <{WBRC}>\n" in to_markdown(cits)
    assert f"第 {start}–{end} 字,<{WBRC}>\n" in to_markdown(cits, "zh")
    assert to_text(cits).endswith(f"characters {start}–{end}, {WBRC}\n")
    assert to_text(cits, "zh").endswith(f"第 {start}–{end} 字,{WBRC}\n")


def test_a_library_built_before_addresses_reads_and_takes_an_import(
    tmp_path: Path, bundled_copy: Path
) -> None:
    lib = tmp_path / "old.db"
    lib.write_bytes(bundled_copy.read_bytes())
    with sqlite3.connect(lib) as db:  # as an earlier version built it
        if "address" in {row[1] for row in db.execute("PRAGMA table_info(articles)")}:
            db.execute("ALTER TABLE articles DROP COLUMN address")
    with Repository(lib) as repo:
        assert all(a.address == "" for a in repo.articles())
    assert import_files([_undated(tmp_path)], lib, bundled_copy, address=WBRC).added == ["undated.txt"]
    with Repository(lib) as repo:
        assert sorted(a.address for a in repo.articles())[-1] == WBRC


def test_cli_import_takes_one_articles_address(
    capsys, tmp_path: Path, bundled_copy: Path, monkeypatch
) -> None:
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    lib = tmp_path / "library.db"
    assert main(["import", "--db", str(lib), "--address", WBRC, str(_undated(tmp_path))]) == 0
    dumped = json.loads((capsys.readouterr(), main(["dump", "--db", str(lib)]), capsys.readouterr().out)[2])
    assert WBRC in [a["address"] for a in dumped["articles"]]
    assert {"2026-03-08", "2026-03-09"} <= {e["date_start"] for e in dumped["events"]}
    two = [str(_undated(tmp_path)), str(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")]
    assert main(["import", "--db", str(lib), "--address", WBRC, *two]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--address" in err[0]


@pytest.mark.parametrize("bad", ["not a url", "javascript:alert(1)", "file:///etc/passwd", "https://"])
def test_cli_import_refuses_what_is_no_web_address(capsys, tmp_path: Path, bad: str) -> None:
    lib = tmp_path / "library.db"
    assert main(["import", "--db", str(lib), "--address", bad, str(_undated(tmp_path))]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--address must be a web address" in err[0] and not lib.exists()


@pytest.mark.parametrize(
    ("address", "month"),
    [
        ("https://nationalhsfootball.com/2014/01/coppell-ready-to-name-new-coach", (2014, 1)),
        (
            "http://www.oregonlive.com/politics/index.ssf/2015/05/kate_brown_signs_e-cigarette_b.html",
            (2015, 5),
        ),
        ("http://www.ay.gov.cn/ayzf/shgl/202110/5a9ee3b401744dcdadaf39e1a879256d.shtml", (2021, 10)),
        ("https://www.wbrc.com/2019/04/16/leeds", None),  # a day: day_in_address's
        ("https://x.com/news/2019/abc", None),
    ],
)
def test_an_address_may_print_a_month_without_a_day(address: str, month: tuple[int, int] | None) -> None:
    assert month_in_address(address) == month


def test_a_datelines_year_comes_from_the_month_the_address_prints() -> None:
    """A dateline's 3月5日 on …/2019/03/…, imported years later, was read as this year's 5 March (the
    latest before today): the address says March 2019."""
    text = "标题\n\n新华社北京3月5日电 市长李明5日表示,会议顺利。\n"
    source = Source("a.txt", text, text.encode(), "utf-8", "txt")
    found = extract_article(source, dt.date(2026, 12, 7), address="https://x.cn/2019/03/abc.html")
    assert found.published_date.label() == "2019-03-05*"
    assert [e.date.label() for e in found.events] == ["2019-03-05*"]
    assert extract_article(source, dt.date(2026, 12, 7)).published_date.label() == "2026-03-05*"
