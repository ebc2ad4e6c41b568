"""Extract people, dated events and quotes from one article into an Annotation (like a curated one)."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import difflib
import hashlib
import re

from ...core.dates import FuzzyDate, day_date
from ..annotation import (
    Anchor,
    Annotation,
    ClaimSpec,
    EventSpec,
    OccurrenceSpec,
    OrgSpec,
    PersonSpec,
    QuoteSpec,
    RoleSpec,
)
from ..reader import Source
from .dates import find_dates, guessed_day, pinned_day, told_today
from .entities import discover, find_mentions, titles_after_names
from .events import EventFound, find_events, summary
from .lexicon import CAPTIONS
from .meta import EMBED_SIGNATURE, STAMP_WITHIN, read_header
from .quotes import Found, QuoteFinder
from .registry import Entity, Registry, org_key
from .script import simplified
from .segment import Regions, Span, language, layout, letters, quote_regions, subheadings

BRIEF_START = re.compile(
    r"^\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:消息|讯|电)?\s*[,，:：]|^\s*\d{4}-\d{2}-\d{2}\s"
    r"|^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}(?:, \d{4})?\s*[-–—:]"
)


def extract(
    source: Source, today: dt.date | None = None, published: dt.date | None = None, given_by: str = "answer"
) -> Annotation:
    """Read an article the way a careful reader would, and say exactly where each fact is printed.
    Traditional text is read in Simplified characters (丶 as 、, the division slash ∕ as ／, a name's dot ‧ as
    ·); what is reported is printed as in the source.
    `published` (a reader's answer, the page's metadata or its address, as `given_by` says) dates an
    article whose text prints no full publication date: every relative date is then read against it; a
    reviewer's (`given_by` "reviewer") dates it whatever it prints."""
    # 丶 (the radical "dot") typed as the list comma: 陈茂波丶商务及经济发展局长丘应桦丶许正宇
    folded = simplified(source.text).replace("丶", "、").replace("∕", "／")  # 記者范振和∕花蓮報導
    folded = _NAME_DOT.sub("·", folded)  # 撒韵‧武荖, 伊莉莎白・華倫: one mark between a name's parts
    ann, registry = _extract(dataclasses.replace(source, text=folded), today, published, given_by)
    if folded == source.text:
        return ann
    return _Restorer(source.text, folded, _name_spots(registry, folded)).annotation(ann)


# the marks printed between the parts of a transliterated name besides the middle dot: the hyphenation
# point Taiwan prints (撒韵‧武荖), the katakana dot, a bullet (not ∙ or ･, which a page of set BM printed
# between words)
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[‧・•](?=[\u4e00-\u9fff])")


def _name_spots(registry: Registry, body: str) -> dict[str, list[int]]:
    """Where each name is printed as a name (its mentions, and right after its titles)."""
    spots: dict[str, list[int]] = {}
    for e in registry.entities.values():
        for m in e.mentions:
            spots.setdefault(m.text, []).append(m.start)
        for _, _, span in e.roles:
            if body.startswith(e.name, span.end):
                spots.setdefault(e.name, []).append(span.end)
    return spots


def redate(ann: Annotation, published: dt.date | None, given_by: str = "answer") -> Annotation:
    """The article read again with this publication date (a reviewer's answer to a guessed one, or the
    day in the web address given; None: as its text dates itself): every relative date resolved
    against it. Corrections made to `ann` are not carried over."""
    again = extract(
        Source(ann.source_name, ann.body, ann.body.encode("utf-8"), "utf-8", "txt"),
        published=published,
        given_by=given_by,
    )
    again.source_sha256, again.address = ann.source_sha256, ann.address
    return again


