"""The article's title, author, publisher and publication date, from its first lines or dateline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from ...core.dateparse import ROC_YEAR_ONE, parse_date
from ...core.dates import DateParseError, FuzzyDate, day_date
from .credits import (
    CREDIT_LABELS,
    bylines,
    contributors,
    credit_line_author,
    credit_under_head,
    credits_in_bracket,
    flash_reporter,
    is_cn_byline,
    reporter_credit,
    sign_off,
    surnamed,
    writers_outlet,
)
from .dates import MONTHS_RE, DateMention, dateline_date, find_dates
from .filing import filing_head
from .lexicon import CAPTIONS, PUBLISHERS, SURNAMES_1
from .segment import EMBEDDED_POST, Span, is_furniture, lines
from .words import is_common_word

HEADER_SCAN = 6
HEAD_LINE_MAX = 160  # a longer line is prose, and is never matched against the head's patterns
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_AUTHOR = re.compile(  # (文‧圖/王小明: words and pictures by one)
    r"^(?:作者|文\s*[·/／]\s*图|图\s*[·/／]\s*文|图文|文|撰文|记者|编辑|By|BY|by)\s*[:：/|｜]?\s*"
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9}|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})"
    r"(?:\s*[/／]\s*[\u4e00-\u9fff]{1,6}(?:报导|报道|电|讯))?"
    r"(?:\s*[|·,，/／]\s*(?P<pub>.+))?(?:\s+[-–—])?$"  # By Jesse Campbell -: a dash the page set after it
)
_CN_DATELINE = re.compile(
    r"^\s*(?P<run>[\u4e00-\u9fff]{2,16}?|[A-Za-z][\w ]{1,15}?)?\s*"
    r"(?P<date>\d{1,2}月\d{1,2}日)\s*(?(run)(?:(?:奥运|体育|亚运)?专?电|讯|消息)|讯)"  # 8月12日奥运专电
)
_AGENCIES = (
    "新华社",
    "中新社",
    "中国新闻网",
    "中国新闻社",
    "中央社",
    "中通社",
    "人民网",
    "央视新闻",
    "路透社",
    "法新社",
    "美联社",
    "本报",
    "本网",
)
# a clock time printed before the date: "4:17 AM GMT+9, June 4, 2025"
_CLOCK_FIRST = re.compile(
    r"^\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: ?[A-Z]{2,4}(?:[+-]\d{1,2})?)?[ ,]{0,3}(?=[A-Z])"
)
_AGENCY_NAMES = {"AP": "The Associated Press"}
# an outlet credited as a byline's writer (by The Associated Press, By Reuters Staff, By CNN Wire)
_BY_OUTLET = re.compile(
    r"(?:The )?(?:Associated Press|Reuters|AFP|Agence France-Presse|Bloomberg|Xinhua)(?: (?:Staff|Wire))?"
    r"|(?:The )?[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3} (?:Press|News|Staff|Wire|Newsroom|Report)"
)
# a press release: CHARLOTTE, N.C., Feb. 4, 2025 /PRNewswire/ --
_PR_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .,'-]{2,40}?),?\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*"
    r"/(?P<wire>[A-Za-z -]*(?:Newswire|NEWSWIRE|Wire|WIRE)[^/]*)/\s*(?:--|[-–—])"
)
_EN_PLACE_LINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'-]{2,40}?)?\s*\((?P<pub>Reuters|AP|AFP|Bloomberg|Xinhua)\)\s*[-–—]"
)
# a TV station's dateline, its call sign in brackets: "DURHAM (WTVD) -- …", "CHARLESTON, W.Va. (WSAZ) - …"
_EN_STATION_LINE = re.compile(
    r"^(?!(?:UPDATE|BREAKING|WATCH|LIVE|VIDEO|PHOTOS?)\b)"  # (not a page's label: UPDATE (WSAZ) -)
    r"(?P<place>[A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Z][\w.]{1,12})?\s*\((?P<pub>[A-Z]{3,5}(?:-TV)?)\)"
    r"\s*(?:--?|[–—])\s+"
)
# Taiwan's Central News Agency, its reporters and place before the day: (中央社記者楊明珠、曹姮東京7日專電)
_CNA_DATELINE = re.compile(
    r"^\s*[（(](?P<pub>中央社)(?:记者|記者)?(?P<by>[^()（）\n]{2,30}?)(?P<date>\d{1,2}日)(?:专电|專電|电|電)[）)]"
)
_THREE_CHARACTER_PLACES = ("华盛顿", "旧金山", "洛杉矶", "新德里", "莫斯科", "吉隆坡", "耶路撒冷", "布鲁塞尔")
# a paper's dateline in brackets, by the day only: (北京19日讯), (芙蓉、波德申26日讯)
_CN_PAREN_DATELINE = re.compile(r"^\s*[（(](?P<place>[\u4e00-\u9fff、]{2,12}?)(?P<date>\d{1,2}日)[讯电][）)]")
# a paper's own or a reposted wire's dateline: "LONDON, DEC 6: …", "NEW YORK - …", an agency's after
# the day: "YEREVAN, AUGUST 22, ARMENPRESS. …"
_EN_BARE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?:,\s+(?P<date>(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.? \d{1,2})\s*(?:[:—–]|,\s+[A-Z][A-Z-]{2,15}\.)"
    r"|\s+[-–—])\s+(?=[A-Z])"
)
# the same with the place in title case, or the day alone: "Shillong, July 8: …", "July 31: Minister…"
_EN_TITLED_DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}),\s+)?"
    rf"(?P<date>{MONTHS_RE}\.? \d{{1,2}})\s*[:—–]\s+(?=[A-Z])"
)
_EN_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'-]{2,40}),?\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)\s*"
    r"\((?P<pub>Reuters|AP|AFP|Bloomberg|Xinhua)\)\s*[-–—]"
)
# the outlet and its day in brackets after the place: "LAHORE, (UrduPoint / Pakistan Point News - 21st Oct,
# 2019 ) :"
_EN_PAREN_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'-]{2,30}),\s*\((?P<pub>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})(?:\s*/[^()]*?)?"
    rf"\s*[-–—]\s*(?P<date>\d{{1,2}}(?:st|nd|rd|th)? {MONTHS_RE}\.?,? \d{{4}}"
    rf"|{MONTHS_RE}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\s*\)\s*[:：\-–—]\s*"
)
# a source line naming the outlet and, after it, its writer: www.taihainet.com 来源: 台海网 刘强
_SOURCE_NAMED = re.compile(r"来源\s*[:：]\s*(?P<pub>[^\s\d]{2,12})\s+(?P<name>[\u4e00-\u9fff]{2,3})\s*$")
# a credit inside a date or source line: "2025年06月18日 14:32 来源：某财经网 作者：李明"
# (its name up to the next field's label: 作者:张占友来源:区融媒体中心)
_INLINE_AUTHOR = re.compile(
    rf"(?:作者|记者|撰文|文) ?[:：] ?(?P<name>(?:(?!{CREDIT_LABELS})[\u4e00-\u9fff·]){{2,10}})"
)
_REPORTER = re.compile(
    r"\s*[（(]\s*(?:记者|通讯员)\s*(?P<name>[\u4e00-\u9fff]{2,4})(?:(?:\s*[、，,]\s*|\s+)[\u4e00-\u9fff]{2,4})*\s*[）)]\s*"
)
# a dateline's bracket naming its reporters without a title: 中新社北京3月3日电 (王高飞 陈庆洋)
_NAMES_BRACKET = re.compile(
    r"\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{2,3})(?:\s+[\u4e00-\u9fff]{2,3}){0,3}\s*[）)]\s*"
)
# a page's chrome above the headline: "海澄广播电视台 | 海澄新闻网", "首页 > 新闻 > 海澄财经"
_CHROME_ITEM = r"[^|｜>›»\s](?:[^|｜>›»]{0,10}[^|｜>›»\s])?"
# 您的位置:首页 > …, 您所在的位置:福州理论在线 >> 理论专题 >> 正文
_WHERE_WORDS = r"(?:您的|你的|您当前的|您當前的|当前|當前|您所在的|你所在的)(?:所在)?位置\s*[:：]\s*"
_WHERE = rf"(?:{_WHERE_WORDS})?"
_BREADCRUMB = rf"^\s*{_WHERE}(?:首页|Home)\s*[>›»]"  # 首页 > 新闻 > 海澄财经
_SITE_CHROME = re.compile(
    rf"^\s*(?:张贴者|发帖人|楼主)\s*[:：]?\s*$"  # a forum's label above the post it reposts
    rf"|{_BREADCRUMB}|^\s*{_CHROME_ITEM}(?:\s+[|｜]\s+{_CHROME_ITEM})+\s*$"
    rf"|^\s*{_WHERE_WORDS}[^>›»\n]{{1,20}}(?:\s*[>›»]{{1,2}}\s*[^>›»\n]{{1,20}})+\s*$"  # …位置:A >> B >> 正文
    rf"|^\s*{_CHROME_ITEM}(?:\s*[>›»]\s*{_CHROME_ITEM}){{2,}}\s*[>›»]?\s*$"  # 您的位置:阳光东坑 > 今日看点 >
    rf"|^\s*\[[a-z][a-z0-9_-]*\]\s*$"  # a page builder's code left unrendered: [get-weather-slider]
    rf"|^[^。，,]{{0,10}}(?:登录|登入)\s*[|｜/]?\s*(?:注册|註冊)\s*$"  # 一网搜 登录| 注册
)
_CHROME_LINES = 3  # how far down a page's chrome may run above its headline
_NAMED_CHROME_LINES = 6  # …under the site's name on a line of its own: its links, menus and breadcrumb
_SITE_NAME_MAX = 12  # characters in a site's name on a line of its own above its chrome
# the links a site prints at its top: 设为首页 | 收藏本站 | 登录
_SITE_LINKS = re.compile(r"设为首页|設為首頁|收藏本站|加入收藏|登录|登入|注册|註冊")
# a byline with its date: "Clara Voss Oct 21, 2025 ∙ Free post", "Dan Seow | May 08, 2024, 01:03 PM"
_EN_BYLINE_DATE = re.compile(
    r"^(?:By )?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})\s+(?:[|∙·•]\s*)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})"
    r"(?:,?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*[∙·•|].*)?$"
)
# an editor credited after the author on one line: 文｜沈知遥　编辑｜唐棠
_EDITOR_AFTER = re.compile(r"(?<=\S)\s{1,4}(?:编辑|责编|责任编辑|校对|摄影) ?[|｜:：] ?\S+\s*$")
# a wire site's clock and age after its date: "January 24, 2013 / 8:36 PM / in 5 years"
_CLOCK_AGO = re.compile(r"\s*/\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*/[^/]{0,30})?$")
# a site's address before its date: http://www.CRNTT.com   2024-02-03 00:20:17
_SITE_ADDRESS = re.compile(r"^(?:https?://)?www\.[\w.-]+\s+(?=\d)")
# a site's name, address and date opening its text: 顶尖财经网(www.58188.com)2023-12-17 19:01:43讯:, or
# an outlet's name and its date and clock, without an address: 澎湃新闻2025-11-17 18:20:28
_SITE_DATE = re.compile(
    r"^(?P<pub>[^\s\d(（]{2,12})(?:[(（](?:https?://|www\.)[^)）]{3,60}[)）])?\s*"
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*讯?\s*[:：]?$"
)
# a portal's line of a date, its clock and the outlet it carries: 2003年10月04日16:33 中国新闻网
_DATE_THEN_OUTLET = re.compile(
    r"^(?P<date>\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"(?P<pub>[\u4e00-\u9fff]{1,8}(?:网|报|社|台|新闻|媒体))$"
)
# an English portal's stamp run into the wire it carries, and its editor
# (2018-11-28 09:10:21Xinhua Editor : Mo Hong'e ECNS App Download)
_DATE_THEN_WIRE = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?P<pub>[A-Z][A-Za-z]{2,20})"
    r"(?:\s+Editor\s*:.*)?$"
)
# a page's numeric date with its clock on either side: "22:01 12/11/2012", "04/23/2011 5:02 PM"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_NUMERIC_DAY = re.compile(
    rf"^(?:{_CLOCK}\s+)?(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<year>\d{{4}})(?:,?\s+{_CLOCK})?$"
)
# a credit line's labelled numeric day: … Published 18.05.19, 06:40 PM; … | Updated: 02-11-2022 01:55 IST
_LABELLED_NUMERIC = re.compile(
    r"(?:^|[\s|·])(?:Published|(?:Last )?Updated|Posted|Created)(?: on)?\s*:?\s*"
    r"(?P<a>\d{1,2})([./-])(?P<b>\d{1,2})\2(?P<year>\d{4}|\d{2})(?![\d./-])"
)
# a writer credited with the outlet or account they write for: 赵超逸/@央视新闻
_NAME_SLASH_OUTLET = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／]\s*@?(?P<pub>[^\s/／@]{2,16})$")
# a writer credited by name and e-mail under the headline: 齐倩邮箱:qiqian@guancha.cn
_NAME_MAIL = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3})\s*(?:邮箱|信箱|电邮|E-?mail)\s*[:：]?\s*[\w.+-]+@[\w.-]+$", re.I
)
# a page's fields of writer, time and counter on one line: 作者:孫曜樟 時間:2025-06-05 人氣:
_LABELLED_FIELDS = re.compile(
    r"^作者\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,3})\s+(?:时间|時間|日期)\s*[:：]\s*(?P<date>\d{4}-\d{1,2}-\d{1,2})(?:\s.*)?$"
)
# a paper, a news agency or a desk credited in a writer's place
_OUTLET_CREDIT = re.compile(
    r"(?:日报|日報|晚报|晚報|报社|報社|通讯社|通訊社|电视台|電視台|采访组|採訪組|编辑部|編輯部|新闻组|新聞組)$"
)
# what a page prints in its author's place when it names nobody: 作者:佚名
_UNNAMED = frozenset(("佚名", "匿名", "不详", "未知", "无名氏", "消息"))  # 作者:消息: a news item, no one
# a sentence of the story, not a line of the page's head
_EN_PROSE = re.compile(r"[a-z0-9)][.!?][\"”’]?\s+[\"“]?[A-Z]")
_SENTENCE_END = re.compile(r"(?:[。！？]|[a-z0-9)][.!?]|(?<=[a-z] )[A-Z]{2,5}[.!?])[\"”’」』]?\s*$")
PROSE_LINE_MIN = 100  # a line of comma clauses ending in a full stop this long is the story's
_PROSE = re.compile(r"[。！？；][^。！？；]")
CN_PROSE_LINE_MIN = 40
# an English sentence of eight words or more closed by a full stop after a word, as no headline is
# printed ("Commissioners approved several items … at the Jan. 11 meeting.", "… chairman of the County
# Commission.", "A crash … left one person dead … Saturday morning."; not "… : U.N.")
_EN_SENTENCE_LINE = re.compile(r"^(?=(?:\S+\s+){7})[A-Z“\"][^\n]*(?:\b[a-z]{2,}|[a-z]{3,})[.!][\"”’]?\s*$")
_CN_CLAUSES_ENDED = re.compile(r"[，,][^，,]*。[”」』]?\s*$")
_CN_DATED_OPENING = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚间?|早上)?[,，]")
_CN_SENTENCES = re.compile(
    r"[\u4e00-\u9fff][^。！？\n]{8,}[。！？][”」』]?[^。！？\n]{8,}[。！？][”」』]?\s*$"
)
# an embedded post's signature line: — Alexander Houck (@AHouckamongus) August 30, 2017
EMBED_SIGNATURE = re.compile(r"^\s*[—–-]{1,2}\s*[^()\n]{1,60}\(@\w{1,30}\)")
# a page's reading-time badge run into its date: Mon., Aug. 17, 20201 min. read
_READING_TIME = re.compile(r"(?<=(?:19|20)\d\d)\s*\d{1,3}\s*min(?:ute)?s?\.?\s+read\s*$", re.I)
# a page's counters after the source: 阅读 3.2万, 评论 12
_COUNTERS = re.compile(
    r"\s+(?:-{1,2}\s*)?(?:阅读|浏览|评论|点赞|Views?|Comments?)(?:人次|次数)?\s*[:：]?\s*[\d.,]+\s*[万千kK]?.*$"
    r"|\s*[|·]\s*[\d.,]+\s*(?:views?|comments?|reads?)\b.*$",  # … 2013 | 1893 views | 0 0 comments | print
    re.I,
)
# a weekday after a date line's date: 2025年9月24日 星期三
_WEEKDAY_AFTER = re.compile(r"\s*(?:星期|周|週)[一二三四五六日天]\s*$")
# a column's or section's name after a date line's date: 2019年7月24日 时事脉搏
_SECTION_AFTER = re.compile(r"(?<=日)\s+[\u4e00-\u9fff]{2,6}$")
# a label before a headline: 【视频】, 【独家】
_TITLE_TAG = re.compile(r"^【[^】]{1,4}】\s*")
# a WeChat article's meta line: 原创 林晚 硅基观察 2025年11月19日 07:30 北京
_ACCOUNT_LINE = re.compile(
    r"^(?:原创\s+)?(?:(?P<author>[\u4e00-\u9fff·]{2,6})\s+)?(?P<pub>[^\s\d][^\s]{1,20})\s+"
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?|\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2})?)"
    r"(?:\s+[\u4e00-\u9fff]{2,4})?$"
)
# a paper's own story: 本报讯（记者 王晓峰 通讯员 李涛）, or by the paper's or a county's media centre's
# name: 重庆晨报讯 (记者 刘琳), 都昌县融媒体中心讯(记者 付文龙 王会治)
_PAPER_LEAD = re.compile(
    r"^(?:本报|本网|本台)(?:讯|消息)|^[\u4e00-\u9fff]{2,8}?(?:[报网台]|中心)讯(?=\s*[（(]\s*(?:记者|通讯员))"
)
# a newspaper page's head line: 澄州日报 2025年5月14日 星期三 第A02版：要闻
_MASTHEAD = re.compile(
    r"^(?P<pub>[^\d\s]{2,16}?)\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})"
    r"\s*(?:(?:星期|周)[一二三四五六日天])?\s*(?:第\s*[A-Z]?\d{1,3}\s*版.*)?$"
)


@dataclass
class Header:
    """What the first lines say about the article."""

    title: str
    author: str
    publisher: str
    published: FuzzyDate | None
    published_text: str
    lines_used: int
    dateline: Span | None = None
    stamp: Span | None = None  # the store's day before the first line ( date 2020-09-29 Wukela said…)
    credits: list[tuple[str, Span]] = field(default_factory=list)
    own_voice: bool = False  # a company's own filing: what its board announces is the text, not a quote
    posted: FuzzyDate | None = None  # the day an embedded post near the top was posted: a guess at most


# what one header line is: its kind, what it gives, and what follows (a publisher, a byline's rest)
HeaderLine = (
    tuple[Literal["account"], re.Match[str], str]
    | tuple[Literal["date"], FuzzyDate, str]
    | tuple[Literal["author", "publisher"], str, str]
)


MENU_MAX = 30  # how many lines a site's menu, one item a line, may take above its breadcrumb
_MENU_ITEM = re.compile(r"^\s*[\w&]{1,8}\s*$")  # 新闻, 财经, 新健康, Sports


def _past_menu(top: list[Span]) -> int:
    """How many lines a site's menu of one item a line and the breadcrumb under it (首页 > 新闻 > 社会资讯)
    take at the top of a page (0 when the page opens otherwise)."""
    for i, line in enumerate(top):
        if i >= 3 and re.match(_BREADCRUMB, line.text):
            return i + 1
        if not _MENU_ITEM.match(line.text):
            return _past_app_chrome(top)
    return 0


# one item of an app's page chrome, a line of its own: a button's word, the app's name, a mark (⁺)
_APP_CHROME_ITEM = re.compile(
    r"\s*(?:[^\w\s]+|[\w ]{0,10}APP|(?:扫描二维码)?下载APP|登录|注册|退出登录|个人中心|历史|收藏|订阅"
    r"|分享|点赞|评论|关注|首页|返回|搜索|更多|菜单|看现场|用手机看)\s*",
    re.IGNORECASE,
)


def _past_app_chrome(top: list[Span]) -> int:
    """How many lines of an app's chrome (看看新闻APP, 登录, 收藏, ⁺) stand above a headline whose next line
    is its time stamp (2021-07-29 19:29:37 看看新闻Knews综合); 0 when the page opens otherwise (a short
    headline and its byline above a dek and a stamp are no chrome)."""
    head = next((i for i, line in enumerate(top) if not _APP_CHROME_ITEM.fullmatch(line.text)), None)
    if head is None or head < 3 or head + 1 >= len(top):
        return 0
    return head if _STAMP.match(top[head + 1].text.strip()) else 0


# a Chinese paper's kicker (引题), a line running on into the headline under it by its dash
_KICKER = re.compile(r"[\u4e00-\u9fff”」》][—–]{1,2}\s*$")


def read_header(text: str, today: FuzzyDate) -> Header:
    """Title, author, date and publisher from the first dozen lines: past a site's chrome and a
    newspaper page head, the headline; then dek, bylines and date lines, or a wire dateline; a
    filing's head instead when a stock-code line is among them."""
    all_lines, stamp = _past_store_day(lines(text))
    filing = filing_head(all_lines)
    if filing is not None:
        filed = _date_or_none(filing.signed)
        return Header(
            filing.title,
            "",
            filing.issuer,
            filed,
            filing.signed if filed else "",
            filing.lines_used,
            own_voice=True,
        )
    skip = _past_menu(all_lines[:MENU_MAX])
    first = all_lines[: skip + HEADER_SCAN + 5]
    author = publisher = published_text = ""
    published: FuzzyDate | None = None
    chrome_lines = _CHROME_LINES
    if skip == 0 and _named_above_chrome(first):
        publisher, skip, chrome_lines = (
            first[0].text.strip(),
            1,
            _NAMED_CHROME_LINES,
        )  # 东莞阳光网 above 设为首页
    section = ""  # the last place a breadcrumb names: 当前位置:首页 > 网络视听 > 新闻播报
    while (
        skip < chrome_lines
        and len(first) > skip + 1
        and _head_like(first[skip].text)
        and _SITE_CHROME.match(first[skip].text)
    ):
        publisher = publisher or _site_name(first[skip].text)
        section = re.split(r"[>›»]", first[skip].text)[-1].strip() or section
        skip += 1
    if section and len(first) > skip + 1 and first[skip].text.strip() == section:
        skip += 1  # the section's name printed again under its breadcrumb: no headline
    masthead = (
        _MASTHEAD.match(first[skip].text) if len(first) > skip + 1 and _head_like(first[skip].text) else None
    )
    if masthead:
        publisher = masthead.group("pub")
        published = _date_or_none(masthead.group("date"))
        published_text = masthead.group("date") if published else ""
        skip += 1
    opens_by = len(first) > skip + 1 and _head_like(first[skip].text) and first[skip].text.startswith("By ")
    byline = _header_line(first[skip].text) if opens_by else None
    if byline is not None and byline[0] == "author":
        author, skip = byline[1], skip + 1  # By Chris Gregory, Managing Editor: a byline, no headline, above
    fields = _LABELLED_FIELDS.match(first[skip].text.strip()) if len(first) > skip + 1 else None
    if fields is not None and surnamed(fields.group("name")) and not author:  # 作者:孫曜樟 時間:… above it
        author, skip = fields.group("name"), skip + 1
        labelled = _date_or_none(fields.group("date"))
        if labelled is not None and published is None:
            published, published_text = labelled, fields.group("date")
    while len(first) > skip + 1 and (_photo_caption(first[skip].text) or is_cn_byline(first[skip].text)):
        skip += 1  # ▲…(圖/凃珮雅攝) above the headline, 通讯员 肖利伟: a caption, a byline
    if len(first) > skip and (
        _CN_DATELINE.match(first[skip].text)
        or _CN_PAREN_DATELINE.match(first[skip].text)  # (诗巫3日讯)…: a Malaysian paper's lead
        or _CNA_DATELINE.match(first[skip].text)
        or _is_prose(first[skip].text)
    ):  # no headline: the text opens with its dateline, or with its story
        header = Header("", author, publisher, published, published_text, skip, stamp=stamp)
        _dateline(text, first[skip:], header, today)
        return _finish(text, first, header)
    kicker = (
        len(first) > skip + 1 and _KICKER.search(first[skip].text) and _headline_like(first[skip + 1].text)
    )
    skip += 1 if kicker else 0  # 重庆市…“院坝宣讲”乡村振兴战略—— over its headline: the headline is the title
    title = _COUNTERS.sub("", _TITLE_TAG.sub("", first[skip].text)) if len(first) > skip else ""
    title, author = _without_byline(title, author)
    used = skip + 1
    opening_line, opening_author = _inline_credit(title)
    opening = _header_line(opening_line) if title and published is None else None
    dated_first = False  # the text starts at its date line: the next line may be the headline
    if opening is not None and isinstance(opening[1], FuzzyDate):
        dated_first = True
        published, published_text, title = opening[1], opening[1].text, ""  # the text starts at its date line
        publisher, author = publisher or opening[2], opening_author  # 2011-04-16 00:00:00 作者:姚静 来源:…
    for i, line in enumerate(first[skip + 1 : HEADER_SCAN + 1 + skip], start=skip + 1):
        if not _head_like(line.text):
            break
        text_line, credited = _inline_credit(line.text)
        author = author or credited
        if dated_first and i == skip + 1 and _header_line(text_line) is None and _headline_like(text_line):
            title, used = text_line.strip(), i + 1  # Monday, July 10, 2017 / Californians Urged to Heed…
            continue
        if _SITE_CHROME.match(text_line):
            used = i + 1
            continue
        found = _header_line(text_line)
        if found is not None and found[0] == "author" and title and found[1] in title:
            break  # 生于1984年,马玥已任…代市长 … 马玥: the one the story is about, named under her photo
        if (
            found is None
            and i == skip + 1
            and i + 1 < len(first)
            and _head_like(first[i + 1].text)
            and _byline_below(first[i + 1].text, title)
        ):
            used = i + 1  # a dek under the headline, above the byline
            continue
        if found is None:
            break
        if found[0] == "date" and published is None:
            published, published_text = found[1], found[1].text
            publisher = publisher or found[2]
        elif found[0] == "author" and not author:
            author = found[1]
            extra_date, extra_pub = _byline_rest(found[2])
            if extra_date is not None and published is None:
                published, published_text = extra_date, extra_date.text
            publisher = publisher or extra_pub
        elif found[0] == "publisher" and not publisher:
            publisher = found[1]
        elif found[0] == "account":
            account = found[1]
            author = author or (account.group("author") or "")
            publisher = publisher or account.group("pub")
            if published is None:
                published, published_text = _date_or_none(account.group("date")), account.group("date")
        used = i + 1
    header = Header(title, author, publisher, published, published_text, used, stamp=stamp)
    _dateline(text, first[used:], header, today)
    return _finish(text, first, header)


