"""What a start keeps for the next one beside a module's bytecode (as Python keeps a .pyc): written whole or
not at all, read only when it starts with the header of the Python that wrote it, quietly nothing where it
cannot be written or read."""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any


def beside_bytecode(module_file: str, name: str) -> Path | None:
    """The file `name` beside a module's bytecode, tagged with this Python's implementation (None when Python
    has no place for bytecode)."""
    import importlib.util  # (loaded by the caller's first use, not at every import)

    try:
        pyc = importlib.util.cache_from_source(module_file)
    except (NotImplementedError, ValueError):
        return None
    return Path(pyc).with_name(f"{name}.{sys.implementation.cache_tag}.bin")


def write(path: Path | None, header: bytes, value: Any) -> None:
    """Keep a value marshalled after its header (not when Python is told not to write bytecode)."""
    if path is None or sys.dont_write_bytecode:
        return
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(header + marshal.dumps(value))
        os.replace(tmp, path)  # whole or not at all: another start may be reading it
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()


def read(path: Path | None, header: bytes) -> dict:
    """The dict kept after this header, or an empty one (no file, another Python's, a damaged one)."""
    if path is None:
        return {}
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(header):
        return {}
    try:
        found = marshal.loads(data[len(header) :])
    except (EOFError, ValueError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}
