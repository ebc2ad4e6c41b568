"""The timeline's legend: what each kind of mark means, drawn by the chart's own painting code."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ...core.dates import day_date
from .. import i18n
from .paint import PALETTE, Style, draw_band, draw_cluster, draw_dot

SAMPLE_DAY = dt.date(2026, 3, 4)
ROWS = (
    ("dot", str(QT_TRANSLATE_NOOP("Legend", "dot: a day"))),
    ("band", str(QT_TRANSLATE_NOOP("Legend", "band: a month, a year or a range of days"))),
    ("faded", str(QT_TRANSLATE_NOOP("Legend", "faded band: an approximate date (今年初, early 2026)"))),
    (
        "after",
        str(
            QT_TRANSLATE_NOOP(
                "Legend",
                "gradient: open on one side, “after 3月4日” fades to the right, “before …” to the left",
            )
        ),
    ),
    (
        "dashed",
        str(
            QT_TRANSLATE_NOOP(
                "Legend", "dashed outline: the year was inferred (the source gave only month and day)"
            )
        ),
    ),
    ("star", str(QT_TRANSLATE_NOOP("Legend", "a * after a date (lists, tooltips): the year was inferred"))),
    (
        "cluster",
        str(
            QT_TRANSLATE_NOOP(
                "Legend",
                "cluster: events too close to tell apart; click to list them, zoom in to days to stack them",
            )
        ),
    ),
)


class Sample(QWidget):
    """One mark as the chart draws it."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(84, 22)

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        color, text, base = PALETTE[0], self.palette().text().color(), self.palette().base().color()
        band = QRectF(6, 6, 72, 10)
        if self.kind == "dot":
            draw_dot(p, QPointF(42, 11), color, Style(), base)
        elif self.kind == "cluster":
            draw_cluster(p, QRectF(30, 3, 24, 16), 3, color, text, self.font(), base=base)
        elif self.kind == "star":
            p.setPen(text)
            p.drawText(
                QRectF(0, 0, 84, 22),
                Qt.AlignmentFlag.AlignCenter,
                f"{day_date(SAMPLE_DAY).label(i18n.lang())}*",
            )
        else:
            style = {
                "band": Style(),
                "faded": Style(approximate=True),
                "after": Style(modifier="after"),
                "dashed": Style(inferred=True),
            }[self.kind]
            draw_band(p, band, band.left(), band.right(), color, style, base)
        p.end()


class Legend(QFrame):
    """A popup listing each mark with what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("timelineLegend")
        self.setAccessibleName(self.tr("Timeline legend"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        for row, (kind, text) in enumerate(ROWS):
            grid.addWidget(Sample(kind, self), row, 0)
            label = QLabel(QCoreApplication.translate("Legend", text), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(label, row, 1)
