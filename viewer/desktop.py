"""Install (and remove) the desktop entry, icons and AppStream metainfo for the current user (Linux)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from . import paths
from .core.atomic import atomic_path

APP = "events-viewer"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def data_home(home: Path | None = None) -> Path:
    """~/.local/share (or $XDG_DATA_HOME) of this user, or of the given home folder."""
    if home is not None:
        return home / ".local" / "share"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> list[str]:
    """The command the entry runs: the bundle's or the installed events-viewer, else python -m viewer."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / APP
    return [str(script)] if script.exists() else [sys.executable, "-m", "viewer"]


def exec_arg(arg: str) -> str:
    """One argument of Exec=, double-quoted and escaped as the Desktop Entry spec asks."""
    quoted = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + quoted.replace("%", "%%").replace("\\", "\\\\") + '"'


def entry_text(command: list[str]) -> str:
    """The desktop entry from resources/, its Exec= running this command on the file given."""
    template = (paths.resources_dir() / f"{APP}.desktop").read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(exec_arg(a) for a in command) + " %f"
    return "\n".join(exec_line if ln.startswith("Exec=") else ln for ln in template.splitlines()) + "\n"


def installed_files(home: Path | None = None) -> list[Path]:
    """Every file install_desktop writes, the entry first."""
    share = data_home(home)
    hicolor = share / "icons" / "hicolor"
    return [
        share / "applications" / f"{APP}.desktop",
        share / "metainfo" / f"{APP}.metainfo.xml",
        hicolor / "scalable" / "apps" / f"{APP}.svg",
        *(hicolor / f"{n}x{n}" / "apps" / f"{APP}.png" for n in ICON_SIZES),
    ]


def install_desktop(home: Path | None = None, render_png: Callable[[int], bytes] | None = None) -> list[Path]:
    """Write the entry, the metainfo, the SVG and (given a renderer) PNG icons; return their paths."""
    desktop, metainfo, svg, *pngs = installed_files(home)
    resources = paths.resources_dir()
    _write(desktop, entry_text(launcher()).encode("utf-8"))
    desktop.chmod(0o755)
    _write(metainfo, (resources / f"{APP}.metainfo.xml").read_bytes())
    _write(svg, (resources / f"{APP}.svg").read_bytes())
    written = [desktop, metainfo, svg]
    if render_png is not None:
        for size, png in zip(ICON_SIZES, pngs, strict=True):
            _write(png, render_png(size))
            written.append(png)
    refresh_caches(home)
    return written


def _write(target: Path, content: bytes) -> None:
    """Write a whole file atomically, creating its folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:
        tmp.write_bytes(content)


def uninstall_desktop(home: Path | None = None) -> list[Path]:
    """Remove what install_desktop wrote; return the paths removed."""
    removed = [path for path in installed_files(home) if path.exists()]
    for path in removed:
        path.unlink()
    refresh_caches(home)
    return removed


def refresh_caches(home: Path | None = None) -> None:
    """Run update-desktop-database and gtk-update-icon-cache on the user's folders, when installed."""
    share = data_home(home)
    for command in (
        ["update-desktop-database", "-q", str(share / "applications")],
        ["gtk-update-icon-cache", "-q", "-f", "-t", str(share / "icons" / "hicolor")],
    ):
        folder = Path(command[-1])
        if shutil.which(command[0]) and folder.is_dir():
            subprocess.run(command, check=False, capture_output=True)
