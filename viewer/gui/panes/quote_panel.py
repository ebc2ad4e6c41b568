"""The quote panel: speaker, date, direct/reported and the text; several can be selected."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QVBoxLayout, QWidget

from ..models import ID_ROLE, QuoteModel, published_label
from ..views import arrow_selects_current, empty_hint, lazy_table, set_named_model
from .highlight_delegate import HighlightDelegate

# Names as long as most speakers': three in four Latin names of people in the real test articles have at
# most 15 letters, Chinese ones 3 characters (organisations some 6). The Speaker column shows them whole.
TYPICAL_NAMES = ("Omar Sanseviero", "阿里巴巴集团")


OLD_SPEAKER_WIDTH = 104  # the Speaker column's default width until it was made to fit a name
OLD_DATE_WIDTH = 128  # the Date column's, until it was made to fit an undated quote's publication day


class QuotePanel(QWidget):
    """A lazy table of quotes; choosing one reports its id."""

    quoteChosen = Signal(int)

    def __init__(self, model: QuoteModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotePanel")
        self.setAccessibleName(self.tr("Quotes"))
        self.model = model
        self.view = lazy_table(
            self, "quoteView", self.tr("Quote list"), self.fontMetrics().height() + 8, multi=True
        )
        set_named_model(self.view, model, model.column_labels())
        arrow_selects_current(self.view)
        self.highlighter = HighlightDelegate(self.view)
        self._highlighting = False  # the quote column is drawn by Qt's own delegate until a search's matches
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        widths = (self._date_width(), self._speaker_width(), 66)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        # The quotes are what the window is for: made narrow or short, it takes the room from the docks
        # around them first (the list kept some 200 px of quote text and six rows; it went first).
        # (the Date column's room for an undated quote's publication day is taken from those 200 px of text,
        # not from the docks: a narrow window's layout stays as it was)
        self.setMinimumSize(OLD_DATE_WIDTH + sum(widths[1:]) + 200, (self.fontMetrics().height() + 8) * 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._highlight)  # (first: the view lays out its new rows after it)
        # New rows (and the rest of a count) are laid out at once, not by the view's timer a pass later:
        # that repainted the whole list a second time (6-8 ms at a million quotes), in the same repaint as
        # whatever the next result changed.
        model.modelReset.connect(self.view.executeDelayedItemsLayout)
        model.rowsInserted.connect(self.view.executeDelayedItemsLayout)
        model.modelReset.connect(self.view.scrollToTop)
        hint = empty_hint(
            self.view, model, "quotesEmpty", self.tr("No quotes match."), self.tr("No quotes yet.")
        )
        model.completed.connect(hint)

    def _highlight(self) -> None:
        """The quote column is drawn by the highlighting delegate while its rows are a text search's, whose
        matches it highlights, and by Qt's own otherwise: the same pixels (it hands a row without matches to
        Qt's), without a call into Python for each row (the first page at a million quotes was painted 1-2 ms
        sooner, and PySide's QPainter class is made after it). The new rows' highlighted texts are laid out in
        this pass, not in their first paint (a frame less full; the paint draws the same layouts)."""
        highlighting = bool(self.model.shown.result.filter.text_terms)
        if highlighting != self._highlighting:
            self._highlighting = highlighting
            delegate = self.highlighter if highlighting else None  # None: the view's own (Qt's)
            self.view.setItemDelegateForColumn(3, delegate)  # type: ignore[arg-type]  # (None is allowed)
        if highlighting:
            self.highlighter.prepare(3)

    def restore_header(self, state) -> None:
        """The columns as they were left; a Speaker column still at the width it had by default before it
        was made to fit a name is given the new one (a saved layout kept cutting “Omar Sanseviero”)."""
        header = self.view.horizontalHeader()
        header.restoreState(state)
        if header.sectionSize(1) == OLD_SPEAKER_WIDTH:
            header.resizeSection(1, self._speaker_width())
        if header.sectionSize(0) == OLD_DATE_WIDTH:
            header.resizeSection(0, self._date_width())

    def _date_width(self) -> int:
        """Room for the longest date most quotes show (after 2026-03-04*) and for the day an undated
        quote's article was published (published 2026-03-07, muted): whole, not “published 2026-0…”."""
        day = published_label("2026-03-07*")
        published = QCoreApplication.translate("QuoteModel", "published {day}").format(day=day)
        text = max(self.view.fontMetrics().horizontalAdvance(t) for t in (published, "after 2026-03-04*"))
        return max(OLD_DATE_WIDTH, text + self._text_margins() + 2)

    def _speaker_width(self) -> int:
        """Room for a name as long as most are, whole (104 px cut “Omar Sanseviero” at 1280×720): the name,
        the style's margins either side of a cell's text (its focus frame's margin + 1) and 2 px."""
        name = max(self.view.fontMetrics().horizontalAdvance(n) for n in TYPICAL_NAMES)
        return max(OLD_SPEAKER_WIDTH, name + self._text_margins() + 2)

    def _text_margins(self) -> int:
        """The style's margins either side of a cell's text, as a delegate's size for a text tells them: not
        asked of the style itself, whose class PySide makes with its ~650 enum values (~6 ms) the first time
        Python meets one (the list's first page is painted without it)."""
        option = QStyleOptionViewItem()  # (in the application's font: the margins are the same in any)
        option.widget, option.text = self.view, TYPICAL_NAMES[0]
        option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        size = self.highlighter.sizeHint(option, QModelIndex())
        return size.width() - ceil(QFontMetricsF(option.fontMetrics).horizontalAdvance(option.text))

    def _selection_changed(self, *_args) -> None:
        current = self.view.currentIndex()
        if current.isValid() and self.view.selectionModel().isRowSelected(current.row(), QModelIndex()):
            quote_id = current.data(ID_ROLE)
            if quote_id is not None:
                self.quoteChosen.emit(int(quote_id))

    def selected_quote_ids(self) -> list[int]:
        """Ids of the selected quotes, in list order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.index(r, 0).data(ID_ROLE) for r in rows]
        return [int(i) for i in ids if i is not None]

    def select_quote(self, quote_id: int | None) -> None:
        """Make a loaded quote current without reporting it again; with none chosen (or one the list does
        not show) no row stays selected: Back kept the last quote's row, and Copy took it."""
        row = self.model.row_of_id(quote_id) if quote_id is not None else None
        sm = self.view.selectionModel()
        if row is None:
            if sm.hasSelection():
                sm.blockSignals(True)
                sm.clearSelection()  # the current row stays: the arrows go on from where they were
                sm.blockSignals(False)
                self.view.viewport().update()
            return
        index = self.model.index(row, 0)
        if sm.isRowSelected(row, QModelIndex()):  # (never selectedRows(): a row each, of a million selected)
            return
        sm.blockSignals(True)
        self.view.choose(index)  # Shift+End then extends from this quote
        sm.blockSignals(False)
        self.view.viewport().update()
        self.view.scrollTo(index)
