"""The extractor on the shapes real news pages take: page heads, credits, web chrome, forms of address."""

from __future__ import annotations

import datetime as dt

import pytest
from viewer.pipeline.extract import extract
from viewer.pipeline.reader import Source, html_to_text


def _extract(text: str, name: str = "a.txt"):
    return extract(
        Source(name, text, text.encode(), "utf-8", name.rsplit(".", 1)[1]), today=dt.date(2025, 7, 1)
    )


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
        "周建华任港务集团董事长",
        "澄州日报",
        "2025年5月14日",
        "王晓峰",
    )
    roles = {p.name: [r.title for r in p.roles] for p in ann.persons}
    assert roles["李涛"] == ["通讯员"]
    assert {e.date_text: e.date.label() for e in ann.events} == {
        "5月12日": "2025-05-12*",
        "昨日": "2025-05-13*",
    }


def test_a_company_name_inside_a_persons_is_no_company() -> None:
    ann = _extract(PAPER)
    assert not any("华为" in o.name for o in ann.orgs)
    assert any(o.name == "澄州港务集团" and "港务集团" in o.aliases for o in ann.orgs)
    assert not any("澄州" in o.aliases for o in ann.orgs)


def test_a_source_line_with_a_credit_splits_into_author_and_publisher() -> None:
    ann = _extract("某公司技术官离职\n2025年06月18日 14:32 · 作者：李明 · 来源：某财经网\n\n正文。\n")
    assert (ann.author, ann.publisher, ann.published) == ("李明", "某财经网", "2025年06月18日 14:32")


def test_a_surname_with_a_form_of_address_is_the_one_person_of_that_surname() -> None:
    ann = _extract(
        "标题\n2025-06-18\n\n公司CEO王芳表示，团队很稳定。\n\n王女士还透露，新人选已经确定。王总说，交接会很顺利。\n"
    )
    assert [p.name for p in ann.persons] == ["王芳"]
    assert set(_said(ann).values()) == {"王芳"}


def test_an_unnamed_source_talking_to_the_reporter_is_nobody() -> None:
    ann = _extract("标题\n2025-06-18\n\n一位接近公司的人士向记者透露，双方在扩张节奏上存在分歧。\n")
    assert ann.persons == [] and ann.quotes == []


def test_later_after_a_subject_is_dated_after_the_last_day() -> None:
    ann = _extract(
        "标题\n2025-06-18\n\n6月16日，张伟宣布辞职。\n\n张伟随后在朋友圈写道：“再见了，各位同事。”\n"
    )
    assert [e.date.label() for e in ann.events] == ["2025-06-16*", "after 2025-06-16*"]


def test_a_plan_in_reported_words_is_no_event() -> None:
    ann = _extract(
        "标题\n2025-06-18\n\n6月16日，张伟宣布辞职。公司CEO王芳透露，公司将在本月底前任命新的负责人。\n"
    )
    assert [e.date_text for e in ann.events] == ["6月16日"]


WIRE = """Maker's CEO to resign

By AKIKO NOMURA
Updated 4:17 AM GMT+9, June 4, 2025

TOKYO (AP) — Kuremori Holdings said on Wednesday that its chief executive, Hiroshi Tanabe, will resign.

Kenji Okuda, the company's chief financial officer, said the loss would not affect the dividend.

Choi Seung-ho, Hanul's chief executive, said on Tuesday that his company would buy the stake. "We remain \
grateful to our partners," Choi said.

Associated Press writer Han Seo-yeon in Seoul contributed to this report.
"""


def test_an_agency_wire_without_a_date_in_its_dateline() -> None:
    ann = _extract(WIRE)
    assert (ann.publisher, ann.published_date.label()) == ("The Associated Press", "2025-06-04")
    assert {e.date_text: e.date.label() for e in ann.events} == {
        "on Wednesday": "2025-06-04*",
        "on Tuesday": "2025-06-03*",
    }
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
<div class="article"><h1>CTO quits</h1><p>First paragraph.</p><div class="related"><p>May 3 \
brief.</p></div></div>
</body></html>"""


def test_a_web_page_is_read_from_its_headline_without_menus() -> None:
    assert html_to_text(PAGE) == "CTO quits\nFirst paragraph.\nMay 3 brief."


WECHAT = """又一位联创离场：Corvane首席科学家林德伯格离职

原创 林晚 硅基观察 2025年11月19日 07:30 北京

导读：六年之后，Corvane联合创始人马库斯·林德伯格选择离开。

作者 | 林晚

当地时间17日，芯片公司Corvane宣布，联合创始人马库斯·林德伯格（Marcus Lindberg）将离开公司。

北京时间18日凌晨，林德伯格发文告别。他没有透露下一步的去向。
"""


def test_a_wechat_meta_line_gives_author_publisher_and_date() -> None:
    ann = _extract(WECHAT, "a.md")
    assert (ann.author, ann.publisher, ann.published_date.label()) == ("林晚", "硅基观察", "2025-11-19")
    assert [e.date.label() for e in ann.events] == ["2025-11-17*", "2025-11-18*"]


def test_a_transliterated_name_ends_where_its_words_end() -> None:
    ann = _extract(WECHAT, "a.md")
    assert {p.name for p in ann.persons} == {"林晚", "马库斯·林德伯格"}
    assert [o.name for o in ann.orgs] == ["Corvane"]


def test_words_not_said_are_no_quote() -> None:
    assert _said(_extract(WECHAT, "a.md")) == {
        "联合创始人马库斯·林德伯格（Marcus Lindberg）将离开公司。": "Corvane"
    }


INTERVIEW = """独家｜衡石智能总裁江若彤卸任

