"""Events: one per dated sentence of the body, one per dated segment of a related-reading brief."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...core.dates import FuzzyDate
from .credits import WIRE_SIGN_OFF
from .dates import AFTER_WORDS, SINCE_BEFORE, DateMention, find_dates, opens_period
from .lexicon import SPEECH_RE, TITLE_RE
from .registry import Entity, Registry
from .segment import (
    EMBEDDED_POST,
    INTERVIEW_TURN,
    SENTENCE_END,
    SOUNDBITE,
    Regions,
    Span,
    quote_regions,
    sentences,
    stretches,
)

_LEAD = re.compile(r"^[\s,，]*(?:消息|讯|电|报道)?[\s,，:：]*(?:据消息[,，]?)?")


# a web address, whose dates (…/content/2013/04/09/…) tell when a page was filed, not what happened
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\u4e00-\u9fff，。；、]+")
# a bracket defining the text's terms, whose dates date nothing: (以2017年7月1日至8月8日为统计期间,下同)
_DEFINITION = re.compile(r"[(（][^()（）]{0,60}?(?:下同|以下简称|下称|统计期间)[^()（）]{0,20}[)）]")


@dataclass
class EventFound:
    """A dated happening: its sentence (or brief segment), date, people and organisations."""

    span: Span
    date: FuzzyDate
    date_text: str
    section: str
    persons: list[tuple[Entity, str]] = field(default_factory=list)
    orgs: list[Entity] = field(default_factory=list)


# a date an official announces for what is scheduled (…将于11月19日至25日对中国进行国事访问): a
# happening, even in the announcer's own words
_ANNOUNCED = re.compile(r"将于")
WIDGET_LINE_MAX = 6  # a line this short with no full stop is a label (今日氣溫), never a happening told
# a day then what will be done on it: 行政長官明天將會召開記者會
_SCHEDULED_AFTER = re.compile(r"\s*(?:将|將)(?:会|會)?(?=[\u4e00-\u9fff])")
# a wire's dateline inside a paragraph (【中新社北京10月27日電】, (光明日报新加坡11月7日电 …)), or a day's
# 消息 that tells nothing of its own or dates another's report (9月26日消息,据证券日报报道,近日,…): the day
# the story was filed, not of anything done (3月7日消息,林俊旸发朋友圈告别阿里 is the day's news)
_INLINE_DATELINE = re.compile(r"\s*(?:[电電讯訊]|消息\s*[,，:：]?\s*(?:\n|$|据|近日|日前))")
# an English dateline opening a paragraph: a place or an outlet, the day, then a dash or the outlet in
# brackets (PANews, February 12—According to…; KUALA BERANG, Jan 30 (Bernama) --; JOHANNESBURG, SOUTH
# AFRICA - FEBRUARY 11, …)
_EN_DATELINE_BEFORE = re.compile(r"[A-Z][\w.'’&-]*(?:,? [\w.'’&-]+){0,4}(?:,| -|\.)\s*$")
_EN_DATELINE_AFTER = re.compile(r"(?:,? \d{4})?\s*(?:\([A-Za-z][\w .&-]{1,30}\)\s*)?(?:—|–|--|- )")
# a reporter's question in an interview printed as a dialogue (记者:昨天哭也哭过了): talk, not a happening
_ASKED = re.compile(r"^\s*记者\s*[:：]")
# a day in quote marks naming what happened on it, as Chinese news names disasters: “4·8”, “7·23”
_NAMED_DAY = re.compile(r"\d{1,2}·\d{1,2}")


def find_events(
    body: str,
    paragraphs: list[Span],
    briefs: list[Span],
    published: FuzzyDate | None,
    registry: Registry,
    subjects: dict[int, Entity],
    reported: Sequence[Span] = (),
    dateline: tuple[Span, FuzzyDate] | None = None,
    spoken: Sequence[Span] = (),
) -> list[EventFound]:
    """Body sentences with a date outside quote marks (and not a plan told in reported speech);
    随后 after the last day narrated of a person it names; brief segments; a wire story's lead without
    a date of its own, on its dateline's day."""
    events: list[EventFound] = []
    told = stretches((r.start, r.end) for r in reported)
    in_words = stretches((q.start, q.end) for q in spoken)  # someone's own words, quote marks or not
    last: FuzzyDate | None = None
    named = _Named(registry)
    narrated_days = _Days(named)
    for para in paragraphs:
        if INTERVIEW_TURN.match(para.text) or SOUNDBITE.match(para.text) or _ASKED.match(para.text):
            continue  # what an interview or a sound bite dates is talk, not a happening
        if EMBEDDED_POST.match(para.text):
            continue  # a post embedded in the story: its signature's day is when it was posted
        line = para.text.strip()
        if len(line) <= WIDGET_LINE_MAX and line[-1:] not in SENTENCE_END + ".":
            continue  # 今日氣溫: a widget's label on a line of its own, no happening
        regions = [  # (not “4·8” in 河北承德“4·8”养老院火灾: a day naming what happened on it)
            (a, b)
            for a, b, _ in quote_regions(para.text, para.start)
            if not _NAMED_DAY.fullmatch(body, a + 1, b - 1)
        ]
        regions += [(para.start + m.start(), para.start + m.end()) for m in _DEFINITION.finditer(para.text)]
        regions += [(para.start + m.start(), para.start + m.end()) for m in WIRE_SIGN_OFF.finditer(para.text)]
        regions += [(para.start + m.start(), para.start + m.end()) for m in _ADDRESS.finditer(para.text)]
        regions.sort()
        mentions = [
            m
            for m in find_dates(para.text, para.start, published, regions, last)
            if m.date
            and not (in_words.inside(m.start) and not _ANNOUNCED.search(body, max(0, m.start - 6), m.start))
            and not (_plan_told(m, told, published) and not _announced_day(body, m))
            and not _period_start(body, m)
            and not (
                _AS_OF.search(body, max(0, m.start - 8), m.start)
                and not _TAKES_EFFECT.search(body, max(0, m.start - 40), m.start)
            )
            and not _SPAN_END.search(body, max(0, m.start - 8), m.start)
            and not _stamp_alone(body, m)
            and not (m.date.precision == "year" and _TALLY.match(body, m.end))
            and not (re.search(r"季度?$|半年$", m.text) and _PERIODS_THING.match(body, m.end))
            and not _names_a_thing(body, m)
            and not _identified(body, m)
            and not _holder_described(body, m, named)
            and not _names_an_edition(body, m)
            and not _in_a_name(body, m)
            and not _INLINE_DATELINE.match(body, m.end)
            and not _en_dateline(body, para, m)
            and not _THIS_YEAR.fullmatch(m.text.strip())
            and not named.person_covers(m.start, m.end)
        ]
        days = [d for d in map(_dated, mentions) if d.precision == "day" and d.start == d.end]
        last = days[-1] if days else last
        at = [m.start for m in mentions]
        told_here: set[str] = set()  # the words for days this paragraph has dated a happening by
        for sentence in sentences(para):
            own = mentions[bisect.bisect_left(at, sentence.start) : bisect.bisect_left(at, sentence.end)]
            if _QUESTION.search(sentence.text) and not _TOLD_THEN_ASKED.search(sentence.text):
                continue  # 香港历经2003年SARS一疫之后,为何表现仍…?: asked, not told
            clauses = _dated_clauses(body, sentence, own)
            dated = clauses + _years_named(body, sentence, own)
            for clause, mention in dated + (_other_days(body, sentence, own) if len(clauses) == 1 else []):
                word = _day_word(mention.text)
                if word in told_here:
                    continue  # 昨天…颁奖典礼…。…昨天…: the paragraph's happening told on (昨晚 is another)
                if _told_again(body, mention, events):
                    continue
                if word:
                    told_here.add(word)
                events.append(_event(mention, clause, "body"))
                narrated_days.add(events[-1])
            if own:
                continue
            word = _after_word(sentence, named)
            if word and published is not None:
                anchored = _after(sentence, word, narrated_days, published)
                if anchored:
                    events.append(anchored)
    lead = _dateline_lead(paragraphs, events, dateline)
    if lead is not None:
        events.insert(0, lead)
    for brief in briefs:
        events += _brief_events(brief, published)
    for e in events:
        _people(e, named, subjects)
    return events


