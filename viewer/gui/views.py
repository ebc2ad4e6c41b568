"""Item views configured for models of any length: fixed row heights, so layout never walks every row."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:  # `named` serves the bare window before its first paint; the views load with the panes
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

    from ..core.filters import Filter
    from .row_table import RowTable

Q = TypeVar("Q", bound=QObject)
NO_LIMIT = 16777215  # Qt's QWIDGETSIZE_MAX: a widget's size left free


def named(obj: Q, name: str) -> Q:
    """Give an object the name tests and screen readers find it by; return it."""
    obj.setObjectName(name)
    return obj


def lazy_table(
    parent: QWidget, name: str, accessible: str, row_height: int, multi: bool = False, header: bool = True
) -> RowTable:
    """A table of rows all one height (O(1) layout at a million rows); Home and End reach its ends."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    from .row_table import RowTable

    view = named(RowTable(parent), name)
    view.setAccessibleName(accessible)
    vh = view.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(row_height)
    vh.hide()
    view.horizontalHeader().setVisible(header)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
    return view


def on_resize(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call back each time the widget is resized."""
    widget.installEventFilter(_OnResize(widget, callback))


class _OnResize(QObject):
    """Calls back when the widget it watches is resized."""

    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.callback()
        return False


class Results(Protocol):
    """A model of a session's results, as the empty-list hint reads it."""

    @property
    def complete(self) -> bool: ...

    @property
    def runner(self) -> object: ...

    @property
    def filter(self) -> Filter: ...

    def rowCount(self) -> int: ...


def empty_hint(
    view: QAbstractItemView, model: Results, name: str, matching: str, none: str
) -> Callable[[], None]:
    """A line of grey text in the middle of a list of a session's results once it is known to be empty:
    `matching` under a search (No quotes match.), `none` with everything shown; returns the function that
    brings it up to date (call it when the list's results are complete). The label is made when first
    needed (a list with rows never loads what it is made of: Qt's namespace of enums, ~20 ms)."""
    viewport = view.viewport()
    made: list[QLabel] = []

    def label() -> QLabel:
        if not made:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QLabel

            made.append(named(QLabel(viewport), name))
            made[0].setTextFormat(Qt.TextFormat.PlainText)
            made[0].setAlignment(Qt.AlignmentFlag.AlignCenter)
            made[0].setWordWrap(True)
            made[0].setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            made[0].setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return made[0]

    def refresh() -> None:
        empty = not model.rowCount() and model.complete and model.runner is not None
        said = "" if not empty else none if model.filter.is_empty() else matching
        if not said and not made:
            return
        hint = label()
        hint.setText(said)
        hint.setGeometry(viewport.rect().adjusted(12, 0, -12, 0))
        hint.setVisible(bool(said))

    viewport.installEventFilter(_OnResize(viewport, refresh))
    shown = view.model()
    for signal in (shown.modelReset, shown.rowsInserted, shown.rowsRemoved, shown.layoutChanged):
        signal.connect(refresh)
    refresh()
    return refresh


def set_named_model(view: QTableView, model: QAbstractItemModel, labels: list[str]) -> None:
    """Show a model in a table whose header names its columns from a model of Qt's own: a header asks its
    model for the names with an enum of Qt's namespace (Qt.Orientation), and a Python model answering that
    loaded the namespace (~20 ms of enums) before the quote list's first paint. (The view's model still
    answers accessibility's questions about the columns.)"""
    from PySide6.QtGui import QStandardItemModel

    header = view.horizontalHeader()
    hidden = header.isHidden()
    header.hide()  # a shown header asks the view's model for its sections' names as it is given it
    view.setModel(model)
    names = QStandardItemModel(0, len(labels), view)
    names.setHorizontalHeaderLabels(labels)
    header.setModel(names)
    header.setHidden(hidden)


class _ViewKeys(QObject):
    """An event filter answering some key presses on a view in its own way."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        from PySide6.QtGui import QKeyEvent

        return isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and self.key(event)

    def key(self, event) -> bool:
        """Handle a key press (True when handled)."""
        raise NotImplementedError

    def choose(self, index) -> None:
        """Make index the current row, selected alone, as a click does."""
        from PySide6.QtCore import QItemSelectionModel

        choose = getattr(self.view, "choose", None)  # a RowTable: Shift+keys then extend from that row
        if choose is not None:
            choose(index)
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)


class _ArrowSelectsCurrent(_ViewKeys):
    """↓ or ↑ on a list whose current row is not selected (as Qt leaves it when the list takes the focus
    from the keyboard) selects that row, instead of moving past it to the next."""

    def key(self, event) -> bool:
        from PySide6.QtCore import Qt

        if (
            event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            or event.modifiers() != Qt.KeyboardModifier.NoModifier
        ):
            return False
        current, selection = self.view.currentIndex(), self.view.selectionModel()
        if not current.isValid() or selection.isSelected(current) or selection.hasSelection():
            return False
        self.choose(current)
        return True


def arrow_selects_current(view: QAbstractItemView) -> None:
    """The first ↓ in a list reached from the keyboard selects its first row (see _ArrowSelectsCurrent)."""
    view.installEventFilter(_ArrowSelectsCurrent(view))


class _SpaceActivates(_ViewKeys):
    """Space on a list whose rows are shown, not ticked, does what Enter does: Qt's Space selects the current
    row, which a row left selected from an earlier choice already was (nothing happened)."""

    def key(self, event) -> bool:
        from PySide6.QtCore import Qt

        current = self.view.currentIndex()
        if event.key() != Qt.Key.Key_Space or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if current.isValid():
            self.view.activated.emit(current)
        return current.isValid()


def space_activates(view: QAbstractItemView) -> None:
    """Space on the list activates its current row, as Enter does (see _SpaceActivates)."""
    view.installEventFilter(_SpaceActivates(view))


class QuietStatusTips(QObject):
    """Keeps a toolbar's buttons from writing their tips over the status line: the status bar hides its
    counts for a tip, and a button clicked (Back) kept its tip there for as long as the
    pointer rested on it, in place of what the window then showed. Their tooltips stay."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.StatusTip


def quiet_status_tips(bar: QWidget) -> None:
    """No status tips from this toolbar's buttons (the menus' own tips still show)."""
    bar.installEventFilter(QuietStatusTips(bar))
