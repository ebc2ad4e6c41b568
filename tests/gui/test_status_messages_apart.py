"""The status line and a notice beside it stay apart: after File → Open under a search that found nothing,
“…not articles' whole tex” ran into “Opened w36copy.db — the search is still on…” (walk36 b12)."""

from __future__ import annotations

import shutil

from .conftest import search, settle


def test_a_cut_status_line_ends_in_an_ellipsis_apart_from_the_notice(
    qtbot, window, ask, bundled_copy, tmp_path
):
    window.resize(1000, 720)  # offscreen letters are narrower than the walkthrough's
    search(qtbot, window, "qqzzyyxx")
    said = window.status.toolTip()
    assert said.startswith("Nothing matches") and said.endswith("not articles' whole text")
    other = tmp_path / "w36copy.db"
    shutil.copy(bundled_copy, other)
    ask.open_answer = other
    with qtbot.waitSignal(window.controller.sessionChanged, timeout=5000):
        window.open_action.trigger()  # File → Open
    settle(qtbot, window)
    assert window.notice.text().startswith("Opened w36copy.db — the search is still on")
    qtbot.waitUntil(lambda: window.notice.width() >= window.notice.sizeHint().width())
    shown, room = window.status.text(), window.status.contentsRect().width()
    assert window.status.fontMetrics().horizontalAdvance(shown) <= room, "cut bare at the edge"
    assert shown != said and shown.endswith("…") and said.startswith(shown[:-1]), shown
    rule = window.notice_rule
    assert rule.isVisible(), "nothing between the two"
    assert window.status.geometry().right() < rule.geometry().left() < window.notice.geometry().left()
