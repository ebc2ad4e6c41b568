"""The code of the dataclasses' generated methods, kept between starts as Python keeps modules' bytecode.

`@dataclass` writes each class's __init__, __repr__, __eq__, __hash__ and (frozen) __setattr__ and
__delattr__ as source text and compiles it with exec(): on the way to the first page of quotes, 27
classes and 143 compilations, some 12 of the 14 ms the decorator took (more than a third of the quote
path's imports). The text depends only on the class's fields, so its compiled code can be kept like a
module's .pyc: `install()` gives the dataclasses module an exec() that takes the code it compiled for the
same text at an earlier start, and compiles (exactly as exec would) what it has not seen; `save()` keeps
what this start compiled, beside this module's bytecode, for the next start. A file from another Python
version (its bytecode's magic number), a damaged one, or none at all only means compiling as before.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import CodeType
from typing import Any

from .. import kept

_known: dict[str, CodeType] = {}  # read from the file: the text of each function, and its code
_used: dict[str, CodeType] = {}  # what this start compiled or took from the file
_compiled = 0  # texts this start had to compile (none on a start after one that saved)
_unsaved = False  # compiled since the file was last written


def cache_file() -> Path | None:
    """Where the code is kept: beside this module's bytecode (None when Python has no place for it)."""
    return kept.beside_bytecode(__file__, "dataclasses")


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """exec() as the dataclasses module calls it, with the code of a text compiled before when there is."""
    global _compiled, _unsaved
    if not isinstance(source, str):
        exec(source, globals, locals)
        return
    code = _known.get(source)
    if code is None:
        # What exec(text) compiles: the file name "<string>", and no __future__ flags (dont_inherit: this
        # module's own `annotations` would turn the methods' annotations into strings).
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _compiled += 1
        _unsaved = True
    _used[source] = code
    exec(code, globals, locals)


def install() -> None:
    """The dataclasses module compiles each method's text only once, across starts."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is _exec:
        return
    _known.update(_read())
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin in its globals


def installed() -> bool:
    """True once install() has run in this process."""
    dataclasses = sys.modules.get("dataclasses")
    return dataclasses is not None and getattr(dataclasses, "exec", None) is _exec


def compiled() -> int:
    """How many texts this start has compiled itself."""
    return _compiled


def save() -> None:
    """Keep the code this start used for the next one, when it compiled some since it last did (as Python
    writes a .pyc: not when told not to write bytecode, and quietly not where it cannot)."""
    global _unsaved
    if not _unsaved:
        return
    _unsaved = False
    import importlib.util

    kept.write(cache_file(), importlib.util.MAGIC_NUMBER, dict(_used))


def _read() -> dict[str, CodeType]:
    """The code kept by an earlier start of this Python, or nothing."""
    import importlib.util

    found = kept.read(cache_file(), importlib.util.MAGIC_NUMBER)
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, CodeType)}