# a byline run on after the headline, its names in capitals or its writers' outlet after them: "Rain
# cripples New York City transit By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers" (not the
# title "Stand By Me Returns")
_NAME_WORDS = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
_CAPITALS = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}"
_TITLE_BYLINE = re.compile(
    rf"\s+By\s+(?:(?P<name>{_NAME_WORDS})(?: and {_NAME_WORDS})?,\s*[A-Z][\w .&'’-]{{1,40}}?\s+"
    rf"(?:Staff\s+)?(?:Writers?|Reporters?|Correspondents?|Editors?)"
    rf"|(?P<caps>{_CAPITALS})(?: and {_CAPITALS})?)\s*$"
)


def _headline_like(line: str) -> bool:
    """A line that may be a headline: words enough (three English, six Chinese), no sentence of prose, no
    sentence's end (。, a final full stop), no paper's page (第B05版:澳聞), site's links (网站首页 专题 详情),
    date (参考消息网2026-03-04号报道), byline, credit, dateline or chrome (By Tom Wu, 来源:人民网, 新华社北京
    11月23日电, WASHINGTON —, Listen to this article, 分享到:微信)."""
    words = len(re.findall(r"[A-Za-z]+", line)) + len(re.findall(r"[\u4e00-\u9fff]", line)) / 2
    return (
        words >= 3
        and not _is_prose(line)
        and not _SITE_CHROME.match(line)
        and not _inline_credit(line)[1]
        and not re.search(r"[。！？]|\.\s*$|第\s*[A-Z]?\d+\s*版|首[页頁]|\d{4}\s*[-/.年]\s*\d{1,2}", line)
        and not _NOT_A_HEADLINE.search(line)
    )