def _extract(
    source: Source, today: dt.date | None, published: dt.date | None, given_by: str
) -> tuple[Annotation, Registry]:
    body = _once(source.text)
    header = read_header(body, day_date(today or dt.date.today()))
    guess = header.published is None or header.published.year_inferred
    # a reviewer's day stands over the one printed too (a page's update stamp, a reprint's day)
    given = published is not None and (guess or given_by == "reviewer")
    if given and published is not None:
        header.published, header.published_text, guess = day_date(published), published.isoformat(), False
    elif header.published is None:
        # the text dates itself: 今天(3/13), 周二（3日）, else the latest day it prints (a guess)
        now = today or dt.date.today()
        pinned = pinned_day(body, now)
        header.published = told_today(body, now, pinned) or (
            day_date(pinned, year_inferred=True) if pinned else guessed_day(body, now)
        )
        if header.posted is not None and (header.published is None or header.published.year_inferred):
            header.published = header.posted  # a post's day, its year printed: the story's at the earliest
    header.published = _dateline_day_before(body, header.published, header.published_text) or header.published
    lay = layout(
        body, header.lines_used, header.publisher, BRIEF_START, header.dateline, _only_date, header.stamp
    )
    blocks = sorted(lay.paragraphs + lay.briefs, key=lambda s: s.start)
    quoted = Regions(r for block in blocks for r in quote_regions(block.text, block.start))
    registry = Registry()
    if header.publisher:
        registry.org(header.publisher)  # the paper is an organisation, and its name's place is no short name
    author_line = next(
        (
            line
            for line in lay.header + lay.paragraphs[:1] + lay.furniture + lay.paragraphs[::-1]
            if header.author and header.author in line.text
        ),
        None,
    )
    credited = {span.start for _role, span in header.credits}  # where bylines and credits name people
    if author_line is not None:
        at = author_line.start + author_line.text.index(header.author)
        title = "author" if header.author.isascii() else "作者"
        registry.person(header.author).roles.append(
            (title, "", Span(at, at + len(header.author), header.author))
        )
        credited.add(at)
    for role, span in header.credits:
        if span.text != header.author:
            registry.person(span.text).roles.append((role, "", span))
    # a headline names people and companies too (宏硕光电执行长林正雄请辞)
    headline = [line for line in lay.header if line.text.strip() == header.title][:1] or lay.header[:1]
    captions = [f for f in lay.furniture if any(c.search(f.text) for c in CAPTIONS)]  # people, no events
    discover(registry, headline + blocks + captions, quoted, body)
    find_mentions(registry, blocks + captions + ([author_line] if author_line else []))
    titles_after_names(registry, blocks)
    printed_letters = letters(body, lay.paragraphs)
    found = QuoteFinder(body, registry, header.own_voice).run(
        blocks, {b.start for b in lay.briefs}, printed_letters
    )
    reported = [q.text for q in found.quotes if q.kind == "reported"]
    heads, in_letters = subheadings(lay.paragraphs), Regions((a.start, a.end, "") for _, a in printed_letters)
    heads |= _printed_again(body, lay.paragraphs)
    narrated = [
        _after_the_stamp(p, header, body)
        for p in lay.paragraphs
        if p.start not in heads and not in_letters.inside(p.start) and not _dates_the_page(p.text, header)
    ]
    dated_by_line = _dateline_day(header.dateline, header.published) if not guess else None
    spoken = [q.text for q in found.quotes if q.kind == "direct"]
    events = find_events(
        body,
        narrated,
        lay.briefs,
        header.published,
        registry,
        found.subjects,
        reported,
        dated_by_line,
        spoken,
    )
    for event in events:  # 【記者陳鵬雄報導】不管走到那…: the reporter credited in the lead is in no event
        event.persons = [(e, how) for e, how in event.persons if _told_of(e, event.span, credited)]
    ann = _annotation(source, header, registry, events, found, credited)
    ann.published_guess, ann.published_from = guess, given_by if given else ""
    return ann, registry


# a Chinese dateline's day: (檳城4日訊), 中新社北京3日电; a clock time in the small hours: 2:37am, 01:05
_CN_DATELINE_DAY = re.compile(
    r"^\s*[(（【]?[^()（）【】\n。，,]{1,16}?(\d{1,2})日(?:電|电|訊|讯)", re.MULTILINE
)
_SMALL_HOURS = re.compile(r"(?<!\d)0?[0-5]:\d{2}(?!\s*[Pp]\.?[Mm])")