文｜韩子墨
鲸研社 2025-06-12 10:06

6月11日晚间，鲸研社与江若彤进行了一次简短的交流。以下为对话节选：

问：为什么选在这个时间点离开？

答：衡石智能已经过了最需要我的阶段。去年年底我就和程总聊过这个想法。

一位接近衡石集团的投资人则对鲸研社表示，这次调整更像是一次“换挡”。
"""


def test_an_interviews_answers_are_the_interviewees_words_and_date_nothing() -> None:
    ann = _extract(INTERVIEW)
    assert (ann.author, ann.publisher) == ("韩子墨", "鲸研社")
    assert _said(ann) == {"衡石智能已经过了最需要我的阶段。去年年底我就和程总聊过这个想法。": "江若彤"}
    assert [e.date_text for e in ann.events] == ["6月11日晚间"]


RELEASE = """Kestrel Payments Names Dana Whitfield Chief Executive Officer; Founder Leo Marchetti \
to Become Chairman

Whitfield, a Kestrel director since 2023, to lead the company

News provided by
Kestrel Payments, Inc.
Feb 04, 2025, 08:00 ET

CHARLOTTE, N.C., Feb. 4, 2025 /PRNewswire/ -- Kestrel Payments, Inc. (NYSE: KPAY) ("Kestrel" or the \
"Company") today announced that its Board has appointed Dana Whitfield as Chief Executive Officer.

Separately, the Company announced today that Chief Financial Officer Ravi Anand will take on the role of \
Chief Operating Officer, as Greyfield Partners advised.

About Kestrel Payments
Founded in 2014, Kestrel Payments, Inc. provides payment infrastructure.

Media Contact:
Jordan Reyes
press@kestrel.example
"""


def test_a_press_release_head_dateline_and_closing_sections() -> None:
    ann = _extract(RELEASE)
    assert (ann.publisher, ann.published_date.label()) == ("Kestrel Payments, Inc.", "2025-02-04")
    assert [e.date.label() for e in ann.events] == ["2025-02-04*", "2025-02-04*"]
    assert {p.name: [r.title for r in p.roles] for p in ann.persons} == {
        "Dana Whitfield": [],
        "Ravi Anand": ["Chief Financial Officer"],
        "Jordan Reyes": ["media contact"],
    }


def test_the_company_is_the_company_the_article_is_about() -> None:
    assert set(_said(_extract(RELEASE)).values()) == {"Kestrel Payments, Inc."}


BROADCAST = """海澄广播电视台 | 海澄新闻网
首页 > 新闻 > 海澄财经
【视频】远峰新能源董事长邓启航辞职
2025年11月07日 19:36　来源：海澄台新闻综合频道

今天（7日）上午，远峰新能源发布公告，公司董事长邓启航因个人原因辞去董事长职务。
沈国梁今年62岁，一直担任公司名誉董事长。
【同期】远峰新能源董事会秘书 葛蕾：目前公司生产经营一切正常，明年订单已经排满。

（总台记者 罗一鸣 刘涛 海澄报道）
"""


def test_a_broadcast_transcript_head_sound_bites_and_sign_off() -> None:
    ann = _extract(BROADCAST)
    assert (ann.title, ann.publisher, ann.author) == (
        "远峰新能源董事长邓启航辞职",
        "海澄广播电视台",
        "罗一鸣",
    )
    roles = {p.name: [r.title for r in p.roles] for p in ann.persons}
    assert roles["葛蕾"] == ["董事会秘书"] and roles["刘涛"] == ["记者"] and roles["罗一鸣"] == ["作者"]
    said = _said(ann)
    assert said["目前公司生产经营一切正常，明年订单已经排满。"] == "葛蕾"
    assert said["公司董事长邓启航因个人原因辞去董事长职务。"] == "远峰新能源"
    assert [e.date_text for e in ann.events] == [
        "今天（7日）上午"
    ]  # 今年62岁 is an age, the bite dates nothing


FLASH = """澜汀财经 · 7×24小时快讯
首页 | 快讯 | 公司 | 市场
2025年9月24日 星期三

21:06
【星岚智驾CEO岑立否认被收购】星岚智驾创始人、CEO岑立今日晚间在微博回应网传“星岚智驾将被车企收购”一事，称“没有这回事，星岚会一直独立发展”。

