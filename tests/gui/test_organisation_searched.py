"""An organisation typed in the search box is found and said to be one (walk36: after an import whose review
renamed “Milwaukee police” 密尔沃基警方, typing 密尔沃基警方 found nothing, and who:密尔沃基警方 was summed
up as “0 人 · 1 个机构 … 人物：密尔沃基警方”, a person, leading with no people)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from viewer.gui import i18n
from viewer.pipeline.corrections import RenameOrg
from viewer.pipeline.library import read_article, save

from ..conftest import BUNDLED_DB, ROOT
from .conftest import commit_text, open_window, settle

MILWAUKEE = ROOT / "tests" / "fixtures" / "real" / "blindbr_tmj4_anderson.txt"


@pytest.fixture
def renamed_library(tmp_path: Path) -> Path:
    article = read_article(MILWAUKEE)
    police = next(o for o in article.orgs if o.name == "Milwaukee police")
    library = tmp_path / "library.db"
    save([RenameOrg(police.key, "密尔沃基警方").apply(article)], library, BUNDLED_DB)
    return library


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def _search_typed(qtbot, win, typed: str) -> None:
    """Ctrl+F, the query typed (Chinese as an input method commits it, Latin key by key), Enter."""
    win.find_action.trigger()
    field, _, name = typed.rpartition(":")
    if field:
        qtbot.keyClicks(win.search, field + ":")
    commit_text(win.search, name)
    qtbot.keyClick(win.search, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert win.search.text() == typed


def _people(win) -> list[str]:
    model = win.entity_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_renamed_organisation_typed_is_found(qtbot, settings, ask, renamed_library):
    win = open_window(qtbot, settings, ask, renamed_library)
    _search_typed(qtbot, win, "密尔沃基警方")
    qtbot.waitUntil(lambda: any(n.startswith("密尔沃基警方") for n in _people(win)))
    assert win.event_model.rowCount() + win.quote_model.rowCount() > 0
    assert "organisation: 密尔沃基警方" in win.status.text()


def test_who_an_organisation_is_said_to_be_an_organisation(qtbot, chinese, settings, ask, renamed_library):
    win = open_window(qtbot, settings, ask, renamed_library)
    _search_typed(qtbot, win, "who:密尔沃基警方")
    status = win.status.text()
    assert status.startswith("1 个机构 · "), status
    assert "人物" not in status and "密尔沃基警方" in status  # (机构：密尔沃基警方 once the catalogue has it)


def test_who_an_organisation_in_english(qtbot, settings, ask, renamed_library):
    win = open_window(qtbot, settings, ask, renamed_library)
    _search_typed(qtbot, win, "who:密尔沃基警方")
    assert win.status.text().startswith("1 organisation · 1 event · 5 quotes — organisation: 密尔沃基警方")
