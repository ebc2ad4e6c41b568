"""Write files whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import UserError


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside target; on success it replaces target, on failure it vanishes."""
    target = Path(target)
    if not str(target) or str(target) == ".":
        raise UserError("no file name to write to")
    _check_replaceable(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UserError(f"cannot write {target}: folder {directory} does not exist")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}") from None
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        yield tmp
        try:
            os.chmod(tmp, 0o666 & ~_umask())
            os.replace(tmp, target)
        except OSError as exc:
            raise UserError(f"cannot write {target}: {exc.strerror}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _check_replaceable(target: Path) -> None:
    """Only a new path or a regular file is (re)written: never a folder, a device, a FIFO, a
    socket or a symbolic link, which a rename would replace with a plain file."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}") from None
    if stat.S_ISREG(mode):
        return
    kind = (
        "a folder"
        if stat.S_ISDIR(mode)
        else "a symbolic link"
        if stat.S_ISLNK(mode)
        else "a device, FIFO or socket"
    )
    raise UserError(f"will not write {target}: it is {kind}, not a regular file")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(target: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a whole text file atomically."""
    with atomic_path(target) as tmp:
        try:
            with open(tmp, "w", encoding=encoding, newline="") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise UserError(f"cannot write {target}: {exc.strerror}") from None
