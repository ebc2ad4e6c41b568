"""A frame over a list's rows while the list holds the keyboard, in the palette's focus colour (as the
article's text and the timeline are framed): F6 to the quotes showed only a thin frame round one cell,
barely seen in the dark palette (#2b3a55 on #1c1e21)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from .colours import distinct_beside, focus_ring, is_dark

WIDTH = 2  # the frame's width, in pixels, as the article's


class _FocusMark(QWidget):
    """Drawn over a widget while it holds the keyboard (a child of it, transparent to the mouse and the
    wheel); where it lies and when it shows, its kinds say."""

    EVENTS: tuple[QEvent.Type, ...] = (QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Resize)

    def __init__(self, target: QWidget, suffix: str) -> None:
        super().__init__(target)
        self.setObjectName(f"{target.objectName()}{suffix}")
        self.target = target
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The widget taking or losing the keyboard shows or hides the mark; a resize places it again."""
        if event.type() in self.EVENTS:
            self._place()
        return False

    def _place(self) -> None:
        """Shown over its place, or hidden, as the widget now is."""
        try:
            shown = self._shown()
        except RuntimeError:  # the widget going away (its parts are resized as it is taken down)
            return
        if shown:
            self.setGeometry(self._area())
            self.raise_()
            self.update()  # (a frame shown both with and without the keyboard is drawn again)
        self.setVisible(shown)

    def _shown(self) -> bool:
        return self.target.hasFocus()

    def _area(self) -> QRect:
        return self.target.rect()


class FocusFrame(_FocusMark):
    """Over the list's viewport (a child of the list, not of the viewport, so scrolling the rows does not
    move it); shown while the list has the keyboard."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view, "FocusFrame")
        self.view = view
        view.viewport().installEventFilter(self)  # resized by a scroll bar coming or going

    def _area(self) -> QRect:
        return self.view.viewport().geometry()

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


class ButtonFocus(_FocusMark):
    """A ring inside a push button while it holds the keyboard (reached by the keyboard, as the style's own
    focus is shown), in the palette's focus colour: Fusion outlines a dialog's default button as it outlines
    a focused one, so the review's Save looked the same with and without the keyboard (walk33, dark)."""

    def __init__(self, button: QWidget) -> None:
        super().__init__(button, "FocusRing")
        self.button = button

    def _shown(self) -> bool:
        by_keys = self.button.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        return self.button.hasFocus() and by_keys

    def paintEvent(self, event: QPaintEvent) -> None:
        """A ring two pixels wide just inside the button's own outline: the outline made thick and light."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(focus_ring(self.palette()), WIDTH))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 2, 2)


class FieldFrame(_FocusMark):
    """A text box's frame in a dark palette, and a ring inside it while it holds the keyboard: Fusion draws
    the frame in the window's colour darkened, the base's own colour in the dark palette, so the search box
    looked like part of the toolbar, its focus one thin line (walk34). A light palette keeps Fusion's own."""

    EVENTS = (*_FocusMark.EVENTS, QEvent.Type.PaletteChange, QEvent.Type.Show)

    def __init__(self, field: QWidget) -> None:
        super().__init__(field, "Frame")
        self._place()

    def _shown(self) -> bool:
        return is_dark(self.target.palette())

    def paintEvent(self, event: QPaintEvent) -> None:
        """A frame standing out (3:1) from the window and the base; two pixels of the focus colour within it
        while the box holds the keyboard."""
        painter = QPainter(self)
        palette = self.target.palette()
        around = [palette.color(palette.ColorRole.Window), palette.color(palette.ColorRole.Base)]
        frame = distinct_beside(palette.color(palette.ColorRole.Mid), around)
        painter.setPen(QPen(frame, 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if self.target.hasFocus():
            inset = 1 + WIDTH / 2  # within the frame, the pen's middle
            painter.setPen(QPen(focus_ring(palette), WIDTH))
            painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