14:25
【鸿屿医疗董事长辞职】鸿屿医疗今日宣布，董事长范思远辞职，由总经理蒋凌代行董事长职责。蒋凌代为履行职责期间，公司经营正常。岑立此前表示，团队稳定。
"""


def test_a_flash_roll_is_dated_by_its_day_line() -> None:
    ann = _extract(FLASH)
    assert ann.published_date.label() == "2025-09-24"
    assert {e.date.label() for e in ann.events} == {"2025-09-24*"}


def test_a_name_is_not_run_into_the_word_after_it() -> None:
    assert {p.name for p in _extract(FLASH).persons} == {"岑立", "范思远", "蒋凌"}


def test_a_company_is_known_by_what_it_announces() -> None:
    said = _said(_extract(FLASH))
    assert said["没有这回事，星岚会一直独立发展"] == "岑立"
    assert (
        said["董事长范思远辞职，由总经理蒋凌代行董事长职责。蒋凌代为履行职责期间，公司经营正常。"]
        == "鸿屿医疗"
    )


NEWSLETTER = """<html><body><article>
<h1>Rebecca Thorne’s long goodbye</h1>
<p>Calloway Instruments is losing the CEO who rebuilt it.</p>
<p>Clara Voss Oct 21, 2025 ∙ Free post</p>
<p>Calloway Instruments announced earlier this month that Thorne would step down. The board chair, Linda \
Park-Sorensen, agreed.</p>
<p>“Owen is a superb operator, but he has never had to sell a story,” said Ines Larkin, an analyst at \
Pemberton Securities. She said she expected the shares to stay flat.</p>
<p>A Calloway spokesperson told me on Friday that the company was not for sale. Thorne told me she has no \
next job lined up.</p>
<p>In June, the fund Harrow Lane Capital disclosed a 6% stake in Calloway.</p>
</article></body></html>"""


def test_a_newsletter_byline_under_a_dek_and_who_speaks_in_it() -> None:
    ann = _extract(html_to_text(NEWSLETTER))
    assert (ann.author, ann.published_date.label()) == ("Clara Voss", "2025-10-21")
    said = _said(ann)
    assert said["she expected the shares to stay flat."] == "Ines Larkin"
    assert said["the company was not for sale."] == "Calloway Instruments"
    assert not any("6% stake" in text for text in said)
    assert "Linda Park-Sorensen" in {p.name for p in ann.persons}


def test_a_day_printed_with_its_year_near_the_top_dates_the_article() -> None:
    ann = _extract(
        "CTO quits\nPosted in Business on 2025-03-04 by admin\n\nThe CTO left yesterday, the company said.\n"
    )
    assert (ann.published, [e.date.label() for e in ann.events]) == ("2025-03-04", ["2025-03-03*"])


FILING = """香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，\
對其準確性或完整性亦不發表任何聲明。

瀚霖智慧物流控股有限公司
HANLIN SMART LOGISTICS HOLDINGS LIMITED
（股份代號：2387）

執行董事兼行政總裁辭任

董事會宣佈，關沛霖先生已於二零二五年九月二十九日向董事會提呈辭任，自二零二五年十月一日起生效。

關先生已確認，彼與董事會之間並無任何意見分歧。

譚詠芝女士於二零零零年至二零一一年任職於環亞貨運有限公司。

承董事會命
主席
梁啟鋒

香港，二零二五年九月三十日
"""


def test_an_exchange_filing_head_foot_and_chinese_numeral_dates() -> None:
    ann = _extract(FILING)
    assert (ann.title, ann.publisher, ann.published_date.label()) == (
        "執行董事兼行政總裁辭任",
        "瀚霖智慧物流控股有限公司",
        "2025-09-30",
    )
    assert [(e.date_text, e.date.label()) for e in ann.events] == [
        ("二零二五年九月二十九日", "2025-09-29"),
        ("二零零零年至二零一一年", "2000..2011"),
    ]
    assert {p.name for p in ann.persons} >= {"關沛霖", "譚詠芝"}


def test_a_filing_announces_in_its_own_voice() -> None:
    assert _said(_extract(FILING)) == {"彼與董事會之間並無任何意見分歧。": "關沛霖"}


ROUNDUP = """鹿鸣智能CTO顾一帆离职

2025-10-10 10:15　来源：潮声网　作者：叶青禾　阅读 3.2万

前天：大V爆料

前天，数码博主@硬件老炮儿 在微博发文称：“听说鹿鸣的CTO已经走了。”

昨天下午，鹿鸣智能创始人、CEO沈知行向全体员工发出内部信，正式宣布顾一帆离职。内部信全文如下：

各位鹿鸣人：
一帆决定离开了。到今天，七年。
他说想先休息一阵，2019年的事我都记得。
知行
2025年10月9日

今天上午，晨屿资本合伙人许牧在微博@许牧_晨屿 转发了顾一帆的告别截图，并写道：“分开是遗憾，但不是坏事。”

昨晚，顾一帆本人在朋友圈发文告别。
"""


def test_a_social_media_round_up() -> None:
    ann = _extract(ROUNDUP)
    assert ann.publisher == "潮声网"
    said = _said(ann)
    assert said["听说鹿鸣的CTO已经走了。"] == "硬件老炮儿"
    assert said["一帆决定离开了。到今天，七年。\n他说想先休息一阵，2019年的事我都记得。"] == "沈知行"
    assert said["分开是遗憾，但不是坏事。"] == "许牧"
    assert [(e.date_text, e.date.label()) for e in ann.events] == [
        ("前天", "2025-10-08*"),
        ("昨天", "2025-10-09*"),
        ("今天", "2025-10-10*"),
        ("昨晚", "2025-10-09*"),
    ]


MARKETS = """Brightwater CEO Dalton to Exit as Board Weighs Sale

By Helen Okafor
October 9, 2025 at 4:31 PM EDT
Updated on October 9, 2025 at 7:05 PM EDT

Most Read from Bloomberg
Treasury Yields Climb as Traders Pare Bets
Why a Tiny Dutch Port Is Suddenly Worth Billions

(Bloomberg) -- Brightwater Semiconductor Corp. Chief Executive Officer Graham Dalton is stepping down, \
according to people familiar with the matter, who asked not to be identified.

In a statement late Thursday, the Austin, Texas-based company said that Dalton "has informed the board of \
his intention to retire."

Dalton defended the strategy on the company's earnings call on July 30, telling analysts that the slowdown \
was "a timing issue."

Read more: Brightwater's Car-Chip Bet Sours

