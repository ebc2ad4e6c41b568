"""Running a script in a Python of its own, as the start-up caches (viewer/kept.py) are tested."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT


def run(script: str, *args: str, write_bytecode: bool = True) -> str:
    """A script's output, run by a Python that writes bytecode (or not)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if not write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout
