"""The first window a user meets: sized to the screen, its panes sharing space by what they show.

Only used when there is no saved geometry (first launch, or settings cleared); afterwards the
window comes back as the user left it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore  # QtCore.Qt, not Qt: its namespace (~14 ms of enums) loads after the first paint
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # the window is shown before its panes (and their docks' class) are loaded
    from PySide6.QtWidgets import QDockWidget

    from .panes.timeline_pane import TimelinePane


MIN_LANES = 3
MAX_LANES = 8
MIN_QUOTE_ROWS = 6
# Lines of the font the window keeps below the timeline for a chosen person's details to be read (three rows
# of the people list, the name, three lines of roles, the tabs with three events, the dock's title), with the
# menu, tool and status bars: at 1280×720 the timeline took so much that the roles scrolled, two events showed
PEOPLE_LINES = 28


class Shares(NamedTuple):
    """Pixel sizes of the docks around the quote panel (a NamedTuple: the dataclasses module is not
    loaded before the first paint)."""

    people: int
    article: int
    timeline: int


def window_rect(available: QRect, title_bar: int = 0) -> QRect:
    """Most of the available screen (more of a small one), centred, with room above it for a title bar
    `title_bar` tall: where Qt's restoreGeometry would put it back (it moves a window down until such a title
    bar is on the screen), so that a window without one (a bare X server, no window manager) comes back
    where it was, not 3 px lower at 1280×720."""
    share = 0.94 if available.height() < 900 else 0.86
    width = min(int(available.width() * share), 2200)
    height = min(int(available.height() * share), 1400)
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    rect.moveTop(max(rect.top(), available.top() + title_bar))
    return rect


def shares(
    width: int,
    height: int,
    lanes: int,
    timeline_extra: int,
    lane_height: int,
    row_height: int,
    font_height: int,
) -> Shares:
    """Side docks by proportion; the timeline as tall as its lanes need (3 to 8), never so tall
    that fewer than six quote rows show or a chosen person's details cannot be read."""
    people = max(220, int(width * 0.2))
    article = max(300, int(width * 0.3))
    wanted = timeline_extra + max(MIN_LANES, min(lanes, MAX_LANES)) * lane_height
    floor = timeline_extra + MIN_LANES * lane_height
    return Shares(people, article, max(floor, min(wanted, timeline_room(height, row_height, font_height))))


def timeline_room(height: int, row_height: int, font_height: int) -> int:
    """The most a first window of this height gives the timeline: six quote rows and a chosen person's
    details stay readable below it."""
    return height - max(MIN_QUOTE_ROWS * row_height + 150, PEOPLE_LINES * font_height)


def first_quote_place(width: int, height: int, font_height: int) -> tuple[int, int, int, int]:
    """Where a first window of this size lays out the quote panel before its lanes are known (x, y, width,
    height; FirstWindow.apply), reckoned from the font's height without the bars and panes around it: the
    list paints its first page there before they are built. The menu bar, toolbar, status bar, a dock's
    title and the timeline's chrome grow with the font (Fusion on X11 and offscreen: a test compares it
    with the window built)."""
    row, lane, separator = font_height + 8, 24, 6  # a quote row, a one-row lane (timeline.paint.LANE_H)
    timeline_chrome = 2 * font_height + 94  # TimelinePane.chrome_height(): its toolbar, axis, overview, title
    share = shares(width, height, MIN_LANES, timeline_chrome, lane, row, font_height)
    top = (font_height + 5) + (2 * font_height + 2) + share.timeline + separator  # menu bar, toolbar
    left, right, bottom = share.people + separator, share.article + separator, font_height + 8  # status bar
    return left, top, width - left - right, height - top - bottom


class FirstWindow(QObject):
    """Sizes a window for its first launch, and the timeline once its lanes are known."""

    def __init__(
        self, window: QMainWindow, docks: dict[str, QDockWidget], timeline: TimelinePane, row_height: int
    ) -> None:
        super().__init__(window)
        self.window, self.docks, self.timeline, self.row_height = window, docks, timeline, row_height
        self.pending = False
        self.tries = 3  # times the timeline may grow for lanes its paints left hidden

    def apply(self) -> None:
        """Share the space of a window already sized to its screen (window_rect); the timeline again
        once a database is open."""
        self._share(MIN_LANES)
        self.pending = True

    def database_opened(self, lanes: int) -> None:
        """The first database is open: give the timeline the lanes it has (3 to 8), and once they are
        drawn, the rows they take (a lane holding a cluster is two rows tall)."""
        if self.pending:
            self.pending = False
            self._share(lanes)
            self.timeline.canvas.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """After the timeline's first paint with its events: room for the lanes still hidden below."""
        if event.type() == QEvent.Type.Paint:
            QtCore.QTimer.singleShot(0, self._fit_drawn_lanes)
        return False

    def _fit_drawn_lanes(self) -> None:
        """Room for the lanes the first paints left hidden, as long as six quote rows stay."""
        canvas = self.timeline.canvas
        lay = canvas.frame.layout if canvas.frame is not None else None
        if lay is None or canvas.data.pending or not lay.total:
            return  # not drawn with its events yet
        missing = min(lay.total, MAX_LANES) - len(lay.lanes)
        dock = self.docks["timelineDock"]
        room = timeline_room(self.window.height(), self.row_height, self.window.fontMetrics().height())
        # a row per lane still hidden, and once more after the next paint: a hidden lane may be two rows tall
        height = min(dock.height() + int(missing * min(lane.rect.h for lane in lay.lanes)), room)
        self.tries -= 1
        if missing <= 0 or height <= dock.height() or self.tries < 0:
            canvas.removeEventFilter(self)
            return
        self.window.resizeDocks([dock], [height], QtCore.Qt.Orientation.Vertical)

    def _share(self, lanes: int) -> None:
        w = self.window
        s = shares(
            w.width(),
            w.height(),
            lanes,
            self.timeline.chrome_height(),
            int(self.timeline.lane_height()),
            self.row_height,
            self.window.fontMetrics().height(),
        )
        docks = self.docks
        sides = [docks["personDock"], docks["articleDock"]]
        w.resizeDocks(sides, [s.people, s.article], QtCore.Qt.Orientation.Horizontal)
        w.resizeDocks([docks["timelineDock"]], [s.timeline], QtCore.Qt.Orientation.Vertical)