# what opens or ends a line of a page's head that is no headline: a byline, a credit, a source, a
# dateline, a share or listen button, an advertisement, a photo's credit
_NOT_A_HEADLINE = re.compile(
    r"^\s*(?:By\b|[（(]|来源|來源|责任编辑|責任編輯|编辑|編輯|记者|記者|作者|字号|分享|打印|点击|點擊|Photo|Updated"
    r"|Share|Listen|Advertisement|Published|Posted)|(?:电|電|[—–-])\s*$",
    re.I,
)


def _byline_below(line: str, title: str) -> bool:
    """True when a line reads as a head line (a byline, a date, a publisher), not as the name of the one
    the headline is about."""
    found = _header_line(line)
    return found is not None and not (found[0] == "author" and title and found[1] in title)


def _without_byline(title: str, author: str) -> tuple[str, str]:
    """A headline without the byline printed after it on its line, and the first name it credits."""
    m = _TITLE_BYLINE.search(title)
    if m is None or m.start() == 0:
        return title, author
    return title[: m.start()], author or m.group("name") or m.group("caps")


def _inline_credit(line: str) -> tuple[str, str]:
    """A head line without the author credited inside it (… 作者:姚静 来源:…), and that author."""
    credit = _INLINE_AUTHOR.search(line)
    if credit is None or credit.start() == 0:
        return line, ""
    return (line[: credit.start()] + " " + line[credit.end() :]).strip(), credit.group("name")


