"""The dataclasses' generated methods, compiled once and kept between starts (gui/dataclass_code.py)."""

from __future__ import annotations

import json
from pathlib import Path

from ..kept_run import run

START = """
import json, sys
from pathlib import Path
from viewer.gui import dataclass_code
dataclass_code.cache_file = lambda: Path(sys.argv[1])
dataclass_code.install()
import viewer.gui.controller  # the quote path's records, filters, results and the rest
dataclass_code.save()
print(json.dumps({"compiled": dataclass_code.compiled()}))
"""


def start(cache: Path, write_bytecode: bool = True) -> int:
    """Texts compiled by a start that loads the quote path's modules with the cache at `cache`."""
    return json.loads(run(START, str(cache), write_bytecode=write_bytecode))["compiled"]


def test_a_start_compiles_no_method_an_earlier_start_compiled(tmp_path):
    """The first start compiles each dataclass's methods (some 140) and keeps them; the next compiles none."""
    cache = tmp_path / "dataclasses.bin"
    assert start(cache) > 100
    assert cache.is_file()
    assert start(cache) == 0


def test_nothing_is_kept_by_a_python_told_not_to_write_bytecode(tmp_path):
    """PYTHONDONTWRITEBYTECODE: as no .pyc, no file of methods."""
    cache = tmp_path / "dataclasses.bin"
    assert start(cache, write_bytecode=False) > 100
    assert not cache.exists()


def test_nothing_is_kept_where_nothing_can_be_written(tmp_path):
    """A place that cannot be written (here, under a file): the start goes on as without the file."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert start(blocker / "dataclasses.bin") > 100
    assert blocker.read_text() == "not a folder"


def test_a_damaged_or_foreign_file_only_means_compiling_as_before(tmp_path):
    """Another Python's file (its magic number), a cut one or garbage: the methods are compiled, the file
    rewritten whole."""
    cache = tmp_path / "dataclasses.bin"
    assert start(cache) > 100
    whole = cache.read_bytes()
    for damaged in (b"\x00\x01\x02\x03" + whole[4:], whole[: len(whole) // 2], b"not marshal at all"):
        cache.write_bytes(damaged)
        assert start(cache) > 100
        assert cache.read_bytes()[:4] == whole[:4]
        assert start(cache) == 0


SAME = """
import inspect, sys
from pathlib import Path
from viewer.gui import dataclass_code
if sys.argv[2] == "cached":
    dataclass_code.cache_file = lambda: Path(sys.argv[1])
    dataclass_code.install()
from dataclasses import FrozenInstanceError, dataclass, field, fields, replace
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()
    seen: list[int] = field(default_factory=list, compare=False, repr=False)
@dataclass
class Box:
    corner: Point
    name: str = "box"
p = Point(1, tags=("a",))
try:
    p.x = 2
    frozen = "no"
except FrozenInstanceError:
    frozen = "yes"
b = Box(p)
b.name = "lid"
code = Point.__init__.__code__
print(repr(p), repr(b), p == Point(1, 0, ("a",)), hash(p) == hash(Point(1, 0, ("a",))), frozen)
print(inspect.signature(Point), inspect.signature(Box), Point.__init__.__annotations__)
print(replace(p, y=3), [f.name for f in fields(Box)], Point.__init__.__qualname__, code.co_filename)
print(code.co_code.hex(), code.co_names, code.co_varnames)
"""


def test_the_methods_are_those_dataclasses_compiles(tmp_path):
    """The same code, names, annotations (not strings: no __future__ flags of the module that compiles it),
    signature and behaviour as without the cache, when the methods are compiled and when read back."""
    cache = tmp_path / "dataclasses.bin"
    runs = []
    for mode in ("plain", "cached", "cached"):
        runs.append(run(SAME + "dataclass_code.save()", str(cache), mode))
    assert cache.is_file()  # the last run took the methods from it
    assert runs[0] == runs[1] == runs[2]
    assert "<class 'int'>" in runs[0] and "Point.__init__ <string>" in runs[0] and "yes" in runs[0]