def _dateline_lead(
    paragraphs: list[Span], events: list[EventFound], dateline: tuple[Span, FuzzyDate] | None
) -> EventFound | None:
    """MILAN, Oct 24 (Reuters) - Monte dei Paschi has postponed…: the lead sentence right after a
    dateline that dates the story tells that day's news when it prints no date of its own."""
    if dateline is None:
        return None
    line, day = dateline
    para = next((p for p in paragraphs if line.end <= p.start <= line.end + 3), None)
    first = sentences(para)[0] if para is not None else None
    if (
        first is None
        or len(first.text) < 20
        or any(e.span.start < first.end and first.start < e.span.end for e in events)
    ):
        return None
    return EventFound(first, day, day.text, "body")


class _Named:
    """Who is named where: every mention of a person or organisation, by position."""

    def __init__(self, registry: Registry) -> None:
        pairs = sorted(
            ((m, e) for e in registry.entities.values() for m in e.mentions), key=lambda p: p[0].start
        )
        self.starts = [m.start for m, _ in pairs]
        self.ends = [m.end for m, _ in pairs]
        self.entities = [e for _, e in pairs]
        self.order = {key: i for i, key in enumerate(registry.entities)}

    def person_covers(self, start: int, end: int) -> bool:
        """A person's name is printed over [start, end) (Meshark Monday, Monday: no weekday)."""
        hi = bisect.bisect_right(self.starts, start)
        return any(
            self.ends[i] >= end and self.entities[i].kind == "person" for i in range(max(0, hi - 8), hi)
        )

    def starting_at(self, start: int) -> list[Entity]:
        """Who is named by a mention printed starting at `start`."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, start)
        return self.entities[lo:hi]

    def ends_at(self, start: int) -> list[int]:
        """Where the names printed starting at `start` end."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, start)
        return self.ends[lo:hi]

    def within(self, span: Span, kind: str) -> list[Entity]:
        """The persons (or organisations) named inside the span, each once, in order of discovery."""
        lo, hi = bisect.bisect_left(self.starts, span.start), bisect.bisect_left(self.starts, span.end)
        found = {e.key: e for e in self.entities[lo:hi] if e.kind == kind}
        return sorted(found.values(), key=lambda e: self.order[e.key])


