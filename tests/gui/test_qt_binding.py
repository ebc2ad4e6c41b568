"""The installed Qt binding keeps Python's reference counts right while painting."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter


def test_painting_does_not_drop_references_to_none(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(10, 20, 30))
        p.drawRect(QRectF(1, 1, 5, 5))
        p.drawEllipse(QPointF(8, 8), 3, 3)
        p.drawLine(QPointF(0, 0), QPointF(9, 9))
    p.end()
    assert sys.getrefcount(None) >= before - 50, "this PySide6 build leaks None references (6.12.0 does)"
