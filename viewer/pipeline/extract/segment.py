"""Lines, header, page furniture, sections and sentences, all as spans of the article text."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from .lexicon import BOILERPLATE_HEADINGS, CAPTIONS, FURNITURE, RELATED_HEADINGS

OPEN_QUOTES = '“「『"‘'
CLOSE_FOR = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}
SENTENCE_END = "。！？!?；;"
# a turn of a printed interview: 问：… / 答：… (Q: / A:)
INTERVIEW_TURN = re.compile(r"^\s*(?P<who>问|答|Q|A)\s*[:：]\s*")
# a broadcast's sound bite: 【同期】董事会秘书 葛蕾：… / （同期声）班组长 汪小川：…
SOUNDBITE = re.compile(
    r"^\s*(?:【同期声?】|[（(]同期声?[)）])\s{0,4}(?P<who>[^：:\n\s][^：:\n]{0,39}?)\s{0,4}[：:]\s*"
)
# a post embedded in a story, its signature closing it: "Flames can now be seen through the roof. #ckont
# pic.twitter.com/LhKnnA39ws — Trevor Terfloth (@DailyNewsTT) May 8, 2019"
# (its words end on a letter, not a space, as the first match's always did — else every space of a run
# of 20,000 was tried as their end, each try running on to the run's end — or they are the one space
# before the last of those it opens with: "  — Name (@handle)")
EMBEDDED_POST = re.compile(
    r"^\s*(?P<words>(?=\S)[^\n]*?\S|[^\S\n](?=\n*\s\S))(?:\s+#\w+)*(?:\s+pic\.twitter\.com/\S+)?\s+[—–]\s*"
    r"(?P<who>[^()\n]{2,60}?)\s*\(@\w{1,30}\)\s*(?P<day>[^\n]{0,30})$"
)
# a letter printed in full: …潮声网获得的内部信全文如下：
_LETTER_INTRO = re.compile(
    r"如下\s*[:：]\s*$|\b(?:full|whole|complete) (?:statement|text|letter)\b[^.:]{0,20}:\s*$", re.I
)
# a text printed in full whose end is its article's (a statement, no signature): 声明全文如下：
_IN_FULL = re.compile(r"(?:全文|原文)如下\s*[:：]\s*$")
SIGN_OFF = re.compile(
    r"^\s*(特此公告|特此通知|以上|完)[。.!！]?\s*$|^[\u4e00-\u9fff（）()]{4,30}(董事会|监事会|委员会|办公室|公司)\s*$"
)


def is_cjk(ch: str) -> bool:
    """True for a Chinese character (the CJK Unified Ideographs block)."""
    return "\u4e00" <= ch <= "\u9fff"


def language(body: str) -> str:
    """An article's language: "zh" when a tenth of its text or more is Chinese characters, else "en"."""
    return "zh" if sum(1 for ch in body if is_cjk(ch)) * 10 > len(body) else "en"


@dataclass(frozen=True)
class Span:
    """A stretch of the text: text == body[start:end]."""

    start: int
    end: int
    text: str


@dataclass
class Layout:
    """Where things are: the header lines, furniture, the body's paragraphs, the related briefs."""

    header: list[Span] = field(default_factory=list)
    furniture: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    briefs: list[Span] = field(default_factory=list)


def lines(text: str) -> list[Span]:
    """Non-empty lines with their offsets (surrounding spaces trimmed)."""
    out, at = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = at + raw.index(stripped)
            out.append(Span(start, start + len(stripped), stripped))
        at += len(raw) + 1
    return out


_LONG_LINE = 240  # longer, a line is prose (or a whole page run together), whatever it prints inside
# a photo's caption run on after a sentence, to its photo's credit, as Taiwan's pages paste them:
# …祈福。▲縣長徐榛蔚(中)與董監事相談甚歡。(圖/縣政府提供) (not a list's ▲ items, nor a market's "up")
_INLINE_CAPTION = re.compile(
    r"(?<=[。！？」”])\s*[▲△](?=\S)[^▲△\n]{1,120}?[（(]\s*(?:图|圖|照片|相片)\s*[/／:：∕][^()（）]{1,20}[)）]"
)


def is_furniture(line: str) -> bool:
    """Captions, disclaimers, share prompts, e-mail lines: not events, people or quotes. A long line
    other than a caption is furniture only by how it begins: a stamp inside is no reason to drop prose."""
    if any(p.search(line) for p in CAPTIONS):
        return True
    found = (p.search(line) for p in FURNITURE)
    return any(m is not None and (len(line) <= _LONG_LINE or not line[: m.start()].strip()) for m in found)