class _Days:
    """The single days narrated so far: the latest that names each person."""

    def __init__(self, named: _Named) -> None:
        self.named = named
        self.by_person: dict[str, EventFound] = {}

    def add(self, event: EventFound) -> None:
        if event.date.precision == "day" and event.date.start == event.date.end:
            for person in self.named.within(event.span, "person"):
                self.by_person[person.key] = event

    def latest_with(self, people: list[Entity]) -> EventFound | None:
        """The latest day naming one of these people (None when none is named on a day)."""
        shared = [self.by_person[p.key] for p in people if p.key in self.by_person]
        return max(shared, key=lambda e: e.span.start) if shared else None


# the words describing a title's holder after a date: 履新的广播处长 (张国财)
_HOLDER_DESCRIBED = re.compile(rf"[\u4e00-\u9fff]{{1,4}}的[\u4e00-\u9fff]{{0,6}}?(?:{TITLE_RE})")


def _holder_described(body: str, mention: DateMention, named: _Named) -> bool:
    """A date inside the words describing the person a title names (上月初履新的广播处长张国财接受…
    访问时表示): when they took office, not what the sentence tells."""
    m = _HOLDER_DESCRIBED.match(body, mention.end)
    return m is not None and any(e.kind == "person" for e in named.starting_at(m.end()))


# a sentence asking, not telling: it ends with a question mark (and is no statement closed by a
# question or a title after a colon: "…and one big question: How could…?")
_QUESTION = re.compile(r"[?？]\s*[”」』\"]?\s*$")
# a statement before the question: a colon, or someone reported asking it (今(10)日陈耀祥到立院…,陈椒华表示,
# 去年12月28日陈耀祥做出承诺,…交出来了吗?)
_TOLD_THEN_ASKED = re.compile(rf"[:：]|(?:{SPEECH_RE})\s*[,，]")
# the happening a period runs from, named before its date: "in a coma since a confrontation with police
# officers last month"
_SINCE_HAPPENING = re.compile(r"\bsince (?:a|an|the|his|her|their|its) [a-z][\w' -]{0,50}$")
# a tally's date (截至今年1月底,销量已突破…; as of June 30, the fund held…): a state, not a happening
_AS_OF = re.compile(r"(?:截至|截止到?|\b[Aa]s of)\s*$")
# …unless it is the day a change to come takes effect: "will leave as of October 31"
_TAKES_EFFECT = re.compile(
    r"\b(?:will|would|(?<!according )(?<!compared )(?<!relative )(?<!prior )(?<!due )(?<!up )to)"
    r"\s+(?:[a-z]+\s+){1,2}as of\s*$",
    re.I,
)  # (not "according to data as of June 30", "up to date as of April 30": a tally's date)
# a year's tally (2024年中心所属媒体平台共推送各类新闻9300余条): counted over the year, no happening
_TALLY = re.compile(r"[^。；;，,]{0,20}?(?:共|累计|合计|总计)[^。；;，,]{0,12}?\d")
# a quarter or half-year naming the period a plan, a task or a tally is for, not when anything happened:
# 2019年第四季度工作重点, 一季度项目集中签约仪式, 三、四季度重点工作, 一季度经济社会运行情况
_PERIODS_THING = re.compile(
    r"(?:的)?(?:工作|项目|重点|经济|新闻|宣传|签约|运行|目标|任务|计划|数据|指标|考核|业绩|财报|营收)"
)
# what may stand beside a date on a line of its own (• 2021-10-24, 2021/05/15 |): a stamp, no happening
_STAMP_FURNITURE = re.compile(r"[\s•·*|｜()（）\[\]【】–—-]*")


def _stamp_alone(body: str, m: DateMention) -> bool:
    """True when the date is all its line prints: a listed story's stamp, not a happening."""
    start = body.rfind("\n", 0, m.start) + 1
    end = body.find("\n", m.end)
    end = len(body) if end < 0 else end
    return bool(_STAMP_FURNITURE.fullmatch(body[start : m.start] + body[m.end : end]))


# the end of a span (closed through April 30, banned until July 1): how long, not a happening
_SPAN_END = re.compile(r"\b(?:through|until|till)\s+$")


# a date naming the source or topic a preposition introduces: 根据昨天的《新闻联播》, 就上周六的信息
_ABOUT = re.compile(r"(?:根据|依据|按照|据|就|对于?|关于|针对)\s*$")
_TOPIC = re.compile(r"(?:关于|针对|有关)\s*$")


# a capitalised word run into "Today" from either side: a name (USA Today, Media Today Group)
_NAME_AROUND = re.compile(r"[A-Z][\w&.-]* $")
_NAME_AFTER = re.compile(r" [A-Z]")


# "The Saturday fire was the second …": a happening already dated, named again by its day
_THE_DAY = re.compile(r"\b[Tt]he $")
_WEEKDAY_ALONE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")


def _told_again(body: str, mention: DateMention, events: list[EventFound]) -> bool:
    """A weekday after "the" (The Saturday fire) names a happening an earlier sentence dated to that day;
    so does the same stretch of days printed again (代表团于五月十二日至十五日到访北京, after the lead), and
    "that day" with no time of its own (昨日上午,庭审…开审。当日的庭审并没有当场判决: the trial told on;
    not 当天下午,…: that afternoon's happening, nor a sentence opening 当天,…: the next happening)."""
    date = mention.date
    stretch = date is not None and date.precision == "day" and date.start != date.end
    weekday = _WEEKDAY_ALONE.fullmatch(mention.text) and _THE_DAY.search(
        body, max(0, mention.start - 4), mention.start
    )
    that_day = (
        date is not None
        and date.precision == "day"  # (贺承钧当天在内部信中写道 after 10月底,…: a day of a stretch, another)
        and _THAT_DAY.fullmatch(mention.text.strip())
        and not _TIME_OF_DAY_AFTER.match(body, mention.end)
        and not (
            _OPENS_A_SENTENCE.search(body, max(0, mention.start - 2), mention.start)
            and _COMMA.match(body, mention.end)
        )
    )
    if not (stretch or weekday or that_day):
        return False
    return any(_span_of(e.date) == _span_of(date) for e in events)


