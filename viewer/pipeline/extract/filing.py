"""A listed company's own filing: its stock-code line, the company, the title under them, and the
date it is signed with at the foot (香港，二零二五年九月三十日)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...core.dateparse import NUM, YEAR
from .segment import Span, is_furniture

_CODE = re.compile(r"(?:股份代号|证券代码|股票代码|Stock [Cc]ode)\s*[:：]")
SIGNED = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,4}}[，,]\s*)?(?P<date>{YEAR}年{NUM}月{NUM}日)\s*$")
_ISSUER = re.compile(r"(?:公司|集团|银行)$")


@dataclass(frozen=True)
class FilingHead:
    """What a filing's head says: the company, the title line, and where the body starts."""

    issuer: str
    title: str
    lines_used: int
    signed: str


def filing_head(all_lines: list[Span]) -> FilingHead | None:
    """The head of a filing when a stock-code line is among the first lines, else None."""
    head = all_lines[:10]
    code_at = next((i for i, line in enumerate(head) if _CODE.search(line.text)), None)
    if code_at is None:
        return None
    issuer = next(
        (
            line.text.strip()
            for line in head
            if _ISSUER.search(line.text.strip())
            and len(line.text.strip()) <= 30
            and not is_furniture(line.text)
        ),
        "",
    )
    title_at = next(
        (
            i
            for i in range(code_at + 1, min(code_at + 5, len(all_lines)))
            if _is_title(all_lines[i].text, issuer)
        ),
        None,
    )
    if title_at is None:
        return None
    signed = next(
        (
            m.group("date")
            for line in reversed(all_lines[-15:])
            for m in [SIGNED.match(line.text.strip())]
            if m
        ),
        "",
    )
    return FilingHead(issuer, all_lines[title_at].text.strip(), title_at + 1, signed)


def _is_title(text: str, issuer: str) -> bool:
    """Not the company's name again, its English name, its place of incorporation or a code line."""
    text = text.strip()
    return (
        bool(text)
        and text != issuer
        and not text.isascii()
        and not text.startswith(("（", "("))
        and not _CODE.search(text)
    )
