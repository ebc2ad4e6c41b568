"""Build step: copy the top-level data/events.db and resources/ into the wheel as viewer/_bundled/.

They stay where the project's layout names them (one committed copy); viewer/paths.py reads
viewer/_bundled/ when it exists, the clone's folders otherwise. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ("data/events.db", "resources")


class BuildPyWithData(build_py):
    """build_py that also copies the bundled database and resources into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the clone's own folders
            return
        target = Path(self.build_lib) / "viewer" / "_bundled"
        shutil.rmtree(target, ignore_errors=True)  # a file since removed from resources/ goes too
        for name in BUNDLED:
            source, dest = HERE / name, target / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(source, dest, dirs_exist_ok=True)
            else:
                shutil.copy2(source, dest)


setup(cmdclass={"build_py": BuildPyWithData})
