"""Draws a cell's text with the search's matches highlighted (plain text, never markup)."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

# QtCore.Qt, QtGui.QTextLayout…: a list without highlights paints before the classes only highlights draw with
# (and Qt's namespace of enums) are loaded; PySide makes each class on first lookup.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from ..colours import Highlights, highlights
from ..models import SPANS_ROLE
from ..plaintext import qt_position

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QFont, QFontMetrics, QPainter, QTextLayout
    from PySide6.QtWidgets import QStyleOptionViewItem

LAID_KEPT = 1000  # laid-out texts kept: some screens of rows, for repaints of the same rows

Key = tuple[str, tuple[tuple[int, int], ...], int, str, int, int]


class HighlightDelegate(QStyledItemDelegate):
    """Elided single-line text with highlighted spans (from SPANS_ROLE).

    A cell's text laid out with its highlights is kept, by everything that decides it (text, spans, width,
    font, colours): a repaint of the same rows (the count arriving, the pointer, a selection) draws it again
    without laying it out, and `prepare` lays out the rows on show in the pass that brought them, ahead of
    their first paint (at a million quotes that paint took 8-15 ms under a search, ~3 ms of it this)."""

    def __init__(self, parent: QTableView) -> None:
        super().__init__(parent)
        self._laid: OrderedDict[Key, QTextLayout] = OrderedDict()

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
            style.drawControl(QtWidgets.QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(4, 0, -4, 0)
        colours = highlights(option.palette)
        layout = self._layout(text, spans, rect.width(), option.font, option.fontMetrics, colours)
        selected = bool(option.state & QtWidgets.QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        y = rect.top() + (rect.height() - layout.lineAt(0).height()) / 2
        layout.draw(painter, QtCore.QPointF(rect.left(), y))
        painter.restore()

    def prepare(self, column: int) -> None:
        """Lay out the highlighted texts of the rows on show in a column now, as their paint will ask."""
        view = self.parent()
        if not isinstance(view, QTableView) or not view.isVisible():
            return
        model, viewport = view.model(), view.viewport()
        first, last = view.rowAt(0), view.rowAt(viewport.height() - 1)
        if first < 0:
            return
        last = last if last >= 0 else model.rowCount() - 1
        texts = []
        for row in range(first, last + 1):
            index = model.index(row, column)
            spans = index.data(SPANS_ROLE)
            if spans:
                texts.append((index.data(), spans))
        if not texts:
            return
        colours = highlights(viewport.palette())
        width, font, metrics = view.columnWidth(column) - 8, view.font(), view.fontMetrics()
        laid = [self._layout(text, spans, width, font, metrics, colours) for text, spans in texts]
        # their glyphs drawn once off screen: the first paint finds them in Qt's glyph cache
        scratch = QtGui.QImage(max(1, width), metrics.height() + 4, QtGui.QImage.Format.Format_RGB32)
        painter = QtGui.QPainter(scratch)
        for layout in laid:
            layout.draw(painter, QtCore.QPointF(0, 0))
        painter.end()

    def _layout(
        self,
        text: str,
        spans: list[tuple[int, int]],
        width: int,
        font: QFont,
        metrics: QFontMetrics,
        colours: Highlights,
    ) -> QTextLayout:
        """The text elided to a width and laid out on one line with its spans highlighted (kept)."""
        key = (text, tuple(spans), width, font.key(), colours.match.rgba(), colours.text.rgba())
        found = self._laid.get(key)
        if found is not None:
            self._laid.move_to_end(key)
            return found
        shown = metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, width)
        layout = QtGui.QTextLayout(shown, font)
        layout.setTextOption(QtGui.QTextOption(QtCore.Qt.AlignmentFlag.AlignLeft))
        fmt = QtGui.QTextCharFormat()
        fmt.setBackground(colours.match)
        fmt.setForeground(colours.text)
        ranges = []
        for start, end in spans:
            if start >= len(shown):
                break
            r = QtGui.QTextLayout.FormatRange()
            r.start = qt_position(text, start)
            r.length = qt_position(text, min(end, len(shown))) - r.start
            r.format = fmt
            ranges.append(r)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width + 100)
        layout.endLayout()
        self._laid[key] = layout
        if len(self._laid) > LAID_KEPT:
            self._laid.popitem(last=False)
        return layout
