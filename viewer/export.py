"""Quotes with full citations, as Markdown, CSV, JSON or clipboard text; no Qt here."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from .core.atomic import write_text_atomic
from .core.dateparse import parse_date
from .core.dates import DateParseError, from_iso
from .core.errors import UserError
from .core.records import Article, Occurrence, Quote, span_matches
from .core.repository import Repository
from .core.text import nest_marks

FORMATS = ("md", "csv", "json")
EXPORT_FORMAT = "events-viewer quotes"
EXPORT_VERSION = 1
CSV_COLUMNS = (
    "quote_id",
    "speaker",
    "speaker_kind",
    "speaker_latin",
    "speaker_role",
    "kind",
    "text",
    "translation",
    "date",
    "date_text",
    "date_start",
    "date_end",
    "date_precision",
    "date_modifier",
    "year_inferred",
    "article_title",
    "article_author",
    "article_publisher",
    "article_published",
    "article_source",
    "article_address",
    "span_start",
    "span_end",
    "occurrence_spans",
    "translation_spans",
    "offsets",
)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\b")
OFFSETS = (
    "0-based and end-exclusive, counted in characters of the article text (Unicode code points; "
    "a line break is one): text == article[start:end]"
)
# a cell starting with one of these, after any spaces or line breaks, is run as a formula
_FORMULA_START = ("=", "+", "-", "@", "＝", "＋", "－", "＠")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
_MD_LINE_MARK = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")


def format_for(path: Path, chosen: str) -> tuple[Path, str]:
    """The format a typed file name asks for (.md, .csv, .json); else the chosen one, its suffix added."""
    by_suffix = {".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json"}
    fmt = by_suffix.get(path.suffix.lower())
    if fmt is not None:
        return path, fmt
    fmt = chosen if chosen in FORMATS else "md"
    return path.with_name(path.name + "." + fmt), fmt


def citations(repo: Repository, quotes: list[Quote]) -> list[dict]:
    """One flat citation record per quote: who, in what role, when (with precision), where from."""
    articles: dict[int, Article | None] = {}
    writers: dict[int, list[str]] = {}
    latin = _speaker_latin(repo, quotes)
    out = []
    for q in quotes:
        if q.article_id not in articles:
            articles[q.article_id] = repo.article(q.article_id)
            found = articles[q.article_id]
            writers[q.article_id] = repo.writers(found) if found is not None else []
        article = articles[q.article_id]
        places = _places(q)
        for span, text in [(q.span, q.text)] + [(o.span, o.text) for o in places]:
            if article is None or not span_matches(article.body, span, text):
                raise UserError(
                    f"quote {q.id}: its stored position {span[0]}–{span[1]} no longer "
                    f"matches its text in the article; rebuild the database"
                )
        cited = _citation(q, article, latin.get((q.speaker_kind, q.speaker_id), ""), places)
        if writers[q.article_id]:  # every writer its byline credits, as a reader writes them
            cited["article_authors"] = writers[q.article_id]
            cited["article_author"] = joined_en(writers[q.article_id])
        out.append(cited)
    return out


def joined_en(names: list[str]) -> str:
    """Names joined as English lists them: A; A and B; A, B and C."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _places(q: Quote) -> list[Occurrence]:
    """Every place a quote is printed, in the article's order (its own span when none is stored)."""
    places = q.occurrences or (Occurrence(q.text, q.span, q.translation),)
    return sorted(places, key=lambda o: o.span)


def _speaker_latin(repo: Repository, quotes: list[Quote]) -> dict[tuple[str, int], str]:
    persons = repo.persons(q.speaker_id for q in quotes if q.speaker_kind == "person")
    orgs = repo.orgs(q.speaker_id for q in quotes if q.speaker_kind == "org")
    return {
        **{("person", p.id): p.name_latin for p in persons},
        **{("org", o.id): o.name_latin for o in orgs},
    }


