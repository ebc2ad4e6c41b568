"""The interface in Chinese and in English: catalogues complete, the window's every text translated."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from viewer.gui import i18n
from viewer.gui.keyboard import shortcut_rows
from viewer.gui.main_window import MainWindow

from ..conftest import ROOT
from .conftest import search, search_by_keys, settle

I18N = ROOT / "resources" / "i18n"
ZH_TS = I18N / "events_viewer_zh_CN.ts"
TW_TS = I18N / "events_viewer_zh_TW.ts"
BIN = Path(sys.executable).parent
CJK = re.compile(r"[\u3400-\u9fff]")
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # with full-width punctuation
# Words a Chinese interface keeps: keys, field names of the query language, formats, names, examples.
LATIN_KEPT = {
    "ctrl", "shift", "home", "end", "enter", "db", "ceo", "ljy", "lin", "junyang", "person", "org", "date",
    "before", "after", "kind", "sort", "within", "markdown", "csv", "json", "excel", "events", "viewer",
    "english", "https",
}  # fmt: skip
# Chinese an English interface keeps: the query examples, the reported-speech markers, the language's name.
CJK_KEPT = ("林俊旸", "3月4日", "离职", "表示", "称", "简体中文", "繁體中文")
ARROWS = ("←", "→", "↑", "↓")  # the arrow keys in a shortcut, in either script
# Labels that show the database's text (names, roles, article titles), not the interface's.
DATA_LABELS = {"articleHeader", "personName", "personInfo"}


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name", ""), m.findtext("source", ""), m)
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z]+(?::,)?\}|%L?n", text))


@pytest.mark.parametrize("ts", [ZH_TS, TW_TS], ids=["zh_CN", "zh_TW"])
def test_every_chinese_message_is_translated_keeping_its_placeholders(ts):
    messages = _messages(ts)
    assert len(messages) > 150
    for context, source, m in messages:
        translation = m.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        assert translation.text and translation.text.strip(), (context, source)
        assert _placeholders(translation.text) == _placeholders(source), (context, source)
        arrow = context == "QShortcut" and translation.text in ARROWS  # a key named as it is drawn
        assert arrow or CHINESE.search(translation.text), f"not Chinese: {context}: {translation.text}"


def test_the_catalogue_holds_exactly_the_texts_of_the_code(tmp_path):
    """A text added or changed in viewer/gui without `make i18n` (and a translation) fails here."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "viewer" / "gui").rglob("*.py"))
    subprocess.run(
        [BIN / "pyside6-lupdate", "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        timeout=120,
    )
    assert {(c, s) for c, s, _ in _messages(fresh)} == {(c, s) for c, s, _ in _messages(ZH_TS)}


def test_the_compiled_catalogues_are_those_of_the_sources(tmp_path):
    """The committed .qm files are what lrelease makes of the .ts; the English plurals are derived."""
    english = tmp_path / "en.ts"
    subprocess.run([sys.executable, ROOT / "scripts" / "english_plurals.py", ZH_TS, english], check=True)
    assert english.read_text(encoding="utf-8") == (I18N / "events_viewer_en.ts").read_text(encoding="utf-8")
    traditional = tmp_path / "zh_TW.ts"
    subprocess.run([sys.executable, ROOT / "scripts" / "traditional.py", ZH_TS, traditional], check=True)
    assert traditional.read_text(encoding="utf-8") == TW_TS.read_text(encoding="utf-8")
    for name in ("events_viewer_zh_CN", "events_viewer_zh_TW", "events_viewer_en"):
        out = tmp_path / f"{name}.qm"
        subprocess.run(
            [BIN / "pyside6-lrelease", "-silent", I18N / f"{name}.ts", "-qm", out], check=True, timeout=60
        )
        assert out.read_bytes() == (I18N / f"{name}.qm").read_bytes(), f"run make i18n: {name}.qm is stale"


def test_every_message_of_the_query_resolver_is_in_the_catalogue():
    trees = [ast.parse((ROOT / "viewer" / "core" / "resolve.py").read_text(encoding="utf-8"))]

    def texts(node: ast.expr) -> set[str]:
        if isinstance(node, ast.IfExp):
            return texts(node.body) | texts(node.orelse)
        return {node.value} if isinstance(node, ast.Constant) and isinstance(node.value, str) else set()

    templates = {
        text
        for tree in trees
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Message"
        for text in texts(call.args[0])
    }
    assert len(templates) > 15 and templates <= set(i18n.CORE)
    from viewer.core.resolve import EITHER, WHO  # who a search names, said as people or organisations

    assert set(WHO.values()) | set(EITHER.values()) <= set(i18n.CORE)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}, "zh_CN"),
        ({"LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_TW"),
        ({"LANG": "zh_HK.UTF-8"}, "zh_TW"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_the_system_language_chooses_the_catalogue(env, expected):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    proc = subprocess.run(
        [sys.executable, "-c", "from viewer.gui.i18n import resolve; print(resolve('system'))"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.stdout.strip() == expected, proc.stderr


def test_a_choice_in_the_menu_overrides_the_system():
    assert i18n.resolve("en", QLocale("zh_CN")) == "en"
    assert i18n.resolve("zh_CN", QLocale("C")) == "zh_CN"
    assert i18n.resolve("system", QLocale("zh_TW")) == "zh_TW"
    assert i18n.resolve("system", QLocale("zh_SG")) == "zh_CN"


# --- the window --------------------------------------------------------------------------------------


def _widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can see or hover over in a window (not the database's)."""
    found: list[tuple[str, str]] = []

    def add(where: str, *texts: str) -> None:
        found.extend((where, t) for t in texts if t)

    for w in [root, *root.findChildren(QWidget)]:
        name = w.objectName() or type(w).__name__
        if name in DATA_LABELS:
            continue
        add(name, w.toolTip())
        if w.isWindow() or isinstance(w, QDockWidget):
            add(name, w.windowTitle())
        if isinstance(w, QLabel | QAbstractButton):
            add(name, w.text())
        if isinstance(w, QLineEdit):
            add(name, w.placeholderText())
        if isinstance(w, QMenu):
            add(name, w.title())
        if isinstance(w, QTabWidget):
            add(name, *(w.tabText(i) for i in range(w.count())))
        if isinstance(w, QComboBox):
            add(name, *(w.itemText(i) for i in range(w.count())))
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            shown = range(header.count()) if header.isVisible() else range(0)
            names = header.model()  # what the header shows (the quote lists' own: see set_named_model)
            add(name, *(str(names.headerData(c, Qt.Orientation.Horizontal) or "") for c in shown))
    for a in root.findChildren(QAction):
        if a.objectName().startswith("recentDatabase"):  # a file's name and folder (test_open_recent)
            continue
        add(a.objectName() or "action", a.text(), a.toolTip(), a.statusTip())
    return found


def _english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in LATIN_KEPT]


def _untranslated(root: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in _widget_texts(root) if _english_words(text)]


def _untranslated_chinese(root: QWidget) -> list[tuple[str, str]]:
    def leftover(text: str) -> bool:
        for kept in CJK_KEPT:
            text = text.replace(kept, "")
        return bool(CJK.search(text)) or "(s)" in text

    return [(where, text) for where, text in _widget_texts(root) if leftover(text)]


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def zh_window(chinese, window) -> MainWindow:
    """conftest's window, built after the Chinese catalogue is installed."""
    return window


def test_the_window_in_chinese(zh_window):
    w = zh_window
    assert [a.text() for a in w.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert w.open_action.text() == "打开数据库(&O)…" and w.export_action.text() == "导出所选(&E)…"
    assert w.copy_action.toolTip() == "复制所选引语及出处"
    assert [d.windowTitle() for d in w.docks.values()] == ["时间线", "人物", "文章"]
    shown = w.quotes.view.horizontalHeader().model()
    for names in (w.quote_model, shown):  # what screen readers are told, and what the header shows
        assert [names.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
            "日期",
            "发言人",
            "类型",
            "引语",
        ]
    assert w.status.text() == "10 人 · 16 个机构 · 15 个事件 · 8 条引语"
    assert w.timeline.summary.text() == "视图中显示 15 个，共 15 个带日期的事件"
    assert w.timeline.canvas.chinese
    language = w.findChild(QMenu, "languageMenu")
    assert language.title() == "界面语言(&L)（重启后生效）"
    assert [a.text() for a in language.actions()] == ["跟随系统", "简体中文", "繁體中文", "English"]
    assert ("Ctrl+O", "打开数据库") in shortcut_rows(w.actions()), "no (O) left of the accelerator"
    assert _untranslated(w) == []


def test_dates_and_notes_in_chinese(qtbot, zh_window):
    w = zh_window
    search(qtbot, w, "2026-03")
    assert w.status.text() == "5 人 · 4 个机构 · 9 个事件 · 6 条引语 — 日期：2026年3月（有重叠即可）"
    dates = [w.quote_model.index(r, 0).data() for r in range(w.quote_model.rowCount())]
    assert "2026年3月4日之后*" in dates and all(d.startswith("2026年3月") for d in dates)
    assert {w.quote_model.index(r, 2).data() for r in range(w.quote_model.rowCount())} == {"直接", "间接"}
    assert _untranslated(w) == []
    search(qtbot, w, "kind:quoted nobody-at-all")
    assert "kind 只能是 direct 或 reported" in w.status.text()


def test_a_person_in_chinese(qtbot, zh_window):
    w = zh_window
    search(qtbot, w, "林俊旸")
    w.people.whoChosen.emit("person", w.entity_model.items[0].id)
    settle(qtbot, w)
    assert w.people.tabs.tabText(1).startswith("引语（")
    assert "Also" not in w.people.info.text() and "former" not in w.people.info.text()


def test_a_names_tooltip_in_chinese_takes_full_width_brackets(qtbot, zh_window):
    """A walkthrough read “国家网信办 Cyberspace Administration of China (机构)”: half-width brackets
    around a Chinese word, built in code rather than translated."""
    model = zh_window.people.list.model()
    tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    assert any("（机构）" in tip for tip in tips) and any("（人物）" in tip for tip in tips)
    assert not any("(机构)" in tip or "(人物)" in tip for tip in tips)


def test_copy_in_chinese_cites_in_chinese(qtbot, zh_window):
    w = zh_window
    w.quotes.view.selectRow(0)
    w.copy_selected()
    text = QGuiApplication.clipboard().text()
    assert "——" in text and "来源" not in text and "《" in text and "；" in text
    assert w.notice.text().startswith("已复制 1 条引语")


def test_standard_dialog_buttons_in_chinese(qtbot, chinese):
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert buttons.button(QDialogButtonBox.StandardButton.Open).text() == "打开"


def test_the_file_dialog_in_chinese(qtbot, chinese):
    """Qt's own dialog, as Linux desktops without a platform theme show it."""
    dialog = QFileDialog(None, "x", str(ROOT))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [dialog.labelText(x) for x in QFileDialog.DialogLabel]
    assert labels == ["查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)：", "打开(&O)", "取消"]


def test_the_review_dialog_in_chinese(qtbot, chinese):
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    dialog = ReviewDialog([read_article(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "核对导入的文章"
    buttons = dialog.findChild(QDialogButtonBox, "reviewButtons")
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "保存到资料库"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    model = dialog.facts.model()
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [g.split("（")[0] for g in groups] == ["人物", "机构", "有日期的事件", "引语"]
    assert "人 · " in dialog.articles.item(0).text()
    assert _untranslated(dialog) == []


def test_the_review_names_what_undo_takes_back_in_chinese_order(qtbot, chinese):
    """A walkthrough read 撤销(U) 设置网址: Qt's prefix put the mnemonic inside the phrase."""
    from PySide6.QtWidgets import QToolButton
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    dialog = ReviewDialog([read_article(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")])
    qtbot.addWidget(dialog)
    dialog.show()
    undo = dialog.findChild(QToolButton, "reviewUndo")
    redo = dialog.findChild(QToolButton, "reviewRedo")
    assert (undo.defaultAction().text(), undo.isEnabled()) == ("撤销(&U)", False)
    address = dialog.findChild(QLineEdit, "reviewAddress")
    address.setFocus()
    qtbot.keyClicks(address, "https://news.example.com/story.html")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    assert (undo.defaultAction().text(), undo.isEnabled()) == ("撤销设定网址(&U)", True)
    undo.click()
    assert (redo.defaultAction().text(), redo.isEnabled()) == ("重做设定网址(&R)", True)
    assert not undo.isEnabled()
    assert address.text() == ""


def test_the_language_menu_remembers_the_choice(zh_window, settings: QSettings):
    w = zh_window
    chinese = w.findChild(QAction, "language_zh_CN")
    chinese.trigger()
    assert i18n.chosen(settings) == "zh_CN"
    assert "重启" in w.findChild(QMenu, "languageMenu").title()
    assert "下次启动" in w.notice.text()
    w.findChild(QAction, "language_system").trigger()
    assert i18n.chosen(settings) == "system"


def test_the_window_in_english_has_no_chinese_of_its_own(qtbot, window):
    """As under LANG=C: plurals right, and no interface text left in Chinese."""
    assert i18n.lang() == "en"
    assert window.status.text() == "10 people · 16 organisations · 15 events · 8 quotes"
    search(qtbot, window, "ljy")
    assert window.status.text().startswith("1 person · 6 events · 3 quotes")
    assert window.quote_model.index(0, 0).data().startswith("2026-03-")
    assert _untranslated_chinese(window) == []
    assert len(_untranslated(window)) > 40, "the Chinese scan finds the English window's texts"
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "OK"


def test_an_error_dialog_in_chinese(zh_window, ask, tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # begins as SQLite: SQLite's own word follows
    assert not zh_window.open_database(junk)
    title, message = ask.errors[-1]
    assert title == "无法打开数据库"
    assert "数据库已损坏，或不是 SQLite 数据库" in message and "请通过“文件 → 打开数据库…”" in message
    assert "（文件不是数据库）" in message and _english_words(message.replace(str(junk), "")) == ["SQLite"]
    assert message.count(str(junk)) == 1, "the file is named once"
    assert not zh_window.open_database(tmp_path / "missing.db")
    assert ask.errors[-1][1].startswith(f"找不到数据库：{tmp_path / 'missing.db'}")


def test_search_suggestions_say_person_in_chinese(qtbot, zh_window):
    zh_window.search.setFocus()
    qtbot.keyClicks(zh_window.search, "lin j")
    popup = zh_window.search.suggester.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = zh_window.search.suggester.model().index(0, 0).data()
    assert shown == "林俊旸  Lin Junyang — 人物"


def test_the_keyboard_table_in_chinese(zh_window):
    rows = shortcut_rows(zh_window.actions())
    assert len(rows) > 15
    assert [what for _keys, what in rows if _english_words(what)] == []
    assert [keys for keys, _what in rows if "wheel" in keys] == [], "Ctrl+滚轮, as the timeline says it"
    keys = [keys for keys, _what in rows]  # a walkthrough read “+ / − , Ctrl+滚轮” and “Space, Menu”
    assert "+ / −，Ctrl+滚轮" in keys and "↑ / ↓，Shift+滚轮" in keys and "空格键、菜单键" in keys


def test_the_search_syntax_table_in_chinese(chinese):
    from viewer.core.syntax import syntax_rows

    fields = {"person", "p", "org", "o", "who", "within", "date", "before", "after", "kind", "k", "sort"}
    for row in syntax_rows():
        assert row.meaning in i18n.SYNTAX
        words = set(re.findall(r"[a-z]+", row.form))
        assert row.form in i18n.SYNTAX or words <= fields, row.form
    pairs = i18n.syntax_pairs()
    assert pairs[0][0] == "姓名" and "例如" in pairs[0][1] and "lin junyang" in pairs[0][1]
    assert all(CJK.search(meaning) for _form, meaning in pairs)


@pytest.fixture
def traditional(qapp):
    i18n.install(qapp, "zh_TW")
    yield
    i18n.install(qapp, "en")


def test_the_window_in_traditional_chinese(qtbot, traditional, settings, ask, bundled_copy):
    w = MainWindow(settings, ask)
    qtbot.addWidget(w)
    w.show()
    assert w.open_database(bundled_copy)
    settle(qtbot, w)
    assert [a.text() for a in w.menuBar().actions()] == ["檔案(&F)", "編輯(&E)", "檢視(&V)", "說明(&H)"]
    assert w.status.text() == "10 人 · 16 個機構 · 15 個事件 · 8 條引語"
    search(qtbot, w, "2026-03")
    assert w.status.text() == "5 人 · 4 個機構 · 9 個事件 · 6 條引語 — 日期：2026年3月（有重疊即可）"
    dates = [w.quote_model.index(r, 0).data() for r in range(w.quote_model.rowCount())]
    assert "2026年3月4日之後*" in dates
    box = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "確定"
    assert _untranslated(w) == []


def test_the_address_that_prints_another_day_is_noted_in_chinese_without_a_space(qtbot, chinese):
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    dialog = ReviewDialog([read_article(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")])
    qtbot.addWidget(dialog)
    address = dialog.findChild(QLineEdit, "reviewAddress")
    address.setText("https://news.example.com/2020/01/01/story.html")
    address.editingFinished.emit()
    note = dialog.findChild(QLabel, "reviewPublishedNote").text()
    assert note.endswith("（其网址所示日期为 2020-01-01。）") and " （" not in note


def test_the_review_in_traditional_chinese_writes_no_simplified_forms(qtbot, traditional):
    """A walkthrough read 這是转述，不是引語: the query keyword 转述, kept as the data writes it, had kept
    the word in the review's buttons too."""
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    dialog = ReviewDialog([read_article(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")])
    qtbot.addWidget(dialog)
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)] + [a.text() for a in dialog.actions()]
    assert "這是作者的概述，不是引語" in texts
    assert [t for t in texts if "转" in t] == []


def test_in_traditional_chinese_the_kind_the_list_shows_is_a_kind_to_search_for(
    qtbot, traditional, settings, ask, bundled_copy
):
    """A walkthrough in zh_TW read 間接 in the quotes' Kind column and typed kind:間接: “kind must be direct
    or reported, not 間接”; the syntax help offered 转述, a Simplified form in a Traditional window. The
    Traditional words search as the Simplified ones do, and the help names them as a zh_TW reader writes."""
    w = MainWindow(settings, ask)
    qtbot.addWidget(w)
    w.show()
    assert w.open_database(bundled_copy)
    settle(qtbot, w)
    kinds = {w.quote_model.index(r, 2).data() for r in range(w.quote_model.rowCount())}
    assert kinds == {"直接", "間接"}
    for typed in ("k:間接", "kind:轉述", "kind:間接 sort:相關", "sort:時間 kind:间接"):
        search(qtbot, w, typed)
        assert w.controller.resolution.problems == [], typed
        assert {w.quote_model.index(r, 2).data() for r in range(w.quote_model.rowCount())} == {"間接"}, typed
    kind_row = next(m for f, m in i18n.syntax_pairs() if f.startswith("kind:"))
    assert "轉述" in kind_row and "转" not in kind_row, kind_row


def test_an_import_that_cannot_read_a_file_says_why_in_chinese(
    qtbot, zh_window, ask, bundled_copy, monkeypatch, tmp_path
):
    from viewer import paths

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    bad = tmp_path / "c.pdf"
    bad.write_bytes(b"%PDF")
    ask.import_answer = [bad]
    zh_window.import_action.trigger()
    qtbot.waitUntil(lambda: zh_window.importer is None, timeout=20000)
    title, message = ask.errors[-1]
    assert title == "部分文件未能导入"
    assert message.startswith("已导入 0 篇，1 篇无法读取。")
    assert "• c.pdf：不是文章（只能导入 .txt、.md 或 .html）" in message


def test_a_failed_export_says_why_in_chinese(zh_window, ask, tmp_path):
    zh_window.quotes.view.selectRow(0)
    ask.export_answer = (tmp_path / "nowhere" / "q.md", "md")
    zh_window.export_selected()
    title, message = ask.errors[-1]
    assert title == "导出失败"
    assert message == f"无法写入 {tmp_path / 'nowhere' / 'q.md'}：文件夹 {tmp_path / 'nowhere'} 不存在"


def test_an_export_into_a_read_only_folder_says_why_in_chinese(qtbot, zh_window, ask, tmp_path, monkeypatch):
    """Exporting into a read-only folder said 无法写入 …/q.md：Read-only file system: the system's words
    stayed English. (A read-only mount refuses the file as the stand-in below does; root ignores chmod.)"""
    import errno

    from viewer.core import atomic

    def refused(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    w = zh_window
    w.quotes.view.setFocus()
    qtbot.keyClick(w.quotes.view, Qt.Key.Key_Home)
    qtbot.keyClick(w.quotes.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(w.quotes.selected_quote_ids()) == 2
    ask.export_answer = (tmp_path / "q.md", "md")
    w.export_action.trigger()
    qtbot.waitUntil(lambda: bool(ask.errors))
    title, message = ask.errors[-1]
    assert title == "导出失败"
    assert message == f"无法写入 {tmp_path / 'q.md'}：只读的文件系统"
    assert not (tmp_path / "q.md").exists()
    for cause, said in (("Permission denied", "没有权限"), ("No space left on device", "磁盘空间已满")):
        assert i18n.say(f"cannot write /x/q.md: {cause}") == f"无法写入 /x/q.md：{said}"


def test_errors_from_below_are_said_in_chinese_down_to_their_cause(chinese):
    assert i18n.say("cannot read the date “3月45日”: no such day: 2026-03-45") == (
        "无法识别日期“3月45日”：没有这一天：2026-03-45"
    )
    assert i18n.say("something nobody listed") == "something nobody listed"
    assert i18n.say("cannot change /x/library.db: database is locked; the library was not changed") == (
        "无法修改 /x/library.db：数据库被锁定；资料库未改动"
    )


def test_the_speakers_show_whole_at_1280x720_in_chinese(qtbot, zh_window):
    from .test_window import speakers_shown_whole

    speakers_shown_whole(qtbot, zh_window)


def test_the_keyboard_shortcuts_fit_the_screen_in_chinese(qtbot, zh_window, ask):
    from .test_keyboard import shortcuts_dialog_fits

    shortcuts_dialog_fits(qtbot, zh_window, ask)


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def any_language(request, qapp):
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


@pytest.mark.parametrize("kind", ["person", "org", "event", "quote"])
def test_the_review_never_shows_two_fields_under_one_label(qtbot, any_language, kind):
    """Walkthroughs in Chinese read 日期： twice, then 发言人： twice, with a quote chosen in the review:
    beside the chosen quote's date and speaker, and beside the date and speaker of an event or quote to
    add. Every label shown at once names its own field, as does every name a screen reader hears, in
    each language."""
    from viewer.gui.review_dialog import KEY, ReviewDialog
    from viewer.pipeline.library import read_article

    dialog = ReviewDialog([read_article(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.facts.setFocus()
    group = {"person": "persons", "org": "orgs", "event": "events", "quote": "quotes"}[kind]
    while dialog.facts.currentIndex().parent().data(KEY) != group:  # ↓ as a reader goes, to the first one
        qtbot.keyClick(dialog.facts, Qt.Key.Key_Down)
    labels: list[str] = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.isVisible() and label.text():
                labels.append(label.text())
    assert len(labels) >= 3, labels
    assert sorted(labels) == sorted(set(labels)), labels
    named = [w.accessibleName() for w in dialog.findChildren(QWidget) if w.isVisible() and w.accessibleName()]
    assert sorted(named) == sorted(set(named)), "a screen reader hears each field by its own name"


@pytest.fixture(params=["zh_CN", "zh_TW"])
def either_chinese(qapp, request):
    i18n.install(qapp, request.param)
    yield
    i18n.install(qapp, "en")


def test_about_lists_a_source_with_the_chinese_comma(either_chinese, window, ask):
    """A walkthrough opened Help → About in Chinese: the bundled article's author, publisher and date were
    listed with English commas (刘峰, 电商派, …). They take the language's own separator."""
    window.about_action.trigger()
    assert "刘峰，电商派，2026-03-07 11:16" in ask.abouts[0]


def test_the_timeline_hints_in_chinese_both_name_their_keys(qtbot, zh_window):
    """上方还有 2 条 named no keys beside 下方还有 3 条泳道（↑/↓，Shift+滚轮）: both name them now."""
    from .test_timeline_pane import _hint_after_down

    above, below = _hint_after_down(qtbot, zh_window).split("  ")
    assert above == "▲ 上方还有 1 条泳道（↑，Shift+滚轮）"
    assert below.startswith("▼ 下方还有 ") and below.endswith(" 条泳道（↓，Shift+滚轮）")


@pytest.mark.parametrize(("language", "reported"), [("zh_CN", "转述"), ("zh_TW", "轉述")])
def test_leaving_a_paraphrase_out_is_not_called_reported_speech_in_chinese(qtbot, qapp, language, reported):
    """A walkthrough left a quote out as a paraphrase in Chinese: the button read 这是转述，不是引语 and Undo
    撤销把引语改为转述, the word the Kind column's searches (kind:转述) and the exports (*转述*：…) use for
    reported speech, which a quote stays. The quote was left out, not made reported: the words are now the
    writer's summary (概述), as the button's tooltip says."""
    from PySide6.QtWidgets import QToolButton
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    from .test_review_corrections import _choose

    i18n.install(qapp, language)
    try:
        dialog = ReviewDialog([read_article(ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt")])
        qtbot.addWidget(dialog)
        dialog.show()
        quotes = len(dialog.annotations[0].quotes)
        _choose(dialog, "q5")
        paraphrase = dialog.findChild(QPushButton, "correctParaphrase")
        paraphrase.setFocus()
        qtbot.keyClick(paraphrase, Qt.Key.Key_Space)
        undo = dialog.findChild(QToolButton, "reviewUndo")
        qtbot.waitUntil(lambda: undo.isEnabled())
        assert len(dialog.result_annotations()[0].quotes) == quotes - 1, "the quote is left out"
        said = [paraphrase.text(), undo.defaultAction().text()]
        assert not [text for text in said if reported in text], said
        assert all("概述" in text for text in said), said
    finally:
        i18n.install(qapp, "en")


def test_names_are_listed_with_the_chinese_enumeration_comma(qtbot, zh_window):
    """A walkthrough in Chinese read 又名：金杉憲治大使, 金杉憲治 in a person's details, 林俊旸, 郁博文,
    李凯新 under an event on the timeline, 官房長官, 大使 in the review and 人物：林俊旸, 郁博文, … in the
    status line: names take the language's enumeration comma (、), as a Chinese reader lists them."""
    w = zh_window
    search(qtbot, w, "p:负责人")
    assert "人物：林俊旸、郁博文、惠彬原" in w.status.text() and ", " not in w.status.text()

    search(qtbot, w, "阿里巴巴集团")
    listed = w.people.list
    listed.setFocus()
    rows = [w.entity_model.index(r).data() for r in range(w.entity_model.rowCount())]
    for _ in range(rows.index("阿里巴巴集团  Alibaba Group") + 1):
        qtbot.keyClick(listed, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "又名" in w.people.info.text())
    assert "又名：阿里巴巴、阿里、阿里集团" in w.people.info.text()

    search(qtbot, w, "宣布离职")
    listed.setFocus()
    qtbot.keyClick(listed, Qt.Key.Key_Down)  # 林俊旸, the first found
    events = w.people.events_view
    qtbot.waitUntil(lambda: events.model().rowCount() > 0)
    model = events.model()
    row = next(model.index(r, 0) for r in range(model.rowCount()) if "宣布离职" in model.index(r, 0).data())
    tip = row.data(Qt.ItemDataRole.ToolTipRole)
    assert "林俊旸、郁博文、李凯新" in tip and ", " not in tip
    qtbot.mouseClick(events.viewport(), Qt.MouseButton.LeftButton, pos=events.visualRect(row).center())
    qtbot.waitUntil(lambda: "事件“" in w.status.text())
    assert "已限定为林俊旸、事件“" in w.status.text()
    lines = canvas_tooltip_lines(w)
    assert "林俊旸、郁博文、李凯新" in lines


def canvas_tooltip_lines(w) -> list[str]:
    """The lines of the tooltip the timeline shows over its chosen event."""
    from viewer.gui.timeline.canvas import describe_event

    event = w.controller.repo.event(w.controller.selection.event)
    return describe_event(event, event.person_names).split("\n")


@pytest.fixture
def own_qt_settings(tmp_path):
    """Qt's own file dialog keeps its column widths and sidebar in the user's QtProject.conf: a test's own."""
    scope, native = QSettings.Scope.UserScope, QSettings.Format.NativeFormat
    QSettings.setPath(native, scope, str(tmp_path / "qt-config"))
    yield
    home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    QSettings.setPath(native, scope, home)


def test_the_import_dialog_shows_its_columns_whole_in_chinese(qtbot, zh_window, settings, own_qt_settings):
    """Qt's own file dialog (a desktop without one of its own, as the walkthrough's bare X server) came at
    608×412 in a 1280×720 window and cut its texts in Chinese: 纯…档 for 纯文本文档, 14…iB for a size, the
    home folder tmp.Hz in the sidebar. File → Import now opens it at three quarters of the window, and a
    folder's listing widens the size, type and date columns and the sidebar to their texts."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QTreeView
    from viewer.gui.dialogs import Ask

    w = zh_window
    w.resize(1203, 676)
    w._ask = Ask()  # the real dialogs, not the test's answers
    settings.setValue("importFolder", str(ROOT / "tests" / "fixtures" / "real"))
    seen: list[tuple[bool, int, int]] = []
    gone: list[bool] = []

    def whole(dialog: QFileDialog) -> bool:
        tree, sidebar = dialog.findChild(QTreeView, "treeView"), dialog.findChild(QListView, "sidebar")
        if tree.model().rowCount(tree.rootIndex()) == 0:
            return False
        header = tree.header()
        columns = all(header.sectionSize(c) >= tree.sizeHintForColumn(c) for c in range(1, header.count()))
        return columns and sidebar.viewport().width() >= sidebar.sizeHintForColumn(0)

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.destroyed.connect(lambda: gone.append(True))  # (it saves its state as it goes)
        if not isinstance(dialog, QFileDialog) or dialog.windowTitle() != "导入文章":
            seen.append((False, 0, 0))
            dialog.reject()
            return
        try:
            qtbot.waitUntil(lambda: whole(dialog), timeout=3000)
            seen.append((True, dialog.width(), dialog.height()))
        except qtbot.TimeoutError:
            seen.append((False, dialog.width(), dialog.height()))
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    w.import_action.trigger()  # File → Import Articles…, cancelled once looked at
    qtbot.waitUntil(lambda: bool(gone))
    (fitted, width, height) = seen[0]
    assert fitted, "every column and the sidebar show their texts whole"
    assert (width, height) == (1203 * 3 // 4, 676 * 3 // 4)


def test_a_search_finding_no_events_says_none_match_in_the_chart_as_the_lists_do(qtbot, zh_window):
    """A walkthrough searched 卓榮泰 and opened a database of 500,000 events: the chart said
    没有可显示的带日期事件 (no dated events to show), as if the database held none, beside 没有匹配的引语。 in
    the lists. Under a search it says none match, as they do."""
    w = zh_window
    canvas = w.timeline.canvas
    search(qtbot, w, "zzzqqq")
    qtbot.waitUntil(lambda: canvas.frame is not None and canvas.frame.message == "没有匹配的带日期事件。")
    assert w.quotes.view.findChild(QLabel, "quotesEmpty").text() == "没有匹配的引语。"
    w.search.setFocus()
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)  # nothing chosen: Esc clears the search
    settle(qtbot, w)
    qtbot.waitUntil(
        lambda: canvas.frame is not None and canvas.frame.message == "" and bool(canvas.frame.hits)
    )


def test_the_traditional_review_says_an_article_is_published_not_released(qtbot, traditional, tmp_path):
    """The zh_TW walkthrough's import review read 釋出：2025-09-29, 原文沒有印出釋出日期 and
    設定釋出日期: OpenCC's Taiwan phrasing turns 发布 into 釋出, a software release. An article is 發布
    (published), as Taiwan's news sites print it (發布時間)."""
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    undated = tmp_path / "undated.txt"
    undated.write_text("日官房长官:私人行程\n\n木原稔周一表示,台湾方面说明是私人行程。\n", encoding="utf-8")
    d = ReviewDialog([read_article(undated)])
    qtbot.addWidget(d)
    d.show()
    texts = [label.text() for label in d.findChildren(QLabel)]
    assert "發布：" in texts
    assert "發布日期" in d.findChild(QLabel, "reviewPublishedNote").text()
    assert [t for t in texts if "釋出" in t] == []
    d.published.setText("2025-11-18")
    with qtbot.waitSignal(d.readAgain):
        qtbot.keyClick(d.published, Qt.Key.Key_Return)  # read again with this date: one step of Undo
    assert d.undo_stack.undoText() == "設定發布日期"


def test_a_binary_file_is_named_in_taiwans_words(
    qtbot, traditional, settings, ask, bundled_copy, tmp_path, monkeypatch
):
    """Importing a scan in zh_TW said 是二進位制檔案: OpenCC's Taiwan phrasing of 二进制, where Taiwan's
    software writes 二進位 (and 權限, not 許可權, for the rights a rollback needs)."""
    from viewer import paths

    w = MainWindow(settings, ask)
    qtbot.addWidget(w)
    w.show()
    assert w.open_database(bundled_copy)
    settle(qtbot, w)
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    ask.import_answer = [bad]
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    w.import_action.trigger()  # File → Import Articles…
    qtbot.waitUntil(lambda: w.importer is None, timeout=20000)
    assert ask.errors and "scan.txt：是二進位檔案，不是文章" in ask.errors[-1][1]
    catalogue = TW_TS.read_text(encoding="utf-8")
    assert "進位制" not in catalogue and "許可權" not in catalogue


def test_taiwan_calls_the_library_of_imported_articles_a_wenxianku(
    qtbot, traditional, settings, ask, bundled_copy, tmp_path
):
    """The zh_TW review saved to 文庫 (a paperback series, to a Taiwan reader); Zotero's Taiwan catalogue,
    which our readers know, calls the user's library 文獻庫 (我的文獻庫). 資料庫 stays the database."""
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    w = MainWindow(settings, ask)
    qtbot.addWidget(w)
    w.show()
    assert w.open_database(bundled_copy)
    settle(qtbot, w)
    assert w.import_action.statusTip() == "讀取文章，核對擷取結果，再加入你的文獻庫"
    assert w.findChild(QAction, "openAction").text().startswith("開啟資料庫")
    article = tmp_path / "wire.txt"
    article.write_text("星河智能首席技术官辞职\n\n2025-11-18\n\n周启明表示,将投身基础研究。\n", "utf-8")
    d = ReviewDialog([read_article(article)], known={0})
    qtbot.addWidget(d)
    d.show()
    save = d.findChild(QPushButton, "reviewSave")
    assert save.text() == "儲存到文獻庫"
    already = "你的文獻庫中已有這篇文章（全文相同）：再次儲存不會增加任何內容"
    assert d.articles.item(0).toolTip().endswith(already)
    catalogue = TW_TS.read_text(encoding="utf-8")
    assert "文庫" not in catalogue.replace("文獻庫", "")


def test_a_folder_given_as_the_database_is_called_a_folder_in_chinese(zh_window, ask, tmp_path):
    """A folder opened as the database said 不是数据库文件 (not a database file); it says it is a folder."""
    assert not zh_window.open_database(tmp_path)
    assert f"是文件夹，不是数据库文件：{tmp_path}" in ask.errors[-1][1]


def test_a_text_file_given_as_the_database_is_called_no_sqlite_database_in_chinese(zh_window, ask, tmp_path):
    """A text file opened as the database said 数据库已损坏，或不是 SQLite 数据库：…（文件不是数据库）:
    twice the same, and "damaged" of a file that never was a database."""
    notes = tmp_path / "notes.db"
    notes.write_text("not a database at all\n" * 50, encoding="utf-8")
    assert not zh_window.open_database(notes)
    message = ask.errors[-1][1]
    assert f"不是 SQLite 数据库：{notes}" in message
    assert "损坏" not in message and "文件不是数据库" not in message


NESTED_EN = """Chip maker's chief steps down

2025-11-18

Jane Doe, the chief executive of Northwind Chips, said on Monday she would leave the company in December.

“I told the team that “patience” is our only strategy,” Doe said.
"""


@pytest.mark.parametrize(
    ("language", "article", "inner"),
    [
        ("en", None, "“I told the team that ‘patience’ is our only strategy,”"),
        ("zh_TW", "blind_ltn_hsieh.txt", "「一路走來，我始終堅信，媒體肩負的『第四權』"),
    ],
)
def test_the_reviews_list_nests_the_quote_marks_printed_inside_a_quote(
    qtbot, qapp, tmp_path, language, article, inner
):
    """The zh_TW walkthrough read the review's line
    謝幸恩（直接）：「一路走來，我始終堅信，媒體肩負的「第四權」角色…」: where does the quotation end?
    (In English “I told the team that “patience” is our only strategy,”.) The words' own marks of the
    kind the line puts round them are the inner ones, as citations nest them."""
    from viewer.gui.review_dialog import ReviewDialog
    from viewer.pipeline.library import read_article

    from .test_review_corrections import _click_fact

    path = ROOT / "tests" / "fixtures" / "real" / article if article else tmp_path / "northwind.txt"
    if article is None:
        path.write_text(NESTED_EN, encoding="utf-8")
    i18n.install(qapp, language)
    try:
        dialog = ReviewDialog([read_article(path)])
        qtbot.addWidget(dialog)
        dialog.show()
        lines = [_click_fact(qtbot, dialog, q.key) for q in dialog.annotations[0].quotes]
        assert [line for line in lines if inner in line], lines
    finally:
        i18n.install(qapp, "en")


def test_what_a_query_was_read_as_is_listed_with_a_chinese_semicolon(qtbot, zh_window):
    """The zh_TW walkthrough searched before:2026-01 sort:relevance: the status bar read
    11 人 · 5 個事件 · 2 條引語 — 2026年1月之前; 按相關度排序, an English semicolon and space between two
    Chinese phrases. What a query was read as is listed with the full-width ；, and in English with "; "."""

    w = zh_window
    search_by_keys(qtbot, w, "before:2026-01 sort:relevance")
    qtbot.waitUntil(lambda: "之前" in w.status.text())
    assert w.status.text().endswith(" — 2026年1月之前；按相关度排序"), w.status.text()


def _choose_an_event_with_a_long_summary(qtbot, w, ask, bundled_copy, monkeypatch) -> None:
    """Import 中国新闻网's report on 郝龙斌, search 2003-10 and choose, in the timeline's List, the event
    “据中通社报道,台湾当局“环保署长”郝龙斌昨天(3日)上午——在宣布辞职后的第三天——…”."""
    from viewer import paths

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [ROOT / "tests" / "fixtures" / "real" / "blind_chinanews_hao.txt"]
    w.import_action.trigger()  # File → Import Articles…, saved as reviewed
    qtbot.waitUntil(lambda: w.importer is None, timeout=20000)
    settle(qtbot, w)
    search_by_keys(qtbot, w, "2003-10")
    qtbot.mouseClick(w.timeline.pages[1], Qt.MouseButton.LeftButton)  # the timeline's List
    view, model = w.timeline.view, w.event_model
    view.setFocus()
    wanted = next(r for r in range(model.rowCount()) if "“环保署长”郝龙斌昨天" in model.record(r).summary)
    qtbot.keyClick(view, Qt.Key.Key_Home)  # the first event, then down to the one wanted
    for _ in range(wanted):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: w.controller.selection.event == model.record(wanted).id)
    settle(qtbot, w)


def test_an_event_chosen_is_named_in_the_status_bar_with_its_quote_marks_nested(
    qtbot, zh_window, ask, bundled_copy, monkeypatch
):
    """The zh_CN walkthrough chose the event “据中通社报道,台湾当局“环保署长”郝龙斌昨天(3日)上午…” in the
    timeline: the status bar read 已限定为事件“据中通社报道,台湾当局“环保署长”郝龙斌…”, where the event's
    name seems to end after 台湾当局. The summary's own marks are the inner ones there, as in citations
    (and so are a role's as printed, under a chosen person, and a direct quote's in the review)."""
    _choose_an_event_with_a_long_summary(qtbot, zh_window, ask, bundled_copy, monkeypatch)
    text = zh_window.status.toolTip()
    assert "已限定为事件“据中通社报道,台湾当局‘环保署长’郝龙斌昨天(3日)上午" in text, text


def test_a_long_event_summary_is_cut_so_the_way_back_stays_in_the_status_bar(
    qtbot, zh_window, ask, bundled_copy, monkeypatch
):
    """The same walkthrough, at 1280×720: the status bar ended …首度回到“署”里上班,进了办公室第一…”（按 — the
    window cut the line, and with it the way back, 按 Esc 显示全部. The event's summary is cut to fit instead;
    the whole line is in the tooltip, and a wider window shows it whole."""
    w = zh_window
    w.resize(1280, 680)
    qtbot.waitUntil(lambda: w.width() == 1280)
    _choose_an_event_with_a_long_summary(qtbot, w, ask, bundled_copy, monkeypatch)
    status = w.status
    whole = status.toolTip()
    assert whole.endswith("（按 Esc 显示全部）") and "进了办公室第一" in whole, whole

    def fits() -> bool:
        return status.fontMetrics().horizontalAdvance(status.text()) <= status.contentsRect().width()

    qtbot.waitUntil(fits)
    assert status.text().endswith("…”（按 Esc 显示全部）"), status.text()
    before = "1 人 · 4 个事件中的 1 个 · 0 条引语 — 日期：2003年10月（有重叠即可） — 已限定为事件“据"
    assert status.text().startswith(before), status.text()
    w.resize(2400, 680)
    qtbot.waitUntil(lambda: status.text() == whole)


@pytest.mark.parametrize(("language", "heading"), [("zh_CN", "发布日期"), ("zh_TW", "發布日期")])
def test_the_librarys_day_column_is_headed_as_a_day(qtbot, qapp, tmp_path, language, heading):
    """The library's Published column gives a day (2012-11-10), not a time: the Chinese walkthrough read it
    under 发布时间 (publication time) / 發布時間. It is headed 发布日期 / 發布日期."""
    from viewer.core.records import Article
    from viewer.gui.library_dialog import LibraryDialog

    i18n.install(qapp, language)
    try:
        printed = "November 10, 2012 04:34 PM EDT"
        article = Article(1, "George Entwistle steps down", "", "", printed, "en", "")
        dialog = LibraryDialog([(article, 4, 4)], tmp_path / "library.db")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        assert table.horizontalHeaderItem(1).text() == heading
        assert table.item(0, 1).text() == "2012-11-10"
    finally:
        i18n.install(qapp, "en")