def _is_prose(line: str) -> bool:
    """A paragraph of the story, not a headline: longer than any head line, and of sentences; or a
    long sentence of comma clauses ending in a full stop, which no headline prints."""
    if len(line) > HEAD_LINE_MAX and len(_PROSE.findall(line) + _EN_PROSE.findall(line)) >= 2:
        return True
    # 3月20日,市委召开会议,…。余胜祥主持会议并讲话。: two Chinese sentences, which no headline prints
    if len(line) >= CN_PROSE_LINE_MIN and _CN_SENTENCES.search(line):
        return True
    if _CN_DATED_OPENING.match(line) and (len(line) >= CN_PROSE_LINE_MIN or line.rstrip().endswith("。")):
        return True  # 12月20日,外交部发言人华春莹在例行记者会上回答…: a lead opening with its day
    if len(line) >= CN_PROSE_LINE_MIN and _CN_CLAUSES_ENDED.search(line):
        return True  # 安徽网 大皖客户端讯 5月30日上午9时许,…进行抓捕。: clauses ending in 。, as no headline
    if _EN_SENTENCE_LINE.match(line):
        return True
    return len(line) >= PROSE_LINE_MIN and bool(_SENTENCE_END.search(line)) and bool(re.search("[,，]", line))


def _finish(text: str, first: list[Span], header: Header) -> Header:
    """Credits signed off or listed in the text, a publisher named on a line of its own, and a
    date printed near the top when no head line gave one."""
    signed = sign_off(text)
    header.author = (
        (header.author if header.author not in _UNNAMED else "")
        or credit_line_author(text)
        or credit_under_head(text)
        or reporter_credit(text)
        or flash_reporter(text)
        or (signed[0][1].text if signed else "")
    )
    if _OUTLET_CREDIT.search(header.author):  # 作者: 現代澳門日報, 文:論盡採訪組: the paper, no one
        header.publisher, header.author = header.publisher or header.author, ""
    header.credits += contributors(text) + [c for c in signed if c[1].text != header.author]
    known = {span.text for _, span in header.credits} | {header.author}
    header.credits += [c for c in bylines(text) if c[1].text not in known]
    if not header.author:  # 作者:崔佳 蒋云龙 closing the story: the first is its author, the rest its writers
        header.author = next((span.text for role, span in header.credits if role == "作者"), "")
    if not header.publisher:
        header.publisher = writers_outlet(text) or _publisher_mentioned(text)
    _month_first_if_spelled(first, header)
    _credit_stamp(text, header)
    if header.stamp is not None and (header.published is None or header.published.year_inferred):
        _store_day(header, header.stamp)
    if header.published is None or header.published.year_inferred:
        _first_full_date(first, header)  # a full date near the top beats a dateline's guessed year
    if header.published is None or header.published.year_inferred:
        _release_day(text, header)
    if header.published is None or header.published.year_inferred:
        _stamp_at_end(text, header)
    return header


