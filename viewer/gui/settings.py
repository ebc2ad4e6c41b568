"""The user's settings (QSettings) and typed reads of them."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

APP_NAME = "events-viewer"


def make_settings() -> QSettings:
    """The user's settings, or an INI file named by EVENTS_VIEWER_SETTINGS (tests, portable use)."""
    path = os.environ.get("EVENTS_VIEWER_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(APP_NAME, APP_NAME)


def text_value(settings: QSettings, key: str, default: str = "") -> str:
    """A setting as text (missing or empty gives the default)."""
    value = settings.value(key, default)
    return str(value) if value not in (None, "") else default


def list_value(settings: QSettings, key: str) -> list[str]:
    """A setting as a list of texts (an INI file stores a one-item list as a plain string)."""
    value = settings.value(key, [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def start_folder(settings: QSettings, key: str, fallback: Path | None = None) -> Path:
    """Where a file dialog starts: the folder last used for it (key), else `fallback`, else home; a
    remembered folder since removed or unplugged gives its nearest parent still there."""
    folder = Path(text_value(settings, key) or str(fallback or Path.home()))
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    return folder if folder.is_dir() else Path.home()


def documents_folder() -> Path:
    """The user's Documents folder (the system's name for it: ~/文档 on a Chinese desktop), else home."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