— With assistance from Daniel Kovac
"""


def test_a_markets_wire_story() -> None:
    ann = _extract(MARKETS)
    assert (ann.publisher, ann.published_date.label()) == ("Bloomberg", "2025-10-09")
    assert {p.name for p in ann.persons} == {"Helen Okafor", "Daniel Kovac", "Graham Dalton"}
    said = _said(ann)
    assert (
        said['Dalton "has informed the board of his intention to retire."']
        == "Brightwater Semiconductor Corp"
    )
    assert said['the slowdown was "a timing issue."'] == "Graham Dalton"
    assert [e.date_text for e in ann.events] == ["Thursday", "July 30"]


ASHARE = """证券代码：603817          证券简称：衡岳精工          公告编号：2025-068

湖南衡岳精密工业股份有限公司
关于董事辞职的公告

公司董事会于2025年11月3日收到董事周启明先生提交的书面辞职报告。周启明先生原定任期至2026年5月19日届满。

该议案尚需提交公司2025年第三次临时股东大会审议。

谭绍峰先生，1978年出生，中国国籍。2003年7月至2011年3月，任湘江重型机械股份有限公司工艺工程师；2022年6月至今，任衡岳投资副总裁。

湖南衡岳精密工业股份有限公司董事会
2025年11月5日
"""


def test_an_a_share_notice_dates_what_happened_not_terms_births_or_meeting_numbers() -> None:
    ann = _extract(ASHARE)
    assert (ann.title, ann.publisher, ann.published_date.label()) == (
        "关于董事辞职的公告",
        "湖南衡岳精密工业股份有限公司",
        "2025-11-05",
    )
    assert [(e.date_text, e.date.label()) for e in ann.events] == [
        ("2025年11月3日", "2025-11-03"),
        ("2003年7月至2011年3月", "2003-07..2011-03"),
        ("2022年6月", "2022-06"),
    ]


EUROPE = """Brenntal chief Kersting to leave early
By Katrin Obermaier, Stuttgart · 5 November 2025, 07:45 CET · Reading time: 3 minutes
Brenntal AG, the Stuttgart-based maker of industrial pumps, is parting ways with its chief executive early.
At an extraordinary meeting on Tuesday 4 November, the company’s supervisory board agreed to release Dr \
Matthias Kersting from his contract, the group announced after the close of trading.
Chief financial officer Annika Vollmer will lead the company on an interim basis from 1 December, the \
company said.
‘There was no pressure from any shareholder. This was a joint decision,’ said Dr Ingrid Weyrauch, chair of \
the supervisory board.
Kersting, a physicist by training, joined Brenntal’s management board in April 2019.
Speculation that Kersting had been pushed out was rejected by Weyrauch. ‘It was a joint decision,’ she told \
SWK.
Jonas Pfleiderer, an analyst at Bankhaus Reichle in Ulm, described the timing as ‘unusual but not surprising’.
Editor’s note: This article first appeared in German in the print edition of 5 November 2025.
"""


def test_a_european_business_story() -> None:
    ann = _extract(EUROPE)
    assert {p.name for p in ann.persons} >= {"Matthias Kersting", "Ingrid Weyrauch", "Jonas Pfleiderer"}
    said = _said(ann)
    assert said["There was no pressure from any shareholder. This was a joint decision,"] == "Ingrid Weyrauch"
    assert said["unusual but not surprising"] == "Jonas Pfleiderer"
    assert said["It was a joint decision,"] == "Ingrid Weyrauch"
    assert (
        said[
            "Chief financial officer Annika Vollmer will lead the company on an interim basis from 1 December"
        ]
        == "Brenntal AG"
    )
    assert (ann.publisher, ann.published) == ("", "5 November 2025")
    assert [e.date_text for e in ann.events] == [
        "on Tuesday 4 November",
        "April 2019",
    ]  # 1 December: a plan told


FEATURE = """远岸周刊 > 商业 > 封面故事

庄以宁退后一步

北屿户外创始人卸任董事长。

文｜沈知遥　编辑｜唐棠

2025-11-12 08:00　阅读 3.2万

庄以宁在北屿户外杭州总部的样品间，2025年11月。摄影：陈默

程蔓后来成了北屿的联合创始人。“那时候我们连样衣都是自己骑电动车去送的，”她对《远岸周刊》回忆。

“第一个周末只卖出去十一件，他回来高兴得像卖了一万件。”程蔓说。