# a story's own stamp after its reporter's credit, on a line of its own: 【人間社 黃秋治 高雄報導】 2023-02-22
# (not a related story's: 相关阅读:【本报记者王明报道】 2019-01-01)
_CREDIT_STAMP = re.compile(
    r"^[ \t]*【[^【】\n]{2,40}(?:报道|报导)】[ \t]*(?P<date>\d{4}-\d{1,2}-\d{1,2})[ \t]*$", re.MULTILINE
)
CREDIT_STAMP_REACH = 1500  # how far into the text such a credit is looked for


def _credit_stamp(text: str, header: Header) -> None:
    """The day a story's credit line stamps dates it, over any date the page's head prints (a portal's
    today: 2025年08月16日 星期六 above a story of 2023)."""
    m = _CREDIT_STAMP.search(text, 0, CREDIT_STAMP_REACH)
    stamp = _date_or_none(m.group("date")) if m is not None else None
    if m is not None and stamp is not None:
        header.published, header.published_text = stamp, m.group("date")


def _release_day(text: str, header: Header) -> None:
    """A release's day on a line of its own after its label, below a site's chrome (臺南市政府: a weather
    widget's sixty lines, then 發稿時間: 113年1月1日 08:45)."""
    for line in lines(text)[:RELEASE_REACH]:
        m = _ROC_DAY.fullmatch(line.text)
        day = _roc_day(line.text) if m is not None and m["release"] else None
        if day is not None:
            header.published, header.published_text = day, day.text
            return


STAMP_LINES = 4  # how many of a page's last lines may hold its time stamp
# a page's time stamp: a day and a clock time in numbers (2012-11-17 00:00:00)
_STAMP = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d) [0-2]\d:[0-5]\d(?::[0-5]\d)?(?!\d)"
)


def _stamp_at_end(text: str, header: Header) -> None:
    """A time stamp among the page's last lines (an e-paper's record: 420948 2012-11-17 00:00:00 六 …)
    dates the article when its head printed no full date."""
    for line in [x for x in text.splitlines() if x.strip()][-STAMP_LINES:]:
        m = _STAMP.search(line)
        if m is None:
            continue
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        header.published, header.published_text = day_date(day, text=m.group()), m.group()
        return


