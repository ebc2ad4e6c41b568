"""The compiled form of regular expressions, kept between starts as Python keeps modules' bytecode.

Python compiles each regular expression from its text at every start, in Python code (its parser and
compiler), and only then hands the result to the C matcher. On the way to the first page of quotes that was
27 expressions and 15-25 ms of the GUI thread, some 12 ms of it three long ones PySide compiles while it loads
(its signature parser's), before the window shows. The compiled form depends only on the text and the flags,
so it can be kept like a module's .pyc (as gui/dataclass_code.py keeps the dataclasses' methods): `install()`
gives the `re` module a compiler that builds an expression compiled at an earlier start straight from its
kept form, and compiles (exactly as before) what it has not seen; `save()` keeps what this start used, beside
this module's bytecode. A form is kept only when building from it gives the very expression compiled (the
same code, flags and groups); a file from another Python (its magic number, its release, or `re`'s own
magic), a damaged one, or none at all only means compiling as before.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (CPython's matcher: no stubs)
import re
import sys
from pathlib import Path
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from . import kept

Key = tuple[str | bytes, int]
Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_known: dict[Key, Parts] = {}  # read from the file: each expression's text and flags, and its compiled form
_used: dict[Key, Parts] = {}  # what this start compiled or built from the file
_original: Any = None  # re's own compiler
_compiled = 0  # expressions this start had to compile (none on a start after one that saved)
_unsaved = False  # compiled since the file was last written
_recording = True  # until start-up has saved: what an import builds later from the names it reads is not kept


def cache_file() -> Path | None:
    """Where the forms are kept: beside this module's bytecode (None when Python has no place for it)."""
    return kept.beside_bytecode(__file__, "regexes")


def _header() -> bytes:
    """What a file must start with to be read: Python's bytecode magic number, its version to the release (a
    fix to re's compiler keeps the magic number) and `re`'s own."""
    import importlib.util

    return importlib.util.MAGIC_NUMBER + f"{sys.version}\n{_constants.MAGIC}\n".encode()


def _parts(pattern: str | bytes, flags: int) -> Parts:
    """The compiled form of an expression, as re's compiler makes it before the C matcher takes it."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (its opcodes are named ints: kept as ints)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, int(parsed.state.groups - 1), groupindex, tuple(indexgroup)


def _compile(pattern: Any, flags: int = 0) -> Any:
    """re's compiler, taking the form kept for the same text and flags when there is one."""
    global _compiled, _unsaved
    if type(pattern) not in (str, bytes) or flags & (re.DEBUG | re.LOCALE):  # (kept: plain texts and ints)
        return _original(pattern, flags)
    key = (pattern, int(flags))
    parts = _known.get(key)
    if parts is not None:
        try:
            compiled = _sre.compile(pattern, *parts)
        except (TypeError, ValueError, OverflowError, RuntimeError):
            parts = None
    if parts is None:
        compiled = _original(pattern, flags)
        _compiled += 1
        if not _recording:
            return compiled  # (start-up is over: nothing more is kept, so nothing to check)
        try:
            parts = _parts(pattern, flags)
            again = _sre.compile(pattern, *parts)
        except Exception:  # re's internals are not what this module knows: compiled as before, not kept
            return compiled
        groups = (again.groups, again.groupindex) == (compiled.groups, compiled.groupindex)
        # (LOCALE, set inside the expression: it may compile otherwise under another locale)
        if again != compiled or not groups or parts[0] & re.LOCALE:
            return compiled
        _unsaved = True
    if _recording:
        _used[key] = parts
    return compiled


def install() -> None:
    """re builds each expression compiled at an earlier start from its kept form."""
    global _original
    if _compiler.compile is _compile:
        return
    _known.update(_read())
    _original = _compiler.compile
    _compiler.compile = _compile


def installed() -> bool:
    """True once install() has run in this process."""
    return _compiler.compile is _compile


def compiled() -> int:
    """How many expressions this start has compiled itself."""
    return _compiled


def save() -> None:
    """Keep the forms start-up used for the next start, when it compiled some (as Python writes a .pyc: not
    when told not to write bytecode, and quietly not where it cannot). Start-up is over then: what is compiled
    later (an import's expressions, built from the names it finds) is compiled as before, not kept, so the
    file stays the size of a start's."""
    global _unsaved, _recording
    recorded, _recording = _recording, False
    used = dict(_used)
    _used.clear()
    if not recorded or not _unsaved:
        return
    _unsaved = False
    kept.write(cache_file(), _header(), used)


def _read() -> dict[Key, Parts]:
    """The forms kept by an earlier start of this Python, or nothing."""
    found = kept.read(cache_file(), _header())
    return {
        k: v
        for k, v in found.items()
        if isinstance(k, tuple) and len(k) == 2 and isinstance(v, tuple) and len(v) == 5
    }
