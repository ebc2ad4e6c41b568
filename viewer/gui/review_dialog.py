"""Review what was extracted before it is saved: every fact ticked, shown with its span in the text."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.dateparse import parse_date
from ..core.dates import DateParseError
from ..core.records import Article
from ..pipeline.address import day_in_address, is_web_address
from ..pipeline.annotation import Annotation, EventSpec
from ..pipeline.corrections import (
    AddEvent,
    AddPerson,
    AddQuote,
    Correction,
    CorrectionError,
    DropRole,
    Merge,
    NotAQuote,
    Redate,
    Rename,
    RenameOrg,
    Retitle,
    SetCitation,
    SetSpeaker,
    replay,
)
from ..pipeline.review import prune, undated_happenings
from . import i18n
from .focus_frame import ButtonFocus, FocusFrame
from .keyboard import action_words
from .panes.article_pane import ArticlePane
from .review_corrections import AddPanel, CorrectionPanel, EditCommand, describe
from .review_reading import Readings
from .views import named

CHECKED = Qt.CheckState.Checked


SPANS = Qt.ItemDataRole.UserRole + 1
KEY = Qt.ItemDataRole.UserRole + 2
LEFT_OUT = Qt.ItemDataRole.UserRole + 3  # why a ticked fact is not saved all the same (its speaker unticked)
GROUPS = ("persons", "orgs", "events", "quotes")
GROUP_TITLES = {
    "persons": str(QT_TRANSLATE_NOOP("ReviewDialog", "People (%n)")),
    "orgs": str(QT_TRANSLATE_NOOP("ReviewDialog", "Organisations (%n)")),
    "events": str(QT_TRANSLATE_NOOP("ReviewDialog", "Dated events (%n)")),
    "quotes": str(QT_TRANSLATE_NOOP("ReviewDialog", "Quotes (%n)")),
}
GROUP_TITLES_PART = {  # some of a group's facts are not saved: how many are, of how many listed
    "persons": str(QT_TRANSLATE_NOOP("ReviewDialog", "People ({saved} of {listed})")),
    "orgs": str(QT_TRANSLATE_NOOP("ReviewDialog", "Organisations ({saved} of {listed})")),
    "events": str(QT_TRANSLATE_NOOP("ReviewDialog", "Dated events ({saved} of {listed})")),
    "quotes": str(QT_TRANSLATE_NOOP("ReviewDialog", "Quotes ({saved} of {listed})")),
}
KINDS = {
    "direct": str(QT_TRANSLATE_NOOP("ReviewDialog", "direct")),
    "reported": str(QT_TRANSLATE_NOOP("ReviewDialog", "reported")),
}


def article_record(ann: Annotation, number: int) -> Article:
    """An extracted article as the article pane shows it (numbered below zero: not yet saved)."""
    return Article(
        -number,
        ann.title,
        ann.author,
        ann.publisher,
        ann.published,
        ann.lang,
        ann.source_sha256,
        ann.body,
        ann.source_name,
    )


def _quote_text(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _quote_line(kind: str) -> str:
    """How the list shows a quote: a speaker's own words in quote marks, reported speech never."""
    if kind == "direct":
        return QCoreApplication.translate("ReviewDialog", "{speaker} ({kind}): “{quote}”")
    return QCoreApplication.translate("ReviewDialog", "{speaker} ({kind}): {quote}")


def _kind(kind: str) -> str:
    """Direct or reported, in the interface's language."""
    return QCoreApplication.translate("ReviewDialog", KINDS[kind]) if kind in KINDS else kind


def _person_spans(ann: Annotation, names: list[str]) -> list[tuple[int, int]]:
    """Every place a person's (or an organisation's) name or alias is printed."""
    spans = [(m.start(), m.end()) for name in names if name for m in re.finditer(re.escape(name), ann.body)]
    return sorted(set(spans))


def _rows(ann: Annotation) -> dict[str, list[tuple[str, str, list[tuple[int, int]]]]]:
    """(key, label, spans) of each person, organisation, event and quote of an extraction."""
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    persons = [
        (
            p.key,
            p.name + (f" — {i18n.listed(dict.fromkeys(r.title for r in p.roles))}" if p.roles else ""),
            _person_spans(ann, [p.name, *p.aliases]),
        )
        for p in ann.persons
    ]
    orgs = [(o.key, o.name, _person_spans(ann, [o.name, *o.aliases])) for o in ann.orgs]
    events = [
        (
            e.key,
            f"{e.date.label(i18n.lang()) if e.date else '—'}   {e.summary}",
            [(e.anchor.start, e.anchor.end)],
        )
        for e in ann.events
    ]
    quotes = [
        (
            q.key,
            _quote_line(q.kind).format(
                speaker=names.get(q.speaker, "?"),
                kind=_kind(q.kind),
                quote=i18n.in_marks(_quote_line(q.kind), "quote", _quote_text(q.occurrences[0].anchor.text)),
            ),
            [(o.anchor.start, o.anchor.end) for o in q.occurrences],
        )
        for q in ann.quotes
    ]
    return {"persons": persons, "orgs": orgs, "events": events, "quotes": quotes}


def facts_model(ann: Annotation, parent=None) -> QStandardItemModel:
    """A tree of the extracted facts in four groups (GROUPS), each fact checkable and ticked."""
    model = QStandardItemModel(parent)
    model.setHorizontalHeaderLabels([QCoreApplication.translate("ReviewDialog", "Extracted")])
    for group, rows in _rows(ann).items():
        count = len(rows)
        head = QStandardItem(QCoreApplication.translate("ReviewDialog", GROUP_TITLES[group], None, count))
        head.setEditable(False)
        head.setCheckable(True)
        head.setUserTristate(False)
        head.setData(group, KEY)
        for key, label, spans in rows:
            item = QStandardItem(label)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(key, KEY)
            item.setData(spans, SPANS)
            item.setToolTip(label)
            head.appendRow(item)
        head.setCheckState(Qt.CheckState.Checked if rows else Qt.CheckState.Unchecked)
        model.appendRow(head)
    model.itemChanged.connect(lambda item: _sync_ticks(model, item))
    return model