def _dateline_day_before(body: str, published: FuzzyDate | None, stamp: str) -> FuzzyDate | None:
    """The day a Chinese dateline prints, when the page went up in the small hours after it (發布:
    2:37am 05/10/2024 over (檳城4日訊)): the story's day, which its 昨晚 and 今天 are counted from."""
    m = _CN_DATELINE_DAY.search(body, 0, 600)
    if m is None or published is None or published.precision != "day" or not _SMALL_HOURS.search(stamp):
        return None
    day = published.start - dt.timedelta(days=1)
    return (
        day_date(day, text=m.group().strip(), year_inferred=published.year_inferred)
        if day.day == int(m.group(1))
        else None
    )


def _dates_the_page(line: str, header) -> bool:
    """A line that prints the page's own date (a date line the head did not take, an e-paper's stamp
    with a clock time: 420948 2012-11-17 00:00:00 六 …), which tells of no happening."""
    printed = header.published_text
    if not printed or printed not in line or EMBED_SIGNATURE.match(line):
        return False
    return bool(re.search(r"\d:\d\d", printed)) or (len(line) <= 60 and not re.search(r"[。.!?！？]$", line))


_SUMMARY_LINE = re.compile(r"(?:^|\n)\s*(?:摘要|内容提要|导读)\s*[:：]?\s*\n\s*$")


REPRINT_MIN = 40  # how long a line printed again word for word must be to be the page printed twice
REPRINT_SENTENCE_MIN = 12  # or a whole sentence of it (3月1日，清水镇举行植树活动。)


def _once(text: str) -> str:
    """The text with each long line printed again word for word blanked out, offsets kept (a page saved
    with its story twice): one story, one set of people, happenings and words."""
    seen: set[str] = set()
    out = []
    for line in text.split("\n"):
        words = line.strip()
        whole = len(words) >= REPRINT_MIN or (len(words) >= REPRINT_SENTENCE_MIN and words[-1] in ".。!?！？")
        out.append(" " * len(line) if whole and words in seen else line)
        seen.add(words)
    return "\n".join(out)


def _printed_again(body: str, paragraphs: list[Span]) -> set[int]:
    """Where a summary starts (a paragraph after a line 摘要) that the story prints again further on: the
    happening is told where the story tells it."""
    later: set[str] = set()
    again = set()
    for p in reversed(paragraphs):
        words = p.text.strip().rstrip("。.")
        if words in later and _SUMMARY_LINE.search(body, max(0, p.start - 8), p.start):
            again.add(p.start)
        later.add(words)
    return again


STAMP_LABEL_MAX = 8  # how long a label before a time stamp opening a later line may be (发布时间:)


def _after_the_stamp(paragraph: Span, header, body: str) -> Span:
    """A page flattened into one line tells its story after its own time stamp (…調查 (20:21) 發佈於 1 年 前
    2024 年 10 月 31 日 By 明報 記協今年9月曾表示…): the story's first sentence starts there."""
    printed = header.published_text
    at = paragraph.text.find(printed, 0, STAMP_WITHIN) if printed else -1
    label = paragraph.text[:at].strip() if at >= 0 else ""
    labelled = len(label) <= STAMP_LABEL_MAX and label.endswith((":", "："))
    if at < 0 or (body[: paragraph.start].strip() and not labelled):
        return paragraph  # the page's own first line, or a line its stamp opens after a label (时间:)
    cut = at + len(printed)
    return Span(paragraph.start + cut, paragraph.end, paragraph.text[cut:])


