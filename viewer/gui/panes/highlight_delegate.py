"""Draws a cell's text with the search's matches highlighted (plain text, never markup)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..colours import highlights
from ..models import SPANS_ROLE
from .article_pane import qt_position


class HighlightDelegate(QStyledItemDelegate):
    """Elided single-line text with highlighted spans (from SPANS_ROLE)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        spans = index.data(SPANS_ROLE) or []
        if not spans:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(4, 0, -4, 0)
        shown = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        layout = QTextLayout(shown, option.font)
        layout.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        fmt = QTextCharFormat()
        colours = highlights(option.palette)
        fmt.setBackground(colours.match)
        fmt.setForeground(colours.text)
        ranges = []
        for start, end in spans:
            if start >= len(shown):
                break
            r = QTextLayout.FormatRange()
            r.start = qt_position(text, start)
            r.length = qt_position(text, min(end, len(shown))) - r.start
            r.format = fmt
            ranges.append(r)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width() + 100)
        layout.endLayout()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        y = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), y))
        painter.restore()
