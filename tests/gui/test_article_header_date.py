"""The article's header writes its day as the rest of the interface does: in Chinese 2026年3月7日, not the ISO
2026-03-07 the lists and the timeline never show there (walk35 #11)."""

from __future__ import annotations

import pytest
from viewer.gui import i18n

from .conftest import search_by_keys


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def _byline(qtbot, window) -> str:
    """The header's second line once a search for 吴泳铭 (typed as his initials) shows his article."""
    search_by_keys(qtbot, window, "wym")
    qtbot.waitUntil(lambda: window.article.header.text().startswith("林俊旸发文告别阿里"))
    return window.article.header.text().split("\n")[1]


def test_in_chinese_the_headers_day_is_written_as_chinese_dates_are(qtbot, chinese, window):
    assert _byline(qtbot, window).endswith(" · 2026年3月7日 11:16")
