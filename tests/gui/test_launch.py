"""The app's own command line: --screenshot renders a PNG."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QImage

from ..conftest import ROOT


def test_screenshot_renders_the_window_to_a_png(tmp_path, bundled_copy):
    out = tmp_path / "shot.png"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "viewer",
            "--screenshot",
            str(out),
            "--db",
            str(bundled_copy),
            "--search",
            "林俊旸",
            "--size",
            "900x600",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)


def test_screenshot_of_the_review_dialog(tmp_path):
    out = tmp_path / "review.png"
    article = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "viewer",
            "--screenshot",
            str(out),
            "--size",
            "800x500",
            "--review",
            str(article),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (800, 500)
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "viewer",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--review",
            str(tmp_path / "missing.txt"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )
    assert bad.returncode == 2 and "cannot read" in bad.stderr and "Traceback" not in bad.stderr


def test_screenshot_of_a_bad_database_fails_cleanly(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("nope")
    proc = subprocess.run(
        [sys.executable, "-m", "viewer", "--screenshot", str(tmp_path / "x.png"), "--db", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"Not a SQLite database: {bad}" in proc.stderr and "corrupt" not in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_options_for_a_screenshot_given_without_one_are_refused_not_ignored(capsys):
    """A walkthrough ran events-viewer --review FILE: the main window opened, the review never did."""
    import pytest
    from viewer.app import parse_args

    with pytest.raises(SystemExit) as exit_:
        parse_args(["--review", "a.txt", "--search", "lin"])
    assert exit_.value.code == 2
    assert "--search, --review work only with --screenshot" in capsys.readouterr().err
    assert parse_args(["--screenshot", "x.png", "--review", "a.txt"]).review


def test_a_palette_or_size_given_without_a_screenshot_is_refused_not_ignored(capsys):
    """The dark-palette walkthrough ran events-viewer --appearance dark: a light window opened, nothing said
    (--size was as silent). Both are refused without --screenshot, the palette's place in the menus named."""
    import pytest
    from viewer.app import parse_args

    with pytest.raises(SystemExit) as exit_:
        parse_args(["--appearance", "dark"])
    assert exit_.value.code == 2
    said = capsys.readouterr().err
    assert "--appearance work only with --screenshot" in said and "View → Appearance" in said
    with pytest.raises(SystemExit):
        parse_args(["--size", "1280x720"])
    assert "--size work only with --screenshot" in capsys.readouterr().err
    shot = parse_args(["--screenshot", "x.png", "--appearance", "dark"])
    assert (shot.appearance, shot.size) == ("dark", (1400, 900))
    assert (parse_args([]).appearance, parse_args(["--screenshot", "x.png"]).size) == ("system", (1400, 900))