# "that day", which dates a sentence by the day told just before it, and a time of day after it
_THAT_DAY = re.compile(r"当日|當日|当天|當天")  # (同日, the same day, tells another happening)
_OPENS_A_SENTENCE = re.compile(r"(?:^|[。！？!?\n]|[。！？!?][”」』\"])$")  # (…。”当天,… too)
_COMMA = re.compile(r"[,，]")
_TIME_OF_DAY_AFTER = re.compile(
    r"\s*(?:上午|下午|早上|早晨|清晨|一早|中午|晚上|晚间|晚間|傍晚|凌晨|夜间|夜間|深夜|\d{1,2}\s*[时時点點:：])"
)


def _span_of(date: FuzzyDate | None) -> tuple | None:
    """What a date covers, however it is printed (17日 and 当天 alike)."""
    return None if date is None else (date.start, date.end, date.precision)


def _in_a_name(body: str, mention: DateMention) -> bool:
    """ "Copyright Media Today Group", "USA Today reported": a day word inside a name dates nothing."""
    if mention.text not in ("Today", "Yesterday", "Tomorrow"):
        return False
    return bool(
        _NAME_AROUND.search(body, max(0, mention.start - 20), mention.start)
        or _NAME_AFTER.match(body, mention.end)
    )


def _names_a_thing(body: str, mention: DateMention) -> bool:
    """A date qualifying the noun after a preposition of source or topic (根据昨天的《吉林新闻联播》,
    …; 又就上周六的一些信息做出了解释; 针对3月16日立委补选进行分析) says which report, news or
    matter is meant, not when this happened."""
    before = max(0, mention.start - 4)
    if _TOPIC.search(body, before, mention.start):
        return True
    return body.startswith("的", mention.end) and bool(_ABOUT.search(body, before, mention.start))


# an edition named by its year (2020年服贸会, 2025年全運會) or a target year (到2025年,…发展…不断增强)
_EDITION = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?<![就将將才也都不还還又便开開能可])[\u4e00-\u9fff][会會](?![议議见見谈談晤])"
)
_TARGET_YEAR = re.compile(r"(?<![直截])到\s*$")


# 今年 alone (今年全国两会的首场发布会, 部署今年工作重点, 雖然今年疫情反覆): the year of writing as a frame,
# which no annotator dated a happening by (今年3月 still dates one)
_THIS_YEAR = re.compile(r"今年|[Tt]his year")


def _names_an_edition(body: str, mention: DateMention) -> bool:
    """A year in a title (《2022年財政年度施政報告》), naming an edition (2020年服贸会新闻中心), or set as
    a target (到2025年,…): which thing, or a goal, not when something happened."""
    open_title = body.rfind("《", 0, mention.start)
    if (
        open_title != -1
        and body.find("》", open_title, mention.start) == -1
        and mention.start - open_title < 30
    ):
        return True
    if not re.fullmatch(r"\d{4}\s*年", mention.text):
        return False
    return bool(
        _EDITION.match(body, mention.end)
        or _TARGET_YEAR.search(body, max(0, mention.start - 3), mention.start)
    )


def _en_dateline(body: str, para: Span, mention: DateMention) -> bool:
    """True for the day of an English dateline opening the paragraph."""
    before = body[para.start : mention.start]
    if len(before) > 60 or not _EN_DATELINE_BEFORE.fullmatch(before):
        return False
    return bool(_EN_DATELINE_AFTER.match(body, mention.end)) or before.isupper()


# a day said to be an occasion, then what happened at a time of it: 今日(10日)是區議會選舉投票日,上午,…
_DAY_THEN_WHAT = re.compile(
    r"是[^，,。；;]{1,30}[，,]\s*(?:上午|下午|早上|晚上|中午|凌晨|傍晚|当天|當天|当日|當日)"
)


def _identified(body: str, mention: DateMention) -> bool:
    """A date said to be something, or something said to be it (今年是中新建交25周年; 上一次大力度优化
    楼市政策是去年的9月。): what the time is, not something happening in it; 是在5日举行 still dates."""
    if re.match(r"是(?!在|于|从|自)", body[mention.end : mention.end + 2]):
        return not _DAY_THEN_WHAT.match(body, mention.end)  # 今日是投票日,上午,…投票: its happening told on
    return body.endswith("是", 0, mention.start) and bool(re.match(r"\s*[。！!]", body[mention.end :]))


