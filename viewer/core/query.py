"""The search language: free words, "phrases", fields (person: org: date: before: after: kind:),
-exclusions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import valid_text

FIELDS = {
    "person": "person",
    "p": "person",
    "who": "who",
    "org": "org",
    "o": "org",
    "date": "date",
    "d": "date",
    "within": "within",
    "before": "before",
    "after": "after",
    "kind": "kind",
    "k": "kind",
    "text": "text",
    "t": "text",
    "sort": "sort",
    "order": "sort",
}
SORTS = {
    "date": "date",
    "time": "date",
    "relevance": "relevance",
    "rel": "relevance",
    "bm25": "relevance",
    "rank": "relevance",
    "相关": "relevance",
    "相关度": "relevance",
    "时间": "date",
    "日期": "date",
    "相關": "relevance",  # as a Traditional window writes them
    "相關度": "relevance",
    "時間": "date",
}
KINDS = {
    "direct": "direct",
    "reported": "reported",
    "d": "direct",
    "r": "reported",
    "直接": "direct",
    "转述": "reported",
    "间接": "reported",
    "轉述": "reported",  # the Kind column of a Traditional window reads 直接 / 間接
    "間接": "reported",
}
MAX_QUERY = 1000
_TOKEN = re.compile(r'\s*(-?)(?:([A-Za-z]+):)?("([^"]*)"?|\S+)')


@dataclass(frozen=True)
class Term:
    """One piece of a query: a field (or None for a bare word), its value, and whether it excludes."""

    field: str | None
    value: str
    negated: bool = False
    quoted: bool = False


@dataclass
class ParsedQuery:
    """The terms of a query, in the order typed."""

    terms: list[Term] = field(default_factory=list)
    truncated: bool = False


def tokenize(text: str) -> ParsedQuery:
    """Split a query into terms; never fails, whatever the input."""
    clean = valid_text(text).replace("\x00", " ")
    truncated = len(clean) > MAX_QUERY
    clean = _fold_quotes(clean[:MAX_QUERY])
    terms: list[Term] = []
    for m in _TOKEN.finditer(clean):
        neg, name, whole, inner = m.groups()
        quoted = inner is not None
        value = inner if quoted else whole
        fld = FIELDS.get(name.lower()) if name else None
        if name and fld is None:
            value, quoted = f"{name}:{value}", False
        if fld == "date" and value.lower().startswith("within:"):
            fld, value = "within", value[len("within:") :]
        if value.strip():
            terms.append(Term(fld, value.strip(), bool(neg), quoted))
    return ParsedQuery(terms, truncated)


def _fold_quotes(text: str) -> str:
    """Curly and CJK quote marks count as straight double quotes."""
    return re.sub("[“”„‟「」『』＂]", '"', text)


def unparse(terms: list[Term]) -> str:
    """Text that tokenizes back to the same terms."""
    out = []
    for t in terms:
        value = f'"{t.value}"' if t.quoted or " " in t.value else t.value
        out.append(("-" if t.negated else "") + (f"{t.field}:" if t.field else "") + value)
    return " ".join(out)
