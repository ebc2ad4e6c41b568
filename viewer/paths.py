"""The one place that knows where the bundled data and resources live."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def project_root() -> Path:
    """The folder holding viewer/, data/ and resources/ (or a PyInstaller bundle's root)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


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
