"""The query parser and resolver fuzzed: whatever is typed, a result or a stated problem."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from viewer.core.query import FIELDS, tokenize, unparse
from viewer.core.repository import Repository
from viewer.core.resolve import resolve
from viewer.core.suggest import suggestions

from .conftest import FULL, Tally
from .tools import BUNDLED_DB

EXAMPLES = int(os.environ.get("FAULTS_EXAMPLES", 20_000 if FULL else 300))
VALUES = [
    "林俊旸",
    "ljy",
    "lin junyang",
    "吴",
    "阿里巴巴",
    "CEO",
    "2026",
    "2026-03",
    "3月4日",
    "..",
    "2025..2026",
    "within:",
    "-",
    '"',
    "“",
    "」",
    ":",
    "\x00",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "＂",
    "離職",
    "9" * 30,
    "2026-02-30",
    "0000-01-01",
    "9999-12-31",
    "relevance",
    "direct",
    "*",
    "NEAR(",
    "AND",
    "OR",
    "zzq",
]
_FIELD = st.sampled_from(["", "", "", *(f"{f}:" for f in FIELDS), "nofield:"])
_VALUE = st.one_of(
    st.sampled_from(VALUES), st.text(max_size=12), st.text(alphabet="0123456789-./年月日:.", max_size=12)
)
_TERM = st.builds(lambda neg, f, v: neg + f + v, st.sampled_from(["", "", "-"]), _FIELD, _VALUE)
queries = st.one_of(st.lists(_TERM, max_size=6).map(" ".join), st.text(max_size=40))

_tally = Tally("query fuzz (parser + resolver + search)")


@pytest.fixture(scope="module")
def repo():
    with Repository(BUNDLED_DB) as r:
        yield r


def _probe(repo: Repository, text: str) -> None:
    try:
        parsed = tokenize(text)
        tokenize(unparse(parsed.terms))
        res = resolve(repo, parsed)
        f = res.filter
        repo.events(f, limit=5)
        repo.quotes(f, limit=5)
        repo.count_events(f)
        repo.event_groups(f)
        if f.ranked:
            repo.quotes_at(repo.quote_rows.ranked(f, 5))
        suggestions(repo, text)
    except Exception as exc:
        _tally.add("traceback", f"{text!r}: {type(exc).__name__}: {exc}")
        return
    _tally.add("clean error" if res.problems else "handled")


@pytest.mark.kind("query fuzz")
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(text=queries)
def test_any_query_is_read_or_refused_in_words(repo, text):
    _probe(repo, text)


def test_the_fuzz_found_no_traceback():
    _tally.note(f"hypothesis, {EXAMPLES:,} queries")
    _tally.check()