def _annotation(
    source: Source, header, registry: Registry, events: list[EventFound], found, credited: set[int]
) -> Annotation:
    body = source.text
    published = header.published
    ann = Annotation(
        source.name,
        body,
        header.title,
        _name_cased(header.author),
        header.publisher,
        header.published_text or (published.label() if published else ""),
        published,
        language(body),
        hashlib.sha256(source.raw).hexdigest(),
    )
    keys = {e.key: _key(e) for e in registry.entities.values()}
    used = _used_entities(registry, events, found.quotes)
    ann.orgs = [
        OrgSpec(keys[e.key], e.name, "", sorted(e.short_forms)) for e in registry.orgs() if e.key in used
    ]
    ann.persons = [_person(e, keys) for e in registry.persons() if e.mentions or e.roles]
    event_keys = {id(e): f"e{i + 1}" for i, e in enumerate(events)}
    ann.events = [_event(e, event_keys[id(e)], keys) for e in events]
    grouped = _quotes(found.quotes, events, event_keys, keys, credited)
    ann.quotes = [spec for spec, _ in grouped]
    quote_keys = {id(f): spec.key for spec, group in grouped for f in group}
    ann.claims = [
        ClaimSpec(
            f"c{i + 1}",
            [OccurrenceSpec(_anchor(c.text), None, None)],
            "rumour",
            c.cue,
            quote_keys.get(id(c.denied_by)) if c.denied_by else None,
        )
        for i, c in enumerate(found.claims)
    ]
    return ann


def _told_of(entity: Entity, span: Span, credited: set[int]) -> bool:
    """True when an entity is named in a span other than where a credit names it (or not at all: a
    pronoun's referent)."""
    inside = [m.start for m in entity.mentions if span.start <= m.start < span.end]
    return not inside or any(at not in credited for at in inside)


def _dateline_day(dateline: Span | None, published: FuzzyDate | None) -> tuple[Span, FuzzyDate] | None:
    """An English wire dateline and the day it prints, when that is the publication day (MILAN, Oct 24
    (Reuters) -); a Chinese one (新华社北京12月19日电) dates its lead by the day the lead prints."""
    if dateline is None or published is None or published.precision != "day" or not dateline.text.isascii():
        return None
    for mention in find_dates(dateline.text, 0, published):
        date = mention.date
        if date is not None and (date.start, date.end) == (published.start, published.end):
            return dateline, published.with_text(mention.text)
    return None


# what a page's stamp line prints around its date (2026/02/04 16:20 政治 黨政要聞, Posted by Andy Durham on
# December 12, 2016 at 11:05 pm under High School | 64 Comments, February 17, 2022 by WA Chinese Post Leave a
# Comment): each taken off its end or its start in turn, the date left
_STAMP_START = re.compile(r"^(?:[^\w\s]|_)+\s*|^Posted by [^|,]{2,40}? on ")
_STAMP_END = re.compile(
    r"\s*\|\s*\d+ Comments?[\w ]*$|\s+by [^|,]{2,40}? Leave a Comment$|\s+under [^|,]{2,40}$"
    r"|(?<=\d:\d\d)(?:\s+[\u4e00-\u9fff]{2,4}){1,2}$"  # a section's words after the clock
    r"|,?\s*(?:at )?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:IST|UTC|GMT|[ECMP][SD]?T))?$|\s*(?:[^\w\s]|_)+$"
)
STAMP_MAX = 120  # a stamp line is short


def _only_date(line: str) -> bool:
    """A line that is nothing but a date (a sign-off or a stray timestamp), or a page's stamp."""
    from ...core.dateparse import parse_date

    for text in (line, _stamp_date(line)):
        try:
            if text:
                parse_date(text)
                return text != line or len(line) <= 24
        except ValueError:
            continue
    return False


def _stamp_date(line: str) -> str:
    """What is left of a short line once a stamp's clock, section, poster and marks are taken off."""
    if len(line) > STAMP_MAX:
        return ""
    text, before = line.strip(), ""
    while text != before:
        before = text
        text = _STAMP_END.sub("", _STAMP_START.sub("", text)).strip()
    return text.replace(" ,", ",").strip(" ,")


def _key(e: Entity) -> str:
    return ("p_" if e.kind == "person" else "o_") + hashlib.sha1(e.name.encode()).hexdigest()[:10]