10月底，北屿户外发布公告，创始人庄以宁辞去董事长职务。贺承钧当天在内部信中写道：“剩下的路，我们一起爬。”
"""


def test_a_magazine_feature() -> None:
    ann = _extract(FEATURE, "a.md")
    assert (ann.title, ann.author, ann.publisher) == ("庄以宁退后一步", "沈知遥", "远岸周刊")
    said = _said(ann)
    assert said["那时候我们连样衣都是自己骑电动车去送的，"] == "程蔓"
    assert said["第一个周末只卖出去十一件，他回来高兴得像卖了一万件。"] == "程蔓"
    assert [(e.date_text, e.date.label()) for e in ann.events] == [
        ("10月底", "late 2025-10*"),
        ("当天", "late 2025-10*"),
    ]


@pytest.mark.parametrize(
    "markup, text",
    [
        (
            '<html><head><title>T</title></head><body><form id="form1"><h1>Headline</h1><p>Body text.</p>'
            "</form></body></html>",
            "Headline\nBody text.",
        ),
        (
            '<html class="has-navbar-fixed-top"><body class="navbar-fixed"><article class="post has-nav">'
            "<h1>H</h1><p>Body.</p></article></body></html>",
            "H\nBody.",
        ),
    ],
)
def test_a_page_wrapped_in_a_form_or_a_navbar_class_is_still_read(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_a_story_before_a_sidebar_headline_is_kept() -> None:
    story = "The board met on Monday and named a new chief. " * 12
    markup = (
        f"<html><head><title>Board names chief</title></head><body><p>{story}</p>"
        "<aside><h1>Related</h1></aside></body></html>"
    )
    assert html_to_text(markup).startswith("Board names chief\nThe board met on Monday")


def test_an_about_crosshead_early_in_a_story_is_not_boilerplate() -> None:
    text = (
        "Berlin startup loses its CEO\nMay 14, 2024\n\nAbout Berlin\n\n"
        "Jonas Brandt, chief executive of Nordlicht, resigned on Monday, the company said.\n\n"
        "Brandt founded Nordlicht in 2015.\n"
    )
    assert [e.date_text for e in _extract(text).events] == ["on Monday", "2015"]


def test_a_weeks_plan_told_in_reported_words_is_no_event() -> None:
    ann = _extract("标题\n2025年6月4日\n\n6月3日，张伟表示，公司本周将发布新品，这是重点工作。\n")
    assert [e.date_text for e in ann.events] == ["6月3日"]


def test_a_roles_employer_is_among_the_organisations() -> None:
    ann = _extract("标题\n2025-06-18\n\n宏硕光电执行长林正雄出席会议。宏硕光电业绩很好。\n")
    keys = {o.key: o.name for o in ann.orgs}
    assert [(r.title, keys[r.org]) for p in ann.persons for r in p.roles] == [("执行长", "宏硕光电")]


def test_a_clause_said_with_a_name_for_its_subject_is_reported_speech() -> None:
    ann = _extract(
        "New jets soon\nJuly 31, 2023\n\n"
        "Unification Minister Kwon Young-se said South Korea is still looking to engage in dialogue.\n\n"
        "Kwon Young-se said Monday was a good day for talks.\n"
    )
    assert _said(ann) == {"South Korea is still looking to engage in dialogue.": "Kwon Young-se"}


def test_a_sentence_opening_according_to_someone_is_their_reported_speech() -> None:
    ann = _extract(
        "Deaths in custody\nJune 13, 2025\n\n"
        "The Independent Policing Oversight Authority (IPOA) has opened an inquiry.\n\n"
        "According to IPOA, 18 people have died in police custody in the past four months.\n\n"
        'According to Dutta, Gangwal said, "We are not renegotiating anything at all."\n'
    )
    assert _said(ann)["18 people have died in police custody in the past four months."] == (
        "Independent Policing Oversight Authority"
    )
    assert not any(text.startswith("Gangwal said") for text in _said(ann))


def test_a_body_named_with_its_acronym_is_an_organisation_known_by_both() -> None:
    ann = _extract(
        "Inquiry\nJune 13, 2025\n\nThe Independent Policing Oversight Authority (IPOA) met on Friday. "
        "The Local Council (XYZ) did not.\n"
    )
    assert [(o.name, o.aliases) for o in ann.orgs if "Authority" in o.name] == [
        ("Independent Policing Oversight Authority", ["IPOA"])
    ]
    assert all("XYZ" not in o.aliases for o in ann.orgs)


def test_a_text_opening_at_its_date_line_with_an_author_is_dated_and_credited() -> None:
    ann = _extract(
        "2011-04-16 00:00:00 作者:姚静 来源:今日高邮\n本报讯 15日上午,副市长钱峰检查河道周边环境。\n"
    )
    assert (ann.published_date.start, ann.author, ann.publisher) == (dt.date(2011, 4, 16), "姚静", "今日高邮")
    assert [(e.date_text, e.date.start) for e in ann.events] == [("15日上午", dt.date(2011, 4, 15))]


def test_a_reading_time_badge_run_into_the_year_leaves_the_date_and_is_no_event() -> None:
    ann = _extract(
        "Party official: FBI arrests legislator\n\nBy DáNica CotoThe Associated Press\n"
        "Mon., Aug. 17, 20201 min. read\n\n"
        "SAN JUAN, Puerto Rico - FBI agents on Monday arrested a legislator, a spokesman said.\n"
    )
    assert ann.published_date.start == dt.date(2020, 8, 17)
    assert [(e.date_text, e.date.start) for e in ann.events] == [("on Monday", dt.date(2020, 8, 17))]


def test_an_e_paper_stamp_among_the_last_lines_dates_the_article_and_is_no_event() -> None:
    ann = _extract(
        "新任外交部发言人与媒体见面\n\n"
        "新华社电 外交部新任发言人华春莹16日在外交部新闻发布厅与媒体记者见面。\n\n"
        "版权声明 @ 中原网 网站版权所有\n420948 2012-11-17 00:00:00 六 新任外交部发言人与媒体见面\n"
    )
    assert ann.published_date.start == dt.date(2012, 11, 17)
    assert [(e.date_text, e.date.start) for e in ann.events] == [("16日", dt.date(2012, 11, 16))]


def test_a_weekday_with_its_day_in_brackets_pins_an_undated_article() -> None:
    ann = _extract(
        "Russia arrests reporter\n\nRussian authorities on Thursday (March 30) said they had arrested a "
        "US journalist on spying charges.\n"
    )
    assert ann.published_guess and ann.published_date.start == dt.date(2023, 3, 30)
    assert [e.date.start for e in ann.events] == [dt.date(2023, 3, 30)]


def test_names_with_accented_letters_are_read_whole() -> None:
    ann = _extract(
        "Legislator arrested\nAugust 17, 2020\n\n"
        "FBI agents on Monday arrested Rep. María Milagros Charbonier, a spokesman said.\n\n"
        "Raúl Colón, a spokesman for the president of the House, told reporters that an adviser for "
        "Charbonier notified the president of the arrest.\n"
    )
    assert {"María Milagros Charbonier", "Raúl Colón"} <= {p.name for p in ann.persons}
    assert "Milagros Charbonier" not in {p.name for p in ann.persons}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("However Neil Pearson said he could not imagine many people would go.", "Neil Pearson"),
        (
            "Minister of Communications and Information Technology Mahmoud Vaezi said Saturday that the "
            "economy tops the agenda.",
            "Mahmoud Vaezi",
        ),
        ("Saskatchewan Premier Brad Wall said the base would take evacuees.", "Brad Wall"),
    ],
)
def test_a_word_run_into_the_front_of_a_name_is_no_part_of_it(sentence: str, name: str) -> None:
    ann = _extract(f"Councils\nJuly 25, 2015\n\n{sentence}\n")
    assert [p.name for p in ann.persons] == [name]
    assert list(_said(ann).values()) == [name]


@pytest.mark.parametrize(
    "printed", ["Dr.Sarath Weerasekera", "Dr. Sarath Weerasekera", "Dr Sarath Weerasekera"]
)
def test_a_form_of_address_between_a_title_and_the_name_is_no_part_of_it(printed: str) -> None:
    ann = _extract(
        f"Church grenade\nJanuary 15, 2022\n\nPublic Security Minister {printed} yesterday said that what "
        "happened at the church is similar to the hospital incident.\n"
    )
    assert [p.name for p in ann.persons] == ["Sarath Weerasekera"]
    assert _said(ann) == {
        "what happened at the church is similar to the hospital incident.": "Sarath Weerasekera"
    }


def test_zhi_as_hong_kong_papers_print_said_is_reported_speech() -> None:
    ann = _extract(
        "議員共晉午宴\n2025-10-23\n\n立法會主席梁君彥離開會議廳時指，已經放下重擔。\n\n"
        "林健鋒又指一定要給年青人機會。\n\n警察被指當晚接報遲到。股指今日上升。\n"
    )
    assert _said(ann) == {"已經放下重擔。": "梁君彥", "一定要給年青人機會。": "林健鋒"}


def test_a_day_in_a_web_address_dates_nothing_that_happened() -> None:
    ann = _extract(
        "杜家毫作任职前发言\n2013/04/09\n\n4月8日，副省长杜家毫到现场检查。\n\n"
        "本文链接:https://lianyuan.rednet.cn/content/2013/04/09/5156179.html\n"
    )
    assert [e.date_text for e in ann.events] == ["4月8日"]


def test_a_transcripts_turn_labelled_with_a_persons_name_is_their_words() -> None:
    ann = _extract(
        "外交部例行记者会\n2007年11月13日\n\n"
        "11月13日，中国外交部发言人刘建超举行例行记者会。以下是记者会文字实录：\n\n"
        "刘建超：各位下午好！首先我发布几条消息。\n\n"
        "记者：中方对此有何评论？\n\n"
        "刘建超：我们对此表示欢迎。\n\n"
        "刘建超：东海问题磋商取得进展\n"
    )
    assert _said(ann) == {"各位下午好！首先我发布几条消息。": "刘建超", "我们对此表示欢迎。": "刘建超"}


def test_a_transcripts_turn_runs_on_over_its_paragraphs_to_the_next_label() -> None:
    ann = _extract(
        "外交部例行记者会\n2007年11月13日\n\n"
        "11月13日，中国外交部发言人刘建超举行例行记者会。以下是记者会文字实录：\n\n"
        "刘建超：各位下午好！首先我发布几条消息。\n\n"
        "应国家主席胡锦涛的邀请，厄瓜多尔总统科雷亚将于11月19日对中国进行国事访问。\n\n"
        "记者：中方对此有何评论？\n\n"
        "这是记者的第二段提问。\n"
    )
    assert _said(ann) == {
        "各位下午好！首先我发布几条消息。": "刘建超",
        "应国家主席胡锦涛的邀请，厄瓜多尔总统科雷亚将于11月19日对中国进行国事访问。": "刘建超",
    }
    assert "11月19日" in [e.date_text for e in ann.events]  # announced in the spokesman's own words


def test_a_turn_labelled_with_a_title_is_the_words_of_the_one_named_after_that_title() -> None:
    ann = _extract(
        "行政長官於行政會議前會見傳媒開場發言及答問內容\n2025年1月21日\n\n"
        "以下是行政長官李家超今日上午出席行政會議前會見傳媒的開場發言及答問內容：\n\n"
        "行政長官：各位早晨。我首先在這裏預祝大家在蛇年一切順利。\n\n"
        "今年春節有很多活動，我在此重點介紹一下。\n"
    )
    assert {p.name for p in ann.persons} == {"李家超"}
    assert _said(ann) == {
        "各位早晨。我首先在這裏預祝大家在蛇年一切順利。": "李家超",
        "今年春節有很多活動，我在此重點介紹一下。": "李家超",
    }


def test_a_turn_labelled_with_a_name_is_no_part_of_the_answer_before_it() -> None:
    ann = _extract(
        "两会头条：两位市长回答记者提问\n2006年02月25日\n\n"
        "新快报讯（记者余亚莲）昨日下午，广州市市长张广宁、深圳市市长许宗衡回答记者提问。\n\n"
        "张广宁：我觉得深圳的高科技有特色，广州则要在工业、物流业、会展业上做出自己的特色来。\n\n"
        "许宗衡：我们是两兄弟，广州是老大哥，我们要向广州学习，去年我们专门到广州学习取经。\n"
    )
    assert _said(ann) == {
        "我觉得深圳的高科技有特色，广州则要在工业、物流业、会展业上做出自己的特色来。": "张广宁",
        "我们是两兄弟，广州是老大哥，我们要向广州学习，去年我们专门到广州学习取经。": "许宗衡",
    }


def test_an_embedded_posts_signature_does_not_date_the_article_but_its_post() -> None:
    ann = _extract(
        "Police arrest man\n\n"
        "University of Maryland Police arrested a man on Wednesday, the department said.\n"
        "Took all of about 2 hours for @UMPD to tackle a student #FearTheTurtle\n"
        "— Alexander Houck (@AHouckamongus) August 30, 2017\n"
        "Hoaas said the man was released without charges.\n"
    )
    assert ann.published_guess and ann.published_date is None
    tweeted = ("August 30, 2017", dt.date(2017, 8, 30))
    assert [(e.date_text, e.date.start) for e in ann.events] == [tweeted]


def test_a_paragraph_of_quoted_words_after_a_persons_words_goes_on_in_their_voice() -> None:
    ann = _extract(
        "李顯龍:新加坡要保持特好狀態\n2023年03月31日\n\n"
        "李顯龍說,世界正發生的一些事情讓人擔憂,烏克蘭戰爭雖然遙遠,但它對整個世界體系影響深遠。"
        "大國關係也讓人憂慮,中美關係中有許多紛亂的問題,充滿緊張、相互猜忌和對立。\n\n"
        "「情況可能會變得更糟糕,但希望情況會穩定下來、變得更好。這不是遙遠的世界其他地方的事情。」\n"
    )
    said = _said(ann)
    assert (
        said["情況可能會變得更糟糕,但希望情況會穩定下來、變得更好。這不是遙遠的世界其他地方的事情。"]
        == "李顯龍"
    )


def test_a_day_printed_with_its_month_in_brackets_dates_its_event() -> None:
    ann = _extract(
        "游淑貞說明告發事件\n2025-07-10\n\n吉安鄉鄉長游淑貞於今(7/9)日記者會上做出了清晰的說明。\n"
    )
    assert [(e.date_text, e.date.start) for e in ann.events] == [("今(7/9)日", dt.date(2025, 7, 9))]


LONE_SPEAKER = """Harbour police ask for reports

