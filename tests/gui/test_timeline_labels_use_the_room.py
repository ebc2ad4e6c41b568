"""The timeline's labels show whole where their row has room, and keep clear of the view's right edge
(walk34 #9: "U.N.-mediated talks to en…" in an empty lane; a label flush against the right edge)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from viewer.gui.main_window import MainWindow
from viewer.timeline.lanes import LABEL_GAP, LabelBox

from .conftest import search_by_keys, settle

QWEN3_NEXT = "阿里巴巴通义发布基础模型架构Qwen3-Next并开源Qwen3-Next-80B-A3B"  # 45 characters


def _labels(win: MainWindow) -> list[LabelBox]:
    """The labels of the timeline's last painted frame."""
    frame = win.timeline.canvas.frame
    return list(frame.layout.labels) if frame is not None and frame.layout is not None else []


def _repainted(qtbot, win: MainWindow) -> None:
    """Wait for a frame painted after now."""
    canvas = win.timeline.canvas
    canvas.frame = None
    canvas.update()
    qtbot.waitUntil(lambda: canvas.frame is not None)


def test_a_long_summary_alone_in_its_lane_is_shown_whole(qtbot, window):
    search_by_keys(qtbot, window, "Qwen3-Next")
    assert window.event_model.rowCount() == 1
    _repainted(qtbot, window)
    assert [lab.text for lab in _labels(window)] == [QWEN3_NEXT], "not cut at 26 characters"


def test_no_label_reaches_the_right_edge_at_any_window_width(qtbot, window):
    canvas = window.timeline.canvas
    for width in range(1000, 1700, 50):
        window.resize(width, 850)
        qtbot.waitUntil(lambda w=width: abs(window.width() - w) <= 1)
        settle(qtbot, window)
        qtbot.mouseClick(window.findChild(QWidget, "zoomFit"), Qt.MouseButton.LeftButton)  # Fit
        _repainted(qtbot, window)
        for lab in _labels(window):
            assert lab.rect.right <= canvas.width() - LABEL_GAP, (width, lab.text, lab.rect, canvas.width())
