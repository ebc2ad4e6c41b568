"""What packaging/events-viewer.spec and install.sh rely on, checked without building the bundle
(make bundle-test builds and runs the real one)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

from viewer import __version__

from .conftest import ROOT

PACKAGING = ROOT / "packaging"


def test_the_spec_compiles_and_its_inputs_exist():
    spec = (PACKAGING / "events-viewer.spec").read_text(encoding="utf-8")
    compile(spec, "events-viewer.spec", "exec")
    for name in (
        "entry_viewer.py",
        "entry_cli.py",
        "rthook_fonts.py",
        "fonts.conf",
        "install.sh",
        "README.txt",
    ):
        assert (PACKAGING / name).is_file(), name
        assert name in spec or name in (ROOT / "scripts" / "bundle.sh").read_text(encoding="utf-8")
    assert (ROOT / "data" / "events.db").is_file() and (ROOT / "resources" / "events-viewer.svg").is_file()


def test_fonts_conf_keeps_the_system_fonts_and_adds_its_own_folder():
    root = ET.parse(PACKAGING / "fonts.conf").getroot()
    assert root.find("include").text == "/etc/fonts/fonts.conf"
    assert root.find("dir").get("prefix") == "relative"


def test_the_font_hook_points_fontconfig_at_the_bundled_conf(tmp_path):
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "fonts.conf").write_text("<fontconfig/>")
    code = f"import sys, os; sys._MEIPASS = {str(tmp_path)!r}; exec(open(sys.argv[1]).read()); "
    code += "print(os.environ['FONTCONFIG_FILE'])"
    env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(PACKAGING / "rthook_fonts.py")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert out.stdout.strip() == str(tmp_path / "fonts" / "fonts.conf"), out.stderr


def test_the_entry_scripts_start_both_commands():
    for script, name in (("entry_viewer.py", "events-viewer"), ("entry_cli.py", "events-cli")):
        proc = subprocess.run(
            [sys.executable, str(PACKAGING / script), "--version"], capture_output=True, text=True
        )
        assert proc.stdout.strip() == f"{name} {__version__}", proc.stderr


FAKE_APP = textwrap.dedent("""\
    #!/bin/sh
    case "$1" in
        --install-desktop) mkdir -p "$HOME/.local/share"; touch "$HOME/.local/share/e.desktop" ;;
        --uninstall-desktop) rm -f "$HOME/.local/share/e.desktop" ;;
        --version) echo "events-cli 9.9" ;;
    esac
    """)


def fake_bundle(folder: Path) -> Path:
    """An unpacked tarball whose two commands only record what install.sh asks of them."""
    (folder / "_internal").mkdir(parents=True)
    for name in ("events-viewer", "events-cli"):
        (folder / name).write_text(FAKE_APP)
        (folder / name).chmod(0o755)
    (folder / "install.sh").write_bytes((PACKAGING / "install.sh").read_bytes())
    (folder / "install.sh").chmod(0o755)
    return folder / "install.sh"


def run_sh(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    return subprocess.run(["sh", str(script), *args], env=env, capture_output=True, text=True)


def test_install_sh_installs_for_the_user_and_uninstalls_everything(tmp_path):
    home = tmp_path / "home"
    installed = run_sh(fake_bundle(tmp_path / "events-viewer-9.9-linux-x86_64"), home)
    assert installed.returncode == 0, installed.stderr
    prefix = home / ".local/opt/events-viewer"
    assert (prefix / "_internal").is_dir() and (prefix / "install.sh").is_file()
    assert os.readlink(home / ".local/bin/events-cli") == str(prefix / "events-cli")
    assert (home / ".local/share/e.desktop").exists()
    assert "installed events-viewer 9.9" in installed.stdout
    assert run_sh(fake_bundle(tmp_path / "again"), home).returncode == 0  # an upgrade replaces it
    removed = run_sh(prefix / "install.sh", home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not prefix.exists() and not (home / ".local/bin/events-cli").is_symlink()
    assert not (home / ".local/share/e.desktop").exists()


def test_install_sh_never_removes_a_folder_that_is_not_its_own(tmp_path):
    home = tmp_path / "home"
    foreign = home / ".local/opt/events-viewer"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("mine")
    proc = run_sh(fake_bundle(tmp_path / "bundle"), home, "--uninstall")
    assert proc.returncode == 1 and "left alone" in proc.stderr
    assert (foreign / "notes.txt").read_text() == "mine"
    assert run_sh(fake_bundle(tmp_path / "b2"), home, "--bogus").returncode == 2
