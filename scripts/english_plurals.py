"""Write resources/i18n/events_viewer_en.ts: English singular and plural forms of every counted message.

The Chinese catalogue lists every message the interface shows; an English one needs only the counted
messages ("%Ln quote(s)" → "1 quote" / "2 quotes"), since the source texts are English already.
Usage: python scripts/english_plurals.py [resources/i18n/events_viewer_zh_CN.ts [out.ts]]
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
IRREGULAR = {"person(s)": ("person", "people")}


def forms(source: str) -> tuple[str, str]:
    """The singular and plural of a counted English message."""
    one, many = source, source
    for word, (singular, plural) in IRREGULAR.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    return one.replace("(s)", ""), many.replace("(s)", "s")


def counted(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each message with a count and a plural to choose."""
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name", ""), m.findtext("source", ""))
        for ctx in root.iter("context")
        for m in ctx.iter("message")
        if re.search(r"%L?n", m.findtext("source", "")) and "(s)" in m.findtext("source", "")
    ]


def english_ts(messages: list[tuple[str, str]]) -> str:
    """A Qt Linguist file with two numerus forms per message."""
    root = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for context, source in messages:
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message", numerus="yes")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        for form in forms(source):
            ET.SubElement(translation, "numerusform").text = form
    ET.indent(root, "    ")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, "unicode") + "\n"


def main(argv: list[str]) -> int:
    """Write the English catalogue from the Chinese one's messages."""
    source = Path(argv[0]) if argv else I18N / "events_viewer_zh_CN.ts"
    out = Path(argv[1]) if len(argv) > 1 else I18N / "events_viewer_en.ts"
    out.write_text(english_ts(counted(source)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
