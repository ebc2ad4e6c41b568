"""Who wrote and who helped: reporters in a dateline's bracket or a sign-off, credit lines,
contributors and media contacts, each with where the name is printed."""

from __future__ import annotations

import re

from .registry import LATIN_NAME
from .segment import Span, lines

HEAD_LINES = 12  # how far below the top a credit line is looked for
# a credit line under the head: 作者 | 林晚
_CREDIT_LINE = re.compile(r"^(?:作者|文|撰文|记者)\s*[|｜:：/]\s*(?P<name>[\u4e00-\u9fff·]{2,6})\s*$")
_CREDIT_ROLES = ("特约记者", "记者", "通讯员", "实习生", "摄影")


def credits_in_bracket(bracket: str, at: int) -> list[tuple[str, Span]]:
    """Who a dateline's bracket credits (记者 王晓峰 通讯员 李涛), each with where it is printed."""
    out, role = [], ""
    for word in re.finditer(r"[\u4e00-\u9fff]+", bracket):
        text = word.group()
        lead = next((r for r in _CREDIT_ROLES if text.startswith(r)), "")
        role = lead or role
        name, start = text[len(lead) :], at + word.start() + len(lead)
        if role and 2 <= len(name) <= 4:
            out.append((role, Span(start, start + len(name), name)))
    return out


_CREDIT = re.compile(
    r"^\s*\(?\s*(?:Reporting|Writing|Written|Report) by (?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})"
)


# a broadcast or paper story signed at its end: （总台记者 罗一鸣 刘涛 海澄报道）
_SIGN_OFF = re.compile(
    r"^[（(]\s*[\u4e00-\u9fff]{0,4}(?P<role>记者|通讯员)\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*?)"
    r"\s+[\u4e00-\u9fff]{0,6}(?:报道|报导)\s*[)）]\s*$"
)


def sign_off(text: str) -> list[tuple[str, Span]]:
    """The reporters who sign a story at its end, each with where the name is printed."""
    for line in reversed(lines(text)):
        m = _SIGN_OFF.match(line.text)
        if m:
            at = line.start + m.start("names")
            return [
                (m.group("role"), Span(at + n.start(), at + n.end(), n.group()))
                for n in re.finditer(r"[\u4e00-\u9fff]{2,4}", m.group("names"))
            ]
    return []


_CONTACT_HEADING = re.compile(r"^\s*(?:Media|Press|Investor)? ?Contacts?(?:\s*:)?$", re.I)
_CONTRIBUTED = re.compile(
    r"(?:(?:writers?|reporters?|correspondents?|journalists?) |[Ww]ith assistance from )"
    r"(?P<names>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
    r"(?:(?:,| and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})*)(?:(?: in [A-Z][\w -]{1,40}?)? contributed|\.?$)"
)


def contributors(text: str) -> list[tuple[str, Span]]:
    """People credited on a closing line ("Associated Press writer Han Seo-yeon in Seoul
    contributed…") or named under a press release's "Media Contact:"."""
    out = []
    all_lines = lines(text)
    for i, line in enumerate(all_lines):
        if _CONTACT_HEADING.match(line.text):
            out += [
                ("media contact", n) for n in all_lines[i + 1 : i + 3] if re.fullmatch(LATIN_NAME, n.text)
            ]
    for line in all_lines:
        m = _CONTRIBUTED.search(line.text)
        if not m:
            continue
        at = line.start + m.start("names")
        for name in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}", m.group("names")):
            out.append(("contributor", Span(at + name.start(), at + name.end(), name.group())))
    return out


def credit_under_head(text: str) -> str:
    """作者 | 林晚 on a line of its own near the top."""
    for line in lines(text)[:HEAD_LINES]:
        m = _CREDIT_LINE.match(line.text)
        if m:
            return m.group("name")
    return ""


def credit_line_author(text: str) -> str:
    """The reporter named on a wire story's closing credit line: "(Reporting by Anna Keller; …)"."""
    for line in lines(text):
        m = _CREDIT.match(line.text)
        if m:
            return m.group("name")
    return ""


_EN_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}"
# a wire's credit in a closing bracket or line: (Reporting by Paola Arosio and Giancarlo Navach, editing by …)
_EN_REPORTING = re.compile(
    rf"\b(?:Reporting|Writing|Written|Additional reporting) [Bb]y "
    rf"(?P<names>{_EN_NAME}(?:(?:,| and|, and) {_EN_NAME})*)"
)
# an AP byline: By VERENA DOBNIK and DAVID CARUSO, Associated Press Writers
_EN_WRITERS = re.compile(
    rf"\bBy (?P<names>{_EN_NAME}(?: and {_EN_NAME})*), (?:[A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}} )?Writers?\b"
)
# a Chinese byline on a line of its own: 新华社记者韩洁、刘羊旸、崔静 / 明报记者 林迎 邓宗弘 /
# 编译茅毅/综合报导 / ■记者 桂小笋
_CN_BYLINE = re.compile(
    r"^\s*[■□●◆▲★]?\s*[\u4e00-\u9fff]{0,6}?(?P<role>特派记者|特约记者|记者|编译)\s*"
    r"(?P<names>[\u4e00-\u9fff]{2,3}(?:(?:、|\s+)[\u4e00-\u9fff]{2,3})*)\s*(?:[/／].{0,12})?$"
)


def bylines(text: str) -> list[tuple[str, Span]]:
    """Reporters credited on a byline line (新华社记者韩洁、刘羊旸, By … and …, Associated Press
    Writers) or in a wire's closing credit (Reporting by … and …), each with where it is printed."""
    out: list[tuple[str, Span]] = []
    for line in lines(text):
        chinese = _CN_BYLINE.match(line.text) if len(line.text) <= 40 else None
        found = [(chinese, chinese.group("role") if chinese else "", r"[\u4e00-\u9fff]{2,3}")]
        found += [(_EN_REPORTING.search(line.text), "reporter", _EN_NAME)]
        found += [(_EN_WRITERS.search(line.text), "writer", _EN_NAME)]
        for m, role, pattern in found:
            if m is None:
                continue
            at = line.start + m.start("names")
            for name in re.finditer(pattern, m.group("names")):
                out.append((role, Span(at + name.start(), at + name.end(), name.group())))
    return out
