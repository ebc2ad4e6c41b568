"""The interface's language: our translations and Qt's own, chosen by the system or by the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from .. import paths
from ..core.dates import FuzzyDate
from ..core.message import Message
from .settings import text_value

CHOICES = ("system", "zh_CN", "en")
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
    """The catalogue to load for a choice: zh_CN or en (the system's first Chinese or English language)."""
    if choice != "system":
        return choice
    for tag in (system or QLocale.system()).uiLanguages():
        if tag.lower().startswith("zh"):
            return "zh_CN"
        if tag.lower().startswith("en"):
            return "en"
    return "en"


def install(app: QCoreApplication, name: str) -> None:
    """Install the translators for zh_CN or en (replacing those installed before); the locale follows."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue, folder in ((f"{CATALOGUE}_{name}", str(i18n_dir())), (f"qtbase_{name}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(catalogue, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(name))
    _state["lang"] = "zh" if name.startswith("zh") else "en"


def lang() -> str:
    """The interface language for the Qt-free layers' dates and citations: "zh" or "en"."""
    return _state["lang"]


# The core's Message templates, for lupdate: what a query was read as (viewer/core/resolve.py), why a
# database cannot be opened (repository.py) or a file written (atomic.py).
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
    QT_TRANSLATE_NOOP("Core", "text “{text}” or who: {names} and {more:,} more"),
    QT_TRANSLATE_NOOP("Core", "text “{text}” or who: {names}"),
    QT_TRANSLATE_NOOP("Core", "database not found: {path}"),
    QT_TRANSLATE_NOOP("Core", "not a database file: {path}"),
    QT_TRANSLATE_NOOP("Core", "empty file, not an events database: {path}"),
    QT_TRANSLATE_NOOP("Core", "not an events database (no meta table): {path}"),
    QT_TRANSLATE_NOOP("Core", "cannot read database {path}: {problem}"),
    QT_TRANSLATE_NOOP("Core", "corrupt or not a SQLite database: {path} ({problem})"),
    QT_TRANSLATE_NOOP("Core", "wrong schema version {found} (this app reads {reads}): {path}"),
    QT_TRANSLATE_NOOP("Core", "wrong schema, missing tables {tables}: {path}"),
    QT_TRANSLATE_NOOP("Core", "cannot write {path}: folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("Core", "cannot write {path}: {problem}"),
)

# Qt's own texts that the qtbase_zh_CN.qm of the PySide6 wheel lacks (Qt 6.11 added their accelerators),
# supplied by our catalogue: Qt asks its own first, then ours.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def messages(notes: list[Message]) -> list[str]:
    """Core messages (viewer.core.message.Message) in the interface's language; other texts as they are."""
    return [_say(note) for note in notes]


def _say(note: Message) -> str:
    if not isinstance(note, Message):
        return str(note)
    shown = {k: v.label(lang()) if isinstance(v, FuzzyDate) else v for k, v in note.values.items()}
    return QCoreApplication.translate("Core", note.template).format(**shown)


def say(error: BaseException | str) -> str:
    """An error (or a text) from the layers below in the interface's language, when it is a Message."""
    note = error.args[0] if isinstance(error, BaseException) and error.args else error
    return _say(note) if isinstance(note, Message) else str(error)
