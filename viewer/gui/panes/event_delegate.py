"""Draws an event row with its date's precision: a day is a dot, a month or year a band."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.dates import FuzzyDate
from ...core.records import Event
from .. import colours, i18n
from ..models import PEOPLE_ROLE, RECORD_ROLE, undated
from ..timeline.paint import edge

GLYPH_W = 34
DATE_W = 150
NARROW = 420  # narrower rows put the date above the summary


def draw_date_glyph(
    painter: QPainter, rect: QRectF, date: FuzzyDate | None, color: QColor, outline: QColor | None = None
) -> None:
    """A dot for a day, a band for a month or year; faded if approximate; dashed if the year is inferred
    (outlined in the colour itself unless an outline is given)."""
    if date is None:
        painter.setPen(QPen(color, 1, Qt.PenStyle.DotLine))
        painter.drawLine(
            QPointF(rect.left() + 4, rect.center().y()), QPointF(rect.right() - 4, rect.center().y())
        )
        return
    fill = QColor(color)
    if date.approximate:
        fill.setAlphaF(0.35)
    pen = QPen(outline or color, 1.2, Qt.PenStyle.DashLine if date.year_inferred else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(fill)
    cy = rect.center().y()
    if date.precision == "day" and date.start == date.end:
        painter.drawEllipse(QPointF(rect.center().x(), cy), 4.5, 4.5)
        return
    width = {"day": 14.0, "month": 18.0, "year": rect.width() - 6}[date.precision]
    band = QRectF(rect.center().x() - width / 2, cy - 4, width, 8)
    painter.drawRoundedRect(band, 3, 3)
    if date.modifier in ("after", "before"):
        x = band.right() + 1 if date.modifier == "after" else band.left() - 1
        tip = 4 if date.modifier == "after" else -4
        painter.drawLine(QPointF(x, cy), QPointF(x + tip, cy))


class EventDelegate(QStyledItemDelegate):
    """Glyph, the date as a label and as printed, the summary, the people involved."""

    accent: QColor | None = None  # the glyphs' colour (a person's lane on the timeline), else the palette's

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(400, max(34, option.fontMetrics.height() * 2 + 8))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        event: Event | None = index.data(RECORD_ROLE)
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if event is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        outline = None
        if selected:
            ink = option.palette.highlightedText().color()
        elif self.accent is not None:  # as the timeline draws their lane's marks: its colour, an edge
            ink, outline = self.accent, edge(self.accent, option.palette.base().color())
        else:
            ink = colours.ink(option.palette)
        text_color = option.palette.highlightedText().color() if selected else option.palette.text().color()
        muted = QColor(text_color)
        muted.setAlphaF(0.6)
        draw_date_glyph(painter, QRectF(r.left() + 2, r.top(), GLYPH_W, r.height()), event.date, ink, outline)
        line = option.fontMetrics.height()
        fm = option.fontMetrics
        when = event.date.label(i18n.lang()) if event.date else undated()
        printed = f"“{event.date_text}”" if event.date_text else ""
        people = index.data(PEOPLE_ROLE) or ""
        left = r.left() + GLYPH_W + 6
        if r.width() < NARROW:  # a narrow pane: the date over the summary, both as wide as the row
            first = QRectF(left, r.top() + 3, r.right() - left - 4, line)
            rows = [
                (first, f"{when}  {printed}", muted),
                (first.translated(0, line), event.summary, text_color),
            ]
        else:
            top = QRectF(left, r.top() + 3, DATE_W, line)
            body = QRectF(top.right() + 6, r.top() + 3, r.right() - top.right() - 10, line)
            rows = [
                (top, when, text_color),
                (top.translated(0, line), printed, muted),
                (body, event.summary, text_color),
                (body.translated(0, line), people, muted),
            ]
        for rect, text, color in rows:
            painter.setPen(color)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width())),
            )
        painter.restore()
