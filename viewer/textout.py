"""Plain-text tables for the terminal, aligned for wide (CJK) characters."""

from __future__ import annotations

import unicodedata

from .core.dates import from_iso


def width(text: str) -> int:
    """Columns a string takes in a terminal."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text: str, columns: int) -> str:
    """The text cut to a number of columns, with … when cut; newlines shown as spaces."""
    text = text.replace("\n", " ")
    if width(text) <= columns:
        return text
    out, used = [], 0
    for c in text:
        w = width(c)
        if used + w > columns - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def pad(text: str, columns: int) -> str:
    """Left-aligned in a fixed number of columns."""
    return text + " " * max(0, columns - width(text))


def date_label(record: dict) -> str:
    """The label of a record's date fields, or 'undated'."""
    d = from_iso(
        record.get("date_start"),
        record.get("date_end"),
        record.get("precision"),
        record.get("modifier"),
        record.get("year_inferred", False),
    )
    return d.label() if d else "undated"


def search_table(result: dict) -> str:
    """People, events and quotes of a search as aligned text."""
    lines = []
    if result.get("query"):
        lines.append("query: " + "; ".join(result["query"]))
    lines.append(f"PERSONS ({len(result['persons'])})")
    for p in result["persons"]:
        roles = "; ".join(r["text"] or r["title"] for r in p["roles"])
        lines.append(f"  {p['id']:>6}  {pad(p['name'], 16)} {pad(p['name_latin'], 18)} {clip(roles, 60)}")
    if result.get("orgs"):
        lines.append(f"ORGS ({len(result['orgs'])})")
        for o in result["orgs"]:
            lines.append(f"  {o['id']:>6}  {pad(o['name'], 16)} {o['name_latin']}")
    counts = result.get("counts", {})
    lines.append(f"EVENTS ({len(result['events'])} of {counts.get('events', len(result['events']))})")
    for e in result["events"]:
        lines.append(f"  {e['id']:>6}  {pad(date_label(e), 20)} {clip(e['summary'], 70)}")
    lines.append(f"QUOTES ({len(result['quotes'])} of {counts.get('quotes', len(result['quotes']))})")
    for q in result["quotes"]:
        who = f"{q['speaker_name']} ({q['kind']})"
        lines.append(
            f"  {q['id']:>6}  {pad(date_label(q), 20)} {pad(clip(who, 26), 26)} {clip(q['text'], 60)}"
        )
    return "\n".join(lines) + "\n"
