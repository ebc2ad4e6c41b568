"""The interface's language: our translations and Qt's own, chosen by the system or by the user."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from .. import paths
from ..core.text import nest_marks
from .settings import text_value

if TYPE_CHECKING:  # the core's records load with the panes, after the first paint
    from ..core.message import Message

CHOICES = ("system", "zh_CN", "zh_TW", "en")
TRADITIONAL = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")
SETTING = "language"
CATALOGUE = "events_viewer"
_state = {"lang": "en"}
_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    """resources/i18n: the Qt Linguist sources (.ts) and their compiled catalogues (.qm)."""
    return paths.resources_dir() / "i18n"


def chosen(settings: QSettings) -> str:
    """The user's choice in View → Language: system, zh_CN or en."""
    value = text_value(settings, SETTING, "system")
    return value if value in CHOICES else "system"


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The catalogue to load for a choice: zh_CN, zh_TW or en (the system's first Chinese or English)."""
    if choice != "system":
        return choice
    for tag in (system or QLocale.system()).uiLanguages():
        if tag.lower().startswith(TRADITIONAL):
            return "zh_TW"
        if tag.lower().startswith("zh"):
            return "zh_CN"
        if tag.lower().startswith("en"):
            return "en"
    return "en"


def install(app: QCoreApplication, name: str) -> None:
    """Install the translators for zh_CN, zh_TW or en (replacing those installed before); the locale
    follows."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own catalogue first, ours after it: the one installed last is asked first, so ours can name
    # a key better than Qt does (QT_KEYS) and fills Qt's gaps (QT_GAPS), while Qt answers the rest.
    for catalogue, folder in ((f"qtbase_{name}", qt_dir), (f"{CATALOGUE}_{name}", str(i18n_dir()))):
        translator = QTranslator(app)
        if translator.load(catalogue, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(name))
    _state["lang"] = {"zh_CN": "zh", "zh_TW": "zh_TW"}.get(name, "en")


def listed(names: Iterable[str]) -> str:
    """Names one after another as the interface's language lists them: 林俊旸、郁博文、李凯新 in Chinese (the
    enumeration comma), "A, B, C" in English."""
    return QCoreApplication.translate("List", ", ").join(names)


def in_marks(template: str, field: str, words: str) -> str:
    """Words to go into a translated template's quote marks round {field}: their own marks of that kind made
    the inner ones, as citations nest them (viewer/export.py): 事件“据…台湾当局“环保署长”郝龙斌…” read as
    two quotations, 事件“据…台湾当局‘环保署长’郝龙斌…” as one."""
    for marks in ("“”", "「」"):
        if marks[0] + "{" + field + "}" + marks[1] in template:
            return nest_marks(words, marks)
    return words


def lang() -> str:
    """The interface language for the Qt-free layers' dates and citations: "zh", "zh_TW" or "en"."""
    return _state["lang"]


