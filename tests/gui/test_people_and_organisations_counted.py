"""The status bar counts people and organisations apart (walk34 #14: “26 people” held the organisations)."""

from __future__ import annotations

import pytest
from viewer.gui import i18n
from viewer.gui.main_window import MainWindow
from viewer.gui.models import ID_ROLE

from .conftest import search_by_keys


def _kinds(win: MainWindow) -> list[str]:
    """The kind of each row the people list shows."""
    model = win.entity_model
    return [model.index(r, 0).data(ID_ROLE)[0] for r in range(model.rowCount())]


def test_the_status_bar_says_people_and_organisations_apart(qtbot, window):
    qtbot.waitUntil(lambda: window.entity_model.rowCount() == 26)
    kinds = _kinds(window)
    people, orgs = kinds.count("person"), kinds.count("org")
    assert (people, orgs) == (10, 16)
    assert window.status.text() == "10 people · 16 organisations · 15 events · 8 quotes"
    search_by_keys(qtbot, window, "ljy")
    assert window.status.text().startswith("1 person · 6 events · 3 quotes"), "no organisation: not said"


def test_one_organisation_is_counted_as_one(qtbot, window):
    search_by_keys(qtbot, window, "2026-03-07")
    kinds = _kinds(window)
    assert "org" in kinds and "person" in kinds
    status = window.status.text()
    said = f"{kinds.count('person')} {'person' if kinds.count('person') == 1 else 'people'}"
    assert status.startswith(said + " · "), status
    orgs = kinds.count("org")
    assert f" · {orgs} organisation{'s' if orgs > 1 else ''} · " in status


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def test_in_chinese_people_and_organisations_apart(qtbot, chinese, window):
    qtbot.waitUntil(lambda: window.entity_model.rowCount() == 26)
    assert window.status.text() == "10 人 · 16 个机构 · 15 个事件 · 8 条引语"