def layout(
    text: str,
    header_lines: int,
    publisher: str,
    brief_start: re.Pattern,
    dateline: Span | None = None,
    is_date=lambda line: False,
    stamp: Span | None = None,
) -> Layout:
    """Split the article: header, furniture, paragraphs; briefs after a related-reading heading.
    A wire story's dateline (新华社北京11月18日电(记者 …)) belongs to the header."""
    out = Layout()
    all_lines = lines(text)
    out.header = all_lines[:header_lines]
    related = boilerplate = False
    pending = all_lines[header_lines:]
    while pending:
        line = pending.pop(0)
        if stamp is not None and line.start <= stamp.start < line.end:  # the store's day, then the story
            out.header.append(stamp)
            line = Span(stamp.end + 1, line.end, text[stamp.end + 1 : line.end])
        if dateline is not None and line.start == dateline.start:
            out.header.append(Span(line.start, dateline.end, dateline.text))
            line = Span(dateline.end, line.end, text[dateline.end : line.end])
            if not line.text.strip():
                continue
        caption = _INLINE_CAPTION.search(line.text)
        if caption is not None:  # the prose before it and after it is the story's, the caption furniture
            cut, end = line.start + caption.start(), line.start + caption.end()
            out.furniture.append(Span(cut, end, text[cut:end]))
            rest = text[end : line.end]
            if rest.strip():
                at = end + len(rest) - len(rest.lstrip())
                pending.insert(0, Span(at, line.end, text[at : line.end]))
            line = Span(line.start, cut, text[line.start : cut])
        if is_date(line.text) or SIGN_OFF.match(line.text):
            out.furniture.append(line)
            continue
        if RELATED_HEADINGS.match(line.text):
            related = True
            continue
        if related and _is_paragraph(line.text) and not brief_start.match(line.text):
            related = False  # a "Most Read" box above the story ends where the story's prose begins
        # a press release's About / Forward-Looking Statements close it: only in its second half
        boilerplate = boilerplate or (
            line.start > len(text) // 2 and bool(BOILERPLATE_HEADINGS.match(line.text))
        )
        if boilerplate or is_furniture(line.text) or (publisher and line.text == publisher):
            out.furniture.append(line)
        elif related:
            if brief_start.match(line.text):  # a related story's bare headline is no news of this one
                out.briefs.append(line)
        else:
            out.paragraphs.append(line)
    return out


def _is_paragraph(text: str) -> bool:
    """Prose, not a headline: long, and ending a sentence."""
    return len(text) >= 100 and text.rstrip().endswith(tuple(SENTENCE_END + '。.”"」）)'))