def _sync_ticks(model: QStandardItemModel, item: QStandardItem) -> None:
    """A group's tick sets all of its facts; the facts' ticks show on their group (some = partly)."""
    if model.property("syncing"):
        return
    model.setProperty("syncing", True)
    try:
        if item.parent() is None and item.checkState() != Qt.CheckState.PartiallyChecked:
            for i in range(item.rowCount()):
                item.child(i).setCheckState(item.checkState())
        elif item.parent() is not None:
            head = item.parent()
            states = {head.child(i).checkState() for i in range(head.rowCount())}
            head.setCheckState(states.pop() if len(states) == 1 else Qt.CheckState.PartiallyChecked)
    finally:
        model.setProperty("syncing", False)


def _unticked(model: QStandardItemModel) -> set[tuple[str, str]]:
    """(group, key) of every fact unticked in a facts model."""
    out = set()
    for g in range(model.rowCount()):
        head = model.item(g)
        for i in range(head.rowCount()):
            if head.child(i).checkState() != Qt.CheckState.Checked:
                out.add((head.data(KEY), head.child(i).data(KEY)))
    return out


def _group_title(group: str, saved: int, listed: int) -> str:
    """A group's line: how many of its facts are saved, of how many listed when that is not all."""
    if saved == listed:
        return QCoreApplication.translate("ReviewDialog", GROUP_TITLES[group], None, listed)
    return QCoreApplication.translate("ReviewDialog", GROUP_TITLES_PART[group]).format(
        saved=saved, listed=listed
    )


def _left_out_quotes(ann: Annotation, saved: Annotation) -> dict[str, str]:
    """Why each quote of an extraction that is not saved is left out, for those left out by their speaker's
    going (an unticked person or organisation takes what they said with them), by key."""
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    speakers = {p.key for p in saved.persons} | {o.key for o in saved.orgs}
    why = QCoreApplication.translate("ReviewDialog", "Not saved: its speaker, {name}, is unticked")
    return {
        q.key: why.format(name=names.get(q.speaker, "?")) for q in ann.quotes if q.speaker not in speakers
    }


def show_saved(model: QStandardItemModel, ann: Annotation, saved: Annotation) -> None:
    """Mark what a facts model lists as it would be saved: a ticked quote whose speaker is unticked greyed
    with why (walk35: it stayed ticked as if saved), each group counting what is saved of it."""
    left_out = _left_out_quotes(ann, saved)
    syncing = model.property("syncing")
    model.setProperty("syncing", True)  # (no tick changes here: neither synced nor a step of Undo)
    try:
        for g in range(model.rowCount()):
            head = model.item(g)
            facts = [head.child(i) for i in range(head.rowCount())]
            for item in facts:
                why = left_out.get(item.data(KEY)) if head.data(KEY) == "quotes" else None
                item.setData(why if item.checkState() == CHECKED else None, LEFT_OUT)
                item.setToolTip(f"{item.text()}\n\n{why}" if why else item.text())
            count = sum(item.checkState() == CHECKED and not item.data(LEFT_OUT) for item in facts)
            head.setText(_group_title(head.data(KEY), count, len(facts)))
    finally:
        model.setProperty("syncing", syncing)


def kept(model: QStandardItemModel, ann: Annotation) -> Annotation:
    """The extraction without what is unticked in the model."""
    keys: dict[str, set[str]] = {}
    for row in range(model.rowCount()):
        head = model.item(row)
        keys[head.data(KEY)] = {
            head.child(i).data(KEY)
            for i in range(head.rowCount())
            if head.child(i).checkState() == Qt.CheckState.Checked
        }
    return prune(ann, keys["persons"], keys["events"], keys["quotes"], keys["orgs"])


def _concerned(correction: Correction) -> str | None:
    """The key of the fact a correction changed (none for what it added)."""
    match correction:
        case Redate():
            return correction.key
        case SetSpeaker() | NotAQuote():
            return correction.quote
        case Rename() | Retitle() | DropRole():
            return correction.person
        case RenameOrg():
            return correction.org
        case Merge():
            return correction.drop
    return None


def _made(correction: Correction, ann: Annotation) -> str | None:
    """The key of what a correction made, once applied: what it added, or the one two people became."""
    match correction:
        case AddPerson():
            return ann.persons[-1].key
        case AddQuote():
            return ann.quotes[-1].key
        case AddEvent():
            return ann.events[-1].key
        case Merge():
            return correction.keep  # the one the two became, in the place of the one merged away
    return None


def review_size(available: QSize) -> QSize:
    """Four fifths of a large screen, at least 1200×720 where there is room, else most of the screen with
    room for a title bar: the Save and Cancel row stays on a 1280×720 screen, and a wide one gives the
    article's text and the citation fields its width."""
    width, height = available.width(), available.height()
    return QSize(
        min(int(width * 0.94), max(1200, int(width * 0.8))),
        min(int(height * 0.88), max(720, int(height * 0.8))),
    )


def article_label(ann: Annotation) -> str:
    """An article in the review's list: its title (else its file alone), its file and what was found in it,
    each a line of its own (the list elides a line too long for it, never wraps it: wrapped, the counts broke
    mid-count, “· 1” on one line and “quote” on the next)."""
    persons, events, quotes = len(ann.persons), len(ann.events), len(ann.quotes)  # lupdate reads names only
    counts = " · ".join(
        (
            QCoreApplication.translate("ReviewDialog", "%Ln person(s)", None, persons),
            QCoreApplication.translate("ReviewDialog", "%Ln event(s)", None, events),
            QCoreApplication.translate("ReviewDialog", "%Ln quote(s)", None, quotes),
        )
    )
    if not ann.title:  # the file names it once, not as title and file both
        return f"{ann.source_name}\n{counts}"
    return f"{ann.title}\n{ann.source_name}\n{counts}"


