"""Find date expressions in running text and resolve them with the project's one date parser."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...core.dateparse import CN_REL_DAY_WORDS, NUM, TIME_OF_DAY, YEAR, parse_date
from ...core.dates import DateParseError, FuzzyDate, day_date
from .segment import stretches

_PART = r"(?:年初|年中|年底|年末|月初|月底|月末|上旬|中旬|下旬|上半年|下半年|初|底|末)"
_TOD = r"(?:凌晨|清晨|早上|早间|上午|中午|午间|下午|傍晚|晚间|晚上|夜间|深夜|午夜)"
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS = rf"(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
MONTHS_RE = _MONTHS  # an English month, whole or shortened, for the head's datelines
_MONTHS_FULL = rf"(?:{_MONTH_NAMES})"
# a month shortened after a day, capitalised as printed: 7 Jan 2021, 14 Sept. 2018
_MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAYS = rf"(?:{_WEEKDAY_NAMES})"
# years, months and days in figures or in Chinese numerals (二零二五年九月二十九日, 二〇二五年)
_Y, _N = YEAR, NUM  # a year, a month or day: in figures or in Chinese numerals
# a day of the lunar new year after 年初 (年初一下午, 年初五), not a count (年初一度, 年初三个月, 年初一些)
_LUNAR_DAY = r"[一二三四五六七八九十](?![度些直个個季批次段期年月天日周週家种種项項份])"
# a range's second day: 3月3日至5日, 3月3日至4月2日, 二零二五年十月一日至二零二五年十二月三十一日
_BRACKETED_DAY = rf"\s*[（(]\s*(?:\d{{1,2}}\s*月\s*)?\d{{1,2}}\s*[日号]?\s*[）)]{_TOD}?"
_CN_TO = rf"(?:(?:至|到|~|～|—|–|-)(?:{_Y}年)?(?:{_N}月)?{_N}[日号])?"
# a range after a year or month: 2003年7月至2011年3月, 二零零零年至二零一一年 (not 2022年6月至今)
_CN_TO_MONTH = rf"(?:(?:至|到|~|～|—|–)(?=\d|[〇零一二三四五六七八九十])(?:{_Y}年)?(?:{_N}月)?)?"
# what a year is not the date of: a birth year (1978年出生), a meeting's number (2025年第三次…), a fiscal
# year, the year a company's report covers (2022年年报, 2023年半年报, 2024年一季报, 2022年财报)
_NOT_A_DATE = (
    r"(?!出生|生人|第|度|年报|半年报|[一二三四1-4]?季报|财报|\d{1,2}月(?:\d{1,2}[日号])?(?:出生|生人))"
)
# a day printed alone is a date when a verb of going, meeting, inviting or making public follows it,
# or an adverb before one (卓荣泰7日前往东京, 王毅8日会见…, 委员会23日邀…, 共同社9日也报导), as
# 9日表示 already is
_DAY_VERB = (
    "前往|到访|到达|抵达|出席|出访|访问|会见|会晤|参加|赴|公布|签署|主持|启程|离开|视察|考察|率团|率领|"
    "对外|向|与|致电|致函|邀请?|也|亦|再度"
)
_PATTERNS = [
    # a year of the Republic of China: 民國96年1月12日, 111年4月9日至10日 (three digits and a month; not
    # 公元110年5月)
    rf"(?:中华民国|民国)\d{{2,3}}年(?:\d{{1,2}}月(?:\d{{1,2}}[日号]{_CN_TO}|{_CN_TO_MONTH}))?"
    rf"|(?<![\d.元前])1[01]\d年\d{{1,2}}月(?:\d{{1,2}}[日号]{_CN_TO}|{_CN_TO_MONTH})",
    # forms real news prints: 2018 年 6 月 30 日, 15年3月2日, 九七年, 2019年4月12-19日, 一季度,
    # 今年前十一个月, 三年前, 20天后, 上世纪80年代, 6·30, 上上周, 下个星期一, 年底 and 当月 on their own
    rf"{_Y} 年 ?{_N} ?月(?: ?{_N} ?[日号])?|(?<![\d年])\d{{1,2}} 月 ?\d{{1,2}} ?[日号]|今年 \d{{1,2}} ?月份?",
    r"(?<![\d.])\d{2}年\d{1,2}月(?:\d{1,2}[日号])?"
    r"|(?<![〇零一二三四五六七八九十])[〇零九八][〇零一二三四五六七八九]年(?!代)",
    rf"(?:{_Y}年)?(?:\d{{1,2}}|{_N})月\d{{1,2}}[-–~至到、]\d{{1,2}}[日号]",  # 6月7、8日: two days running
    r"(?:\d{4}年|今年|去年|明年|本年)?前?第?[一二三四1-4]季度",
    rf"(?:\d{{4}}年|今年|去年|明年|本年)前{_N}个月",
    rf"(?<![\d一二三四五六七八九十])(?:\d{{1,3}}|{_N})个?(?:年|个月|周|天)多?(?:之前|以前|前)(?![的天面后])"
    rf"|(?<![\d一二三四五六七八九十])(?:\d{{1,3}}|{_N})(?:天|周)(?:之后|以后|后)(?![的天面])",
    r"(?:上世纪|上个世纪|\d{2}世纪)?(?:\d{2}|\d{4})年代(?:初|中|末)?",
    r"(?<![\d·])\d{1,2}·\d{1,2}(?![\d·])",
    r"(?:上上周|下下周)[一二三四五六日天]?|(?:上|下|这|本)个?星期[一二三四五六日天]",
    # (年初一下午, 大年初一: the first day of the lunar year; 岁末年初: the turn of the year; not 年初一度)
    rf"{_Y}年伊始|(?<![\d年月日今去明前本同当])(?<!岁末)(?:年底|年初(?!{_LUNAR_DAY})|年末)|当月",
    rf"(?:当地时间|北京时间)?{_Y}年(?:{_N}月(?:{_N}[日号]{_CN_TO}|{_CN_TO_MONTH})|{_CN_TO_MONTH}){_NOT_A_DATE}{_PART}?{_TOD}?",
    rf"(?<![比较])(?:今年|去年|前年|明年)(?:的?{_N}月(?:{_N}[日号]{_CN_TO}|{_CN_TO_MONTH}))?{_PART}?"
    rf"(?!以来|来|同期|\d{{1,3}}岁)",
    # a month or a day in Chinese numerals on its own: 顾立雄三月曾…, 日经十三日刊登的专访
    r"(?<![一二三四五六七八九十两几个第])(?:十[一二]?|[一二三四五六七八九])月(?![份底初中末])"
    r"(?:(?:[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])[日号]"
    r"(?:至(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?",  # 五月十二日至十五日
    r"(?<![一二三四五六七八九十两几个第月])(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
    rf"(?:{_TOD}|(?=[回表宣发称召举在起开致接正作说透强指晚刊]|{_DAY_VERB}))",  # 蔡英文一日上午接見…
    rf"(?:当地时间|北京时间)?\d{{1,2}}月\d{{1,2}}[日号]{_CN_TO}{_TOD}?",
    rf"(?<![\d.])\d{{1,2}}月(?:份)?{_PART}",
    # 本月中已到警署: the month's middle, before a word that is no noun (not 本月中国…)
    rf"(?:本月|上月|上个月|下月|下个月)(?:{_N}[日号]{_TOD}?)?(?:{_PART}|中(?=[已将將曾在于於,，、。到才就又也均都]))?",
    rf"(?:当地时间|北京时间)\d{{1,2}}[日号]{_TOD}?",
    # the same set with a space around each number, as some portals print them: 当地时间 24 日 14 时,
    # 预计 27 日访问
    rf"(?:当地时间|北京时间) \d{{1,2}} [日号]"
    rf"|(?<=[^\d月年. ] )\d{{1,2}} [日号]"
    rf"(?= ?(?:\d{{1,2}} ?[时点]|[回表宣发称召举在起开致接正作说透强指晚将將例]|{_DAY_VERB}))",
    rf"(?<![\d月年.])\d{{1,2}}[日号](?:{_TOD}|(?=[回表宣发称召举在起开致接正作说透强指晚将將例]|{_DAY_VERB}))",
    r"(?<=[在于於])\d{1,2}[日号](?![内內前后後起以之])",  # 同样在31日,…, 在26日国务院侨办举行的…, 于2日,
    # a range of days in the month of writing: 7日至15日,…将有强降雨 (not 3日内)
    r"(?<![\d月年.])\d{1,2}日?[至到]\d{1,2}日(?![内內前后後起以之])",
    r"(?:^|(?<=[，。,；;)）在于]))\d{1,2}[日号](?=的)",  # 3日的北京…, 在9日的记者会: a day opening a clause
    # 10日,香港警方…: a day opening a sentence (…啦?”31日,对…: after a quotation too)
    r"(?:^|(?<=[。；;！？!?])|(?<=[。！？!?][”」]))\d{1,2}[日号](?=[,，])",
    # 代表处11月委托…: a month, then a verb
    r"(?<![\d.年])\d{1,2}月(?=[回表宣发称召举在起开致接正作说透强指委签])",
    rf"[昨今前明][（(]\s*\d{{1,2}}\s*(?:[）)]日?|[日号]\s*[）)]){_TOD}?",  # 昨(24)前往, 今( 19 日) too
    # Hong Kong and Taiwan papers' bare 昨 before a verb: 蔣萬安昨赴議會, 鄭嘉如昨去信會員
    r"(?<![今昨])昨(?=赴|去信|在|已|召开|到|向|与|发|表示|宣布|称|接|出席|前往|率|会见|访|指|回应)",
    # a range of months in one: 6至8月期间
    r"(?<![\d.年月])\d{1,2}[至到]\d{1,2}月(?![\d份])",
    rf"[昨今前明][（(]\d{{1,2}}/\d{{1,2}}[）)]日{_TOD}?",  # 今(7/9)日: the month and day in brackets
    r"[昨今前明][天日][（(]\d{1,2}/\d{1,2}[）)]",  # 今天(10/2): the same after 今天
    # 昨日(7日), 星期一(24日), 上周四（1 月 29 日）: the day in brackets is the day
    rf"[昨今前明][日天]{_BRACKETED_DAY}",
    # not in 光明日报, 今日头条, 今日美国 (names), nor 当今天文学, 如今天气 (当今, 如今, 迄今: words)
    rf"(?<!光)(?<![当如迄](?=今))(?:{CN_REL_DAY_WORDS})(?!头条|美国)",
    rf"(?:本周|上周|下周|这周|周|星期|礼拜)[一二三四五六日天]{_BRACKETED_DAY}",
    rf"(?:本周|上周|下周|这周|周|星期|礼拜)[一二三四五六日天]{_TOD}?",
    r"(?:本周|上周|下周|这周)末?(?![一二三四五六日天内])",
    r"(?<![\d.])\d{4}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}(?!\.?\d)",
    r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?!\.?\d)",  # 05.11.2015: day, month, year
    rf"\b{_MONTHS_FULL} (?:last|this|next) year\b|\blast {_MONTHS_FULL}\b",  # in June last year, last June
    rf"\b(?:early|mid|late)[- ]{_MONTHS_FULL}\b(?:,? \d{{4}}\b)?",
    rf"\b{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}}| (?:19|20)\d\d(?![\d:]))?\b",  # Sep 11 2019 too
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS_FULL}\b|{_MONTH_ABBR}(?:\.|\b))(?:,? \d{{4}}\b)?",
    rf"\b{_MONTHS}\.? \d{{4}}\b",
    rf"\b(?:(?:on|last|this|next) )?{_WEEKDAYS},? "
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS_FULL}|{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?)\b(?:,? \d{{4}}\b)?"
    r"|\b(?:on )?" + _WEEKDAYS + r",? \d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b",  # Thursday, 05.11.2015
    rf"\b(?:(?:last|this|next|on) )?{_WEEKDAYS}\b",
    r"\b(?:today|yesterday|tomorrow)\b",
    r"(?<=\bfrom )(?:19|20)\d{2} to (?:19|20)\d{2}\b",
    r"(?:(?<=spring of )|(?<=summer of )|(?<=autumn of )|(?<=fall of )|(?<=winter of ))(?:19|20)\d{2}\b",
    r"\b(?:(?:early|late) |mid-)?(?:last|this|next) (?:week|weekend|month|year)\b",
    r"(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bduring ))"
    r"(?:early |mid-|late )?(?:19|20)\d{2}\b(?![,.]?\d)",
    rf"(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bduring )|(?<=\bearly )|(?<=\blate ))"
    rf"{_MONTHS_FULL}\b(?![ .]\d)",
    # a month naming a happening it held: "Powell’s defeat in the June primary", "at the March meeting"
    rf"(?<=\bthe ){_MONTHS_FULL}"
    r"(?= (?:primary|election|runoff|referendum|vote|meeting|session|hearing|summit)\b)",
    # a year naming a happening it held: "the 2008 government bailout", "for the 2014 murder of …"
    r"(?<=\bthe )(?:19|20)\d{2}(?= (?:[a-z]+ )?(?:bailout|murder|killing|shooting|attack|bombing|crash"
    r"|earthquake|invasion|coup|massacre|riots?|uprising|merger|acquisition|takeover)\b)",
]
FINDER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# words before a date that say it is still to come: its year, when not printed, is the next one
# (将近…, 于: "nearly", 将军: a general; no "will")
_FUTURE = re.compile(
    r"(?:将于|将在|将(?![近军領领])[^。；;，,]{1,24}[，,]\s*于|计划于|计划在|预计于|预计|拟于|定于|有望于|(?:预测|预报|预计)[,，]"
    r"|确保|(?:必须|必需|务必|须|需|应)于"  # a deadline set: 确保10月1日出第一块板, 必须于6月14日前完成登记
    r"|\b(?:will|(?:is|are) going to (?:be|hold|visit|meet|announce|vote|decide))\b[^.;!?]{0,100}?|"
    r"\b(?:expects?|expected|plans?|planned|intends?|hopes?|scheduled|slated|due) to\b[^.;!?]{0,100}?|"
    r"\b(?:forecasts?|threat of|chance of|outlook)\b[^.;!?]{0,40}?|"  # the weather to come
    r"\b(?:effective|starting|scheduled for|(?:is|are|has been|have been|election) set for|slated for"
    r"|due on|due by"
    r"|(?:postponed|rescheduled|moved|pushed back|delayed|put off) (?:to|for|until|till))"
    r"(?: from| on)?"
    r"(?: \d{1,2}(?::\d\d)? ?[ap]\.?m\.?)?"  # "next court date is set for 11 a.m. Friday"
    r"|(?:展期|展出|开放|持续|延长|延续)(?:时间)?(?:至|到)) ?$",  # the day a show runs to: 展期至11月30日
    re.I,
)
# a verb of saying in the past between a "will" and a day: the day is the saying's
_SAID_BETWEEN = re.compile(r"\b(?:said|told|announced|added|stated|wrote|reported)\b")
# a subject then words after a date that say it is still to come: 3月1日小米手机4S将在…首发
# (or Wednesday’s vote will…)
_FUTURE_AFTER = re.compile(
    r"[^，,。；;]{0,12}?将(?:于|在|会|要)"
    r"|['’]s [^.;,!?\"“”]{0,40}?\b(?:will (?:be held|be at|take place|start|begin|open)"
    r"|(?:is|are) (?:set|scheduled|expected) to)\b"
)
_ABSOLUTE = re.compile(
    rf"(?:当地时间|北京时间)?\d{{1,2}}\s*月|[A-Za-z]{{3,9}}\.? \d|\d{{1,2}} [A-Za-z]|(?:on )?{_WEEKDAYS}$"
    r"|(?:十[一二]?|[一二三四五六七八九])月[一二三十廿卅]"  # 五月十二日, in Chinese numerals
    r"|(?:周|星期|礼拜)[一二三四五六日天]|[0-3]?\d\s*[日号]"  # 将於28日: the 28th to come
    rf"|{_MONTHS_FULL}$"  # "steps down as planned in July", after a will
)
# a target or a deadline before a date: 到2030年, by 2006
_TARGET = re.compile(r"(?:到|至|截至|目标|\bby|\buntil|\bbefore)\s?$", re.I)
# a period lasting to the time of writing: 1972年以来, since 1972
# a period opened by the date and lasting to now: 2024年以来; with its verb between, after 自 or 从
# (自2003年进入央视以来), or as the mark a first is measured from (1972年两国断交以来首次, 上月初就任处长后
# 首次专访)
_SINCE_AFTER = re.compile(
    r"\s*以[来來]|[^，,。；;：:！？!?\n]{0,20}?(?:以[来來]|之?[后後])(?:首次|第一次|最)"
)
_SINCE_FROM = re.compile(r"(?:自從?|自从?|從|从)\s*$")
_SINCE_CLAUSE = re.compile(r"[^，,。；;：:！？!?\n]{0,20}?(?:以[来來]|之?[后後])")


def opens_period(text: str, start: int, end: int) -> bool:
    """True when the date printed at text[start:end] opens a period lasting to the time of writing
    (2024年以来, 自2003年进入央视以来, 从去年《国安法》订立后持续…, 1972年两国断交以来首次; Traditional too:
    1972年中華民國與日本斷交以來首次)."""
    if _SINCE_AFTER.match(text, end):
        return True
    return bool(_SINCE_FROM.search(text, max(0, start - 3), start) and _SINCE_CLAUSE.match(text, end))


# "since" right before a date: a period lasting to the time of writing (since October 2021)
SINCE_BEFORE = re.compile(r"\b(?:[Ss]ince|[Ee]ver since)\s+$")
# "may" and "march" in lower case are verbs, not months
_VERB_MONTH = re.compile(r"\b(?:may|march)\b")
# the end of a term of office (任期至2026年5月19日届满): when it runs out, not something that happens
_TERM_END = re.compile(r"\s*(?:届满|到期)")
# a deadline ("cut costs by 2006", "break even by the end of the year"): a target, not a happening
_DEADLINE = re.compile(r"\bby (?:the (?:end|middle|start|close) of )?$")
# a schedule moved between two days ("postponed … to Tuesday from Monday", "moved from Monday to
# Wednesday"): the days of the schedule, not when the moving happened
_RESCHEDULED = re.compile(r"\b(?:to|from)\s+$")
_RESCHEDULED_PAIR = re.compile(rf"\s+(?:to|from)\s+(?:{_WEEKDAYS})\b")
_RESCHEDULED_FIRST = re.compile(rf"\b(?:to|from)\s+(?:{_WEEKDAYS})\s+(?:to|from)\s+$")
# a deadline named by its day: "by the Dec. 14 deadline set by regulators", 3月31日的最后期限
# a day that comes back every year (每年10月10日, every year on May 1): no happening of its own
_RECURRING = re.compile(r"(?:每年的?|每逢|\b(?:every|each) year,? (?:on )?)\s*$", re.I)
_DEADLINE_NAMED = re.compile(r"(?:\s+(?:deadline|cut-?off)\b|的?(?:最后期限|截止日期|大限))", re.I)
# a weekday in brackets right after the day it falls on (6月7日(週五), 7、8日(週五、週六))
_BRACKETED_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]")
_AFTER_ITS_DAY = re.compile(r"[\d一二三四五六七八九十廿卅][日号號]\s*[（(](?:[^()（）]{2,3}、)?\s*$")
# a weekday on its own is a date only when capitalised (AP style: "said Tuesday")
_LOWER_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")
_ANAPHORIC = ("同一天", "同日", "当日", "当天", "次日", "当月")  # counted from the day just narrated
ANAPHORIC_DAYS = rf"^({'|'.join(_ANAPHORIC)})"
_DEICTIC = [w for w in CN_REL_DAY_WORDS.split("|") if w not in _ANAPHORIC]  # counted from the day of writing
DEICTIC_DAYS = rf"^({'|'.join(_DEICTIC)}|today|yesterday|tomorrow)"
# 20天后, 两周之后: counted on from the day just narrated, as 次日 is
_COUNTED_ON = re.compile(r"(?:天|周)(?:之后|以后|后)$")
AFTER_WORDS = ("随后", "此后", "之后", "其后", "后来", "随即", "Later,", "Afterwards,", "Afterward,", "Then,")


@dataclass(frozen=True)
class DateMention:
    """A date as printed at [start, end), and what it means (None when it cannot be resolved)."""

    start: int
    end: int
    text: str
    date: FuzzyDate | None


# a span of weekdays is a schedule, no date: 周一至周四的节目, Monday through Thursday
_SCHEDULE = re.compile(
    r"(?:周|週|星期|礼拜)[一二三四五六日天]\s*(?:至|到|~|～|-|—|–)\s*(?:周|週|星期|礼拜)?[一二三四五六日天]"
    rf"|\b{_WEEKDAYS}s?\s+(?:to|through|thru|-|–)\s+{_WEEKDAYS}s?\b",
    re.I,
)


def find_dates(
    text: str,
    base: int,
    reference: FuzzyDate | None,
    skip: Sequence[tuple[int, int]] = (),
    last: FuzzyDate | None = None,
    brief: bool = False,
) -> list[DateMention]:
    """Date expressions in text (offsets shifted by base), outside the skipped stretches. 同日,
    当天 and 次日 are read against the day mentioned just before (`last`, which a caller may carry
    over from the previous paragraph); 今日 and 昨日 against the day of writing: the publication
    date, or in a brief its own day; everything else against the reference."""
    out: list[DateMention] = []
    schedules = [(base + m.start(), base + m.end()) for m in _SCHEDULE.finditer(text)]
    skipped = stretches([*skip, *schedules])  # by bisection: a text may have thousands of quotes and dates
    band: FuzzyDate | None = None  # a part of a month narrated since the last day (10月底)
    for m in FINDER.finditer(text):
        start, end = base + m.start(), base + m.end()
        if skipped.inside(start):
            continue
        word = m.group()
        if _VERB_MONTH.search(word) or _LOWER_WEEKDAY.search(word) or _TERM_END.match(text, m.end()):
            continue
        if _DEADLINE.search(text, max(0, m.start() - 20), m.start()) or _DEADLINE_NAMED.match(text, m.end()):
            continue
        if _RECURRING.search(text, max(0, m.start() - 16), m.start()):
            continue
        if _BRACKETED_WEEKDAY.fullmatch(word) and _AFTER_ITS_DAY.search(text, m.start() - 12, m.start()):
            continue  # 6月7日(週五), 6月7、8日(週五、週六): the weekday of the day printed, no day of its own
        if _RESCHEDULED.search(text, max(0, m.start() - 5), m.start()) and (
            _RESCHEDULED_PAIR.match(text, m.end())
            or _RESCHEDULED_FIRST.search(text, max(0, m.start() - 25), m.start())
        ):
            continue
        try:
            future = _FUTURE.search(text, max(0, m.start() - 120), m.start())
            if future and _SAID_BETWEEN.search(future.group()):
                future = None  # "… will vote on the plan, Mayor Smith said on Monday": the saying's day
            forward = bool(_ABSOLUTE.match(word) and (future or _FUTURE_AFTER.match(text, m.end())))
            date = _same_as(word, band) or parse_date(
                word, _reference_for(word, last, reference, brief), forward
            )
            if not forward and reference is not None and _ABSOLUTE.match(word):
                date = nearer(word, date, reference)
        except DateParseError:
            date = None
        out.append(DateMention(start, end, word, date))
        if date is not None and date.precision == "day" and date.start == date.end:
            last, band = date, None
        elif date is not None and date.precision == "month" and date.modifier in ("early", "mid", "late"):
            band = date
    return out


NEAR_AHEAD = 14  # days after publication within which a year-less day is the one to come


def nearer(word: str, date: FuzzyDate, reference: FuzzyDate) -> FuzzyDate:
    """A year-less day read a year back when the one to come is days away (大会于9月27日举行, printed on
    20 September): the coming one, as news says 去年9月27日 of the last."""
    if not date.year_inferred or date.precision != "day" or (reference.start - date.end).days <= 300:
        return date  # a day printed as past, or just gone: as read
    ahead = parse_date(word, reference, True)
    return ahead if (ahead.start - reference.end).days <= NEAR_AHEAD else date


def _same_as(word: str, band: FuzzyDate | None) -> FuzzyDate | None:
    """当天 right after a date known only to a part of a month (10月底，…发布公告。…当天…): that
    same stretch, no narrower; 次日 after one cannot be placed (DateParseError)."""
    if band is None or not re.match(ANAPHORIC_DAYS, word):
        return None
    if word.startswith("次日"):
        raise DateParseError(f"the day after {band.label()} is unknown")
    return band.with_text(word)


def _reference_for(
    word: str, last: FuzzyDate | None, reference: FuzzyDate | None, brief: bool
) -> FuzzyDate | None:
    """The day a relative day word counts from: the day just mentioned for 同日/当天/次日, none when no
    day was (the story never says which day it means); for 20天后 and for every relative day inside a
    brief (whose 今日 is the brief's day) that day, else the publication date; the publication date for
    the rest."""
    if re.match(ANAPHORIC_DAYS, word):
        return last
    if _COUNTED_ON.search(word) or (brief and re.match(DEICTIC_DAYS, word, re.I)):
        return last or reference
    return reference


def told_as_future(text: str, start: int) -> bool:
    """True when the words just before text[start:] say that what follows is still to come."""
    return bool(
        _FUTURE.search(text, max(0, start - 80), start) or _TARGET.search(text, max(0, start - 12), start)
    )


def latest_printed_date(text: str) -> FuzzyDate | None:
    """The latest past date the text prints with its year (a day, a month or a year), not opening a
    period that lasts to the time of writing (1972年以来, since 1972: no sign of when that is)."""
    printed = [
        m.date
        for m in find_dates(text, 0, None)
        if m.date is not None
        and not m.date.year_inferred
        and not told_as_future(text, m.start)
        and not opens_period(text, m.start, m.end)
        and not SINCE_BEFORE.search(text, max(0, m.start - 12), m.start)
    ]
    return max(printed, key=lambda d: d.end, default=None)


def dateline_date(printed: str, text: str, today: FuzzyDate) -> FuzzyDate | None:
    """The day a dateline prints (3月3日, Dec 1); without a year, the text's evidence gives it,
    marked inferred: the first such day after the latest past date printed with its year (a day
    or month narrated is recent news; a year alone may be history, and counts only when it puts
    the day within five years of today's year); with no evidence, the latest such day to date;
    None when every date the text prints with its year is older (a page of 2016 read in 2026: its
    year is unknown, and the reading day's would be a guess)."""
    latest = parse_date(printed, today)
    evidence = latest_printed_date(text) if latest.year_inferred else None
    if evidence is None:
        return latest
    after = evidence.start if evidence.precision == "day" else evidence.end
    guess = parse_date(printed, after, forward=True)
    if guess.start > today.end:
        return latest
    if evidence.precision == "year" and guess.start.year < latest.start.year - 5:
        return None
    return guess


# a weekday printed with its day (and month) in brackets, as Taiwan and Hong Kong papers do:
# 周二（3日）, 上周四（1 月 29 日）
_WEEKDAY_DAY = re.compile(
    r"(?:上|下|本|这)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])\s*[（(]\s*"
    r"(?:(?P<month>\d{1,2})\s*月\s*)?(?P<day>\d{1,2})\s*[日号]\s*[)）]"
)
_WEEKDAY_INDEX = {c: i for i, c in enumerate("一二三四五六")} | {"日": 6, "天": 6}
# the same in English, the weekday and its day set off by a comma or in brackets: on Thursday, August 24 /
# Sunday, 3 May / on Thursday (March 30)
_EN_WEEKDAY_DAY = re.compile(
    rf"\b(?P<wd>{_WEEKDAYS})(?:, | \()(?:(?P<month>{_MONTHS})\.? (?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}}) "
    rf"(?P<month2>{_MONTHS_FULL}))\b(?!,? \d{{4}})"
)
_EN_WEEKDAY_INDEX = {d: i for i, d in enumerate(_WEEKDAY_NAMES.split("|"))}
_EN_MONTH_INDEX = {m[:3]: i + 1 for i, m in enumerate(_MONTH_NAMES.split("|"))}
PIN_YEARS = 12  # a weekday and a day agree again within this many years


def pinned_day(text: str, today: dt.date) -> dt.date | None:
    """The latest day a text without a date line pins down itself by a weekday printed with its
    day (周二（3日）, Thursday, August 24): each in the latest month (or year, with its month) up to
    today where the two agree; one printed with its month pins the others to the months just after
    it."""
    pins = (
        {  # a set: however often a pair is printed, it is looked up once
            (_WEEKDAY_INDEX[m.group("wd")], int(m.group("month") or 0), int(m.group("day")))
            for m in _WEEKDAY_DAY.finditer(text)
        }
        | {
            (
                _EN_WEEKDAY_INDEX[m.group("wd")],
                _EN_MONTH_INDEX[(m.group("month") or m.group("month2"))[:3]],
                int(m.group("day") or m.group("day2")),
            )
            for m in _EN_WEEKDAY_DAY.finditer(text)
        }
    )
    anchored = [d for w, month, day in pins if month for d in [_latest_agreeing(w, month, day, today)] if d]
    since = max(anchored, default=None)
    days = anchored + [
        d
        for w, month, day in pins
        if not month
        for d in [_first_agreeing_after(w, day, since) if since else _latest_agreeing(w, 0, day, today)]
        if d and d <= today
    ]
    return max(days, default=None)


# a day printed with its month, not counted from another: 1月24日, October 22, 22 October
# (9月21日上午, 七月廿四日: its time of day after it, or its numbers in characters)
_MONTH_AND_DAY = re.compile(
    rf"{_N}月{_N}日{TIME_OF_DAY}$|[A-Z][a-z]{{2,8}}\.? \d{{1,2}}$|\d{{1,2}} [A-Z][a-z]{{2,8}}$"
)
# the day of the month of the day written (今（5日）) or of the day before it (昨(4)日)
_TODAY_DAY = re.compile(r"(?P<which>[今昨])[日天]?\s*[（(]\s*(?P<day>[0-3]?\d)\s*日?\s*[）)]")


# today's month and day in brackets after 今天: 今天(3/13), 今(10/2), 今日(10月18日)
_TODAY_MONTH_DAY = re.compile(
    r"今[日天]?\s*[（(]\s*(?P<month>1[0-2]|0?[1-9])(?:/|月)(?P<day>[0-3]?\d)日?\s*[）)]"
)


def told_today(body: str, today: dt.date, since: dt.date | None = None) -> FuzzyDate | None:
    """The day a text says it was written, its month and day in brackets after 今天 (今天(3/13), as
    Taiwan's papers print it; 今日(10月18日), as Hong Kong's): in the latest year up to today, or the first
    on or after `since`, a day the text pins down otherwise (上周三(10月12日): 2022's, a Wednesday)."""
    told = _TODAY_MONTH_DAY.search(body)
    if told is None:
        return None
    years = (since.year, since.year + 1) if since else (today.year, today.year - 1)
    for year in years:
        try:
            day = dt.date(year, int(told["month"]), int(told["day"]))
        except ValueError:
            return None
        if day <= today and (since is None or day >= since):
            return day_date(day, text=told.group(), year_inferred=True)
    return None


def guessed_day(body: str, today: dt.date) -> FuzzyDate | None:
    """A guess at the day a text without a date line was written, from the days it prints (read once):
    with their month, else by their number alone."""
    mentions = [m for m in find_dates(body, 0, day_date(today)) if m.date is not None]
    if any(_MONTH_AND_DAY.search(m.text) for m in mentions):
        return _latest_day_printed(body, today, mentions)
    return _latest_day_of_month(body, today, mentions)


def _latest_day_printed(body: str, today: dt.date, mentions: list[DateMention]) -> FuzzyDate | None:
    """The guess from a day printed with its month, its year inferred and its text the words it comes
    from: the latest such day (never one told as still to come), in the latest such year to date (None
    when every year the text prints is older, as for a dateline), or the first day from it on that its
    今（5日） / 昨（4日） names."""
    last = _latest_past_day(mentions, _MONTH_AND_DAY, body, today)
    if last is None or last.date is None or dateline_date(last.text, body, day_date(today)) is None:
        return None  # every year the text prints is older: today's would be a guess too far
    told = _TODAY_DAY.search(body)
    if told is None:
        return day_date(last.date.start, text=last.text, year_inferred=True)
    day, following = int(told["day"]), (last.date.start + dt.timedelta(days=n) for n in range(31))
    named = next((d for d in following if d.day == day), last.date.start)
    written = min(named + dt.timedelta(days=int(told["which"] == "昨")), today)
    return day_date(written, text=f"{last.text} … {told.group()}", year_inferred=True)


def _latest_past_day(
    mentions: list[DateMention], shape: re.Pattern[str], body: str, today: dt.date
) -> DateMention | None:
    """The latest single day up to today among the mentions printed in this shape, none told as still
    to come."""
    printed = [
        m
        for m in mentions
        if m.date is not None
        and (m.date.precision, m.date.modifier) == ("day", None)
        and m.date.start == m.date.end <= today
        and shape.search(m.text)
        and not told_as_future(body, m.start)
    ]
    return max(printed, key=lambda m: m.date.start if m.date else today, default=None)


# a day printed by its number alone (9日, 今(23)日, 昨（14日）), no month with it
_DAY_ONLY = re.compile(r"^[^年月A-Za-z]*?(?:\d\s*[日号]|[（(]\s*[0-3]?\d\s*[日号]?\s*[）)])[^年月A-Za-z]*$")


def _latest_day_of_month(body: str, today: dt.date, mentions: list[DateMention]) -> FuzzyDate | None:
    """The guess from a text that prints no month with any day (木原稔9日表示, 今(23)日凌晨): the latest day
    up to today that a day it prints by its number alone falls on (the first after the latest date it
    prints with its year, when that is a day or a month; the day after, for 昨(24)日), its month and
    year inferred and its text the words it comes from; never a day told as still to come."""
    last = _latest_past_day(mentions, _DAY_ONLY, body, today)
    if last is None or last.date is None:
        return None
    placed = dateline_date(last.text, body, day_date(today)) or last.date  # a year alone may be history
    written = min(placed.start + dt.timedelta(days=int(last.text.lstrip().startswith("昨"))), today)
    return day_date(written, text=last.text, year_inferred=True)


def _months_back(today: dt.date):
    """(year, month) from today's month back over PIN_YEARS years."""
    year, month = today.year, today.month
    for _ in range(PIN_YEARS * 12):
        yield year, month
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)


def _latest_agreeing(weekday: int, month: int, day: int, today: dt.date) -> dt.date | None:
    """The latest day up to today that is this day (of this month, when given) on this weekday."""
    for year, m in _months_back(today):
        if month and m != month:
            continue
        try:
            candidate = dt.date(year, m, day)
        except ValueError:
            continue
        if candidate <= today and candidate.weekday() == weekday:
            return candidate
    return None


def _first_agreeing_after(weekday: int, day: int, since: dt.date) -> dt.date | None:
    """The first day of this number on this weekday on or after `since`, within two months."""
    year, month = since.year, since.month
    for _ in range(3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate and candidate >= since and candidate.weekday() == weekday:
            return candidate
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return None