def _citation(q: Quote, article: Article | None, speaker_latin: str, places: list[Occurrence]) -> dict:
    d = q.date
    role = q.speaker_role
    return {
        "quote_id": q.id,
        "speaker": q.speaker_name,
        "speaker_kind": q.speaker_kind,
        "speaker_latin": speaker_latin,
        "speaker_role": (role.text or role.label()) if role else "",
        "kind": q.kind,
        "text": q.text,
        "translation": q.translation,
        "date": d.describe() if d else "undated",
        "date_text": q.date_text,
        "date_start": d.start.isoformat() if d else None,
        "date_end": d.end.isoformat() if d else None,
        "date_precision": d.precision if d else None,
        "date_modifier": d.modifier if d else None,
        "year_inferred": bool(d and d.year_inferred),
        "article_title": article.title if article else "",
        "article_author": article.author if article else "",
        "article_publisher": article.publisher if article else "",
        "article_published": published_day(article.published) if article else "",
        "article_source": article.source_name if article else "",
        "article_address": article.address if article else "",
        "span_start": q.span[0],
        "span_end": q.span[1],
        "occurrences": [_occurrence(o) for o in places],
        "occurrence_spans": "; ".join(f"{o.span[0]}-{o.span[1]}" for o in places),
        # each place's printed translation, in the same order ("" where it prints none)
        "translation_spans": "; ".join(_span_text(o.translation_span) for o in places),
        "offsets": OFFSETS,
    }


def _span_text(span: tuple[int, int] | None) -> str:
    return f"{span[0]}-{span[1]}" if span else ""


def _occurrence(o: Occurrence) -> dict:
    """One place the quote is printed: its characters, and those of its translation when printed."""
    tr = o.translation_span
    return {
        "span_start": o.span[0],
        "span_end": o.span[1],
        "text": o.text,
        "translation": o.translation,
        "translation_start": tr[0] if tr else None,
        "translation_end": tr[1] if tr else None,
    }


def published_day(printed: str) -> str:
    """An article's publication date as a citation gives it: in ISO form (2023年03月31日 → 2023-03-31),
    a time printed with it kept (2026-03-07 11:16); as printed when it is no day or has no year."""
    if ISO_DAY.match(printed):
        return printed
    try:
        date = parse_date(printed)
    except DateParseError:
        return printed
    return date.start.isoformat() if date.precision == "day" else printed


def source_line(c: dict) -> str:
    """The article part of a citation: every place the quote is printed (and its translation); what
    the article does not say (no byline, no publisher) is left out, not left blank."""
    # An article without a headline is said to be one, not named by its file (a walkthrough's read “foo.txt”)
    title = quoted(c["article_title"]) if c["article_title"] else "untitled article"
    day = _inferred(c["article_published"], "(date inferred)", " ")
    parts = [c["article_author"], title, c["article_publisher"], day]
    where = [f"characters {_places_text(c)}", c.get("article_address", "")]
    return ", ".join(p for p in parts + where if p)


def quoted(text: str, marks: str = "“”") -> str:
    """Words in a citation's quote marks, their own marks of that kind made the inner ones (“…‘…’…”,
    「…『…』…」), as English and Chinese style nest them: “…“patience”…” read as two quotations."""
    return marks[0] + nest_marks(text, marks) + marks[1]


def _inferred(day: str, words: str, space: str) -> str:
    """A publication day the reviewer did not confirm (2023-11-07*, or 2023-11-07\\* in Markdown) with
    words saying so instead of the asterisk."""
    bare = re.sub(r"\\?\*$", "", day)
    return f"{bare}{space}{words}" if bare != day else day


def _places_text(c: dict) -> str:
    """246–284 (translation 285–300) and 1041–1079 (…): a citation's places, in the article's order."""
    places = c.get("occurrences") or [{"span_start": c["span_start"], "span_end": c["span_end"]}]
    parts = []
    for o in places:
        tr = o.get("translation_start")
        parts.append(
            f"{o['span_start']}–{o['span_end']}"
            + (f" (translation {tr}–{o['translation_end']})" if tr is not None else "")
            + (" (worded differently)" if _worded_differently(c, o) else "")
        )
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def _worded_differently(c: dict, place: dict) -> bool:
    """True for a place that prints the quote in other words than the ones cited (the same statement
    quoted twice, once cut short): its characters are cited, and said not to be these words."""
    return bool(place.get("text")) and place["text"] != c["text"]


def speaker_line(c: dict) -> str:
    """Who said it, in what role, how, and when."""
    who = c["speaker"] + (
        f" ({c['speaker_latin']})" if c["speaker_latin"] and c["speaker_latin"] != c["speaker"] else ""
    )
    role = f", {c['speaker_role']}" if c["speaker_role"] else ""
    printed = f", printed as {quoted(c['date_text'])}" if c["date_text"] else ""
    return f"{who}{role}; {c['kind']} quote; {c['date']}{printed}"


