"""Regular expressions compiled once and kept between starts (viewer/regex_code.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .kept_run import run

START = """
import json, sys
from pathlib import Path
from viewer import regex_code
regex_code.cache_file = lambda: Path(sys.argv[1])
regex_code.install()
import viewer.core.dates, viewer.core.names, viewer.core.text, viewer.core.query, viewer.core.resolve
import argparse, string, logging, textwrap, tokenize
regex_code.save()
print(json.dumps({"compiled": regex_code.compiled()}))
"""


def start(cache: Path, write_bytecode: bool = True) -> int:
    """Expressions compiled by a start that loads modules compiling some, with the kept forms at `cache`."""
    return json.loads(run(START, str(cache), write_bytecode=write_bytecode))["compiled"]


def test_a_start_compiles_no_expression_an_earlier_start_compiled(tmp_path):
    """The first start compiles each expression and keeps its form; the next compiles none."""
    cache = tmp_path / "regexes.bin"
    assert start(cache) > 5
    assert cache.is_file()
    assert start(cache) == 0


def test_nothing_is_kept_by_a_python_told_not_to_write_bytecode(tmp_path):
    """PYTHONDONTWRITEBYTECODE: as no .pyc, no file of expressions."""
    cache = tmp_path / "regexes.bin"
    assert start(cache, write_bytecode=False) > 5
    assert not cache.exists()


def test_nothing_is_kept_where_nothing_can_be_written(tmp_path):
    """A place that cannot be written (here, under a file): the start goes on as without the file."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert start(blocker / "regexes.bin") > 5
    assert blocker.read_text() == "not a folder"


def test_a_damaged_or_foreign_file_only_means_compiling_as_before(tmp_path):
    """Another Python's file (its magic number or release), a cut one or garbage: the expressions are
    compiled, the file rewritten whole."""
    cache = tmp_path / "regexes.bin"
    assert start(cache) > 5
    whole = cache.read_bytes()
    other_release = whole.replace(sys.version.encode(), b"3.11.0 (another release)", 1)
    for damaged in (b"\x00\x01\x02\x03" + whole[4:], other_release, whole[: len(whole) // 2], b"garbage"):
        cache.write_bytes(damaged)
        assert start(cache) > 5
        assert cache.read_bytes() == whole
        assert start(cache) == 0


SAME = r"""
import re, sys
from pathlib import Path
from viewer import regex_code
if sys.argv[2] == "kept":
    regex_code.cache_file = lambda: Path(sys.argv[1])
    regex_code.install()
cases = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)?", 0, "2026-03 and 2025-"),
    (r"林俊旸|[一二三四五六七八九十]+月", 0, "十二月 林俊旸"),
    (r"\bqwen\b", re.IGNORECASE, "QWEN qwen Qwen"),
    (r"(?x) a b  # a comment\n | c", 0, "ab c"),
    (r"(?s)x.y", re.MULTILINE, "x\ny"),
    (rb"\d+(?=px)", 0, b"12px 3em"),
    (r"(?a)\w+", 0, "é and e"),
    (r"(a)(?:b)(?P<c>c)?", 0, "ab abc"),
]
for text, flags, sample in cases:
    p = re.compile(text, flags)
    found = [m.groupdict() or m.groups() or m.group() for m in p.finditer(sample)]
    print(p.pattern, p.flags, p.groups, dict(p.groupindex), found, p.sub(lambda m: sample[:0], sample))
print(regex_code.compiled() if regex_code.installed() else "plain")
"""


def test_the_expressions_are_those_re_compiles(tmp_path):
    """The same pattern, flags, groups and matches as without the kept forms, when the expressions are
    compiled and when built from their forms."""
    cache = tmp_path / "regexes.bin"
    plain = run(SAME, str(cache), "plain").splitlines()
    compiled = run(SAME + "regex_code.save()", str(cache), "kept").splitlines()
    kept = run(SAME, str(cache), "kept").splitlines()
    assert plain[:-1] == compiled[:-1] == kept[:-1]
    assert (plain[-1], int(compiled[-1]) >= 8, kept[-1]) == ("plain", True, "0")


def test_a_locale_expression_and_a_debugged_one_are_compiled_each_time(tmp_path):
    """re.LOCALE compiles by the locale in use, re.DEBUG prints as it compiles: neither is kept."""
    script = (
        "import re, sys\nfrom pathlib import Path\nfrom viewer import regex_code\n"
        "regex_code.cache_file = lambda: Path(sys.argv[1])\nregex_code.install()\n"
        "re.compile(rb'\\w+', re.LOCALE)\nre.compile(rb'(?L)[a-z]+')\nre.compile('x', re.DEBUG)\n"
        "regex_code.save()\nprint(sorted(regex_code._used))\n"
    )
    cache = tmp_path / "regexes.bin"
    assert run(script, str(cache)).splitlines()[-1] == "[]"
    assert not cache.exists()


WINDOW = """
import sys, types
from viewer import app, regex_code
seen = []
install = regex_code.install
regex_code.install = lambda: (seen.append("PySide6" in sys.modules), install())
launch = types.ModuleType("viewer.gui.launch")
launch.run = lambda args: 0
sys.modules["viewer.gui.launch"] = launch
app.main(["--db", "x.db"])
print("installed:", regex_code.installed(), "before PySide:", seen == [False])
"""


def test_the_window_builds_its_expressions_from_their_forms_from_before_pyside_loads():
    """PySide compiles its longest expressions while it loads: the window's start installs the kept forms
    before it imports PySide."""
    assert run(WINDOW).strip() == "installed: True before PySide: True"


LATER = """
import re, sys
from pathlib import Path
from viewer import regex_code
regex_code.cache_file = lambda: Path(sys.argv[1])
regex_code.install()
re.compile(r"start-up's (\\w+)")
regex_code.save()  # start-up has settled
for name in ("Omar Sanseviero", "林俊旸", "Hui Binyuan"):
    re.compile(re.escape(name) + r"\\b")  # an import's, built from the names it finds
regex_code.save()  # the window closes
print(sorted(p for p, _flags in regex_code._read()))
"""


def test_only_what_start_up_compiled_is_kept(tmp_path):
    """Expressions compiled once start-up has saved (an import builds some from each name it finds) are
    compiled as before and not kept: the file stays the size of a start's."""
    cache = tmp_path / "regexes.bin"
    assert run(LATER, str(cache)).strip() == '["start-up\'s (\\\\w+)"]'


LATER_COST = """
import re, sys
from pathlib import Path
from viewer import regex_code
regex_code.cache_file = lambda: Path(sys.argv[1])
regex_code.install()
regex_code.save()
calls = []
regex_code._parts = lambda *a: calls.append(a)
re.compile("after start-up (\\\\d+)")
print(len(calls))
"""


def test_an_expression_compiled_after_start_up_is_compiled_once(tmp_path):
    """Once start-up has saved, nothing more is kept, so an expression is not compiled a second time to be
    checked (the extractor's hundreds, imported at the first import, cost what they cost before)."""
    assert run(LATER_COST, str(tmp_path / "regexes.bin")).strip() == "0"