"People need to come forward and make these reports to us."

The police spokesperson Inspector Daniel Brathwaite wants residents to report every incident.

"We will catch these culprits if residents tell us what they see in the harbour at night.

Asked about the posts on social media, he said: "None of these stories can be substantiated yet."
"""

TWO_SPEAKERS = (
    LONE_SPEAKER
    + """
The mayor Joan Whitfield said: "We stand with the police on this."
"""
)


def test_quoted_paragraphs_attributed_to_nobody_are_the_one_speakers_words() -> None:
    said = _said(_extract(LONE_SPEAKER))
    assert said["People need to come forward and make these reports to us."] == "Daniel Brathwaite"
    assert (
        said["We will catch these culprits if residents tell us what they see in the harbour at night."]
        == "Daniel Brathwaite"
    )


def test_quoted_paragraphs_attributed_to_nobody_stay_unattributed_when_two_speak() -> None:
    said = _said(_extract(TWO_SPEAKERS))
    assert "People need to come forward and make these reports to us." not in said
    assert said["We stand with the police on this."] == "Joan Whitfield"


def test_words_before_an_inverted_attribution_are_the_named_speakers() -> None:
    said = _extract(
        "Bus routes cut\n\nThe city will run fewer bus routes from March.\n\n"
        "The changes reduce the number of routes but add more buses at peak hours, said City Manager "
        "Robert Hanna.\n\nSchool buses keep their routes, said Maria Lopez, a district spokeswoman.\n\n"
        "Stuart Grossman, who represents the drivers, said Friday the union would meet the city.\n"
    )
    names = {p.key: p.name for p in said.persons}
    quotes = {q.occurrences[0].anchor.text: names.get(q.speaker) for q in said.quotes}
    assert (
        quotes["The changes reduce the number of routes but add more buses at peak hours"] == "Robert Hanna"
    )
    assert quotes["School buses keep their routes"] == "Maria Lopez"
    assert not any(text.startswith("Stuart Grossman") for text in quotes)


def test_the_title_written_with_a_capital_names_its_one_holder_even_after_a_doctors_title() -> None:
    ann = _extract(
        "Arrest at the church\n\nHealth Minister Dr.Anura Perera yesterday said that the clinic would reopen "
        "on Monday.\n\nThe Minister said that the man who was arrested had worked at the church for ten "
        "months.\n"
    )
    names = {p.key: p.name for p in ann.persons}
    quotes = {q.occurrences[0].anchor.text: names.get(q.speaker) for q in ann.quotes}
    assert quotes["the man who was arrested had worked at the church for ten months."] == "Anura Perera"


def test_the_police_of_no_place_named_speak_as_the_police() -> None:
    ann = _extract(
        "港岛昨晚拘捕两人\n\n警方昨晚在铜锣湾一带加强巡逻。之后警方表示,截至昨晚11时半,在港岛分别拘捕一男一女。\n\n"
        "江西南昌市警方3月5日表示,案件仍在调查。\n\n控方表示,该名男子当晚在案发地点附近出现。\n"
    )
    orgs = {o.name for o in ann.orgs}
    assert {"警方", "江西南昌市警方", "控方"} <= orgs
    assert not any(name.startswith("之后") for name in orgs)
    names = {o.key: o.name for o in ann.orgs}
    said = {q.occurrences[0].anchor.text[:8]: names.get(q.speaker) for q in ann.quotes}
    assert said["截至昨晚11时半"] == "警方"
    assert said["该名男子当晚在案"] == "控方"


def test_he_said_without_a_comma_and_the_narrator_turning_to_someone_else() -> None:
    ann = _extract(
        "立法會會期完結\n\n"
        "市長蔣萬安出席書展。結束看展後,蔣萬安分享今日採購書籍,他說主要選擇國際趨勢與城市治理的書。\n\n"
        "議員葉劉淑儀表示很滿意。她說稍後會發表完成本屆議會的感言。議員謝偉俊在會議結束後,未有前往宴會廳。"
        "他向記者表示,仍未決定會否參選下屆立法會。\n"
    )
    names = {p.key: p.name for p in ann.persons}
    said = {q.occurrences[0].anchor.text: names.get(q.speaker) for q in ann.quotes}
    assert said["主要選擇國際趨勢與城市治理的書。"] == "蔣萬安"
    assert said["稍後會發表完成本屆議會的感言。"] == "葉劉淑儀"
    assert said["仍未決定會否參選下屆立法會。"] == "謝偉俊"


def test_a_public_body_or_a_place_is_no_person_and_its_officer_speaks() -> None:
    ann = _extract(
        "Officer charged\n\nThe incident happened in Liberty Township on May 26, and Maryland Police later "
        "arrested the man.\n\n"
        '"This is not what we do. This is not who we are," Warren Police Commissioner Bill Dwyer said.\n'
    )
    persons = {p.name for p in ann.persons}
    assert "Liberty Township" not in persons and "Maryland Police" not in persons
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    said = {q.occurrences[0].anchor.text: names.get(q.speaker) for q in ann.quotes}
    assert said["This is not what we do. This is not who we are,"] == "Bill Dwyer"


def test_a_word_of_grammar_spelling_a_rare_surname_names_nobody() -> None:
    ann = _extract(
        "习马会在新加坡举行\n\n世界各地诸多主流媒体都报道认为,这是一次历史性的会面。\n\n"
        "警方表示,必须要等鉴识结果出来才能和大家说明原因。\n\n公司董事长都市丰表示,公司会全力配合。\n"
    )
    persons = {p.name for p in ann.persons}
    assert not persons & {"都报道", "和大家"}
    assert "都市丰" in persons  # after a title, the rare surname is one


@pytest.mark.parametrize(
    "first_line",
    ["更新时间:2022-01-04 21:05:50 新闻来源:日日直播", "This Article is From Jan 4, 2022", "(2022-01-04)"],
)
def test_a_page_opening_with_a_line_that_dates_it(first_line: str) -> None:
    ann = _extract(
        f"{first_line}\n广州队主教练出席新闻发布会\n"
        "北京时间1月4日15:30,中超联赛最后一轮比赛打响,广州队主教练刘智宇出席了新闻发布会。\n"
    )
    assert ann.published_date is not None and ann.published_date.start == dt.date(2022, 1, 4)
    assert not ann.published_guess


def test_a_day_in_someones_own_words_without_quote_marks_is_no_event() -> None:
    ann = _extract(
        "发布会实录\n\n2025年7月1日,外交部发言人刘建超主持例行记者会。\n\n"
        "刘建超：各位下午好！今天我们请来了三位嘉宾，去年我们一起走访了十个国家。\n"
    )
    assert [e.anchor.text[:7] for e in ann.events] == ["2025年7月"]
    assert any(q.occurrences[0].anchor.text.startswith("各位下午好") for q in ann.quotes)


@pytest.mark.parametrize("dateline", ["Shillong, July 8:", "July 8:"])
def test_a_datelines_place_in_title_case_or_its_day_alone(dateline: str) -> None:
    text = (
        f"Minister avoids questions\n\n{dateline} Union minister George Kurian refused to answer questions.\n"
    )
    ann = extract(Source("a.txt", text, text.encode(), "utf-8", "txt"), today=dt.date(2024, 8, 1))
    assert ann.published_date is not None and ann.published_date.start == dt.date(2024, 7, 8)


def test_an_english_wire_quotes_words_not_its_dateline_nor_its_misprinted_marks() -> None:
    ann = _extract(
        "Meetings held as needed\n\n"
        "PUTRAJAYA: Post-Cabinet meetings are held only when officials need to be told what to do, said "
        "Tourism Minister Datuk Mohamaddin Ketapi.\n\n"
        "He said the report, published yesterday, was untrue and defamatory.\n\n"
        "“Some think a meeting should follow every Cabinet meeting,“ he said.\n\n"
        "“If the matters are confidential only the secretary-general would be told,“ he said adding that "
        "the ministry's agencies would hear from him.\n"
    )
    quotes = {q.occurrences[0].anchor.text: q for q in ann.quotes}
    assert "Post-Cabinet meetings are held only when officials need to be told what to do" in quotes
    assert "Some think a meeting should follow every Cabinet meeting," in quotes
    assert "If the matters are confidential only the secretary-general would be told," in quotes
    assert "the ministry's agencies would hear from him." in quotes
    assert quotes["the report, published yesterday, was untrue and defamatory."].date is None


def test_a_ministers_title_of_several_portfolios_is_kept_whole() -> None:
    ann = _extract(
        "Meetings\n\nPost-Cabinet meetings are held when needed, said Tourism, Arts and Culture Minister "
        "Datuk Mohamaddin Ketapi.\n"
    )
    assert [r.title for p in ann.persons for r in p.roles] == ["Tourism, Arts and Culture Minister"]
