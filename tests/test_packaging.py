"""The wheel carries the database and resources, and works installed in a fresh venv outside the clone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from viewer import __version__

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from this checkout (pip fetches setuptools for the isolated build)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("events_viewer-*.whl")
    return built


def test_wheel_holds_the_database_and_resources(wheel):
    assert wheel.name.startswith(f"events_viewer-{__version__}-")
    with zipfile.ZipFile(wheel) as whl:
        names = set(whl.namelist())
        assert whl.read("viewer/_bundled/data/events.db") == (ROOT / "data" / "events.db").read_bytes()
    for resource in (ROOT / "resources").rglob("*"):
        if resource.is_file():
            assert f"viewer/_bundled/{resource.relative_to(ROOT).as_posix()}" in names
    assert "viewer/app.py" in names and "viewer/gui/icons.py" in names


@pytest.mark.parametrize("module", ["viewer", "viewer.cli"])
def test_both_commands_print_their_version(module):
    proc = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip().endswith(__version__)


@pytest.mark.slow
def test_installed_wheel_searches_and_renders_from_another_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--quiet",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "EVENTS_VIEWER_DB"}
    env.update(HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(venv / "bin" / argv[0]), *argv[1:]], cwd=elsewhere, env=env, capture_output=True, text=True
        )

    search = run("events-cli", "search", "林俊旸", "--format", "json")
    assert search.returncode == 0, search.stderr
    assert any(p["name"] == "林俊旸" for p in json.loads(search.stdout)["persons"])
    shot = run("events-viewer", "--screenshot", "shot.png", "--search", "林俊旸")
    assert shot.returncode == 0, shot.stderr
    assert (elsewhere / "shot.png").read_bytes().startswith(b"\x89PNG")
    assert run("events-viewer", "--version").stdout.strip() == f"events-viewer {__version__}"
    desktop = run("events-viewer", "--install-desktop")
    assert desktop.returncode == 0, desktop.stderr
    entry = (tmp_path / "home/.local/share/applications/events-viewer.desktop").read_text(encoding="utf-8")
    assert f'Exec="{venv}/bin/events-viewer" %f' in entry
