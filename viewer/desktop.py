"""Install the desktop entry and icon for the current user (Linux), so a double-click opens the app."""

from __future__ import annotations

import sys
from pathlib import Path

from . import paths
from .core.atomic import write_text_atomic


def launcher() -> str:
    """The command the desktop entry runs: the installed gui-script, else this Python with -m viewer."""
    script = Path(sys.executable).parent / "events-viewer"
    return str(script) if script.exists() else f"{sys.executable} -m viewer"


def install_desktop(home: Path | None = None) -> list[Path]:
    """Write ~/.local/share/applications/events-viewer.desktop and the SVG icon; return the paths."""
    share = (home or Path.home()) / ".local" / "share"
    apps = share / "applications"
    icons = share / "icons" / "hicolor" / "scalable" / "apps"
    apps.mkdir(parents=True, exist_ok=True)
    icons.mkdir(parents=True, exist_ok=True)
    entry = (paths.resources_dir() / "events-viewer.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={launcher()} %f" if line.startswith("Exec=") else line for line in entry.splitlines()]
    desktop = apps / "events-viewer.desktop"
    write_text_atomic(desktop, "\n".join(lines) + "\n")
    desktop.chmod(0o755)
    icon = icons / "events-viewer.svg"
    write_text_atomic(icon, (paths.resources_dir() / "events-viewer.svg").read_text(encoding="utf-8"))
    return [desktop, icon]
