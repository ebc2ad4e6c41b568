"""All Qt lives here: models adapt the repository, widgets hold no data."""

from __future__ import annotations

import sys

import PySide6  # noqa: F401  (its support modules, shibokensupport.feature among them)


def _uses_pyside(_module: object) -> bool:
    """Every module may use PySide: none is read to find out."""
    return True


def skip_pysides_source_scan() -> None:
    """PySide reads the source of every module imported after it (inspect.getsource), looking for "PySide6"
    to know which may choose its `__feature__` options (snake_case, true_property): 48 modules on the way to
    the first page of quotes, ~5 ms, and each file's lines kept in linecache. Nothing here chooses a feature,
    so every module counts as a user without being read: a user's default is no feature, as for every
    module here."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


skip_pysides_source_scan()