def _period_start(body: str, mention: DateMention) -> bool:
    """A month or a year opening a period that lasts to the time of writing (2024年以来,股价…;
    自2003年进入央视以来,便成为…; held his post since October 2021; in a coma since a confrontation …
    last month) dates a state, not a happening."""
    if mention.date is None or mention.date.precision not in ("month", "year"):
        return False
    return bool(
        opens_period(body, mention.start, mention.end)
        or SINCE_BEFORE.search(body, max(0, mention.start - 12), mention.start)
        or _SINCE_HAPPENING.search(body, max(0, mention.start - 64), mention.start)
    )


def _announced_day(body: str, mention: DateMention) -> bool:
    """A single day scheduled with 将于 (他说,父母亲将于明日(4日)下午飞抵古晋) or followed by 将
    (行政長官明天將會召開記者會): an event though still to come and told in someone's words; a quarter or
    a month so told (将于三季度进入欧洲市场) stays a plan."""
    date = mention.date
    day = date is not None and date.precision == "day" and date.start == date.end
    return day and (
        _ANNOUNCED.search(body, max(0, mention.start - 6), mention.start) is not None
        or _SCHEDULED_AFTER.match(body, mention.end) is not None
    )


def _plan_told(mention: DateMention, reported: Regions, published: FuzzyDate | None) -> bool:
    """A date still to come, a month or year not yet over, or a whole year, inside someone's
    reported words (…透露，公司将在本月底前…; …强调，这是今年的重点工程; …表示2025年是极不寻常的
    一年): a plan, the present or a verdict on a year, not an event."""
    date = mention.date
    if date is None:
        return False
    spread = date.precision != "day" or date.start != date.end  # a week, a month, a year
    ahead = published is not None and (date.start > published.end or (spread and date.end >= published.start))
    inside = reported.inside(mention.start)
    return inside and (ahead or date.precision == "year")


_CLAUSE_BREAK = re.compile(r", and (?=the |its |his |her |their |[A-Z])|; |；|，而")


# a day named by its distance from the page's (今天, 昨日, 周六), the same word for it counted once
_RELATIVE_DAY = re.compile(r"(?:今|昨|前|明)(?:天|日)|本?(?:周|星期|礼拜)[一二三四五六日天]")


def _day_word(text: str) -> str:
    """The relative word a date mention names its day by (今日 and 今天 alike), or "" for any other."""
    word = text.strip()
    if not _RELATIVE_DAY.fullmatch(word):
        return ""
    return word.replace("日", "天") if word[0] in "今昨前明" else word


def _dated_clauses(body: str, sentence: Span, own: list[DateMention]) -> list[tuple[Span, DateMention]]:
    """A dated sentence is one event, unless coordinated clauses (", and the…", "；") each carry a
    date of their own: then one event per clause (…left in April, and …resigned in June)."""
    if not own:
        return []
    cuts = [sentence.start + m.end() for m in _CLAUSE_BREAK.finditer(sentence.text)]
    bounds = [sentence.start] + cuts + [sentence.end]
    clauses = [(a, b, [m for m in own if a <= m.start < b]) for a, b in itertools.pairwise(bounds)]
    if len(own) < 2 or sum(1 for _, _, ms in clauses if ms) < 2 or any(not ms for _, _, ms in clauses):
        return _comma_clauses(body, sentence, own) or [(sentence, _finest(own, body))]
    return [(Span(a, a + len(body[a:b].rstrip()), body[a:b].rstrip()), ms[0]) for a, b, ms in clauses]


# a later date of a sentence that opens or ends a span or is an alternative (自2025年10月1日起生效, 到8月28日,
# until July 1, or Monday)
_SPAN_OR_CHOICE = re.compile(
    r"(?:自|从|到|至|或者?|\buntil|\bthrough|\bto|\bor|\beffective|\bbetween\b[^.;]{1,40}\band)\s*$"
)
# a day or month naming a thing told of (this month's announcement, the Jan. 6 attack): no happening told here
_NAMING_BEFORE = re.compile(r"\bthe\s*$")
_NAMING_AFTER = re.compile(r"['’]s\b|\s+[a-z]")