_ZH_WORDS = (
    "direct",
    "reported",
    "undated",
    "source",
    "said",
    "translation",
    "offsets",
    "marks",
    "inferred",
    "untitled",
    "worded",
)
_ZH = {  # a Chinese citation's own words, Simplified and Traditional (the data is never converted)
    "zh": "直接引语|间接引语|未注明日期|来源|转述|译文|字符位置从 0 起算，不含结束位置|“”|日期系推断"
    "|无标题文章|措辞不同",
    "zh_TW": "直接引語|間接引語|未註明日期|來源|轉述|譯文|字元位置從 0 起算，不含結束位置|「」|日期係推斷"
    "|無標題文章|措辭不同",
}


def _zh(lang: str) -> dict[str, str]:
    return dict(zip(_ZH_WORDS, _ZH.get(lang, _ZH["zh"]).split("|"), strict=True))


def speaker_line_zh(c: dict, lang: str = "zh") -> str:
    """Who said it, in what role, how, and when, as a Chinese reader writes it."""
    w = _zh(lang)
    latin = c["speaker_latin"]
    who = c["speaker"] + (f"（{latin}）" if latin and latin != c["speaker"] else "")
    role = f"，{c['speaker_role']}" if c["speaker_role"] else ""
    kind = w.get(c["kind"], c["kind"])
    d = from_iso(
        c["date_start"],
        c["date_end"],
        c["date_precision"],
        c["date_modifier"],
        c["year_inferred"],
        c["date_text"],
    )  # with its printed words: 9日 names no month, so the month was inferred too
    marks = w["marks"]
    printed = f"，原文作{quoted(c['date_text'], marks)}" if c["date_text"] else ""
    return f"{who}{role}；{kind}；{d.describe(lang) if d else w['undated']}{printed}"


def source_line_zh(c: dict, lang: str = "zh") -> str:
    """The article part of a citation in the customary Chinese form: 作者.《标题》.媒体,日期,第 a–b 字."""
    w = _zh(lang)
    listed = c.get("article_authors") or []  # (the names the author line joins, when it still does)
    joined = listed and joined_en(listed) == c["article_author"]
    writers = "、".join(listed) if joined else c["article_author"]
    author = f"{writers}." if writers else ""
    day = _inferred(c["article_published"].split(" ")[0], f"（{w['inferred']}）", "")
    places = c.get("occurrences") or [{"span_start": c["span_start"], "span_end": c["span_end"]}]
    where = []
    for o in places:
        tr = o.get("translation_start")
        translation = f"（{w['translation']} {tr}–{o['translation_end']}）" if tr is not None else ""
        worded = f"（{w['worded']}）" if _worded_differently(c, o) else ""
        where.append(f"{o['span_start']}–{o['span_end']}{translation}{worded}")
    joined = " 及 ".join(where).replace("） ", "）")
    title = f"《{c['article_title']}》" if c["article_title"] else w["untitled"]
    publisher = f".{c['article_publisher']}" if c["article_publisher"] else ""
    head = "".join([author, title, publisher])
    tail = ",".join(p for p in (day, f"第 {joined} 字", c.get("article_address", "")) if p)
    return (f"{head},{tail}" if head else tail).replace("） 字", "）字")


def translations(c: dict) -> list[str]:
    """A citation's translations: each place's printed one, in the article's order, each once (a quote
    printed twice may be translated twice, differently; the citation counts both places)."""
    printed = [o.get("translation", "") for o in c.get("occurrences", ())] or [c["translation"]]
    return list(dict.fromkeys(t for t in printed if t))


def to_markdown(cits: list[dict], lang: str = "en") -> str:
    """Block quotes, each followed by its speaker and source lines (in English, or Chinese: lang "zh",
    "zh_TW"); the text is escaped, so nothing in a quote or a title (markup, HTML, a line starting
    with #) leaves its place."""
    blocks = []
    for c in cits:
        e = {k: md_inline(v) if isinstance(v, str) else v for k, v in c.items()}
        e["article_address"] = md_autolink(c.get("article_address", ""))
        e["article_authors"] = [md_inline(name) for name in c.get("article_authors", ())]
        if c["kind"] == "direct":
            lines = md_quote(c["text"])
            for t in translations(c):
                lines += [">"] + md_quote(f"({t})")
        else:  # the article's words for what was said: a paragraph marked as such, never a block quote
            said = f"*{_zh(lang)['said']}*：" if lang.startswith("zh") else "*Reported:* "
            translation = "".join(f" ({md_inline(t)})" for t in translations(c))
            lines = [f"{said}{e['text']}{translation}"]
        if lang.startswith("zh"):
            source = _zh(lang)["source"]
            source_text = _closed(f"{source}：{source_line_zh(e, lang)}", e, "。")
            lines += ["", f"—— {speaker_line_zh(e, lang)}。  ", source_text]
        else:
            lines += ["", f"— {speaker_line(e)}.  ", _closed(f"Source: {source_line(e)}", e, ".")]
        blocks.append("\n".join(lines))
    offsets = f"*{_zh(lang)['offsets']}：text == article[start:end]。*" if lang.startswith("zh") else ""
    return "\n\n".join([*blocks, offsets or f"*Character offsets are {OFFSETS}.*"]) + "\n"