def quote_regions(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """Quoted stretches (start of the opening mark, end after the closing mark, the opening mark);
    an unbalanced mark quotes to the end of the paragraph."""
    regions, i = [], 0
    last_close, last_straight = text.rfind("”"), text.rfind('"')
    if (orphan := _orphan_close(text)) > 0:
        regions.append((base, base + orphan + 1, "“"))  # a paragraph opening mid-quote: its mark lost
        i = orphan + 1
    while i < len(text):
        ch = text[i]
        if (j := _doubled_end(text, i)) > 0:
            regions.append((base + i, base + j, "“"))  # ‘’I heard about it,’’ Alake said
            i = j
            continue
        if _closer_opening(text, i):
            ch = "“"  # ”I resigned,” he said: a page printing the closing mark for both
            j = text.find("”", i + 1)
            j = len(text) if j < 0 else j
            regions.append((base + i, base + min(j + 1, len(text)), ch))
            i = j + 1
            continue
        if ch == "“" and last_close < i < last_straight:
            j = text.index('"', i + 1)  # “We were young," she said: marks of two kinds, mixed
            regions.append((base + i, base + j + 1, ch))
            i = j + 1
            continue
        if ch == "“" and (j := _doubled_after_double(text, i)) > 0:
            regions.append((base + i, base + j + 2, ch))  # “The ministry is key,’’ Alake said
            i = j + 2
            continue
        if ch == '"' and (j := _curly_close(text, i)) > 0:
            regions.append((base + i, base + j + 1, ch))  # "Report what is accurate…,” he urged
            i = j + 1
            continue
        if ch in OPEN_QUOTES:
            close = CLOSE_FOR[ch]
            depth, j = 0, i + 1
            while j < len(text):
                if close == "’" and _apostrophe(text, j):
                    j += 1
                    continue
                if (text[j] == close or _opening_as_closing(text, j, ch)) and depth == 0:
                    break
                if text[j] == ch and ch != close:
                    depth += 1
                elif text[j] == close:
                    depth -= 1
                j += 1
            regions.append((base + i, base + min(j + 1, len(text)), ch))
            i = j + 1
            continue
        i += 1
    return regions


DOUBLED_MARKS = ("‘’", "‘‘", "''")  # two single marks printed for a double one (Nigerian and Ghanaian papers)
DOUBLED_CLOSES = ("’’", "''", "’‘")


def _doubled_end(text: str, i: int) -> int:
    """Where a quotation opened at i by two single marks (‘’…’’, ‘‘…’‘, ''…'') ends, after its two
    closing marks, when it opens a paragraph or follows a space or a colon; else -1. One that opens a
    paragraph and does not close in it runs to the paragraph's end (its words go on in the next)."""
    if not text.startswith(DOUBLED_MARKS, i) or (i > 0 and text[i - 1] not in " \n:(") or i + 2 >= len(text):
        return -1
    if not text[i + 2].isalnum():
        return -1
    ends = [j for j in (text.find(pair, i + 2) for pair in DOUBLED_CLOSES) if j > 0]
    if ends:
        return min(ends) + 2
    return len(text) if i == 0 else -1


def _doubled_after_double(text: str, i: int) -> int:
    """Where a quotation opened with “ at i closes with two single marks (“…,’’ he said), when no ”
    closes it first; else -1."""
    j = text.find("’’", i + 1)
    if j < 0 or "”" in text[i:j] or "“" in text[i + 1 : j]:
        return -1
    return j


def _curly_close(text: str, i: int) -> int:
    """Where a quotation opened with a straight mark at i closes with a curly one ("…,” he said), when
    it does: the first ” before any other straight or curly opening mark; else -1."""
    j = text.find("”", i + 1)
    straight = text.find('"', i + 1)
    if j < 0 or 0 <= straight < j or "“" in text[i:j]:
        return -1
    return j


def _opening_as_closing(text: str, j: int, opened: str) -> bool:
    """An opening mark printed where the quotation closes: after its last punctuation, before the
    attribution or the paragraph's end ("…in the Cabinet meeting,“ he said.)."""
    return (
        text[j] == opened == "“"
        and text[j - 1 : j] in (",", ".", "!", "?")
        and (j + 1 == len(text) or bool(re.match(r"\s+(?:[a-z]|$)", text[j + 1 :])))
    )


# who speaks right after a closing mark: …Woonsocket,” Oates said. / …,” the chief said
_SPOKEN_BY = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|he|she|they|the [a-z][a-z ]{1,30}?)"
    r" (?:said|says|added|told|explained|continued|stated)\b"
)


def _orphan_close(text: str) -> int:
    """Where the closing ” of a quotation whose opening mark the page lost ends a paragraph's first
    words (It’s dangerous work…,” Oates said.): no mark before it and a speaker after it; else -1."""
    j = text.find("”")
    if j < 12 or re.search(r"[“\"「『]", text[:j]) or not _SPOKEN_BY.match(text, j + 1):
        return -1
    return j


def _closer_opening(text: str, i: int) -> bool:
    """A closing ” where an opening mark belongs: at a paragraph's or sentence's start, or after a
    space, before a letter (pages that print ” for both marks)."""
    return (
        text[i] == "”" and (i == 0 or text[i - 1] in " \n(") and i + 1 < len(text) and text[i + 1].isalnum()
    )


def _apostrophe(text: str, j: int) -> bool:
    """’ between two letters is an apostrophe (Brenntal’s, don’t), not the end of a ‘quote’."""
    return text[j] == "’" and 0 < j < len(text) - 1 and text[j - 1].isalnum() and text[j + 1].isalpha()


def sentences(para: Span) -> list[Span]:
    """Sentences of a paragraph; a quote is never cut (its inner full stops do not end a sentence)."""
    text, start, i = para.text, 0, 0
    out: list[Span] = []
    regions = quote_regions(text)
    inside = {k for a, b, _ in regions for k in range(a, b)}
    closing = {b - 2 for a, b, _ in regions if b - a > 2 and text[b - 1] in '”」』"’'}
    while i < len(text):
        if (text[i] in SENTENCE_END or _english_stop(text, i)) and (i not in inside or i in closing):
            end = i + 1
            while end < len(text) and text[end] in '”」』"’)）':
                end += 1
            _emit(out, para, start, end)
            start = i = end
            continue
        i += 1
    _emit(out, para, start, len(text))
    return out


ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Inc",
    "Corp",
    "Co",
    "Ltd",
    "St",
    "Jr",
    "Sr",
    "vs",
    "No",
    "U.S",
    "U.K",
    "e.g",
    "i.e",
    # ranks and offices printed before a name: Lt. Col. J. S. Brar, Sgt. Casey Hill, Gov. Bob Wise
    "Lt",
    "Col",
    "Gen",
    "Brig",
    "Maj",
    "Capt",
    "Cmdr",
    "Adm",
    "Sgt",
    "Cpl",
    "Pte",
    "Det",
    "Insp",
    "Supt",
    "Const",
    "Gov",
    "Sen",
    "Rep",
    "Rev",
    "Hon",
    "Cllr",
    "Atty",
    "Fr",
    "Asst",  # 1st Asst. Chief LaShinda Stair
    "Dept",
    "Dep",
)