def _other_days(body: str, sentence: Span, own: list[DateMention]) -> list[tuple[Span, DateMention]]:
    """Each other day or month a sentence of one dated clause dates besides its own: a
    happening of its own ("votes by Hayward nurses on April 5 and Concord nurses on April 13", 公告称
    …于5月31日紧急停牌); not one inside the sentence's date, a year or years (naming a plan or a season:
    2035年远景目标), either end of a span, an alternative, nor the day a reporter learnt what is told."""
    if len(own) < 2:
        return []
    first = _finest(own, body)
    seen = {_span_of(first.date)}
    out = []
    for m in own:
        d, f = m.date, first.date
        if m is first or d is None or f is None or _span_of(d) in seen or d.precision not in ("day", "month"):
            continue
        if _LEARNT.match(body, m.end):
            continue  # 昨日下午,记者从…了解到: the day of learning
        if f.start <= d.start <= d.end <= f.end or d.start <= f.start <= f.end <= d.end:
            continue
        if _SPAN_OR_CHOICE.search(body, max(sentence.start, m.start - 60), m.start):
            continue
        naming = _NAMING_AFTER.match(body, m.end)
        if naming and (
            naming.group().startswith(("'", "’")) or _NAMING_BEFORE.search(body, max(0, m.start - 5), m.start)
        ):
            continue
        seen.add(_span_of(d))
        out.append((sentence, m))
    return out


def _years_named(body: str, sentence: Span, own: list[DateMention]) -> list[tuple[Span, DateMention]]:
    """A year naming a happening beside the sentence's own date ("On Dec. 10, … sentenced … for the 2014
    murder of Bill Collins"): the happening is an event of its own, in the same sentence."""
    if len(own) < 2:
        return []
    return [(sentence, m) for m in own[1:] if m.text.isdigit() and body.endswith("the ", 0, m.start)]


_CLAUSE_DATE_NEAR = 14  # a clause's own date follows its subject closely: 日本官房长官木原稔9日表示


def _comma_clauses(body: str, sentence: Span, own: list[DateMention]) -> list[tuple[Span, DateMention]]:
    """A Chinese sentence whose comma clauses open with a subject and a date of their own
    (卓荣泰7日前往东京，木原稔9日表示…; 东方甄选12月17日公告，董事会已于12月16日议决…): one event
    per such clause, the undated clauses after it belonging to it; [] when there is no such split."""
    starts = [sentence.start] + [sentence.start + m.end() for m in re.finditer(r"[，,]", sentence.text)]
    at = [m.start for m in own]
    opening = [
        a
        for a in starts
        if any(
            _opens_clause(body, a, m)
            for m in own[bisect.bisect_left(at, a) : bisect.bisect_left(at, a + _CLAUSE_DATE_NEAR)]
        )
    ]
    if len(opening) < 2 or not re.search(r"[\u4e00-\u9fff]", sentence.text) or opening[0] != sentence.start:
        return []
    dated = {a: own[bisect.bisect_left(at, a)] for a in opening}  # each clause's first date
    if len({_span_of(m.date) for m in dated.values()}) < 2:
        return []  # 英国警方17日表示,…一名男子当天…被捕: one day, one happening
    bounds = opening + [sentence.end]
    out = []
    for a, b in itertools.pairwise(bounds):
        text = body[a:b].rstrip()
        out.append((Span(a, a + len(text), text), dated[a]))
    return out


def _opens_clause(body: str, start: int, mention: DateMention) -> bool:
    """True when the clause starting at `start` names its subject, then this date (木原稔9日表示;
    not 自二零二五年十月一日起生效, whose date has no subject before it)."""
    if not start <= mention.start < start + _CLAUSE_DATE_NEAR:
        return False
    subject = re.sub(r"(?:已于|将于|于|在|自|从|至|到|截至)$", "", body[start : mention.start].strip())
    if re.search(r"(?:预计|預計|计划|將|将|拟|有望|定|最快|最迟)", subject):
        return False  # 预计明年第二季完工: a plan, not a clause of its own
    if re.fullmatch(r"[这此那][是为]?", subject):
        return False  # …发布了小米5,这是今年最重要的产品: a description of what came before
    return len(subject) >= 2 or start == mention.start == 0


# a reporter's learning what the sentence tells: 昨日下午,本报记者从档案馆了解到, …
_LEARNT = re.compile(r"[^。；;]{0,6}?记者[^。；;，,]{0,20}?(?:了解到|获悉|得知|获知|查询到|查阅)[,，:：]?")


