"""The person pane: everyone (persons and organisations), and the chosen one's roles, events and quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.records import Quote, Role
from .. import i18n
from ..models import (
    ID_ROLE,
    RECORD_ROLE,
    EntityModel,
    EventModel,
    QuoteModel,
    published_label,
    who_label,
)
from ..timeline.paint import lane_color
from ..views import (
    arrow_selects_current,
    empty_hint,
    lazy_table,
    named,
    on_resize,
    set_named_model,
    space_activates,
)
from .event_delegate import EventDelegate

if TYPE_CHECKING:
    from ..controller import Detail


def _plain_label(name: str, parent: QWidget) -> QLabel:
    label = named(QLabel(parent), name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _arrived(model: EventModel | QuoteModel) -> bool:
    """True once the chosen one's list has come: its first rows, or that it has none (an empty list set to
    their filter while it is asked for has not)."""
    return model.shown.result.filter == model.filter and (model.rowCount() > 0 or model.complete)


class DayOnly(QStyledItemDelegate):
    """An undated quote's publication day without the word “published” (its muted colour and its tooltip say
    so): in the narrow pane the word took the room of the quote's own words."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        quote = index.data(RECORD_ROLE)
        if isinstance(quote, Quote) and not quote.date and published_label(quote.published):
            option.text = published_label(quote.published)


def _known_as(detail: Detail) -> tuple[str, str, str]:
    """Someone as a reader knows them, in any database: kind and names (an id is one database's own)."""
    kind, entity_id = detail.who
    record = detail.person if kind == "person" else detail.org
    return (kind, record.name, record.name_latin) if record is not None else (kind, "", str(entity_id))