STAMP_WITHIN = 200  # how far into a page's first line its time stamp may stand
# a day printed with its year and then a clock time: a page's time stamp (2021年6月23日 23:09)
_CLOCKED_DAY = re.compile(
    r"(?<!\d)(?P<day>(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d-\d\d-\d\d)\s*[0-2]?\d:[0-5]\d(?!\d)"
)
# a day its label says the page was published on, past how long ago: 發佈於 1 年 前 2024 年 10 月 31 日,
# or after a colon: …市民可監察議員 政情 發布時間: 2023/05/05 分享
_LABELLED_STAMP = re.compile(
    r"(?:(?:發佈於|發布於|发布于|發表於|发表于)\s*(?:\d{1,3}\s*(?:年|個?月|个?月|天|日|小時|小时|分鐘|分钟)\s*前\s*)?"
    r"|(?<![\u4e00-\u9fff])(?:发布时间|发布日期)\s*[:：]\s*)"
    r"(?P<day>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d(?P<sep>[/-])\d{1,2}(?P=sep)\d{1,2}(?!\d))"
)

# a time stamp after its label opening a line the story runs on in (时间:2019-05-30 20:18:38 来源:…)
_LABELLED_CLOCK = re.compile(
    r"\s*(?:发布时间|发布日期|时间|日期|發布時間|時間)\s*[:：]\s*"
    r"(?P<day>(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)\s*[0-2]?\d:[0-5]\d"
)
# a page's day as the store of saved pages prefixes it to the first line: " date 2023-04-10 He scores…"
_STORE_DAY = re.compile(r"\s*date (?P<day>(?:19|20)\d\d-\d\d-\d\d)(?= )")
# a press release's head, its day first: "NEWS RELEASE April 17, 2025 CONTACTS: …"
_RELEASE_DAY = re.compile(
    r"\s*(?:(?:NEWS|PRESS|MEDIA) RELEASE|FOR IMMEDIATE RELEASE)\s*[:–—-]?\s*"
    r"(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2},? (?:19|20)\d\d)\b"
)

# a date line in the Republic of China's years, as Taiwan's government prints it: 114年01月13日 (2025)
_ROC_DAY = re.compile(
    # a release's label: 發稿時間:115年2月9日
    r"\s*(?:(?P<release>发稿|发布|刊登|更新|發稿|發布|發佈)(?:时间|日期|時間)\s*[:：]\s*)?"
    r"(?:中華民國|中华民国|民國|民国)?\s*(?P<y>1\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*[0-2]?\d:[0-5]\d)?\s*"  # and its clock: 發稿時間: 113年1月1日 08:45
)
# the same after its label in numbers: 新聞日期:98-12-23 (金門縣議會: 2009), 發布日期:113/05/01; a two-digit
# year is the Republic's only after 新聞日期, which no page of another calendar was seen to print
_ROC_NUMERIC = re.compile(
    r"\s*(?P<label>新聞|新闻|發稿|发稿|發布|发布|發佈|刊登|更新)(?:時間|时间|日期)\s*[:：]\s*"
    r"(?P<y>1\d\d|[1-9]\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\s*"
)
RELEASE_REACH = 100  # how far down a page (a site's chrome above) a release's labelled day may be printed


