"""File → Open Recent: the databases opened last, and always the library of imported articles and the bundled
example (a walkthrough that had opened another database found no way back to the bundled one but typing its
path, inside the install)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings

from .. import paths
from .settings import list_value
from .views import named

if TYPE_CHECKING:  # the menu is made with the rest of the window, after the first page of quotes: PySide
    from PySide6.QtWidgets import QMenu, QWidget  # makes QAction's and QMenu's classes then (~0.8 ms)

KEY = "recentDatabases"
MAX_RECENT = 8


def remember(settings: QSettings, path: Path | str) -> None:
    """The database just opened: the one opened at the next start, and first of the recent ones."""
    text = str(Path(path).resolve())
    settings.setValue("database", text)
    settings.setValue(KEY, [text] + [p for p in list_value(settings, KEY) if p != text][: MAX_RECENT - 1])


def recent(settings: QSettings) -> list[Path]:
    """The recent databases still on disk, the last opened first, then the library of imported articles and
    the bundled example if not among them (eight other databases opened, the library was left to be found in
    a hidden folder)."""
    found = [Path(p) for p in list_value(settings, KEY) if Path(p).is_file()]
    always = [paths.library_db().resolve(), paths.bundled_db().resolve()]
    return found + [p for p in always if p.is_file() and p not in found]


def recent_menu(
    parent: QWidget,
    settings: QSettings,
    current: Callable[[], Path | None],
    open_path: Callable[[Path], object],
) -> QMenu:
    """The submenu, filled each time it opens; open_path(path) opens the one chosen."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    menu = named(QMenu(QCoreApplication.translate("Recent", "Open Re&cent"), parent), "openRecentMenu")

    def fill() -> None:
        menu.clear()
        now = current()
        bundled, library = paths.bundled_db().resolve(), paths.library_db().resolve()
        for number, path in enumerate(recent(settings), 1):
            if path == bundled:
                name = QCoreApplication.translate("Recent", "Bundled example ({name})").format(name=path.name)
            elif path == library:
                name = QCoreApplication.translate("Recent", "Your library ({name})").format(name=path.name)
            else:
                name = f"{path.name} — {path.parent}"
            # the entry's key: its number's last digit (1&0 for the tenth, not a second 1)
            key = f"&{number} " if number < 10 else f"{number // 10}&{number % 10} "
            action = named(QAction(key + name.replace("&", "&&"), menu), f"recentDatabase{number}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setCheckable(True)
            action.setChecked(now is not None and now.resolve() == path)
            action.triggered.connect(lambda _checked=False, p=path: open_path(p))
            menu.addAction(action)

    menu.aboutToShow.connect(fill)
    fill()
    return menu