def _closed(line: str, c: dict, stop: str) -> str:
    """A citation's last line with its full stop, unless it ends with the article's web address: a stop
    there would be taken into the link by the tools that make links of addresses (as APA leaves it out)."""
    address = c.get("article_address", "")
    return line if address and line.endswith(address) else line + stop


def md_autolink(address: str) -> str:
    """A web address as a Markdown autolink (<https://…>), which Markdown shows as written: no escapes
    inside; a space or an angle bracket, which would end it, percent-encoded."""
    if not address:
        return ""
    return "<" + address.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E") + ">"


def md_inline(text: str) -> str:
    """Text shown as itself in a Markdown paragraph: markup escaped, line breaks made spaces."""
    return _MD_SPECIAL.sub(r"\\\1", _LINE_BREAK.sub(" ", text))


def md_quote(text: str) -> list[str]:
    """The lines of a Markdown block quote showing text as itself, each line inside the block."""
    out = []
    for line in _LINE_BREAK.split(text):
        line = _MD_LINE_MARK.sub(_escape_mark, _MD_SPECIAL.sub(r"\\\1", line))
        out.append(f"> {line}" if line.strip() else ">")
    return out


def _escape_mark(m: re.Match[str]) -> str:
    """A line's leading #, +, =, - or list number, escaped so it is no heading or list."""
    mark = m.group(2)
    return m.group(1) + (mark + "\\" if mark[0].isdigit() else "\\" + mark)


def to_text(cits: list[dict], lang: str = "en") -> str:
    """Plain text for the clipboard: a direct quote in marks (reported speech marked as such, never
    in marks), then its full citation (lang "en" or "zh")."""
    blocks = []
    for c in cits:
        tr = "".join(f" ({t})" for t in translations(c))
        if lang.startswith("zh"):
            said = quoted(c["text"]) if c["kind"] == "direct" else f"{_zh(lang)['said']}：{c['text']}"
            blocks.append(
                f"{said}{tr}\n—— {speaker_line_zh(c, lang)}。" + _closed(source_line_zh(c, lang), c, "。")
            )
        else:
            said = quoted(c["text"]) if c["kind"] == "direct" else f"Reported: {c['text']}"
            blocks.append(f"{said}{tr}\n— {speaker_line(c)}. " + _closed(source_line(c), c, "."))
    return "\n\n".join(blocks) + "\n"


def _safe_cell(value) -> str:
    """A cell Excel will not run as a formula."""
    text = "" if value is None else str(value)
    risky = text.startswith(("\t", "\r")) or text.lstrip().startswith(_FORMULA_START)
    return "'" + text if risky else text


def to_csv(cits: list[dict]) -> str:
    """One row per quote; formula-like cells neutralised (the BOM is added when writing)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in cits:
        writer.writerow([_safe_cell(c[k]) for k in CSV_COLUMNS])
    return buf.getvalue()


def to_json(cits: list[dict]) -> str:
    """A self-describing JSON document that reads back to the same citations."""
    doc = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "quotes": cits}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def read_json(text: str) -> list[dict]:
    """Citations from a JSON export."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"not a JSON export: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise UserError("not an events-viewer quotes export")
    return doc["quotes"]


def render(cits: list[dict], fmt: str, lang: str = "en") -> str:
    """The export text in one of FORMATS (Markdown's citation lines in the language given)."""
    writers = {"md": lambda c: to_markdown(c, lang), "csv": to_csv, "json": to_json}
    if fmt not in writers:
        raise UserError(f"unknown export format {fmt!r} (use md, csv or json)")
    return writers[fmt](cits)


def write_export(path: Path, cits: list[dict], fmt: str, lang: str = "en") -> None:
    """Write an export atomically; CSV gets a UTF-8 BOM so Excel reads it right."""
    text = render(cits, fmt, lang)
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    write_text_atomic(Path(path), text, encoding)


def format_for_path(path: Path, default: str = "md") -> str:
    """The export format a file name suggests."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"markdown": "md", "md": "md", "csv": "csv", "json": "json"}.get(suffix, default)