def _roc_day(line: str) -> FuzzyDate | None:
    """The day a line that is only a date in the Republic of China's years prints, or None."""
    m = _ROC_DAY.fullmatch(line) or _ROC_NUMERIC.fullmatch(line)
    if m is None or (len(m["y"]) == 2 and m.groupdict().get("label") not in ("新聞", "新闻")):
        return None  # a two-digit year is else the century's (15年3月2日: 2015), not the Republic's
    try:
        day = dt.date(int(m["y"]) + ROC_YEAR_ONE, int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return day_date(day, text=line.strip())


def _store_day(header: Header, stamp: Span) -> None:
    """The page's day as the store of saved pages gives it, unless the page prints its own day without
    its year (March 3 under " date 2020-09-29"): then that day, in the year the store gives."""
    stored = find_dates(stamp.text, stamp.start, None)[0].date
    printed = header.published
    day = (
        _in_year_of(printed.start, stored.start)
        if stored and printed and printed.precision == "day"
        else None
    )
    if day is None:
        header.published, header.published_text = stored, stamp.text.removeprefix("date ")
    else:
        header.published = day_date(day, text=printed.text if printed else "")


def _in_year_of(printed: dt.date, stored: dt.date) -> dt.date | None:
    """A month and day printed without a year, in the store's year (the year before, when that would
    put it more than a day after the store's day); None for 29 February in a year without one."""
    try:
        day = printed.replace(year=stored.year)
        return day if day <= stored + dt.timedelta(days=1) else day.replace(year=stored.year - 1)
    except ValueError:
        return None


def _past_store_day(all_lines: list[Span]) -> tuple[list[Span], Span | None]:
    """The page's lines, the first without the day the store of saved pages prefixes to it ( date
    2020-09-29 Wukela said earlier…: the story opens after it), and where that day is printed."""
    m = _STORE_DAY.match(all_lines[0].text) if all_lines else None
    if m is None:
        return all_lines, None
    line = all_lines[0]
    rest = line.text[m.end() :]
    at = m.end() + len(rest) - len(rest.lstrip())
    stamp = Span(line.start + m.start("day") - len("date "), line.start + m.end(), "date " + m.group("day"))
    return [Span(line.start + at, line.end, line.text[at:]), *all_lines[1:]], stamp


def _first_full_date(head: list[Span], header: Header) -> None:
    """The first day printed with its year near the top ("Posted in Business on 2025-03-04 by
    admin") is the publication date when no line says so in a form known above; a short line
    that is not a sentence is then part of the head."""
    for i, line in enumerate(head):
        stamped = (
            (
                _CLOCKED_DAY.search(line.text, 0, STAMP_WITHIN)
                or _LABELLED_STAMP.search(line.text, 0, STAMP_WITHIN)
                or _RELEASE_DAY.match(line.text)
                or _STORE_DAY.match(line.text)
            )
            if i == 0
            else _LABELLED_CLOCK.match(line.text)
        )
        if stamped is not None:  # a page flattened into one line: its headline, then its time stamp
            found = find_dates(stamped.group("day"), line.start + stamped.start(), None)
            if found and found[0].date is not None and found[0].date.precision == "day":
                header.published, header.published_text = found[0].date, found[0].text
                return
        if (
            (i == 0 and (len(line.text) > 80 or _SENTENCE_END.search(line.text)))  # the headline, if any
            or _PROSE.search(line.text)
            or any(c.search(line.text) for c in CAPTIONS)
            or EMBED_SIGNATURE.match(line.text)
            or EMBEDDED_POST.match(line.text)  # on one line: its words, — Name (@handle) March 12, 2020
        ):
            header.posted = header.posted or _posted_day(line.text)
            continue  # a date narrated in the story, a photo's or an embedded post's is not the page's
        labelled = _labelled_day(line.text) or _roc_day(line.text)
        if labelled is not None:
            header.published, header.published_text = labelled, labelled.text
            return
        # a reading-time badge run into the year is cut from the line's end (its offsets stay)
        for mention in find_dates(_READING_TIME.sub("", line.text), line.start, None):
            date = mention.date
            if date is not None and date.precision == "day" and not date.year_inferred:
                header.published, header.published_text = _range_end(line, mention, date)
                if (
                    i == header.lines_used
                    and len(line.text) <= 60
                    and not re.search(r"[。.!?！？]$", line.text)
                ):
                    header.lines_used = i + 1
                return


def _posted_day(line: str) -> FuzzyDate | None:
    """The day an embedded post's signature prints (— Gov. Greg Abbott (@GovAbbott) March 12, 2020)."""
    post = EMBEDDED_POST.match(line)
    found = find_dates(post.group("day"), 0, None) if post is not None else []
    date = found[0].date if found else None
    return date if date is not None and date.precision == "day" and not date.year_inferred else None


# a period's last day after its first in a head ("本周焦點報道 2022.9.4-10"): a round-up of a week is
# published when the week ends, not when it began
_RANGE_TO_DAY = re.compile(r"(?:[-–~～]|\s*至\s*)(?P<day>\d{1,2})[日号]?(?=\s*$)")  # closing the line


def _range_end(line: Span, mention: DateMention, date: FuzzyDate) -> tuple[FuzzyDate, str]:
    """The day a head's date range ends at and the range as printed, or the date itself."""
    m = _RANGE_TO_DAY.match(line.text.rstrip(), mention.end - line.start)
    day = int(m.group("day")) if m else 0
    if m is None or not date.start.day < day <= 31:
        return date, mention.text
    printed = line.text[mention.start - line.start : m.end()]
    try:
        return day_date(date.start.replace(day=day), text=printed), printed
    except ValueError:
        return date, mention.text


def _head_like(line: str) -> bool:
    """Short enough to be a line of a page's head (a byline, a date line, a site's name)."""
    return len(line) <= HEAD_LINE_MAX


def _named_above_chrome(first: list[Span]) -> bool:
    """True when a page opens with its site's name alone on a line, above a site's own links (设为首页 |
    收藏本站): not a short headline above its date and source (习近平会见普京 / 来源:新华社 | 编辑:张三)."""
    return (
        len(first) > 2
        and len(first[0].text.strip()) <= _SITE_NAME_MAX
        and not _SITE_CHROME.match(first[0].text)
        and bool(_SITE_CHROME.match(first[1].text))
        and bool(_SITE_LINKS.search(first[1].text))
    )


def _site_name(line: str) -> str:
    """The site a chrome line names first ("海澄广播电视台 | 海澄新闻网"); none for a breadcrumb."""
    if re.match(rf"\s*(?:{_WHERE_WORDS}|(?:首页|Home)\b)", line):
        return ""  # a breadcrumb, or where the reader is: 您的位置:阳光东坑 > …
    if _SITE_LINKS.search(line) or line.lstrip().startswith("["):
        return ""  # the site's links (一网搜 登录| 注册) or a page builder's code: no name
    return re.split(r"\s*[>›»]\s*|\s+[|｜]\s+", line.strip())[0]


def _header_line(line: str) -> HeaderLine | None:
    account = _ACCOUNT_LINE.match(line)
    if account and _date_or_none(account.group("date")) is not None:
        return "account", account, ""
    cleaned = re.sub(
        r"^(发布时间|发布日期|发表于|时间|日期|出版|更新|发布|發布|發佈"
        r"|Published|(?:Last )?Updated|Posted)(?: on)?\s*[:：]?\s*",
        "",
        line,
        flags=re.I,
    )
    cleaned = _COUNTERS.sub("", _WEEKDAY_AFTER.sub("", _CLOCK_FIRST.sub("", cleaned)))
    cleaned = _SITE_ADDRESS.sub("", _CLOCK_AGO.sub("", _READING_TIME.sub("", cleaned)))
    site = _SITE_DATE.match(cleaned) or _DATE_THEN_OUTLET.match(cleaned) or _DATE_THEN_WIRE.match(cleaned)
    source = re.search(r"(?:[|·]\s*)?(?:来源|Source)\s*[:：]\s*(?P<pub>.+)$", cleaned)
    if site:
        cleaned, pub = site.group("date"), site.group("pub")
    elif source:
        cleaned, pub = (
            cleaned[: source.start()],
            _EDITOR_AFTER.sub("", _COUNTERS.sub("", source.group("pub"))),
        )
    else:
        pub = ""
    cleaned = cleaned.strip(" \t|·•/")
    numeric = _numeric_day(cleaned) or _labelled_day(line)
    if numeric is not None:
        return "date", numeric, pub.strip()
    if len(cleaned) <= 40:
        for form in dict.fromkeys((cleaned, _SECTION_AFTER.sub("", cleaned))):
            try:
                return "date", parse_date(form), pub.strip()
            except DateParseError:
                pass
    named = _SOURCE_NAMED.search(line)
    if named and named.group("name")[0] in SURNAMES_1 and not is_common_word(named.group("name")):
        return "author", named.group("name"), named.group("pub")
    line = _EDITOR_AFTER.sub("", line)
    m = _EN_BYLINE_DATE.match(line)
    if m and _date_or_none(m.group("date")) is not None:
        return "author", m.group("name"), m.group("date")
    m = _AUTHOR.match(line)
    if m and _BY_OUTLET.fullmatch(m.group("name")):
        return "publisher", m.group("name"), ""  # by The Associated Press: a wire, no writer
    if m and (m.group("name").isascii() or "·" in m.group("name") or surnamed(m.group("name").strip())):
        return "author", m.group("name").strip(), (m.group("pub") or "").strip()
    if line in PUBLISHERS:
        return "publisher", line, ""
    if _CJK_NAME.match(line) and surnamed(line):
        return "author", line, ""
    fields = _LABELLED_FIELDS.match(line.strip())
    if fields and surnamed(fields.group("name")):
        return "author", fields.group("name"), fields.group("date")
    mailed = _NAME_MAIL.match(line.strip())
    if mailed and surnamed(mailed.group("name")):
        return "author", mailed.group("name"), ""
    credited = _NAME_SLASH_OUTLET.match(line)
    if credited and surnamed(credited.group("name")):
        return "author", credited.group("name"), credited.group("pub")
    return None


_EITHER_WAY = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?:19|20)\d\d")


def _month_first_if_spelled(head: list[Span], header: Header) -> None:
    """A date line read day first (5/3/2013: 5 March) is read month first when the head spells that
    day out too (May 3, 2013, as an American release prints both)."""
    date = header.published
    m = _EITHER_WAY.fullmatch(header.published_text.strip()) if date is not None else None
    if date is None or m is None or int(m["a"]) > 12 or int(m["b"]) > 12 or m["a"] == m["b"]:
        return
    swapped = date.start.replace(month=date.start.day, day=date.start.month)
    for line in head:
        for mention in find_dates(line.text, line.start, None):
            if mention.date is not None and mention.date.precision == "day" and mention.date.start == swapped:
                header.published, header.published_text = day_date(swapped, text=m.group()), m.group()
                return


def _numeric_day(line: str) -> FuzzyDate | None:
    """A date line's day in numbers: day first, as most of the world prints it (12/11/2012 is
    12 November), month first only when the first number cannot be a month's day (04/23/2011)."""
    m = _NUMERIC_DAY.match(line)
    return _day_first(int(m.group("a")), int(m.group("b")), int(m.group("year")), line) if m else None


