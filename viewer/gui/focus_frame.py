"""A frame over a list's rows while the list holds the keyboard, in the palette's focus colour (as the
article's text and the timeline are framed): F6 to the quotes showed only a thin frame round one cell,
barely seen in the dark palette (#2b3a55 on #1c1e21)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from .colours import focus_ring

WIDTH = 2  # the frame's width, in pixels, as the article's


class FocusFrame(QWidget):
    """Drawn over the list's viewport (a child of the list, not of the viewport, so scrolling the rows does
    not move it), transparent to the mouse and the wheel; shown while the list has the keyboard."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.setObjectName(f"{view.objectName()}FocusFrame")
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)  # resized by a scroll bar coming or going

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list taking or losing the keyboard shows or hides the frame; a resize (of the list, or of its
        rows' area) places it again."""
        kind = event.type()
        if kind not in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Resize):
            return False
        try:
            focused = self.view.hasFocus()
        except RuntimeError:  # the list going away (its viewport is resized as it is taken down)
            return False
        if focused:
            self.setGeometry(self.view.viewport().geometry())
            self.raise_()
            self.show()
        else:
            self.hide()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """The four edges, in a colour standing out (3:1) from the window and the rows' base."""
        painter = QPainter(self)
        colour = focus_ring(self.palette())
        w, h = self.width(), self.height()
        for x, y, width, height in (
            (0, 0, w, WIDTH),
            (0, h - WIDTH, w, WIDTH),
            (0, 0, WIDTH, h),
            (w - WIDTH, 0, WIDTH, h),
        ):
            painter.fillRect(x, y, width, height, colour)