def _finest(own: list[DateMention], body: str = "") -> DateMention:
    """The sentence's date: its first, or a later one inside it and finer (the 2024年外国驻华记者
    新年招待会 held 2日晚 is dated by the day, the year naming the reception); when the first dates
    only a reporter's learning (昨日下午,记者从…了解到, …1988年6月2日改称…), the next one."""
    first, whole = own[0], own[0].date
    if len(own) > 1 and _LEARNT.match(body, first.end) and own[1].date and not own[1].date.year_inferred:
        return own[1]
    for m in own[1:]:
        part = m.date
        if whole is None or part is None or not whole.start <= part.start <= part.end <= whole.end:
            continue
        if part.end - part.start < whole.end - whole.start:
            return m
    return first


def _event(mention: DateMention, span: Span, section: str) -> EventFound:
    return EventFound(span, _dated(mention).with_text(mention.text), mention.text, section)


def _dated(mention: DateMention) -> FuzzyDate:
    """The date of a mention kept for having one."""
    if mention.date is None:
        raise ValueError(f"undated mention {mention.text!r}")
    return mention.date


def _after_word(sentence: Span, named: _Named) -> str:
    """The 随后 (Later,) that opens a sentence, alone or after its subject (他随后…, 唐立衡随后…,
    衡石集团随后…)."""
    text = sentence.text
    word = next((w for w in AFTER_WORDS if text.startswith(w)), "")
    if word:
        return word
    if "随后" not in text[:24] and "随即" not in text[:24]:
        return ""
    subject = re.match(r"[他她]", text)
    ends = [subject.end()] if subject else []
    ends += [end - sentence.start for end in named.ends_at(sentence.start)]
    return next((w for end in ends for w in ("随后", "随即") if text.startswith(w, end)), "")


def _after(sentence: Span, word: str, days: _Days, published: FuzzyDate) -> EventFound | None:
    """随后…: after the latest narrated single day that shares a person with this sentence, and
    before publication; none when it names nobody dated before (随后,记者来到…: scene-setting, which
    readers do not count as a dated happening)."""
    anchor = days.latest_with(days.named.within(sentence, "person"))
    if anchor is None or anchor.date.start > published.end:
        return None
    date = FuzzyDate(anchor.date.start, published.end, "day", "after", anchor.date.year_inferred, word)
    return EventFound(sentence, date, word, "body")


def _brief_events(brief: Span, published: FuzzyDate | None) -> list[EventFound]:
    """A brief is one event, split where a sentence opens with a date of its own (…。今日,…)."""
    mentions = [m for m in find_dates(brief.text, brief.start, published, brief=True) if m.date]
    if not mentions:
        return []
    parts: list[tuple[DateMention, int]] = []
    for sentence in sentences(brief):
        lead = next((m for m in mentions if m.start == sentence.start), None)
        if lead is not None or not parts:
            parts.append((lead or mentions[0], sentence.start))
    out = []
    for i, (mention, start) in enumerate(parts):
        end = parts[i + 1][1] if i + 1 < len(parts) else brief.end
        text = brief.text[start - brief.start : end - brief.start].rstrip()
        out.append(_event(mention, Span(start, start + len(text), text), "related"))
    return out


def _people(event: EventFound, named: _Named, subjects: dict[int, Entity]) -> None:
    """Who is in an event: people named in its text; else the subject a pronoun points to."""
    span = event.span
    persons = named.within(span, "person")
    event.persons = [(e, "named") for e in persons]
    if not persons:
        subject = subjects.get(span.start)
        if (
            subject is not None
            and subject.kind == "person"
            and re.search(r"[他她]|\b[Hh]e\b|\b[Ss]he\b", span.text)
        ):
            event.persons = [(subject, "pronoun")]
    event.orgs = named.within(span, "org")


def summary(event: EventFound) -> str:
    """The event's sentence without its leading date and 消息, shortened."""
    text = event.span.text
    if text.startswith(event.date_text):
        text = text[len(event.date_text) :]
    text = _LEAD.sub("", text).strip()
    first = re.split(r"[。；;]", text)[0]
    return first[:60] + ("…" if len(first) > 60 else "")
