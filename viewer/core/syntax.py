"""The search language in rows with examples: Help → Search syntax, `events-cli search --syntax`
and the README's table are this one text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyntaxRow:
    """One form of the query language: what to type, what it means, examples to try."""

    form: str
    meaning: str
    examples: tuple[str, ...]
    error: bool = False  # the examples show a mistake the search reports


ROWS = (
    SyntaxRow(
        "a name",
        "that person: name, alias, pinyin (any order, tones or not), initials, given name",
        ("林俊旸", "lin junyang", "Junyang Lin", "lín jùnyáng", "ljy", "俊旸"),
    ),
    SyntaxRow(
        "the name of one who neither speaks nor acts",
        "that person, or the text: where the name is printed",
        ("靖人",),
    ),
    SyntaxRow(
        "an organisation's name",
        "that organisation, or the text: name, alias, Latin name, pinyin",
        ("华为云", "Huawei Cloud", "huaweiyun", "阿里集团"),
    ),
    SyntaxRow(
        "a role",
        "its text, or the people holding it (a title that is the word or ends with it)",
        ("CEO", "负责人", "副总裁"),
    ),
    SyntaxRow(
        "the beginning of a name",
        "as you type: its text, or those whose names start with it (2+ letters or 1 character)",
        ("lin j", "林", "omar s"),
    ),
    SyntaxRow(
        "person: p:",
        "only people: name, alias, pinyin, initials, role or beginning",
        ("p:CEO", "p:lin j", 'person:"lin junyang"'),
    ),
    SyntaxRow("org: o:", "an organisation by name or alias", ("org:阿里集团", "org:deepmind")),
    SyntaxRow("who:", "a person or an organisation", ("who:阿里集团", "who:omar")),
    SyntaxRow(
        "a date",
        "results whose date overlaps it; a year-less day is the latest on or before the newest article",
        ("2026", "2026-03", "2026-03-04", "2026/3/4", "2026年3月4日", "3月4日", "March 2026", "Mar 4 2026"),
    ),
    SyntaxRow("a..b", "a date range", ("2026-03-01..2026-03-07", "2025..2026", "3月1日..3月5日")),
    SyntaxRow("within: date:within:", "dates inside the interval only", ("within:2026-03",)),
    SyntaxRow("before: after:", "dates wholly before or after", ("before:2026-01", "after:2026-03-05")),
    SyntaxRow(
        "text",
        "words of any length, Chinese or English (a last Latin word as a prefix)",
        ("离职", "离", "qw"),
    ),
    SyntaxRow('"a phrase" text: t:', "text only, never a name or a date", ('"不进则退"', "text:CEO")),
    SyntaxRow("-word", "leave out what contains the word", ("林俊旸 -bye",)),
    SyntaxRow("kind: k:", "direct or reported speech (d, r, 直接, 转述)", ("kind:reported", "k:d")),
    SyntaxRow("sort:", "date (the default) or relevance of the text", ("模型 sort:relevance",)),
    SyntaxRow("several", "everything typed must match", ("林俊旸 2026-03", "吴泳铭 kind:reported")),
    SyntaxRow(
        "not a date",
        "a word written as a date that no calendar has is an error, not text",
        ("2026-13-45", "2026/2/30"),
        error=True,
    ),
    SyntaxRow(
        "a date being typed",
        "ending with its separator or a lone 0: not yet whole, the window keeps the results before it",
        ("2026-03-", "2026-03-0"),
        error=True,
    ),
)


def syntax_rows() -> tuple[SyntaxRow, ...]:
    """The rows of the syntax table, in the order shown."""
    return ROWS


def syntax_pairs() -> list[tuple[str, str]]:
    """Two columns for a help table: the form, then its meaning with its examples."""
    return [(r.form, f"{r.meaning} — e.g. {'   '.join(r.examples)}") for r in ROWS]


def syntax_text() -> str:
    """The table as plain text, a form and its examples per paragraph (`events-cli search --syntax`)."""
    blocks = [f"{r.form}\n    {r.meaning}\n    e.g.  {'   '.join(r.examples)}" for r in ROWS]
    return "Search syntax\n\n" + "\n\n".join(blocks) + "\n"


def syntax_markdown() -> str:
    """The table as Markdown (the README's copy)."""
    lines = ["| you type | it means | try |", "| --- | --- | --- |"]
    for r in ROWS:
        examples = ", ".join(f"`{e}`" for e in r.examples)
        lines.append(f"| {r.form} | {r.meaning} | {examples} |")
    return "\n".join(lines) + "\n"
