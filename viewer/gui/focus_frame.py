"""A frame over a list's rows while the list holds the keyboard, in the palette's focus colour (as the
article's text and the timeline are framed): F6 to the quotes showed only a thin frame round one cell,
barely seen in the dark palette (#2b3a55 on #1c1e21)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
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


class ButtonFocus(QWidget):
    """A ring inside a push button while it holds the keyboard (reached by the keyboard, as the style's own
    focus is shown), in the palette's focus colour: Fusion outlines a dialog's default button as it outlines
    a focused one, so the review's Save looked the same with and without the keyboard (walk33, dark)."""

    def __init__(self, button: QWidget) -> None:
        super().__init__(button)
        self.setObjectName(f"{button.objectName()}FocusRing")
        self.button = button
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The button taking the keyboard by Tab shows the ring, losing it hides it; a resize places it."""
        kind = event.type()
        if kind not in (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Resize):
            return False
        try:
            by_keys = self.button.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            shown = self.button.hasFocus() and by_keys
        except RuntimeError:  # the button going away
            return False
        self.setGeometry(self.button.rect())
        self.raise_()
        self.setVisible(shown)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """A ring two pixels wide just inside the button's own outline: the outline made thick and light."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(focus_ring(self.palette()), WIDTH))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 2, 2)
