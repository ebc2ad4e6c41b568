"""Desktop integration: a valid entry, a quoted Exec, no claim on SQLite files, install and uninstall."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess

import pytest
from viewer import __version__
from viewer.desktop import entry_text, install_desktop, installed_files, uninstall_desktop

from .conftest import ROOT

RESOURCES = ROOT / "resources"


def tool(name: str) -> str:
    """A validator the tests need; scripts/qt-deps.sh (run by make test) installs it."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: scripts/qt-deps.sh installs desktop-file-utils and appstream")
    return found


def entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def exec_argv(value: str) -> list[str]:
    """Undo the entry's escaping (string level, then quoting) for a plain %f-terminated Exec."""
    assert value.endswith(" %f")
    unescaped = re.sub(r"\\(.)", r"\1", value[: -len(" %f")]).replace("%%", "%")  # string level
    return [
        re.sub(r"\\(.)", r"\1", quoted) if quoted or not plain else plain  # the quoting rule
        for quoted, plain in re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', unescaped)
    ]


def test_entry_is_readable_in_english_and_chinese_and_claims_no_sqlite_files():
    fields = entry((RESOURCES / "events-viewer.desktop").read_text(encoding="utf-8"))
    assert fields["Name"] == "Events Viewer" and fields["Name[zh_CN]"]
    assert fields["Icon"] == "events-viewer" and fields["Terminal"] == "false"
    assert "sqlite" not in fields.get("MimeType", "")


@pytest.mark.parametrize("folder", ["/opt/events viewer", '/tmp/it\'s "quoted" $HOME `x` 100% \\ here'])
def test_exec_is_quoted_so_a_folder_with_spaces_or_quotes_still_runs(folder, tmp_path):
    command = [f"{folder}/events-viewer"]
    text = entry_text(command)
    assert exec_argv(entry(text)["Exec"]) == command
    (tmp_path / "events-viewer.desktop").write_text(text, encoding="utf-8")
    proc = subprocess.run([tool("desktop-file-validate"), str(tmp_path / "events-viewer.desktop")], text=True)
    assert proc.returncode == 0


def test_installed_entry_validates_and_uninstall_removes_everything(tmp_path):
    written = install_desktop(home=tmp_path, render_png=lambda size: b"\x89PNG fake %d" % size)
    assert written == installed_files(tmp_path)
    desktop = written[0]
    proc = subprocess.run([tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout
    assert exec_argv(entry(desktop.read_text(encoding="utf-8"))["Exec"])[0].endswith(
        ("events-viewer", "python")
    )
    assert (
        (tmp_path / ".local/share/icons/hicolor/256x256/apps/events-viewer.png").read_bytes().endswith(b"256")
    )
    assert uninstall_desktop(home=tmp_path) == written
    assert not any(path.exists() for path in written)


def test_install_without_a_renderer_writes_the_svg_only(tmp_path):
    written = install_desktop(home=tmp_path)
    assert [p.suffix for p in written] == [".desktop", ".xml", ".svg"]
    assert written[2].read_text(encoding="utf-8").startswith("<svg")


def test_metainfo_validates_and_names_the_entry_and_this_version():
    metainfo = RESOURCES / "events-viewer.metainfo.xml"
    proc = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert '<launchable type="desktop-id">events-viewer.desktop</launchable>' in text
    assert f'<release version="{__version__}"' in text
