"""The fault suite's tally: every outcome of every fault counted, printed as a table at the end."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from .tools import OUTCOMES

FULL = os.environ.get("FAULTS_FULL") == "1"  # set by `make faults`: the slow, thorough sizes
_TALLY: dict[str, Counter[str]] = defaultdict(Counter)
_HOW: dict[str, str] = {}


class Tally:
    """Outcomes of one kind of fault; the bad ones kept with what caused them."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.bad: list[str] = []

    def add(self, outcome: str, what: str = "", how: str = "") -> None:
        assert outcome in OUTCOMES, outcome
        _TALLY[self.kind][outcome] += 1
        if how and how not in _HOW.get(self.kind, ""):
            _HOW[self.kind] = f"{_HOW[self.kind]}; {how}" if self.kind in _HOW else how
        if outcome in ("traceback", "hang"):
            self.bad.append(f"{outcome}: {what}")

    def note(self, how: str) -> None:
        """How these faults were made, for the table."""
        _HOW[self.kind] = how

    def check(self) -> None:
        """Fail when any traceback or hang was counted."""
        assert not self.bad, "\n".join(self.bad[:20])


@pytest.fixture
def tally(request) -> Tally:
    """A tally for this test's kind of fault (the test's `kind` marker, else its module)."""
    marker = request.node.get_closest_marker("kind")
    return Tally(marker.args[0] if marker else request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture
def full() -> bool:
    return FULL


def table() -> str:
    """The Markdown table of outcomes per kind of fault."""
    head = "| fault | runs | " + " | ".join(OUTCOMES) + " | how |"
    rule = "|---|---:|" + "---:|" * len(OUTCOMES) + "---|"
    rows = [
        f"| {kind} | {sum(c.values()):,} | "
        + " | ".join(f"{c[o]:,}" for o in OUTCOMES)
        + f" | {_HOW.get(kind, '')} |"
        for kind, c in _TALLY.items()
    ]
    total = Counter[str]()
    for c in _TALLY.values():
        total.update(c)
    rows.append(
        f"| **all** | {sum(total.values()):,} | " + " | ".join(f"{total[o]:,}" for o in OUTCOMES) + " | |"
    )
    return "\n".join([head, rule, *rows])


def pytest_terminal_summary(terminalreporter) -> None:
    if not _TALLY:
        return
    terminalreporter.section("faults: every outcome counted")
    terminalreporter.write_line(table())
    out = os.environ.get("FAULTS_TABLE")
    if out:
        Path(out).write_text(table() + "\n", encoding="utf-8")