def _english_stop(text: str, i: int) -> bool:
    """A full stop that ends an English sentence: before a space and a capital or quote, or at the end."""
    if text[i] != "." or (i + 1 < len(text) and not text[i + 1].isspace()):
        return False
    if i + 1 < len(text) and not (i + 2 < len(text) and (text[i + 2].isupper() or text[i + 2] in "\"“'‘(")):
        return False
    word = re.search(r"([\w.]+)$", text[max(0, i - 40) : i])
    if word and word.group(1) in ("a.m", "p.m") and _DAY_AFTER_TIME.match(text, i + 2):
        return False  # "at 8:35 p.m. Saturday, Lt. Steve Kellogg said": the time's day goes on
    return not (word and (word.group(1) in ABBREVIATIONS or len(word.group(1)) == 1))


# a day named after a time of day: "8:35 p.m. Saturday", "7 a.m. Jan. 3"
_DAY_AFTER_TIME = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d"
)


def _emit(out: list[Span], para: Span, start: int, end: int) -> None:
    chunk = para.text[start:end]
    stripped = chunk.strip()
    if stripped:
        s = para.start + start + chunk.index(stripped)
        out.append(Span(s, s + len(stripped), stripped))


def stretches(spans) -> Regions:
    """Regions covering (start, end) stretches that may overlap: merged, in order."""
    out: list[tuple[int, int, str]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b), "")
        else:
            out.append((a, b, ""))
    return Regions(out)


class Regions(list):
    """Quoted stretches (start, end, mark), in order, answering by bisection."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self.starts = [a for a, _, _ in self]
        self.ends = [b for _, b, _ in self]

    def inside(self, at: int) -> bool:
        """True when position `at` lies within quote marks."""
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and at < self[i][1]

    def length_at(self, at: int) -> int:
        """The length of the quoted stretch around position `at` (0 outside quote marks)."""
        i = bisect.bisect_right(self.starts, at) - 1
        return self[i][1] - self[i][0] if i >= 0 and at < self[i][1] else 0

    def end_before(self, at: int) -> int:
        """Where the last quoted stretch ending at or before `at` ends (0 when none)."""
        i = bisect.bisect_right(self.ends, at)
        return self.ends[i - 1] if i else 0


def letters(body: str, paragraphs: list[Span]) -> list[tuple[Span, Span]]:
    """Letters and statements printed in full after "…如下：" / "Full statement here:": each as (the
    paragraph introducing it, its text from after the salutation to before the signature; with
    no signature, after 全文如下： to the article's end; in English, the paragraphs that open with a
    quotation mark, without their marks)."""
    out = []
    for i, intro in enumerate(paragraphs):
        if not _LETTER_INTRO.search(intro.text):
            continue
        rest = paragraphs[i + 1 : i + 40]
        if rest and rest[0].text[:1] in '"“':
            out.append((intro, _quotation(body, rest)))
            continue
        if rest and len(rest[0].text) <= 20 and rest[0].text.rstrip().endswith(("：", ":")):
            rest = rest[1:]  # 各位鹿鸣人：
        signed = next((j for j, p in enumerate(rest) if len(p.text.strip()) <= 4), None)
        if not signed and rest and _IN_FULL.search(intro.text) and len(rest) == len(paragraphs) - i - 1:
            signed = len(rest)
        if signed:
            first, last = rest[0], rest[signed - 1]
            out.append((intro, Span(first.start, last.end, body[first.start : last.end])))
    return out


def _quotation(body: str, rest: list[Span]) -> Span:
    """A quotation running over the paragraphs that open with a quotation mark, without its marks."""
    run = list(itertools.takewhile(lambda p: p.text[:1] in '"“', rest))
    start, end = run[0].start + 1, run[-1].end
    while end > start and body[end - 1] in '"” \n':
        end -= 1
    return Span(start, end, body[start:end])


def subheadings(paragraphs: list[Span]) -> set[int]:
    """Starts of short unpunctuated lines that head the paragraph after them with its own opening
    (前天：大V爆料… above 前天，拥有42万粉丝的…): a crosshead, not news."""
    out = set()
    for para, after in itertools.pairwise(paragraphs):
        text = para.text.strip()
        lead = re.split(r"[:：，,\s]", text, maxsplit=1)[0]
        if (
            len(text) <= 30
            and not text.endswith(tuple(SENTENCE_END + "。.”」"))
            and len(lead) >= 2
            and after.text.startswith(lead)
        ):
            out.add(para.start)
    return out
