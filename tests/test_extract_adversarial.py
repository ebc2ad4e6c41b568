"""A line of one character repeated tens of thousands of times (a page's spacer, a run of commas) is read
in a moment: each once took a regular expression over the whole rest of the run from every character of
it (minutes for 100,000). Extracted in a child process given a generous time: one that has not finished
then is a hang, named as such; no test here measures how long anything takes."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN = 100_000
RUNS = {
    "spaces": " ",
    "tabs": "\t",
    "ideographic spaces": "\u3000",
    "non-breaking spaces": "\u00a0",
    "enumeration commas": "、",
    "commas": ",",
    "full-width commas": "，",
    "hyphens": "-",
    "a surname and a bullet": "王•",  # (a bullet between two characters is read as a name's dot)
}
_EXTRACT = textwrap.dedent("""
    import datetime as dt, json, sys
    from pathlib import Path
    from viewer.pipeline.library import extract_article
    from viewer.pipeline.reader import read_source

    path = Path(sys.argv[1])
    line = "记者 " + sys.argv[2] * int(sys.argv[3]) + "张三"
    path.write_text("标题一行\\n2022年1月10日\\n\\n" + line + "\\n", "utf-8")
    source = read_source(path)
    found = extract_article(source, dt.date(2022, 1, 10), dt.date(2022, 1, 10))
    anchors = [e.anchor for e in found.events] + [o.anchor for q in found.quotes for o in q.occurrences]
    print(json.dumps({"anchored": all(source.text[a.start : a.end] == a.text for a in anchors)}))
""")


@pytest.mark.parametrize("char", RUNS.values(), ids=RUNS.keys())
def test_a_line_of_one_character_repeated_is_read_not_hung_on(tmp_path, char: str) -> None:
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _EXTRACT, str(tmp_path / "a.txt"), char, str(RUN // len(char))],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=90,  # it takes seconds; each once took minutes
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"extracting a line of {RUN:,} {char!r} hung")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1]) == {"anchored": True}