class FittedScroll(QScrollArea):
    """As tall as its text where the pane has room for it; scrolls it where the pane is short. It takes the
    keyboard (Tab, for ↑/↓ to scroll) only while there is something to scroll: a scroll area takes it by
    default, and Tab from the people list stopped on the chosen one's few lines with nothing to show
    where the keyboard was (the window frames it when it does hold it)."""

    def __init__(self, inner: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # (taking the keyboard until first shown: the window orders Tab through it before then)
        self.verticalScrollBar().rangeChanged.connect(lambda _low, high: self._scrolls(high))

    def _scrolls(self, high: int) -> None:
        scrolls = high > 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)
        if not scrolls and self.hasFocus():  # its text now fits: the keyboard goes on to the tabs
            self.focusNextChild()

    def sizeHint(self) -> QSize:
        inner = self.widget()
        height = inner.heightForWidth(self.viewport().width()) if inner is not None else 0
        return QSize(super().sizeHint().width(), max(0, height))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, min(self.sizeHint().height(), self.fontMetrics().height() * 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # a new width wraps the text to another height
        self._scrolls(self.verticalScrollBar().maximum())


ARTICLES_TAB = 2  # the tabs: their events, their quotes, the articles their roles are printed in


class PersonPane(QWidget):
    """List of everyone above, details of the chosen person or organisation below."""

    whoChosen = Signal(str, int)
    eventChosen = Signal(int)
    quoteChosen = Signal(int)
    articleChosen = Signal(int)  # an article the chosen person's roles are printed in (a credit line)

    def __init__(
        self,
        model: EntityModel,
        their_events: EventModel,
        their_quotes: QuoteModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.events_model, self.quotes_model = their_events, their_quotes
        self.setObjectName("personPane")
        self.setAccessibleName(self.tr("People"))
        self.model = model
        self.list = named(QListView(self), "personList")
        self.list.setAccessibleName(self.tr("People and organisations"))
        self.list.setModel(model)
        arrow_selects_current(self.list)
        self.list.setUniformItemSizes(True)
        # Laid out a thousand rows per turn of the event loop: Qt's list layout visits every row (8 ms for
        # the 5,000 people a prefix finds), which in one go would stall the keystroke that found them.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(1000)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list.viewport().installEventFilter(self)  # a list shrunk under its chosen row shows it again
        self.list.installEventFilter(self)  # End: the last of everyone, not of the rows paged in
        # new people (another database, a new search) from their first row, as the other lists: the list
        # kept the place it had scrolled to in the database opened before (walkthrough)
        model.modelReset.connect(self.list.scrollToTop)
        model.completed.connect(
            empty_hint(self.list, model, "peopleEmpty", self.tr("Nobody matches."), self.tr("Nobody yet."))
        )
        self.splitter = named(QSplitter(Qt.Orientation.Vertical, self), "personSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self._detail_widget())
        self.splitter.setSizes([200, 400])
        self._detail_sizes: list[int] = []
        self._empty_height: int | None = None
        self._saved_split: QByteArray | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _detail_widget(self) -> QWidget:
        box = QWidget(self)
        self.name = _plain_label("personName", box)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.info = _plain_label("personInfo", box)
        self.info_scroll = named(FittedScroll(self.info, box), "personInfoScroll")
        # what a screen reader says when Tab stops on the lines (it said nothing: a scroll area has no text)
        self.info_scroll.setAccessibleName(self.tr("Roles and note"))
        for model in (self.events_model, self.quotes_model):  # their rows arrive from the worker
            model.modelReset.connect(self._count_tabs)
            model.rowsInserted.connect(lambda *_: self._count_tabs())
        line = self.fontMetrics().height()
        self.events_view = lazy_table(
            box, "personEvents", self.tr("Their events"), line * 2 + 10, header=False
        )
        self.events_view.setModel(self.events_model)
        self.events_delegate = EventDelegate(self.events_view)
        self._who: tuple[str, int] | None = None  # whose details are shown
        self._shown_in: int | None = None  # (the opening of a database they were read in)
        self._lanes = "people"
        self.events_view.setItemDelegate(self.events_delegate)
        self.events_view.clicked.connect(lambda i: self._report(i, self.eventChosen))
        self.quotes_view = lazy_table(box, "personQuotes", self.tr("Their quotes"), line + 8)
        set_named_model(self.quotes_view, self.quotes_model, self.quotes_model.column_labels())
        self._fit_quote_columns()
        self.quotes_view.clicked.connect(lambda i: self._report(i, self.quoteChosen))
        # two rows shown, the rest scrolled: the pane's minimum holds them (minimumSizeHint), so opening the
        # details takes no room from the timeline above
        for view in (self.events_view, self.quotes_view):
            header = (
                view.horizontalHeader().sizeHint().height()
                if view.horizontalHeader().isVisibleTo(view)
                else 0
            )
            view.setMinimumHeight(
                2 * view.verticalHeader().defaultSectionSize() + header + 2 * view.frameWidth()
            )
        for view, signal in ((self.events_view, self.eventChosen), (self.quotes_view, self.quoteChosen)):
            # chosen from the keyboard too, as in the other lists: the arrows moved the highlight through
            # a person's events and quotes and chose none of them (only a click did)
            arrow_selects_current(view)
            view.selectionModel().selectionChanged.connect(
                lambda *_args, view=view, signal=signal: self._chosen_in(view, signal)
            )
        for view, model in ((self.events_view, self.events_model), (self.quotes_view, self.quotes_model)):
            model.modelReset.connect(view.scrollToTop)  # another person's rows from their first, not where
            # the last one's were scrolled to
        for view, model, name, none in (  # a blank list read as not loaded yet (walkthrough)
            (self.events_view, self.events_model, "personEventsEmpty", self.tr("No events.")),
            (self.quotes_view, self.quotes_model, "personQuotesEmpty", self.tr("No quotes.")),
        ):
            model.completed.connect(empty_hint(view, model, name, none, none))
        self.tabs = named(QTabWidget(box), "personTabs")
        self.tabs.addTab(self.events_view, self.tr("Events"))
        self.tabs.addTab(self.quotes_view, self.tr("Quotes"))
        self.tabs.addTab(self._articles_view(box), self.tr("Articles"))
        self._setting_tab = False  # the pane itself is choosing the tab, not the user
        self._tab_to_pick = False  # theirs opens on the first tab with something, once the counts arrive
        self._tabs_chosen: dict[tuple[str, str, str], int] = {}  # the tab the user chose for someone
        self._tab_key: tuple[str, str, str] | None = None  # (whom they are shown for, as _known_as says)
        self._set_tab(lambda: self.tabs.setTabVisible(ARTICLES_TAB, False))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.detail_layout = layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.info_scroll)
        layout.addWidget(self.tabs, 1)
        self._detail_box = box
        on_resize(box, self._share_detail)  # the roles leave the tabs three rows
        return box

    def _fit_quote_columns(self) -> None:
        """Their quotes' words take the room (Date, Speaker and Kind had filled the tab, the words behind a
        scroll bar): no speaker, the date and kind as wide as the rows on show, the quote the rest."""
        header = self.quotes_view.horizontalHeader()
        self.quotes_view.setColumnHidden(1, True)  # the speaker: the one chosen, on every row
        header.setResizeContentsPrecision(0)  # the rows on show: the others would be fetched to be measured
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # (which keeps it no narrower than it was first: 100 px)
        self.quotes_view.setItemDelegateForColumn(0, DayOnly(self.quotes_view))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _articles_view(self, box: QWidget) -> QListView:
        """The articles the chosen person's roles are printed in, with those roles: an editor or a
        photographer, credited and nothing more, is led to the article from here (a click, ↓ or ↑)."""
        self.articles_model = QStandardItemModel(self)
        self._articles_of: tuple[int, tuple[str, int]] | None = None  # (database, who) they are of
        view = self.articles_view = named(QListView(box), "personArticles")
        view.setAccessibleName(self.tr("Articles their roles are printed in"))
        view.setModel(self.articles_model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setUniformItemSizes(True)
        view.clicked.connect(lambda i: self._report(i, self.articleChosen))
        view.activated.connect(lambda i: self._report(i, self.articleChosen))  # Enter, and Space:
        space_activates(view)
        arrow_selects_current(view)
        view.selectionModel().selectionChanged.connect(lambda *_: self._chosen_in(view, self.articleChosen))
        return view

    def _show_articles(self, detail: Detail) -> None:
        """The chosen person's articles (none for an organisation: it holds no roles); their tab is the one
        shown when they say and do nothing here."""
        if self._articles_of == (detail.database, detail.who):  # the same one again (an article of theirs
            return  # chosen): as it is
        self._articles_of = (detail.database, detail.who)
        credits = detail.credits
        self.articles_model.clear()
        for article, roles in credits:
            titles = i18n.listed(dict.fromkeys(r.label(i18n.lang()) for r in roles))
            item = QStandardItem(
                self.tr("{roles}: {title}").format(roles=titles, title=article.title or article.source_name)
            )
            item.setData(article.id, ID_ROLE)
            dated = ", ".join(x for x in (article.publisher, article.published) if x)
            item.setToolTip("\n".join(x for x in (article.title, dated, titles) if x))
            self.articles_model.appendRow(item)
        if not credits and self.tabs.currentIndex() == ARTICLES_TAB:  # before it hides: Qt shows the next
            self._set_tab(lambda: self.tabs.setCurrentIndex(0))
        self._set_tab(lambda: self.tabs.setTabVisible(ARTICLES_TAB, bool(credits)))
        self.tabs.setTabText(ARTICLES_TAB, self.tr("Articles ({count})").format(count=len(credits)))
        if self._tab_to_pick and credits and detail.silent:  # before their counts come
            self._set_tab(lambda: self.tabs.setCurrentIndex(ARTICLES_TAB))

    @property
    def shown_who(self) -> tuple[str, int] | None:
        """Whose details are shown (None: nobody's)."""
        return self._who

    def select_article(self, article_id: int | None) -> None:
        """Show the article chosen among theirs as selected, or none (without reporting it): a row left
        selected from an earlier choice took ↓, Enter and Space for itself, and nothing was shown."""
        view, sm, model = self.articles_view, self.articles_view.selectionModel(), self.articles_model
        row = next((r for r in range(model.rowCount()) if model.item(r).data(ID_ROLE) == article_id), None)
        sm.blockSignals(True)
        if row is not None:
            sm.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        else:
            sm.clearSelection()  # the current row stays: the first ↓ chooses it
        sm.blockSignals(False)
        view.viewport().update()

    def _set_tab(self, change) -> None:
        """Change the tabs as the pane does (not as the user chooses one)."""
        self._setting_tab = True
        try:
            change()
        finally:
            self._setting_tab = False

    def _tab_changed(self, index: int) -> None:
        """The user chose a tab for the one shown: theirs opens on it again, whatever it holds."""
        if not self._setting_tab and self._tab_key is not None and self.tabs.isVisibleTo(self):
            self._tabs_chosen[self._tab_key] = index
            self._tab_to_pick = False

    def _open_tabs_of(self, detail: Detail) -> bool:
        """Someone else's details open on the tab the user chose for them, else (once their counts are
        in) on the first with something: Sharp's 4 quotes had opened on “Events (0)”, the last one's tab.
        The choice holds for them by name in any database: File → Open had them open on another tab.
        True when they are not the one shown before."""
        if (detail.database, detail.who) == (self._shown_in, self._who):
            return False
        self._who, self._shown_in, self._tab_key = detail.who, detail.database, _known_as(detail)
        self._tab_to_pick = self._tab_key not in self._tabs_chosen
        return True

    def _turn_to_chosen(self) -> None:
        """The tab the user chose for the one shown, if it shows (their Articles tab only when credited)."""
        chosen = self._tabs_chosen.get(self._tab_key) if self._tab_key is not None else None
        if chosen is not None and self.tabs.isTabVisible(chosen):
            self._set_tab(lambda: self.tabs.setCurrentIndex(chosen))

    def _pick_tab(self) -> None:
        """Once both their lists have arrived: their events, else their quotes, else their articles."""
        models = (self.events_model, self.quotes_model)
        if not self._tab_to_pick or not all(_arrived(m) for m in models):
            return
        self._tab_to_pick = False
        events, quotes = (m.rowCount() for m in models)
        articles = self.tabs.isTabVisible(ARTICLES_TAB)
        tab = 0 if events else 1 if quotes else ARTICLES_TAB if articles else 0
        self._set_tab(lambda: self.tabs.setCurrentIndex(tab))

    def _share_detail(self) -> None:
        """Short of room, the roles give way first (scrolled, down to three lines), the tabs keep three
        rows: at 1280×720 six lines of roles showed over two of the chosen one's events."""
        most = 16777215  # (Qt's QWIDGETSIZE_MAX: no limit)
        if self.tabs.isVisibleTo(self):
            layout, row = self.detail_layout, self.events_view.verticalHeader().defaultSectionSize()
            name = self.name.heightForWidth(self.name.width()) if self.name.width() else -1
            tabs = self.tabs.minimumSizeHint().height() + row  # (its minimum holds two rows)
            around = layout.contentsMargins().top() + 2 * layout.spacing()
            left = self._detail_box.height() - around - max(name, self.name.sizeHint().height()) - tabs
            most = max(self.info_scroll.minimumSizeHint().height(), left)
        if self.info_scroll.maximumHeight() != most:
            self.info_scroll.setMaximumHeight(most)

    def minimumSizeHint(self) -> QSize:
        """Tall enough, chosen or not, for someone's details to be read: the timeline docked above keeps
        the room it had for a whole database's lanes only down to this (at 1280×720 it had left one row
        of their events under two lines of roles), and choosing someone moves no pane."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._list_rows(3) + self._readable_detail()))

    def names_width(self, names: list[tuple[str, str, str]]) -> int:
        """The pane's width that shows these (kind, name, latin) whole in the list, as it draws them (an
        organisation in italics): the widest, the item's margins, the list's frame and scroll bar."""
        font = QFont(self.list.font())
        italic = QFont(font)
        italic.setItalic(True)
        plain, slanted = QFontMetrics(font), QFontMetrics(italic)
        text = max(
            (
                (slanted if kind == "org" else plain).horizontalAdvance(who_label(name, latin))
                for kind, name, latin in names
            ),
            default=0,
        )
        # either side of a row's text, as the list's delegate lays out its first row (if it has one yet)
        margins = 8
        if self.model.rowCount():
            first = self.model.index(0, 0)
            own = first.data(Qt.ItemDataRole.FontRole)
            shown = (slanted if own is not None and own.italic() else plain).horizontalAdvance(first.data())
            margins = max(0, self.list.sizeHintForIndex(first).width() - shown)
        scroll = self.list.verticalScrollBar().sizeHint().width()
        return text + margins + 2 * self.list.frameWidth() + scroll + 4

    def _list_rows(self, rows: int) -> int:
        """The list's height for this many rows (not less than the list's own minimum)."""
        row = self.list.sizeHintForRow(0) if self.model.rowCount() else self.fontMetrics().height() + 6
        shown = rows * max(row, 1) + 2 * self.list.frameWidth() + 4
        return max(shown, self.list.minimumSizeHint().height())

    def _readable_detail(self) -> int:
        """The details' height (with the splitter's handle) for the name (on two lines: beside its latin
        form it often wraps), three lines of roles, and the tabs with two rows."""
        layout = self.detail_layout
        text = 2 * self.name.fontMetrics().height() + 3 * self.info.fontMetrics().height()
        around = layout.contentsMargins().top() + 2 * layout.spacing() + self.splitter.handleWidth()
        return around + text + self.tabs.minimumSizeHint().height()

    def _report(self, index: QModelIndex, signal) -> None:
        if index.isValid() and index.data(ID_ROLE) is not None:
            signal.emit(int(index.data(ID_ROLE)))

    def _chosen_in(self, view: QAbstractItemView, signal) -> None:
        """A row of a person's events or quotes selected (the arrows, a click): it is chosen."""
        rows = view.selectionModel().selectedRows()
        if rows:
            self._report(rows[0], signal)

    def _selection_changed(self, *_args) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows and rows[0].data(ID_ROLE) is not None:
            kind, entity_id = rows[0].data(ID_ROLE)
            self.whoChosen.emit(kind, entity_id)

    def select_who(self, who: tuple[str, int] | None) -> None:
        """Show a person or organisation as selected (or none) without reporting it."""
        sm = self.list.selectionModel()
        sm.blockSignals(True)
        row = self.model.row_of(*who, self.list.currentIndex().row()) if who else None
        if row is None:
            sm.clearSelection()
        else:
            index = self.model.index(row, 0)
            sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._reveal(QPersistentModelIndex(index), self.model.rowCount() // self.list.batchSize() + 10)
        sm.blockSignals(False)
        self.list.viewport().update()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """The list's viewport resized (the details opening below it, the window): its chosen row, if it
        was on show before, is brought whole into view again (a list scrolled away from it stays)."""
        if (
            obj is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_End
            and self.model.canFetchMore(QModelIndex())
        ):
            self.model.fetch_rest(self._choose_last)  # Qt's End went to the last row paged in so far
            return True
        if isinstance(event, QResizeEvent) and obj is self.list.viewport():
            current = self.list.currentIndex()
            before = QRect(QPoint(0, 0), event.oldSize())
            if current.isValid() and before.intersects(self.list.visualRect(current)):
                index = QPersistentModelIndex(current)
                QTimer.singleShot(0, self, lambda: self._reveal(index, 3))
        return super().eventFilter(obj, event)

    def _choose_last(self) -> None:
        """Choose the list's last row, as End does, and scroll to it once it is laid out."""
        rows = self.model.rowCount()
        if rows:
            index = self.model.index(rows - 1, 0)
            self.list.setCurrentIndex(index)
            self._reveal(QPersistentModelIndex(index), rows // self.list.batchSize() + 10)

    def _reveal(self, index: QPersistentModelIndex, tries: int) -> None:
        """Scroll the list to a row once it is laid out (rows fetched or laid out in batches are placed
        over the next turns of the event loop; until then scrolling to them goes nowhere). A newer
        choice ends an older one's wait."""
        if not index.isValid() or self.list.currentIndex() != index:
            return
        self.list.scrollTo(index)
        if tries and not self.list.viewport().rect().contains(self.list.visualRect(index)):
            QTimer.singleShot(0, lambda: self._reveal(index, tries - 1))

    def show_detail(self, detail: Detail | None) -> None:
        """Name, latin name, aliases, roles with organisations, note; the tabs of their events and
        quotes (the controller reads the details and points those lists at them)."""
        if detail is None:
            self._who = self._tab_key = None  # (chosen again, they open as anyone does)
            self.name.setText("")
            self.info.setText(
                self.tr("Choose a person or an organisation to see their roles, events and quotes.")
            )
            self.info_scroll.updateGeometry()
            self._count_tabs()
            self._show_tabs(False)
            return
        self._show_tabs(True)
        someone_else = self._open_tabs_of(detail)
        self._colour_events()
        self.name.setText(self._title(detail))
        self.info.setText(self._lines(detail))
        self._show_articles(detail)
        if someone_else:  # (after their Articles tab is shown or hidden: it may be the one chosen)
            self._turn_to_chosen()
        self.info_scroll.setAccessibleDescription(self.info.text())
        self._share_detail()
        self.info_scroll.updateGeometry()
        self.info_scroll.verticalScrollBar().setValue(0)
        self._count_tabs()

    def set_lanes(self, mode: str) -> None:
        """The timeline's lanes (people, orgs or single): a chosen one's events take their lane's colour."""
        self._lanes = mode
        self._colour_events()

    def _colour_events(self) -> None:
        """Their events' glyphs in the colour of their lane on the timeline, if it has one for them (the
        lanes by people for a person, by organisations for an organisation); else the palette's accent."""
        kind, entity_id = self._who or ("", 0)
        lane = {"person": "people", "org": "orgs"}.get(kind) == self._lanes
        self.events_delegate.accent = lane_color(entity_id) if lane else None
        self.events_view.viewport().update()

    def _show_tabs(self, shown: bool) -> None:
        """Nobody chosen: one line of hint, the list gets the room. Someone chosen: their details."""
        if shown == self.tabs.isVisibleTo(self) and self._empty_height is not None:
            return
        total = sum(self.splitter.sizes())
        if shown:
            self.tabs.show()
            self.name.show()
            if self._saved_split is not None:  # the split saved last time, applied once it can be seen
                self.splitter.restoreState(self._saved_split)
                self._saved_split = None
            elif self._detail_sizes:
                self.splitter.setSizes(self._detail_sizes)
            elif total:  # the details what they need to be read first (three of the events: at 1280×720
                # two showed under a longer list); the list at least three rows
                wanted = self._readable_detail() + max(self.events_view.sizeHintForRow(0), 0)
                room = total - wanted + self.splitter.handleWidth()
                top = max(self._list_rows(3), min(total * 2 // 5, self._list_height(), room))
                self.splitter.setSizes([top, total - top])
            return
        if self.tabs.isVisibleTo(self) and total and self.isVisible():  # not the sizes before any layout
            self._detail_sizes = self.splitter.sizes()
        self.tabs.hide()
        self.name.hide()
        self._collapse_detail()

    def _list_height(self) -> int:
        """What the list needs to show its rows (at least three), so a short list leaves the details
        the room: a search that names one person shows their roles and events, not empty rows."""
        return self._list_rows(max(3, self.model.rowCount()))

    def _collapse_detail(self) -> None:
        total = sum(self.splitter.sizes())
        text = self.info.heightForWidth(max(100, self.width() - 12))
        self._empty_height = text + 16
        if total:
            self.splitter.setSizes([max(0, total - self._empty_height), self._empty_height])

    def showEvent(self, event: QShowEvent) -> None:
        """Shown with nobody chosen: the hint takes its lines, the list the rest."""
        super().showEvent(event)
        if not self.tabs.isVisibleTo(self):
            self._collapse_detail()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Resized with nobody chosen: keep the hint to its lines."""
        super().resizeEvent(event)
        if not self.tabs.isVisibleTo(self):
            self._collapse_detail()

    def save_split(self) -> QByteArray:
        """The list/details split the user chose for someone's details (not the one-line hint's)."""
        if self.tabs.isVisibleTo(self):
            return self.splitter.saveState()
        if self._saved_split is not None:
            return self._saved_split
        if not self._detail_sizes:
            return self.splitter.saveState()
        current = self.splitter.sizes()
        self.splitter.setSizes(self._detail_sizes)
        state = self.splitter.saveState()
        self.splitter.setSizes(current)
        return state

    def restore_split(self, state: QByteArray) -> None:
        """Apply a saved split; with nobody chosen it waits until someone is (sizes read from a splitter
        not yet laid out are not the ones saved)."""
        if self.tabs.isVisibleTo(self):
            self.splitter.restoreState(state)
        else:
            self._saved_split = state

    def _count_tabs(self) -> None:
        """Each tab's count, or … while the one just chosen's list is on its way (the list still shows
        the one chosen before)."""
        for tab, title, model in (
            (0, self.tr("Events ({count})"), self.events_model),
            (1, self.tr("Quotes ({count})"), self.quotes_model),
        ):
            self.tabs.setTabText(tab, title.format(count=model.rowCount() if _arrived(model) else "…"))
        if self._who is not None:
            self._pick_tab()

    def _title(self, detail: Detail) -> str:
        if detail.who[0] == "person":
            p = detail.person
            return f"{p.name}  {p.name_latin}" if p and p.name_latin != p.name else (p.name if p else "")
        o = detail.org
        return f"{o.name}  {o.name_latin}" if o and o.name_latin else (o.name if o else "")

    def _lines(self, detail: Detail) -> str:
        if detail.who[0] == "org":
            aliases = i18n.listed(detail.org.aliases) if detail.org else ""
            also = "\n" + self.tr("Also: {names}").format(names=aliases) if aliases else ""
            return self.tr("Organisation") + also
        p = detail.person
        if p is None:
            return ""
        lines = []
        if p.aliases:
            lines.append(self.tr("Also: {names}").format(names=i18n.listed(p.aliases)))
        # each role once: one printed alike in two articles was listed twice (their Articles tab says where)
        lines.extend(dict.fromkeys(self._role_line(r) for r in p.roles))
        if p.note:
            lines.append(p.note)
        return "\n".join(lines)

    def _role_line(self, role: Role) -> str:
        """A role as the details list it, with the words printed for it when they say more."""
        label = role.label(i18n.lang())
        shown = role.text and role.text not in (role.title, role.label(), label)
        said = self.tr("  (printed “{text}”)")
        printed = said.format(text=i18n.in_marks(said, "text", role.text)) if shown else ""
        return f"• {label}{printed}"
