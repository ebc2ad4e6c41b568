"""Write resources/i18n/events_viewer_zh_TW.ts from the Simplified catalogue: OpenCC's s2twp (Taiwan
characters and phrasing), then the interface words Taiwan's software uses, and 「」 quotation marks.

Examples of what to type stay as the bundled data writes them when they are names or query keywords; a
word (离职) is shown in Traditional, as a reader in Taiwan types it (search finds either script).
Usage: python scripts/traditional.py [events_viewer_zh_CN.ts [out.ts]]
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import opencc

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# Names, quoted dates and markers, as the (Simplified) data has them: never converted.
KEPT = ("林俊旸", "今年初", "称：")  # (kind:轉述 and 間接 are query keywords as 转述 and 间接 are)
# Before converting: words whose Traditional form would collide or mislead.
BEFORE = {
    "资料库": "文献库",  # the articles imported (Zotero's Taiwan 我的文獻庫); 資料庫 there is the database
    "查找": "寻找",
    "事件簇": "事件丛集",
    "”匹配到超过 {limit:,} 人": "”符合的人超过 {limit:,} 位",
    "没有人与“{text}”匹配": "没有人符合“{text}”",
    "按前缀匹配": "按字首比对",
}
# After converting: the words Taiwan's interfaces use.
AFTER = {
    "型別": "類型",
    "幫助(&H)": "說明(&H)",
    "退出": "結束",
    "通過": "透過",
    "當前": "目前",
    "高亮": "醒目標示",
    "匹配到": "符合",
    "匹配": "符合",
    "擴充套件": "擴大",
    "提取": "擷取",
    "時間線": "時間軸",
    "響應": "回應",
    "重啟": "重新啟動",
    "尋找範圍(&L)": "尋找於(&L)",
    "年份系推斷": "年份係推斷",
    "漸變": "漸層",
    "示例": "範例",
    "拖動": "拖曳",
    "單詞": "單字",
    "撤銷": "復原",
    "檔案類型(&T)": "檔案型態(&T)",
    "二進位制": "二進位",
    "寫許可權": "寫入權限",
    "許可權": "權限",
    "只讀": "唯讀",
    "釋出": "發布",  # an article is published (發布時間, as Taiwan's news sites print it), not released
}
QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


def traditional(text: str, cc: opencc.OpenCC) -> str:
    """One Simplified translation in Taiwan's Traditional Chinese."""
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    text = re.sub("|".join(map(re.escape, KEPT)), keep, text)
    for simplified, better in BEFORE.items():
        text = text.replace(simplified, better)
    text = cc.convert(text)
    for word, better in AFTER.items():
        text = text.replace(word, better)
    text = text.translate(QUOTES)
    return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text)


def convert(source: Path, out: Path) -> None:
    """The zh_TW catalogue: every message of the zh_CN one, converted."""
    cc = opencc.OpenCC("s2twp")
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "zh_TW")
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = traditional(translation.text, cc)
        for form in translation.iter("numerusform"):
            form.text = traditional(form.text or "", cc)
    ET.indent(root, "    ")
    xml = ET.tostring(root, "unicode")
    out.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + xml + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    """Write the Traditional catalogue."""
    source = Path(argv[0]) if argv else I18N / "events_viewer_zh_CN.ts"
    out = Path(argv[1]) if len(argv) > 1 else I18N / "events_viewer_zh_TW.ts"
    convert(source, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
