"""The extractor on the shapes real news pages take: page heads, credits, web chrome, forms of address."""
from __future__ import annotations

import datetime as dt

from viewer.pipeline.extract import extract
from viewer.pipeline.reader import Source, html_to_text


def _extract(text: str, name: str = "a.txt"):
    return extract(Source(name, text, text.encode(), "utf-8", name.rsplit(".", 1)[1]), today=dt.date(2025, 7, 1))


def _said(ann) -> dict[str, str]:
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    return {q.occurrences[0].anchor.text: names.get(q.speaker, "") for q in ann.quotes}


PAPER = """澄州日报 2025年5月14日 星期三 第A02版：要闻

周建华任港务集团董事长

本报讯（记者 王晓峰 通讯员 李涛）5月12日，市委宣布任命周建华为澄州港务集团有限公司董事长。
昨日上午，董事长周建华到码头调研。他在调研时强调，三期码头是全市今年的重点工程，必须全力以赴抓好建设。
澄州港务集团相关负责人表示，港务集团今年以来吞吐量比去年同期增长7.4%。
"""


def test_a_newspaper_page_head_gives_publisher_date_and_the_title_below_it() -> None:
    ann = _extract(PAPER)
    assert (ann.title, ann.publisher, ann.published, ann.author) == (
        "周建华任港务集团董事长", "澄州日报", "2025年5月14日", "王晓峰")
    roles = {p.name: [r.title for r in p.roles] for p in ann.persons}
    assert roles["李涛"] == ["通讯员"]
    assert {e.date_text: e.date.label() for e in ann.events} == {"5月12日": "2025-05-12*", "昨日": "2025-05-13*"}


def test_a_company_name_inside_a_persons_is_no_company() -> None:
    ann = _extract(PAPER)
    assert not any("华为" in o.name for o in ann.orgs)
    assert any(o.name == "澄州港务集团" and "港务集团" in o.aliases for o in ann.orgs)
    assert not any("澄州" in o.aliases for o in ann.orgs)


def test_a_source_line_with_a_credit_splits_into_author_and_publisher() -> None:
    ann = _extract("某公司技术官离职\n2025年06月18日 14:32 · 作者：李明 · 来源：某财经网\n\n正文。\n")
    assert (ann.author, ann.publisher, ann.published) == ("李明", "某财经网", "2025年06月18日 14:32")


def test_a_surname_with_a_form_of_address_is_the_one_person_of_that_surname() -> None:
    ann = _extract("标题\n2025-06-18\n\n公司CEO王芳表示，团队很稳定。\n\n王女士还透露，新人选已经确定。王总说，交接会很顺利。\n")
    assert [p.name for p in ann.persons] == ["王芳"]
    assert set(_said(ann).values()) == {"王芳"}


def test_an_unnamed_source_talking_to_the_reporter_is_nobody() -> None:
    ann = _extract("标题\n2025-06-18\n\n一位接近公司的人士向记者透露，双方在扩张节奏上存在分歧。\n")
    assert ann.persons == [] and ann.quotes == []


def test_later_after_a_subject_is_dated_after_the_last_day() -> None:
    ann = _extract("标题\n2025-06-18\n\n6月16日，张伟宣布辞职。\n\n张伟随后在朋友圈写道：“再见了，各位同事。”\n")
    assert [e.date.label() for e in ann.events] == ["2025-06-16*", "after 2025-06-16*"]


def test_a_plan_in_reported_words_is_no_event() -> None:
    ann = _extract("标题\n2025-06-18\n\n6月16日，张伟宣布辞职。公司CEO王芳透露，公司将在本月底前任命新的负责人。\n")
    assert [e.date_text for e in ann.events] == ["6月16日"]


WIRE = """Maker's CEO to resign

By AKIKO NOMURA
Updated 4:17 AM GMT+9, June 4, 2025

TOKYO (AP) — Kuremori Holdings said on Wednesday that its chief executive, Hiroshi Tanabe, will resign.

Kenji Okuda, the company's chief financial officer, said the loss would not affect the dividend.

Choi Seung-ho, Hanul's chief executive, said on Tuesday that his company would buy the stake. "We remain grateful to our partners," Choi said.

Associated Press writer Han Seo-yeon in Seoul contributed to this report.
"""


def test_an_agency_wire_without_a_date_in_its_dateline() -> None:
    ann = _extract(WIRE)
    assert (ann.publisher, ann.published_date.label()) == ("The Associated Press", "2025-06-04")
    assert {e.date_text: e.date.label() for e in ann.events} == {"on Wednesday": "2025-06-04*", "on Tuesday": "2025-06-03*"}
    assert "Han Seo-yeon" in {p.name for p in ann.persons}


def test_a_family_name_first_and_an_officer_of_the_company_speak_for_themselves() -> None:
    said = _said(_extract(WIRE))
    assert said["We remain grateful to our partners,"] == "Choi Seung-ho"
    assert said["the loss would not affect the dividend."] == "Kenji Okuda"


PAGE = """<html><head><title>CTO quits_Finance Site</title></head><body>
<div class="top-bar"><a href="/">Home</a> | <a href="/login">Log in</a></div>
<div class="nav"><ul><li>Stocks</li><li>Funds</li></ul></div>
<div class="crumb">Home &gt; Companies</div>
<nav>Markets</nav>
<div class="article"><h1>CTO quits</h1><p>First paragraph.</p><div class="related"><p>May 3 brief.</p></div></div>
</body></html>"""


def test_a_web_page_is_read_from_its_headline_without_menus() -> None:
    assert html_to_text(PAGE) == "CTO quits\nFirst paragraph.\nMay 3 brief."