# The Messages of the layers below, for lupdate: what a query was read as (core/resolve.py), why a
# database cannot be opened (core/repository.py), a file written (core/atomic.py) or an article read
# (pipeline/reader.py).
CORE = (
    QT_TRANSLATE_NOOP("Core", "not “{text}”"),
    QT_TRANSLATE_NOOP("Core", "excluding {field}: is not supported; ignored “{text}”"),
    QT_TRANSLATE_NOOP("Core", "text “{text}”"),
    QT_TRANSLATE_NOOP("Core", "kind must be direct or reported, not “{text}”"),
    QT_TRANSLATE_NOOP("Core", "direct quotes"),
    QT_TRANSLATE_NOOP("Core", "reported quotes"),
    QT_TRANSLATE_NOOP("Core", "sort must be date or relevance, not “{text}”"),
    QT_TRANSLATE_NOOP("Core", "sorted by date"),
    QT_TRANSLATE_NOOP("Core", "sorted by relevance"),
    QT_TRANSLATE_NOOP("Core", "cannot read date “{text}”"),
    QT_TRANSLATE_NOOP("Core", "before {date}"),
    QT_TRANSLATE_NOOP("Core", "after {date}"),
    QT_TRANSLATE_NOOP("Core", "date {date} (within)"),
    QT_TRANSLATE_NOOP("Core", "date {date} (overlaps)"),
    QT_TRANSLATE_NOOP("Core", "“{text}” matches more than {limit:,} people; type more of the name"),
    QT_TRANSLATE_NOOP("Core", "nobody matches “{text}”"),
    QT_TRANSLATE_NOOP("Core", "who: {names} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "who: {names}"),
    QT_TRANSLATE_NOOP("Core", "no such date “{text}”: {problem}"),
    QT_TRANSLATE_NOOP("Core", "“{text}” is no whole date yet"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or who: {names} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or who: {names}"),
    QT_TRANSLATE_NOOP("Core", "organisation: {names}"),
    QT_TRANSLATE_NOOP("Core", "organisations: {names}"),
    QT_TRANSLATE_NOOP("Core", "organisations: {names} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "people and organisations: {names}"),
    QT_TRANSLATE_NOOP("Core", "people and organisations: {names} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or organisation: {names}"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or organisations: {names}"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or organisations: {names} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or people and organisations: {names}"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or people and organisations: {names} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or headlines: {titles} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or headlines: {titles}"),
)

# The one-line errors of the layers below as they word them (core/repository.py, core/atomic.py,
# pipeline/reader.py), for lupdate; say() recognises an error by its wording, so those files need no
# change to be translated (a wording changed there is shown in English until it is listed here).
ERRORS = (
    QT_TRANSLATE_NOOP("Errors", "database not found: {path}"),
    QT_TRANSLATE_NOOP("Errors", "cannot open {path}: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "a folder, not a database file: {path}"),
    QT_TRANSLATE_NOOP("Errors", "not a database file: {path}"),
    QT_TRANSLATE_NOOP("Errors", "empty file, not an events database: {path}"),
    QT_TRANSLATE_NOOP("Errors", "not an events database (no meta table): {path}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read database {path}: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "not a SQLite database: {path}"),
    QT_TRANSLATE_NOOP("Errors", "corrupt or not a SQLite database: {path} ({problem})"),
    QT_TRANSLATE_NOOP("Errors", "wrong schema version {found} (this app reads {reads}): {path}"),
    QT_TRANSLATE_NOOP("Errors", "wrong schema, missing tables {tables}: {path}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "cannot read {path}: an interrupted write left {journal} beside it, and the bundled database is "
        "never written here; rebuild it with `make db`",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "cannot read {path}: an interrupted import left {journal}, and rolling it back needs write access "
        "to the file and its folder ({problem}); the saved data is intact",
    ),
    QT_TRANSLATE_NOOP("Errors", "cannot write {path}: folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("Errors", "cannot write {path}: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "cannot change {path}: {problem}; the library was not changed"),
    QT_TRANSLATE_NOOP("Errors", "no file name to write to"),
    QT_TRANSLATE_NOOP("Errors", "{name}: not an article (.txt, .md or .html)"),
    QT_TRANSLATE_NOOP("Errors", "{name}: links to {target}, which is not an article (.txt, .md or .html)"),
    QT_TRANSLATE_NOOP("Errors", "{name}: not a regular file (a folder, device or FIFO), not an article"),
    QT_TRANSLATE_NOOP("Errors", "{name}: too large for an article (limit {limit} MB)"),
    QT_TRANSLATE_NOOP("Errors", "cannot read {path}: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "{name}: no text in the file"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name}: {size} characters of text is more than one article (limit {limit}); "
        "split it and import the parts",
    ),
    QT_TRANSLATE_NOOP("Errors", "{name}: a binary file, not an article"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name}: starts with a {label} byte-order mark but is not valid {label} (byte {byte}: {problem})",
    ),
    QT_TRANSLATE_NOOP("Errors", "{name}: cannot tell its text encoding (not UTF-8, GB18030, Big5 or UTF-16)"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the date “{text}”: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "a name cannot be empty"),
    QT_TRANSLATE_NOOP("Errors", "the article does not print the name “{name}”"),
    QT_TRANSLATE_NOOP("Errors", "“{name}” is already among the people"),
    QT_TRANSLATE_NOOP("Errors", "a role's title cannot be empty: remove the role instead"),
    QT_TRANSLATE_NOOP("Errors", "{name} already has the role “{title}”"),
    QT_TRANSLATE_NOOP("Errors", "type the role's title first"),
    QT_TRANSLATE_NOOP("Errors", "select the quoted words in the article first"),
    QT_TRANSLATE_NOOP("Errors", "select the words that tell the event in the article first"),
    QT_TRANSLATE_NOOP("Errors", "no such day: {day}"),
    QT_TRANSLATE_NOOP("Errors", "no such month: {month}"),
    QT_TRANSLATE_NOOP("Errors", "no such year: {year}"),
    QT_TRANSLATE_NOOP("Errors", "date range ends before it starts: {text}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read date {text}"),
    QT_TRANSLATE_NOOP("Errors", "this date needs a year, and there is no publication date to take it from"),
    QT_TRANSLATE_NOOP("Errors", "empty date"),
    # SQLite's own words for what went wrong, said as the cause of one of the above
    QT_TRANSLATE_NOOP("Errors", "file is not a database"),
    QT_TRANSLATE_NOOP("Errors", "database disk image is malformed"),
    QT_TRANSLATE_NOOP("Errors", "unable to open database file"),
    QT_TRANSLATE_NOOP("Errors", "database or disk is full"),
    QT_TRANSLATE_NOOP("Errors", "attempt to write a readonly database"),
    QT_TRANSLATE_NOOP("Errors", "database is locked"),
    QT_TRANSLATE_NOOP("Errors", "disk I/O error"),
    # the system's own words (strerror, always English) for why a file could not be written or read
    QT_TRANSLATE_NOOP("Errors", "Permission denied"),
    QT_TRANSLATE_NOOP("Errors", "Operation not permitted"),
    QT_TRANSLATE_NOOP("Errors", "Read-only file system"),
    QT_TRANSLATE_NOOP("Errors", "No space left on device"),
    QT_TRANSLATE_NOOP("Errors", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("Errors", "File name too long"),
    QT_TRANSLATE_NOOP("Errors", "No such file or directory"),
    QT_TRANSLATE_NOOP("Errors", "Is a directory"),
    QT_TRANSLATE_NOOP("Errors", "Not a directory"),
    QT_TRANSLATE_NOOP("Errors", "Input/output error"),
)

# Qt's own texts that the qtbase_zh_CN.qm of the PySide6 wheel lacks (Qt 6.11 added their accelerators),
# supplied by our catalogue.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

# The arrow keys as a shortcut names them (menus, Help → Keyboard Shortcuts), in our catalogue so that
# it comes before Qt's: Qt's Chinese reads Alt+左方向 (zh_CN) and Alt+左鍵, the left mouse button (zh_TW);
# the arrows are drawn as the shortcuts list draws them in its own rows (Shift+← / Shift+→).
QT_KEYS = (
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
)

# The search syntax table (viewer/core/syntax.py): forms in words and every meaning, for lupdate.
SYNTAX = (
    QT_TRANSLATE_NOOP("Syntax", "a name"),
    QT_TRANSLATE_NOOP(
        "Syntax", "that person: name, alias, pinyin (any order, tones or not), initials, given name"
    ),
    QT_TRANSLATE_NOOP("Syntax", "the name of one who neither speaks nor acts"),
    QT_TRANSLATE_NOOP("Syntax", "that person, or the text: where the name is printed"),
    QT_TRANSLATE_NOOP("Syntax", "an organisation's name"),
    QT_TRANSLATE_NOOP("Syntax", "that organisation, or the text: name, alias, Latin name, pinyin"),
    QT_TRANSLATE_NOOP("Syntax", "a role"),
    QT_TRANSLATE_NOOP(
        "Syntax", "its text, or the people holding it (a title that is the word or ends with it)"
    ),
    QT_TRANSLATE_NOOP("Syntax", "the beginning of a name"),
    QT_TRANSLATE_NOOP(
        "Syntax",
        "as you type: its text, or those whose names start with it (2+ letters or 1 character)",
    ),
    QT_TRANSLATE_NOOP("Syntax", "only people: name, alias, pinyin, initials, role or beginning"),
    QT_TRANSLATE_NOOP("Syntax", "an organisation by name or alias"),
    QT_TRANSLATE_NOOP("Syntax", "a person or an organisation"),
    QT_TRANSLATE_NOOP("Syntax", "a date"),
    QT_TRANSLATE_NOOP(
        "Syntax",
        "results whose date overlaps it; a year-less day is the latest on or before the newest article",
    ),
    QT_TRANSLATE_NOOP("Syntax", "a..b"),
    QT_TRANSLATE_NOOP("Syntax", "a date range"),
    QT_TRANSLATE_NOOP("Syntax", "dates inside the interval only"),
    QT_TRANSLATE_NOOP("Syntax", "dates wholly before or after"),
    QT_TRANSLATE_NOOP("Syntax", "text"),
    QT_TRANSLATE_NOOP("Syntax", "words of any length, Chinese or English (a last Latin word as a prefix)"),
    QT_TRANSLATE_NOOP("Syntax", '"a phrase" text: t:'),
    QT_TRANSLATE_NOOP("Syntax", "text only, never a name or a date"),
    QT_TRANSLATE_NOOP("Syntax", "-word"),
    QT_TRANSLATE_NOOP("Syntax", "leave out what contains the word"),
    QT_TRANSLATE_NOOP("Syntax", "direct or reported speech (d, r, 直接, 转述)"),
    QT_TRANSLATE_NOOP("Syntax", "date (the default) or relevance of the text"),
    QT_TRANSLATE_NOOP("Syntax", "several"),
    QT_TRANSLATE_NOOP("Syntax", "everything typed must match"),
    QT_TRANSLATE_NOOP("Syntax", "not a date"),
    QT_TRANSLATE_NOOP("Syntax", "a word written as a date that no calendar has is an error, not text"),
    QT_TRANSLATE_NOOP("Syntax", "a date being typed"),
    QT_TRANSLATE_NOOP(
        "Syntax",
        "ending with its separator or a lone 0: not yet whole, the window keeps the results before it",
    ),
)


def syntax_pairs() -> list[tuple[str, str]]:
    """viewer.core.syntax.syntax_pairs in the interface's language (the examples as they are)."""
    from ..core.syntax import syntax_rows

    eg = QCoreApplication.translate("Syntax", "e.g.")
    return [
        (
            QCoreApplication.translate("Syntax", r.form),
            f"{QCoreApplication.translate('Syntax', r.meaning)} — {eg} {'   '.join(r.examples)}",
        )
        for r in syntax_rows()
    ]


def messages(notes: list[Message]) -> list[str]:
    """Core messages (viewer.core.message.Message) in the interface's language; other texts as they are."""
    return [_say(note) for note in notes]


def _say(note: Message) -> str:
    from ..core.dates import FuzzyDate
    from ..core.message import Message, Names

    if not isinstance(note, Message):
        return str(note)
    shown = {
        k: v.label(lang())
        if isinstance(v, FuzzyDate)
        else listed(v)
        if isinstance(v, Names)
        else say(str(v))
        if k == "problem"
        else v
        for k, v in note.values.items()
    }
    return QCoreApplication.translate("Core", note.template).format(**shown)


def say(error: BaseException | str) -> str:
    """An error (or a text) from the layers below in the interface's language: a Message, or a
    one-line error worded as one of ERRORS; anything else as it is."""
    from ..core.message import Message

    note = error.args[0] if isinstance(error, BaseException) and error.args else error
    if isinstance(note, Message):
        return _say(note)
    text = str(error)
    for template, pattern in _error_patterns():
        found = pattern.fullmatch(text)
        if found:
            values = {k: say(v) if k == "problem" else v for k, v in found.groupdict().items()}
            return QCoreApplication.translate("Errors", template).format(**values)
    return text


@functools.cache
def _error_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each of ERRORS as a pattern (its fields matched as any text), the most specific first."""

    def pattern(template: str) -> re.Pattern[str]:
        seen: set[str] = set()
        parts = []
        for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
            parts.append(re.escape(literal))
            if name:
                parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
                seen.add(name)
        return re.compile("".join(parts), re.DOTALL)

    by_detail = sorted((str(t) for t in ERRORS), key=lambda t: -len(re.sub(r"\{\w+\}", "", t)))
    return [(t, pattern(t)) for t in by_detail]
