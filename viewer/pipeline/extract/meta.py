"""The article's title, author, publisher and publication date, from its first lines or dateline."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...core.dateparse import parse_date
from ...core.dates import DateParseError, FuzzyDate
from .lexicon import PUBLISHERS
from .segment import Span, is_furniture, lines

HEADER_SCAN = 6
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_AUTHOR = re.compile(r"^(?:作者|文|撰文|记者|编辑|By|BY|by)\s*[:：/|]?\s*(?P<name>[\u4e00-\u9fff·]{2,10}|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})"
                     r"(?:\s*[/／]\s*[\u4e00-\u9fff]{1,6}(?:报导|报道|电|讯))?"
                     r"(?:\s*[|·,，/／]\s*(?P<pub>.+))?$")
_CN_DATELINE = re.compile(r"^(?P<run>[\u4e00-\u9fff]{2,16}?)\s*(?P<date>\d{1,2}月\d{1,2}日)\s*[电讯]")
_AGENCIES = ("新华社", "中新社", "中国新闻社", "人民网", "央视新闻", "路透社", "法新社", "美联社", "本报", "本网")
_EN_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .,'-]{2,40}),?\s+(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)\s*"
                          r"\((?P<pub>Reuters|AP|AFP|Bloomberg|Xinhua)\)\s*[-–—]")
_REPORTER = re.compile(r"\s*[（(]\s*记者\s*(?P<name>[\u4e00-\u9fff]{2,4})(?:\s+[\u4e00-\u9fff]{2,4})*\s*[）)]\s*")


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


def read_header(text: str, today: FuzzyDate) -> Header:
    """Title from the first line; author, date and publisher from the next few lines or the dateline."""
    first = lines(text)[: HEADER_SCAN + 1]
    title = first[0].text if first else ""
    author = publisher = published_text = ""
    published: FuzzyDate | None = None
    used = 1
    for i, line in enumerate(first[1:], start=1):
        found = _header_line(line.text)
        if found is None:
            break
        kind, value, extra = found
        if kind == "date" and published is None:
            published, published_text = value, value.text
            publisher = publisher or extra
        elif kind == "author" and not author:
            author = value
            extra_date = _date_or_none(extra)
            if extra_date is not None and published is None:
                published, published_text = extra_date, extra_date.text
            elif extra:
                publisher = publisher or extra
        elif kind == "publisher" and not publisher:
            publisher = value
        used = i + 1
    header = Header(title, author, publisher, published, published_text, used)
    _dateline(text, first[used:], header, today)
    header.author = header.author or _credit_line_author(text)
    if not header.publisher:
        header.publisher = _publisher_mentioned(text)
    return header


def _header_line(line: str) -> tuple[str, object, str] | None:
    cleaned = re.sub(r"^(发布时间|发布日期|发表于|时间|日期|Published|Updated|Posted)\s*[:：]?\s*", "", line, flags=re.I)
    source = re.search(r"(?:[|·]\s*)?(?:来源|Source)\s*[:：]\s*(?P<pub>.+)$", cleaned)
    if source:
        cleaned = cleaned[:source.start()].strip()
    if len(cleaned) <= 40:
        try:
            return "date", parse_date(cleaned), (source.group("pub").strip() if source else "")
        except DateParseError:
            pass
    m = _AUTHOR.match(line)
    if m:
        return "author", m.group("name").strip(), (m.group("pub") or "").strip()
    if line in PUBLISHERS:
        return "publisher", line, ""
    if _CJK_NAME.match(line):
        return "author", line, ""
    return None


def _date_or_none(text: str) -> FuzzyDate | None:
    try:
        return parse_date(text) if text else None
    except DateParseError:
        return None


def _dateline(text: str, candidates: list[Span], header: Header, today: FuzzyDate) -> None:
    """新华社北京11月18日电 / SAN FRANCISCO, May 14 (Reuters) - : publisher and date of a wire story."""
    for line in candidates[:2]:
        if is_furniture(line.text):
            continue
        m = _CN_DATELINE.match(line.text) or _EN_DATELINE.match(line.text)
        if not m:
            continue
        header.publisher = header.publisher or _dateline_publisher(m, header.publisher)
        reporter = _REPORTER.match(line.text, m.end())
        end = reporter.end() if reporter else m.end()
        header.dateline = Span(line.start, line.start + end, line.text[:end])
        if header.published is None:
            try:
                header.published = parse_date(m.group("date"), today)
                header.published_text = m.group("date")
            except DateParseError:
                pass
        if reporter and not header.author:
            header.author = reporter.group("name")
        return


_CREDIT = re.compile(r"^\s*\(?\s*(?:Reporting|Writing|Written|Report) by (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})")


def _credit_line_author(text: str) -> str:
    """The reporter named on a wire story's closing credit line: "(Reporting by Anna Keller; …)"."""
    for line in lines(text):
        m = _CREDIT.match(line.text)
        if m:
            return m.group("name")
    return ""


def _dateline_publisher(m: re.Match, known: str) -> str:
    """Who filed a dateline: a known agency or publisher at its start, else all but the place
    (the last two characters before the date: 示例新闻网北京 → 示例新闻网)."""
    if "pub" in m.groupdict():
        return m.group("pub")
    run = m.group("run")
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