class ReviewDialog(QDialog):
    """One page per imported article: untick what is wrong, then save the rest to the library."""

    factChosen = Signal(list)
    readAgain = Signal(int)  # an article's new reading (a date or an address given) is shown: its row
    lostFound = Signal()  # what Save would leave out of the undated articles is known: Save goes on

    def __init__(
        self,
        annotations: list[Annotation],
        parent: QWidget | None = None,
        known: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setAccessibleName(self.tr("Review extracted facts"))
        self.setWindowTitle(self.tr("Review imported articles"))
        self.originals = list(annotations)
        self.annotations = list(annotations)
        self.edits: list[list[Correction]] = [[] for _ in annotations]
        self.undo_stack = QUndoStack(self)
        self.models = [facts_model(a, self) for a in annotations]
        self.ticks: list[set[tuple[str, str]]] = [set() for _ in annotations]  # unticked, as last seen
        self._fact_fields: tuple[str, str] | None = None  # (group, key) of the fact whose fields are due
        self._setting_ticks = False
        for row in range(len(self.models)):
            self._watch_ticks(row)
        self.articles = QStandardItemModel(self)
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        # True: save an article without the happenings it dates by a publication day it does not print
        self.confirm_undated: Callable[[str], bool] = self._ask_undated
        self.known = frozenset(known)
        self.readings = Readings(self)  # articles read again off the GUI thread, by row ("save": Save's)
        self._save_when_read = False  # Save was pressed while one was: saved once all are read
        self._save_had_focus = False  # and held the keyboard then: given it back if it is given back
        self._lost: dict[int, tuple[Annotation, list[EventSpec]]] = {}  # what Save found of a reading
        for row, ann in enumerate(annotations):
            item = QStandardItem()
            item.setEditable(False)
            item.setCheckable(True)
            # saving one the library holds again would change nothing: left out unless ticked
            item.setCheckState(Qt.CheckState.Unchecked if row in self.known else Qt.CheckState.Checked)
            self.articles.appendRow(item)
            self._relabel(row, ann)
        self._build()
        self.article_list.setCurrentIndex(self.articles.index(0, 0))
        # the date when the first article's is only a guess (the review asks for it), else the articles
        asked = annotations[:1] and annotations[0].published_guess
        (self.published if asked else self.article_list).setFocus()

    def _build(self) -> None:
        # Made in the order they are seen, which is Tab's order: the article's date and citation at the
        # top, then the list, the facts and the text, Undo, Redo and the buttons last (the top fields were
        # made last and came after Cancel).
        head = (self._published_row(), self._citation_row())
        self.article_list = named(QListView(self), "reviewArticles")
        self.article_list.setAccessibleName(self.tr("Articles to import"))
        self.article_list.setModel(self.articles)
        self.article_list.setWordWrap(False)  # a line each (title, file, counts), elided; whole on hover
        self.article_list.setAlternatingRowColors(True)  # each article's three or four lines told apart
        self.article_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long file name keeps its end
        self.facts = named(FactsView(self), "reviewFacts")
        self.facts.setAccessibleName(self.tr("Extracted facts"))
        self.facts.setHeaderHidden(True)
        self.facts.setUniformRowHeights(True)
        framed_checks(self.facts)
        self.facts.installEventFilter(self)  # Enter there goes to the fact's corrections, never saves
        self.facts.released.connect(self._show_fact_fields)
        # the list holding the keyboard framed, as the window's are: its chosen row looks the same in both
        self.focus_frames = [FocusFrame(view) for view in (self.article_list, self.facts)]
        self.article_list.setItemDelegate(ListWideRows(self.article_list))
        self.article_list.setResizeMode(QListView.ResizeMode.Adjust)  # rows elide anew as the split moves
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = ArticlePane(self)
        self.text.setObjectName("reviewArticle")
        self.text.setAccessibleName(self.tr("Article with the chosen fact highlighted"))
        hint = named(
            QLabel(
                self.tr("Untick anything extracted wrongly; click a line to see where the article says it."),
                self,
            ),
            "reviewHint",
        )
        hint.setWordWrap(True)
        self.corrections = CorrectionPanel(self)
        self.corrections.corrected.connect(self.correct)
        self.adder = AddPanel(self.text.selected_span, self)
        self.adder.corrected.connect(self.correct)
        self.text.text.selectionChanged.connect(self.adder.selection_changed)
        self._fields = [self.corrections.date_edit, self.corrections.quote_date, self.corrections.name_edit]
        self._fields += [self.corrections.role_title, self.corrections.org_name, self.adder.event_date]
        for field in self._fields:  # Ctrl+Z there, with no typing of its own to undo, is the dialog's Undo
            field.installEventFilter(self)
        fixes = QWidget(self)
        fixing = QVBoxLayout(fixes)
        fixing.setContentsMargins(0, 0, 0, 0)
        fixing.addWidget(self.corrections)
        fixing.addWidget(self.adder)
        fixing.addStretch(1)  # room the fields do not need falls under them, never round the hint
        middle = QSplitter(Qt.Orientation.Vertical, self)
        middle.addWidget(self.facts)
        middle.addWidget(fixes)
        middle.setStretchFactor(0, 1)  # a taller dialog gives its height to the list of facts
        middle.setStretchFactor(1, 0)
        middle.setSizes([400, fixes.sizeHint().height()])
        self.middle = middle
        self.corrections.pages.currentChanged.connect(self._fit_fixes)
        self.corrections.refit.connect(lambda: self._fit_fixes(grow=True))
        split = QSplitter(self)
        split.addWidget(self.article_list)
        split.addWidget(middle)
        split.addWidget(self.text)
        split.setSizes([self._list_width(), 460, 520])
        bottom = QHBoxLayout()
        for name, action in (
            ("reviewUndo", self._history_action(False)),
            ("reviewRedo", self._history_action(True)),
        ):
            self.addAction(action)
            button = named(QToolButton(self), name)
            button.setDefaultAction(action)
            bottom.addWidget(button)
        bottom.addStretch(1)
        # What Save waits for, beside it: pressed while an article is read again, it saves once the reading
        # is in (a walkthrough pressed it during a long article's reading and saw nothing happen)
        self.save_note = named(QLabel(self), "reviewSaveNote")
        self.save_note.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.save_note)
        buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
            ),
            "reviewButtons",
        )
        self.save_button = named(buttons.button(QDialogButtonBox.StandardButton.Save), "reviewSave")
        self.save_button.setText(self.tr("Save to Library"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "reviewCancel")
        self.articles.itemChanged.connect(self._offer_save)
        self._offer_save()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        for row in head:
            layout.addLayout(row)
        layout.addWidget(split, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        # Tab from a chosen fact goes on to the fields that correct it, under it, and then to the article
        # beside (it went to the article text first: made before the corrections, it came first in the chain)
        QWidget.setTabOrder(self.adder.as_event, self.text.text)
        self.article_list.selectionModel().currentChanged.connect(self._show_article)
        self.article_list.selectionModel().currentChanged.connect(self._leave_fact)
        # each button ringed while it holds the keyboard: Save, the default, showed no difference (walk33)
        self.button_rings = [ButtonFocus(button) for button in self.findChildren(QPushButton)]
        self.resize(review_size(self.screen().availableGeometry().size()))

    def _fit_fixes(self, grow: bool = False) -> None:
        """The fields under the facts no taller than the chosen fact's need (`grow`: nor shorter), the list of
        facts given the rest: at 1600×1000 the hint “Choose a person…” floated in a band ~100 px tall with
        quotes cut off above it."""
        fixes = self.middle.widget(1)
        layout = fixes.layout() if fixes is not None else None
        if fixes is None or layout is None:
            return
        layout.activate()  # the page just shown counted, not the one before
        need = fixes.sizeHint().height()
        above, below = self.middle.sizes()
        if below > need or (grow and below < need):
            self.middle.setSizes([above + below - need, need])

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: the list of facts takes what the fields under it do not need."""
        super().showEvent(event)
        self._fit_fixes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Made taller or shorter: the same."""
        super().resizeEvent(event)
        self._fit_fixes()

    def _published_row(self) -> QHBoxLayout:
        """The publication date every relative date hangs on; asked for when the text does not print it."""
        row = QHBoxLayout()
        self.published = named(QLineEdit(self), "reviewPublished")
        self.published.setAccessibleName(self.tr("Publication date"))
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        # Room for a whole date, and a note that wraps: on one line a guess's note (or an unreadable date
        # it repeats) squeezed the field to a few characters, then widened the dialog past the screen.
        self.published.setMinimumWidth(self.published.fontMetrics().horizontalAdvance("2026-03-07 ") + 16)
        self.published_note = named(QLabel(self), "reviewPublishedNote")
        self.published_note.setTextFormat(Qt.TextFormat.PlainText)
        self.published_note.setWordWrap(True)
        reread = named(QPushButton(self.tr("Read again with this date"), self), "reviewReread")
        reread.clicked.connect(self._reread)
        self.published.installEventFilter(self)  # Enter there reads again; it does not save the import
        row.addWidget(QLabel(self.tr("Published:"), self))
        row.addWidget(self.published)
        row.addWidget(reread)
        row.addWidget(self.published_note, 1)
        return row

    def _history_action(self, redo: bool) -> QAction:
        """Undo or Redo, named with what it takes back or does again in the language's own order
        (撤销设定网址(&U) for "&Undo setting the web address"), disabled when there is nothing to do."""
        stack, standard = self.undo_stack, QKeySequence.StandardKey
        plain, named_as = (
            (self.tr("&Redo"), self.tr("&Redo %1")) if redo else (self.tr("&Undo"), self.tr("&Undo %1"))
        )
        action = QAction(plain, self)
        action.triggered.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(action.setEnabled)
        # the letter its label underlines (Alt+U) too: a tool button makes no shortcut of it, and the
        # key went into the field that had the focus (a walkthrough's address began "uhttp://")
        keys = QKeySequence.keyBindings(standard.Redo if redo else standard.Undo)
        action.setShortcuts([*keys, QKeySequence.mnemonic(plain)])
        action.setEnabled(False)

        def name(text: str) -> None:
            """Its label, and a tip without the label's letter: Qt's own tip read 撤销为机构改名(U)."""
            action.setText(named_as.replace("%1", text) if text else plain)
            action.setToolTip(action_words(action))

        name("")
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(name)
        return action

    def _citation_row(self) -> QHBoxLayout:
        """Title, author, publisher and web address as the citations will give them: a stored page
        often lacks its headline or byline, a copied text its address, and the reviewer may know them."""
        row = QHBoxLayout()
        self.citation: dict[str, QLineEdit] = {}
        for field, label, accessible in (
            ("title", self.tr("Title:"), self.tr("Title of the article")),
            ("author", self.tr("Author:"), self.tr("Author of the article")),
            ("publisher", self.tr("Publisher:"), self.tr("Publisher of the article")),
            ("address", self.tr("Address:"), self.tr("Web address of the article")),
        ):
            edit = named(QLineEdit(self), f"review{field.capitalize()}")
            edit.setAccessibleName(accessible)
            edit.editingFinished.connect(lambda field=field: self._set_citation(field))
            edit.installEventFilter(self)  # Enter there sets it; it does not save the import
            self.citation[field] = edit
            row.addWidget(QLabel(label, self))
            row.addWidget(edit, {"title": 3, "address": 2}.get(field, 1))
        self.citation["address"].setPlaceholderText(self.tr("https://… where it was found"))
        return row

    def _set_citation(self, field: str) -> None:
        """A title, author, publisher or address typed: one step of Undo, when it changed. An address
        printing a day dates an article whose text prints none, in the same step."""
        row, value = self._row(), self.citation[field].text()
        ann = self.annotations[row]
        if " ".join(value.split()) == getattr(ann, field):
            return
        if field == "address" and value.strip() and not is_web_address(value):
            self.published_note.setText(
                self.tr("Not a web address: “%1”. Give one that begins with http:// or https://.").replace(
                    "%1", value.strip()
                )
            )
            return  # kept in the field to be mended, never cited (as events-cli import --address refuses it)
        day = day_in_address(value) if field == "address" else None
        from_address = field == "address" and ann.published_from == "address"  # the old address dated it
        dated_by_it = day is not None and (ann.published_guess or from_address)
        if not (dated_by_it or from_address) or (ann.published_date and ann.published_date.start == day):
            self.correct(SetCitation(field, value))
            return
        self._redate(row, day, "address", SetCitation(field, value))  # no day: the text's own reading again

    def eventFilter(self, obj, event) -> bool:
        """Return in the date field reads the article again, and stops there: the dialog's default
        button would otherwise save the whole import before the user saw the new reading."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if obj is self.facts and event.type() == QEvent.Type.Resize and self.facts.currentIndex().isValid():
            # the chosen fact's fields take their room from the list: the chosen line stays in view
            QTimer.singleShot(0, self, self._keep_chosen_in_view)
        if event.type() == QEvent.Type.ShortcutOverride and self._dialog_undo(obj, event):
            event.ignore()  # the field has nothing of its own to undo: Ctrl+Z is the dialog's Undo
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in keys:
            if obj is self.facts:
                self._enter_fact()
                return True
            if obj is self.published:
                self._reread()
                return True
            field = next((f for f, edit in self.citation.items() if edit is obj), None)
            if field is not None:
                self._set_citation(field)
                return True
        return super().eventFilter(obj, event)

    def _keep_chosen_in_view(self) -> None:
        """The chosen fact's line scrolled into the list's view, if it left it."""
        if self.facts.currentIndex().isValid():
            self.facts.scrollTo(self.facts.currentIndex())

    def _enter_fact(self) -> None:
        """Enter on a fact: to the first field that corrects it (as Tab goes); on a group: open or close
        it. The dialog's default button took the key and saved the whole import (a walkthrough pressed
        Enter again after a merge had left the keys in the facts)."""
        current = self.facts.currentIndex()
        if not current.isValid():
            return
        if not current.parent().isValid():
            self.facts.setExpanded(current, not self.facts.isExpanded(current))
            return
        field = self.corrections.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.TabFocusReason)
            # outlined as after Tab: Qt takes a focus moved on a key other than Tab for a click's
            self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)

    def _dialog_undo(self, obj, event) -> bool:
        """Ctrl+Z / Ctrl+Shift+Z in a field of the head, or of a correction (refilled after Enter set it),
        whose own typing has nothing to take back."""
        if not isinstance(obj, QLineEdit) or (
            obj is not self.published and obj not in self.citation.values() and obj not in self._fields
        ):
            return False
        undo, redo = (
            event.matches(QKeySequence.StandardKey.Undo),
            event.matches(QKeySequence.StandardKey.Redo),
        )
        return (undo and not obj.isUndoAvailable()) or (redo and not obj.isRedoAvailable())

    def _show_published(self, ann: Annotation) -> None:
        self.published.setText(ann.published_date.start.isoformat() if ann.published_date else "")
        for field, edit in self.citation.items():
            edit.setText(getattr(ann, field))
            edit.setCursorPosition(0)  # an address shows its host, not its last words
            edit.setToolTip(getattr(ann, field))
        if ann.published_date is None:
            note = self.tr(
                "The text prints no publication date: give it, or a web address with its day; "
                "every relative date hangs on it."
            )
        elif ann.published_guess and ann.published_date.month_unprinted():  # 9日, 今(23)日: no month
            note = self.tr(
                "A guess from “%1” (its month and year assumed): the text prints no full date. "
                "Check it; every relative date hangs on it."
            ).replace("%1", ann.published_date.text)
        elif ann.published_guess and ann.published_date.text:  # the printed words it was guessed from
            note = self.tr(
                "A guess from “%1” (its year assumed): the text prints no full date. "
                "Check it; every relative date hangs on it."
            ).replace("%1", ann.published_date.text)
        elif ann.published_guess:
            note = self.tr(
                "A guess: the text prints no full date. Check it; every relative date hangs on it."
            )
        else:
            note = {
                "address": self.tr("From its web address: %1"),
                "page": self.tr("As the page declares it: %1"),
                "answer": self.tr("As given: %1"),
                "reviewer": self.tr("As given: %1"),
            }.get(ann.published_from, self.tr("As printed: %1"))
            note = note.replace("%1", ann.published) + self._address_differs(ann)
        self.published_note.setText(note)
        self.published_note.setStyleSheet("font-weight: bold" if ann.published_guess else "")

    def _address_differs(self, ann: Annotation) -> str:
        """A word when the web address prints another day than the one the article is dated by (a
        reprint, a page put online later, a mistyped address), for the reviewer to check."""
        day = day_in_address(ann.address)
        dated = ann.published_date
        if day is None or dated is None or dated.precision != "day" or dated.start == day:
            return ""
        said = self.tr("(Its web address prints %1.)").replace("%1", day.isoformat())
        return said if said.startswith("（") else " " + said  # no space before a full-width bracket

    def _reread(self) -> None:
        """Read the current article again against the date typed (an undoable step)."""
        row, text = self._row(), self.published.text().strip()
        try:
            day = parse_date(text)
        except DateParseError as exc:
            self.published_note.setText(self.tr("Cannot read this date: %1").replace("%1", str(exc)))
            return
        if day.precision != "day" or day.start != day.end:
            self.published_note.setText(self.tr("Give a whole day, such as 2026-03-07."))
            return
        self._redate(row, day.start, "reviewer")

    def _redate(
        self, row: int, day: dt.date | None, given_by: str = "answer", cited: SetCitation | None = None
    ) -> None:
        """Read the article again against this publication day (None: as its text dates itself), off the
        GUI thread; the new reading comes back as one step of Undo, with the citation that dated it when one
        did. A newer reading of the article, or the dialog closed, drops it."""
        from ..pipeline.extract import redate

        before = self.originals[row]
        self.readings.start(
            row,
            lambda: redate(before, day, given_by),
            lambda after: self._read_again(row, before, after, cited),
            lambda message: self._not_read(row, message),
        )
        if row == self._row():
            self.published_note.setText(self.tr("Reading the article again…"))

    def _read_again(self, row: int, before: Annotation, after: Annotation, cited: SetCitation | None) -> None:
        """An article's new reading arrived: shown (one step of Undo), unless the reading it was made from
        was replaced meanwhile (Undo); then the import is saved if Save was pressed meanwhile."""
        if self.originals[row] is before:
            if cited is not None:
                self.undo_stack.beginMacro(describe(cited))
                self.correct(cited, row)
            self.undo_stack.push(
                EditCommand(
                    self.tr("setting the publication date"),
                    lambda: self._reoriginal(row, after),
                    lambda: self._reoriginal(row, before),
                )
            )
            if cited is not None:
                self.undo_stack.endMacro()
        elif row == self._row():
            self._show_published(self.annotations[row])
        self.readAgain.emit(row)
        if self._save_when_read and not self.readings.busy():
            self.accept()

    def _not_read(self, row: int, message: str) -> None:
        """The extractor failed: said under the date; nothing is saved until Save is pressed again."""
        self._wait_to_save(False)
        if row == self._row():
            self.published_note.setText(i18n.say(message))

    def done(self, result: int) -> None:
        """Saved or closed: a reading still on its way is dropped, and no Save waits for one any longer."""
        self._wait_to_save(False)
        self.readings.drop()
        super().done(result)

    def _reoriginal(self, row: int, ann: Annotation) -> None:
        """Use another reading of the article; the reviewer's corrections are applied to it again."""
        self.originals[row] = ann
        self.annotations[row] = replay(ann, self.edits[row])
        self._refresh(row)

    def _show_article(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        if not current.isValid():
            return
        row = current.row()
        self._show_published(self.annotations[row])
        self.facts.setModel(self.models[row])
        self.facts.expandAll()
        self.facts.selectionModel().currentChanged.connect(self._show_fact)
        self.text.show_article(article_record(self.annotations[row], row + 1))
        self.text.highlight([])
        self.adder.show_article(self.annotations[row])

    def _leave_fact(self) -> None:
        """Another article: nothing of it chosen yet, so no fact to correct (the last one's stayed)."""
        self.corrections.show_fact(None, "", "")

    def _show_fact(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        parent = current.parent()
        group = parent.data(KEY) if parent.isValid() else ""
        key = current.data(KEY) if parent.isValid() else ""
        self._fact_fields = (str(group or ""), str(key or ""))
        if not self.facts.held:  # (clicked: once the button is up)
            self._show_fact_fields()
        spans = current.data(SPANS) or []
        self.text.highlight([tuple(s) for s in spans])
        self.factChosen.emit(spans)

    def _show_fact_fields(self) -> None:
        """The fields that correct the fact chosen, under the list. Shown for a click once its button is up:
        they change the list's height, which scrolled it under the pointer, and the press then selected the
        line that came under it (walk35: “Dated events (1)” highlighted, a quote's fields shown)."""
        chosen = self._fact_fields
        if chosen is not None:
            self._fact_fields = None
            self.corrections.show_fact(self.annotations[self._row()], *chosen)

    def _row(self) -> int:
        return max(0, self.article_list.currentIndex().row())

    def correct(self, correction: Correction, row: int | None = None) -> None:
        """Apply a correction to the current article (or another's citation), as one undoable step."""
        row = self._row() if row is None else row
        try:
            after = correction.apply(self.annotations[row])
        except CorrectionError as exc:
            adding = isinstance(correction, AddPerson | AddQuote | AddEvent)
            (self.adder.note if adding else self.corrections.note_for(correction)).setText(i18n.say(exc))
            self._fit_fixes(grow=True)  # a note that takes no room till now: the fields make room for it
            return
        if after == self.annotations[row]:  # the name, speaker or date it already has: no step to undo
            return
        chosen = self.facts.currentIndex()
        place = (chosen.parent().row(), chosen.row()) if chosen.parent().isValid() else None
        self.undo_stack.push(
            EditCommand(
                describe(correction),
                lambda: self._redo(row, correction),
                lambda: self._take_back(row, correction),
            )
        )
        match correction:
            case AddPerson() | AddQuote() | AddEvent() | Merge():
                added = _made(correction, after)
            case SetCitation():  # the keys stay in the head's fields: Tab goes on to the next one
                return
            case _:
                if not self.facts.currentIndex().isValid():  # the fact went (a paraphrase): its button too
                    self._choose_at(place)  # the next one in its place, where the reviewer was reading
                    self.facts.setFocus()  # and the focus with it, unless it stays here
                return
        self._choose(added)  # what was added is chosen, its places highlighted,
        self.facts.setFocus()  # and the keys go to it (not to the date field next to a disabled button)

    def _edit(self, row: int, correction: Correction | None) -> None:
        """Add a correction (or take back the last) and show the article's facts again, ticks kept."""
        if correction is None:
            self.edits[row].pop()
        else:
            self.edits[row].append(correction)
        self.annotations[row] = replay(self.originals[row], self.edits[row])
        self._refresh(row)

    def _redo(self, row: int, correction: Correction) -> None:
        """Do (or redo) a correction; what it made is chosen again on Redo, as doing it chose it (a merge
        redone left nothing chosen: the one merged away, chosen by Undo, was gone)."""
        self._edit(row, correction)
        made = _made(correction, self.annotations[row])
        if made is not None and row == self._row():
            self._choose(made)

    def _take_back(self, row: int, correction: Correction) -> None:
        """Undo: the correction taken back, and the fact it concerned chosen again (a quote left out as a
        paraphrase comes back chosen, as it was)."""
        self._edit(row, None)
        key = _concerned(correction)
        if key is not None and row == self._row():
            self._choose(key)

    def _refresh(self, row: int) -> None:
        old = self.models[row]
        unticked = _unticked(old)
        chosen = self.facts.currentIndex().data(KEY) if row == self._row() else None
        self.models[row] = facts_model(self.annotations[row], self)
        self._set_ticks(row, unticked)  # (the article's row relabelled with what it keeps)
        self._watch_ticks(row)
        old.deleteLater()
        if row == self._row():
            self._show_article(self.articles.index(row, 0))
            self._choose(chosen)

    def _watch_ticks(self, row: int) -> None:
        self.models[row].itemChanged.connect(lambda _item, row=row: self._ticked(row))

    def _ticked(self, row: int) -> None:
        """A tick the reviewer changed (a fact's or a group's): one step of Undo."""
        model = self.models[row]
        if self._setting_ticks or model.property("syncing"):
            return
        before, after = self.ticks[row], _unticked(model)
        if before == after:
            return
        self.ticks[row] = after
        self._recount(row)
        text = self.tr("unticking") if len(after) > len(before) else self.tr("ticking")  # after Undo, Redo
        self.undo_stack.push(
            EditCommand(
                text, lambda: self._set_ticks(row, after), lambda: self._set_ticks(row, before), done=True
            )
        )

    def _set_ticks(self, row: int, unticked: set[tuple[str, str]]) -> None:
        """Tick every fact of an article but these (group, key) pairs."""
        self._setting_ticks = True
        try:
            model = self.models[row]
            for g in range(model.rowCount()):
                head = model.item(g)
                for i in range(head.rowCount()):
                    wanted = (head.data(KEY), head.child(i).data(KEY)) not in unticked
                    state = Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked
                    if head.child(i).checkState() != state:
                        head.child(i).setCheckState(state)
        finally:
            self._setting_ticks = False
        self.ticks[row] = _unticked(self.models[row])
        self._recount(row)

    def _recount(self, row: int) -> None:
        """The article's line in the list counts what would be saved of it (walk32: it still read “10
        people” after a person was unticked), and so do its facts' groups."""
        saved = kept(self.models[row], self.annotations[row])
        self._relabel(row, saved)
        show_saved(self.models[row], self.annotations[row], saved)

    def _relabel(self, row: int, ann: Annotation) -> None:
        """An article's row, and its tooltip holding each line whole, as it would be saved: a title typed in
        the review never reached the tooltip, and the row then counted the facts unticked again."""
        item = self.articles.item(row)
        if item is None:
            return
        if row in self.known:
            hint = self.tr("Already in your library, text for text: saving it again adds nothing")
        else:
            hint = self.tr("Untick to leave this article out")
        item.setText(self._label(row, ann))
        item.setToolTip(f"{article_label(ann)}\n\n{hint}")  # the whole file name the list may cut

    def _choose_at(self, place: tuple[int, int] | None) -> None:
        """Choose the fact now at a place of the list (group, row), or the last of its group when the row is
        past its end: a quote left out as a paraphrase left nothing chosen, and ↓ went to the first person."""
        head = self.models[self._row()].item(place[0]) if place is not None else None
        if place is not None and head is not None:  # none left in the group: its line
            last = head.rowCount() - 1
            self.facts.setCurrentIndex(head.child(min(place[1], last)).index() if last >= 0 else head.index())

    def _choose(self, key: object) -> None:
        model = self.models[self._row()]
        for g in range(model.rowCount()):
            head = model.item(g)
            for i in range(head.rowCount()):
                if head.child(i).data(KEY) == key:
                    self.facts.setCurrentIndex(head.child(i).index())
                    return
        self.corrections.show_fact(None, "", "")

    def _list_width(self) -> int:
        """The article list's first width: its files' names and counts whole where that is within reason
        (220–340 px), their titles elided (a tooltip holds each whole)."""
        metrics = self.article_list.fontMetrics()
        lines = [
            line
            for row in range(self.articles.rowCount())
            for line in self.articles.item(row).text().split("\n")[1 if self.annotations[row].title else 0 :]
        ]
        text = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        frame = 2 * self.article_list.frameWidth() + self.article_list.verticalScrollBar().sizeHint().width()
        return max(220, min(340, text + frame + 3 * metrics.height()))  # the check box and its margins

    def _label(self, row: int, ann: Annotation) -> str:
        held = self.tr("already in your library")
        return article_label(ann) + ("\n" + held if row in self.known else "")

    def _offer_save(self) -> None:
        """Save only while an article is ticked (all of them held by the library already: nothing to add)."""
        rows = range(self.articles.rowCount())
        ticked = any(self.articles.item(r).checkState() == Qt.CheckState.Checked for r in rows)
        self.save_button.setEnabled(ticked and not self._save_when_read)
        self.save_button.setToolTip("" if ticked else self.tr("Tick an article to save it"))

    def _wait_to_save(self, waiting: bool) -> None:
        """Save pressed while an article is read again: held (pressed, it would do nothing more), with a word
        beside it that it saves once the reading is in; given back when the reading fails or is dropped."""
        focused = self.save_button.hasFocus()  # (disabled, it gives the keyboard to the next button)
        self._save_when_read = waiting
        self.save_note.setText(self.tr("Saves once the article is read again…") if waiting else "")
        self._offer_save()
        if waiting and focused:
            self._save_had_focus = True
        elif not waiting and self._save_had_focus:
            self._save_had_focus = False
            if self.save_button.isEnabled() and self.isVisible():
                self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        """Cancel or Esc: the import's corrections and unticks are lost, so a review that holds any
        asks first."""
        if not self._reviewed() or self.confirm_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):  # Esc, or the platform's own cancel key
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed from its title bar: asked as Cancel is (closing it from code is not)."""
        if event.spontaneous() and self._reviewed() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def _reviewed(self) -> bool:
        """True once the reviewer has corrected or unticked anything."""
        if self.undo_stack.index() > 0:
            return True
        ticks_changed = [  # an article the library holds starts unticked, every other one ticked
            (self.articles.item(r).checkState() == Qt.CheckState.Checked) == (r in self.known)
            for r in range(self.articles.rowCount())
        ]
        return any(ticks_changed) or any(_unticked(model) for model in self.models)

    def accept(self) -> None:
        """Save to Library; an article that prints no publication date, whose happenings told by that day
        (今日, 昨日) would not be saved as events, is saved so only once the reviewer has been told, and has
        not chosen to give the date instead (a walkthrough saved one and its only event was silently gone).
        What they would lose is found by reading them again, off the GUI thread, Save going on once it is in;
        while an article is read again with a date given, it is saved once that reading is in."""
        if self.readings.busy():
            self._wait_to_save(True)
            return
        self._wait_to_save(False)
        ticked = [r for r in range(self.articles.rowCount()) if self.articles.item(r).checkState() == CHECKED]
        unread = [(r, self.originals[r]) for r in ticked if not self._knows_lost(r)]
        if unread:
            self.readings.start(
                "save",
                lambda: [(r, ann, undated_happenings(ann)) for r, ann in unread],
                self._found_lost,
                lambda message: self._not_read(self._row(), message),
            )
            self.published_note.setText(self.tr("Reading the article again…"))
            self._wait_to_save(True)
            return
        for row in ticked:
            ann, lost = self._lost[row]
            if lost and not self.confirm_undated(self._undated_question(ann, lost)):
                self.article_list.setCurrentIndex(self.articles.index(row, 0))
                self._show_published(self.annotations[row])
                self.published.setFocus()  # the date that dates them
                return
        super().accept()

    def _knows_lost(self, row: int) -> bool:
        """True when what saving the article would leave out is known for its reading (an article that
        prints its date leaves nothing out: known at once)."""
        ann = self.originals[row]
        if ann.published_date is not None:
            self._lost[row] = (ann, [])
        return row in self._lost and self._lost[row][0] is ann

    def _found_lost(self, found: list[tuple[int, Annotation, list[EventSpec]]]) -> None:
        """What saving each ticked article would leave out is in: Save goes on."""
        for row, ann, lost in found:
            self._lost[row] = (ann, lost)
        self._show_published(self.annotations[self._row()])
        self.lostFound.emit()
        self.accept()

    def _undated_question(self, ann: Annotation, lost: list[EventSpec]) -> str:
        """What saving an article without its publication date leaves out, and how to keep it."""
        count = len(lost)  # (a call as translate's count hides the message from lupdate)
        said = QCoreApplication.translate(
            "ReviewDialog",
            "“%1” prints no publication date, so %n happening(s) it tells by that day (%2) cannot be placed "
            "in time and would not be saved as events.\n\nGive its publication date at the top of the review "
            "to save what it tells by that day as dated events, or save the article as it is.",
            None,
            count,
        )
        words = i18n.listed(dict.fromkeys(e.date_text for e in lost if e.date_text))
        filled = {"%1": ann.title or ann.source_name, "%2": words}  # in one pass: a title may print "%2"
        return re.sub("%[12]", lambda m: filled[m.group()], said)

    def _ask_undated(self, question: str) -> bool:
        save = (QMessageBox.StandardButton.Save, self.tr("Save Without Them"), "undatedSave")
        safe = (self.tr("Give the Date"), "undatedGiveDate")
        return self._ask(self.tr("Events without a date"), question, "reviewUndatedQuestion", save, safe)

    def _ask_discard(self) -> bool:
        question = self.tr(
            "Close without saving? The corrections and unticked facts of this review are lost."
        )
        discard = (QMessageBox.StandardButton.Discard, self.tr("Close without Saving"), "discardClose")
        safe = (self.tr("Keep Reviewing"), "discardKeep")
        return self._ask(self.tr("Leave the review"), question, "reviewDiscardQuestion", discard, safe)

    def _ask(
        self,
        title: str,
        question: str,
        name: str,
        risky: tuple[QMessageBox.StandardButton, str, str],
        safe: tuple[str, str],
    ) -> bool:
        """A question whose risky answer (its button, words, name) is True; the safe one is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        box.setObjectName(name)
        box.setAccessibleName(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        button, text, button_name = risky
        chosen = box.addButton(button)
        chosen.setText(text)
        named(chosen, button_name).setAccessibleName(text)
        _safe_choice(box, *safe)
        box.exec()
        return box.clickedButton() is chosen

    def result_annotations(self) -> list[Annotation]:
        """The articles left ticked, each without its unticked facts."""
        return [
            kept(model, ann)
            for row, (model, ann) in enumerate(zip(self.models, self.annotations, strict=True))
            if self.articles.item(row).checkState() == Qt.CheckState.Checked
        ]


def _safe_choice(box: QMessageBox, text: str, name: str) -> QPushButton:
    """The question's safe answer, its default and what Esc means: a button of its own, not Qt's Cancel,
    whose ✗ icon on some desktops made “Give the Date” and “Keep Reviewing” look like discarding. (Its role
    keeps it where Cancel stood, last, as the desktop places a question's “no”.)"""
    button = named(box.addButton(text, QMessageBox.ButtonRole.RejectRole), name)
    button.setAccessibleName(text)
    box.setDefaultButton(button)
    box.setEscapeButton(button)
    return button


class FactsView(QTreeView):
    """The review's list of facts, telling while a mouse button is held on it and when it is released."""

    released = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.held = event.button() == Qt.MouseButton.LeftButton
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.held and event.button() == Qt.MouseButton.LeftButton:
            self.held = False
            self.released.emit()


class FramedChecks(QStyledItemDelegate):
    """Rows with a check box, the box framed in a colour readable on the list's base: Fusion frames
    it in the window colour darkened, which on a dark palette's base is invisible (a walkthrough saw
    unticked facts with no box at all)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        """A fact ticked but not saved all the same (its speaker unticked) is drawn greyed, as disabled."""
        super().initStyleOption(option, index)
        if index.data(LEFT_OUT):
            option.state &= ~QStyle.StateFlag.State_Enabled

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        if (
            index.data(Qt.ItemDataRole.CheckStateRole) is None
            or option.palette.base().color().lightness() > 128
        ):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, opt.widget)
        painter.save()
        painter.setPen(option.palette.placeholderText().color())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(1, 1, -2, -2))
        painter.restore()


class ListWideRows(FramedChecks):
    """Rows no wider than their list: a word wider than it (a long file name) is elided, not scrolled to."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            size.setWidth(min(size.width(), view.viewport().width()))
        return size


def framed_checks(view: QAbstractItemView) -> None:
    """Give a list or tree of check boxes boxes that show on any palette."""
    view.setItemDelegate(FramedChecks(view))