def _labelled_day(line: str) -> FuzzyDate | None:
    """A numeric day after a label inside a credit line, read day first as _numeric_day does:
    "TT Bureau New Delhi Published 18.05.19, 06:40 PM", "Reuters | Ankara | Updated: 02-11-2022 01:55
    IST"."""
    m = _LABELLED_NUMERIC.search(line)
    if m is None:
        return None
    year = int(m.group("year"))
    return _day_first(int(m.group("a")), int(m.group("b")), year + 2000 if year < 100 else year, m.group())


def _day_first(a: int, b: int, year: int, text: str) -> FuzzyDate | None:
    """The day a.b.year, else b.a.year (when a cannot be a month)."""
    for day, month in ((a, b), (b, a)):
        try:
            return day_date(dt.date(year, month, day), text=text)
        except ValueError:
            continue
    return None


def _byline_rest(rest: str) -> tuple[FuzzyDate | None, str]:
    """What follows a byline's name ("Stuttgart · 5 November 2025, 07:45 CET · Reading time: 3
    minutes", "| 界面新闻"): its date, and a publisher when one is named (a lone place is not)."""
    whole = _date_or_none(rest)
    if whole is not None:
        return whole, ""
    date, publisher = None, ""
    for part in re.split(r"\s*[·•|｜]\s*", rest):
        part = part.strip()
        if not part or re.match(r"(?:Reading time|\d+\s*min(?:ute)?s? read)", part, re.I):
            continue
        found = date or _date_or_none(re.sub(r",?\s*\d{1,2}:\d{2}.*$", "", part))
        if found is not None and date is None:
            date = found
        elif found is None and not re.fullmatch(r"[A-Z][a-zäöüé-]+(?:, [A-Z][\w .-]+)?", part):
            publisher = publisher or part
    return date, publisher


def _date_or_none(text: str) -> FuzzyDate | None:
    try:
        return parse_date(text) if text else None
    except DateParseError:
        return None


def _dateline(text: str, candidates: list[Span], header: Header, today: FuzzyDate) -> None:
    """新华社北京11月18日电 / SAN FRANCISCO, May 14 (Reuters) - : publisher and date of a wire story,
    on the first lines after the head; an agency's or a press-release wire's further down, below a
    dek and share buttons (all of which is then head)."""
    for line in [c for c in candidates[:4] if not is_furniture(c.text)][:2]:  # past a caption
        m = (
            _CN_DATELINE.match(line.text)
            or _EN_DATELINE.match(line.text)
            or _EN_PLACE_LINE.match(line.text)
            or _PAPER_LEAD.match(line.text)
            or _EN_BARE_DATELINE.match(line.text)
            or _EN_TITLED_DATELINE.match(line.text)
            or _CNA_DATELINE.match(line.text)  # (中央社记者杨尧茹台北10日电): its reporter is the author
            or _CN_PAREN_DATELINE.match(line.text)
            or _EN_PAREN_DATELINE.match(line.text)
            or _EN_STATION_LINE.match(line.text)
        )
        if m:
            _take_dateline(text, line, m, header, today)
            return
    below = lines(text)[header.lines_used : header.lines_used + 10]
    for k, line in enumerate(below, start=header.lines_used):
        m = (
            _PR_DATELINE.match(line.text)
            or _EN_DATELINE.match(line.text)
            or _EN_PLACE_LINE.match(line.text)
            or _EN_STATION_LINE.match(line.text)
        )
        if m:
            header.lines_used = k
            if "wire" in m.groupdict():
                header.publisher = header.publisher or _release_source(text)
            _take_dateline(text, line, m, header, today)
            return


def _cna_reporters(line: Span, m: re.Match) -> list[tuple[str, Span]]:
    """The reporters a 中央社 dateline names before its place (记者杨明珠、曹姮东京7日专电)."""
    by, at = m.group("by"), line.start + m.start("by")
    place = next((p for p in _THREE_CHARACTER_PLACES if by.endswith(p)), by[-2:])
    out = []
    for name in re.finditer(r"[\u4e00-\u9fff]+", by[: len(by) - len(place)]):
        if 2 <= len(name.group()) <= 4:
            out.append(("记者", Span(at + name.start(), at + name.end(), name.group())))
    return out


def _take_dateline(text: str, line: Span, m: re.Match, header: Header, today: FuzzyDate) -> None:
    if m.re is _CNA_DATELINE:
        header.credits = header.credits or _cna_reporters(line, m)
        header.author = header.author or (header.credits[0][1].text if header.credits else "")
    header.publisher = header.publisher or _dateline_publisher(m, header.publisher)
    reporter = _REPORTER.match(line.text, m.end()) or _NAMES_BRACKET.match(line.text, m.end())
    end = reporter.end() if reporter else m.end()
    header.dateline = Span(line.start, line.start + end, line.text[:end])
    if m.groupdict().get("date"):
        try:
            dated = dateline_date(m.group("date"), text, today)
        except DateParseError:
            dated = None
        if dated is not None and (header.published is None or "wire" in m.groupdict()):
            header.published, header.published_text = dated, m.group("date")
    if reporter and not header.author:
        header.author = reporter.group("name")
    if reporter:
        credited = credits_in_bracket(reporter.group(), line.start + m.end())
        header.credits = credited or credits_in_bracket("记者" + reporter.group(), line.start + m.end() - 2)


def _photo_caption(line: str) -> bool:
    """A Chinese photo's caption on a line of its own: marked ▲ as Taiwan's papers mark them, or closed by a
    credit (…会见现场。中新社记者 蒋启明摄)."""
    chinese = any("\u4e00" <= ch <= "\u9fff" for ch in line)
    return chinese and (line.lstrip().startswith(("▲", "△")) or any(c.search(line) for c in CAPTIONS))


def _release_source(text: str) -> str:
    """Who issued a press release: the line after "News provided by", or the closing "SOURCE …"."""
    all_lines = lines(text)
    for i, line in enumerate(all_lines):
        if line.text.strip() == "News provided by" and i + 1 < len(all_lines):
            return all_lines[i + 1].text.strip()
        m = re.match(r"^SOURCE\s+(?P<pub>.+)$", line.text)
        if m:
            return m.group("pub").strip()
    return ""


def _dateline_publisher(m: re.Match, known: str) -> str:
    """Who filed a dateline: a known agency or publisher at its start, else all but the place
    (the last two characters before the date: 示例新闻网北京 → 示例新闻网)."""
    if "pub" in m.groupdict():
        return _AGENCY_NAMES.get(m.group("pub"), m.group("pub"))
    if "run" not in m.groupdict():
        return known
    run = str(m.group("run")).strip()
    if run.isascii():
        return run  # PANews 5月20日消息: a name, no place
    for name in (known, *_AGENCIES):
        if name and run.startswith(name):
            return name
    return run[:-2] if len(run) >= 4 else ""


def _publisher_mentioned(text: str) -> str:
    """A known publisher named on a line of its own (a masthead or caption line)."""
    for line in lines(text):
        if line.text in PUBLISHERS:
            return line.text
    return ""
