"""The one place that knows where the bundled data and resources live."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding data/ and resources/: a PyInstaller bundle's root, the copy an installed
    wheel carries in viewer/_bundled/ (setup.py puts it there), else the clone's top level."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package = Path(__file__).resolve().parent
    installed = package / "_bundled"
    return installed if installed.is_dir() else package.parent


def data_dir() -> Path:
    """data/: the bundled database and its sources."""
    return project_root() / "data"


def sources_dir() -> Path:
    """data/sources/: articles and their curated annotations."""
    return data_dir() / "sources"


def bundled_db() -> Path:
    """The bundled database (EVENTS_VIEWER_DB overrides it)."""
    override = os.environ.get("EVENTS_VIEWER_DB")
    return Path(override) if override else data_dir() / "events.db"


def resources_dir() -> Path:
    """resources/: icons and the desktop entry."""
    return project_root() / "resources"


def library_db() -> Path:
    """The user's library of imported articles, in the platform's application-data folder
    (EVENTS_VIEWER_LIBRARY overrides it)."""
    override = os.environ.get("EVENTS_VIEWER_LIBRARY")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("events-viewer", appauthor=False)) / "library.db"


def may_be_library(path: Path) -> bool:
    """False when a database cannot be the user's library, told without looking its folder up (platformdirs,
    ~2 ms on the way to the first page): the library's file name is library.db, or the override's."""
    override = os.environ.get("EVENTS_VIEWER_LIBRARY")
    return Path(path).name == (Path(override).name if override else "library.db")


def default_db() -> Path:
    """What the window and the CLI read unless told otherwise: EVENTS_VIEWER_DB, else the
    library once something has been imported, else the bundled database."""
    if os.environ.get("EVENTS_VIEWER_DB"):
        return bundled_db()
    library = library_db()
    return library if library.is_file() else bundled_db()
