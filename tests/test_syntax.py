"""The search syntax shown in the app, printed by the CLI and tabled in the README is one text,
and every example in it does what it says on the bundled database."""

from __future__ import annotations

import pytest
from viewer.cli import main
from viewer.core.resolve import resolve
from viewer.core.syntax import syntax_markdown, syntax_pairs, syntax_rows, syntax_text

from .conftest import ROOT

EXAMPLES = [(row.form, example, row.error) for row in syntax_rows() for example in row.examples]


@pytest.mark.parametrize("form, example, error", EXAMPLES)
def test_every_example_finds_something_or_shows_its_mistake(repo, form, example, error):
    res = resolve(repo, example)
    if error:
        assert res.problems and repo.count_quotes(res.filter) == 0
    else:
        assert not res.problems, (form, example)
        assert repo.count_events(res.filter) + repo.count_quotes(res.filter) > 0, (form, example)


def test_the_readme_shows_the_same_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert syntax_markdown() in readme


def test_every_row_has_a_form_a_meaning_and_examples():
    rows = syntax_rows()
    assert len(rows) >= 15 and all(r.form and r.meaning and r.examples for r in rows)
    assert any(r.error for r in rows)
    pairs = syntax_pairs()  # what the window's two-column help table shows
    assert [f for f, _ in pairs] == [r.form for r in rows]
    assert "lin j" in dict(pairs)["the beginning of a name"]


def test_events_cli_search_syntax_prints_it_without_a_database(capsys, tmp_path):
    assert main(["search", "--syntax", "--db", str(tmp_path / "missing.db")]) == 0
    out = capsys.readouterr().out
    assert out == syntax_text() and "lin j" in out and "2026-13-45" in out