def _anchor(span: Span) -> Anchor:
    return Anchor(span.text, span.start, span.end)


def _used_entities(registry: Registry, events: list[EventFound], quotes: list[Found]) -> set[str]:
    used = {o.key for e in events for o in e.orgs} | {q.speaker.key for q in quotes if q.speaker}
    return used | {org_key(o) for e in registry.persons() for _, o, _ in e.roles if o}


def _person(e: Entity, keys: dict[str, str]) -> PersonSpec:
    roles = [
        RoleSpec(title, keys.get(org_key(org)), "current", _anchor(span)) for title, org, span in e.roles
    ]
    aliases = [e.latin] if e.latin and e.latin != e.name else []
    name = _name_cased(e.name)  # (a byline's VERENA DOBNIK is Verena Dobnik, printed so as an alias)
    aliases += [e.name] if name != e.name else []
    return PersonSpec(keys[e.key], name, aliases, "", e.given_only, _unique_roles(roles))


# a Latin name printed in capitals, as bylines print them (By VERENA DOBNIK and DAVID CARUSO)
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z]\.?| [A-Z][A-Z'’-]+)+")


def _name_cased(name: str) -> str:
    """A name printed in capitals as a reader writes it (VERENA DOBNIK → Verena Dobnik, O'SHEA → O'Shea,
    MCDONALD → McDonald); any other name as it is."""
    if not _CAPITALS_NAME.fullmatch(name):
        return name
    return re.sub(r"[A-Z]+", _word_cased, name)


def _word_cased(m: re.Match[str]) -> str:
    word = m.group()
    if word.startswith("MC") and len(word) > 3:
        return "Mc" + word[2:].capitalize()
    return word.capitalize()


def _unique_roles(roles: list[RoleSpec]) -> list[RoleSpec]:
    seen, out = set(), []
    for r in roles:
        if r.title not in seen:
            seen.add(r.title)
            out.append(r)
    return out


def _event(e: EventFound, key: str, keys: dict[str, str]) -> EventSpec:
    links = [(keys[p.key], basis) for p, basis in e.persons]
    return EventSpec(
        key, _anchor(e.span), e.date, e.date_text, summary(e), e.section, links, [keys[o.key] for o in e.orgs]
    )


class _Restorer:
    """Puts the source's own characters back into an annotation read from its Simplified form."""

    def __init__(self, body: str, folded: str, spots: dict[str, list[int]]) -> None:
        self.body, self.folded, self.spots = body, folded, spots

    def text(self, value: str) -> str:
        """The source's spelling of a string of the folded text: a name as printed where it is
        mentioned as a name (范明, not the 範明 inside 规范明确), anything else where first found
        (a shortened summary by its words before the …)."""
        if value.endswith("…") and value[:-1] and value not in self.folded:
            return self.text(value[:-1]) + "…"
        at = next((s for s in self.spots.get(value, ()) if self.folded.startswith(value, s)), -1)
        if at < 0 and value:
            at = self.folded.find(value)
        return self.body[at : at + len(value)] if at >= 0 else value

    def annotation(self, ann: Annotation) -> Annotation:
        """Every anchor re-read from the source; every name, title and summary in its spelling."""
        restored = self.value(ann)
        return dataclasses.replace(restored, body=self.body)

    def value(self, value):
        """Any part of an annotation, restored."""
        if isinstance(value, Anchor):
            return Anchor(self.body[value.start : value.end], value.start, value.end)
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, (list, tuple)):
            return type(value)(self.value(v) for v in value)
        if isinstance(value, FuzzyDate):
            return dataclasses.replace(value, text=self.text(value.text))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(
                value,
                **{f.name: self.value(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init},
            )
        return value


# --- quotes: one utterance however often it is printed --------------------------------------------


def _normal(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


def _group_utterances(quotes: list[Found]) -> list[list[Found]]:
    """Finds of one utterance together: the same words (by anyone, or by nobody named), or by the
    same speaker a first sentence at least 85 % alike (a retelling, a reprint with an edit)."""
    groups: list[list[Found]] = []
    by_text: dict[str, list[Found]] = {}
    by_speaker: dict[int, list[tuple[str, list[Found]]]] = {}
    for q in quotes:
        text = _normal(q.text.text)
        home = by_text.get(text)
        if home is not None and not (q.speaker and home[0].speaker and q.speaker is not home[0].speaker):
            home.append(q)
            continue
        first = _normal(re.split(r"[。！？!?]", q.text.text)[0])
        home = _alike(first, by_speaker.get(id(q.speaker), [])) if q.speaker is not None else None
        if home is None:
            home = []
            groups.append(home)
            if q.speaker is not None:
                by_speaker.setdefault(id(q.speaker), []).append((first, home))
        home.append(q)
        by_text.setdefault(text, home)
    return groups


MAX_ALIKE = 200  # earlier utterances of one speaker a new one is compared with


def _alike(first: str, candidates: list[tuple[str, list[Found]]]) -> list[Found] | None:
    """The group whose first sentence reads at least 85 % like this one (cheap bounds first)."""
    for other, group in candidates[-MAX_ALIKE:]:
        matcher = difflib.SequenceMatcher(None, first, other, autojunk=False)
        if matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85:
            return group
    return None


class _EventsAt:
    """Events by where they are printed, to find the one a quote belongs to."""

    def __init__(self, events: list[EventFound]) -> None:
        self.events = sorted(events, key=lambda e: e.span.start)
        self.starts = [e.span.start for e in self.events]

    def of(self, found: Found) -> EventFound | None:
        """The event whose text holds the quote's sentence, else the last event before it in its block."""
        at = found.sentence.start
        i = bisect.bisect_right(self.starts, at) - 1
        holding = [e for e in self.events[max(0, i - 3) : i + 1] if e.span.start <= at < e.span.end]
        if holding:
            return holding[0]
        return self.events[i] if i >= 0 and self.events[i].span.start >= found.block.start else None


def _speaking_as(speaker, credits: set[int]) -> str | None:
    """The role a person speaks in: the first the article gives them (新加坡總理 李顯龍: 總理), not a credit
    (a byline's, an editor's: `credits`, where they are printed)."""
    titles = [title for title, _org, span in speaker.roles if span.start not in credits]
    return titles[0] if speaker.kind == "person" and titles else None


def _quotes(
    quotes: list[Found],
    events: list[EventFound],
    event_keys: dict[int, str],
    keys: dict[str, str],
    credits: set[int],
) -> list[tuple[QuoteSpec, list[Found]]]:
    """One QuoteSpec per utterance, with the printed finds it groups."""
    groups = _group_utterances(quotes)
    events_at = _EventsAt(events)
    out: list[tuple[QuoteSpec, list[Found]]] = []
    for group in groups:
        speaker = next((q.speaker for q in group if q.speaker is not None), None)
        if speaker is None:
            continue
        dated = [q for q in group if events_at.of(q) is not None]
        primary = dated[0] if dated else group[0]
        places = {(primary.text.start, primary.text.end)}
        ordered = [primary]
        for q in group:  # a place read twice (as words announced, then again in their sentence) is one
            if (q.text.start, q.text.end) not in places:
                places.add((q.text.start, q.text.end))
                ordered.append(q)
        event = events_at.of(primary)
        # "He said the report, published yesterday, was untrue": a day inside the words is not when said
        when = event if event is not None and event.date_text not in primary.text.text else None
        occurrences = [
            OccurrenceSpec(
                _anchor(q.text),
                _anchor(q.translation) if q.translation else None,
                event_keys[id(ev)] if (ev := events_at.of(q)) else None,
            )
            for q in ordered
        ]
        spec = QuoteSpec(
            f"q{len(out) + 1}",
            keys[speaker.key],
            speaker.kind,
            _speaking_as(speaker, credits),
            primary.kind,
            when.date if when else None,
            when.date_text if when else "",
            event_keys[id(event)] if event else None,
            occurrences,
        )
        out.append((spec, group))
    return out
