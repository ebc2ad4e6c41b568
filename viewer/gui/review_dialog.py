"""Review what was extracted before it is saved: every fact ticked, shown with its span in the text."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.records import Article
from ..pipeline.annotation import Annotation
from ..pipeline.review import prune
from . import i18n
from .panes.article_pane import ArticlePane
from .views import named

SPANS = Qt.ItemDataRole.UserRole + 1
KEY = Qt.ItemDataRole.UserRole + 2
GROUPS = ("persons", "events", "quotes")
GROUP_TITLES = {
    "persons": str(QT_TRANSLATE_NOOP("ReviewDialog", "People (%n)")),
    "events": str(QT_TRANSLATE_NOOP("ReviewDialog", "Dated events (%n)")),
    "quotes": str(QT_TRANSLATE_NOOP("ReviewDialog", "Quotes (%n)")),
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


def _kind(kind: str) -> str:
    """Direct or reported, in the interface's language."""
    return QCoreApplication.translate("ReviewDialog", KINDS[kind]) if kind in KINDS else kind


def _person_spans(ann: Annotation, names: list[str]) -> list[tuple[int, int]]:
    """Every place a person's name or alias is printed."""
    spans = [(m.start(), m.end()) for name in names if name for m in re.finditer(re.escape(name), ann.body)]
    return sorted(set(spans))


def _rows(ann: Annotation) -> dict[str, list[tuple[str, str, list[tuple[int, int]]]]]:
    """(key, label, spans) of each person, event and quote of an extraction."""
    names = {p.key: p.name for p in ann.persons} | {o.key: o.name for o in ann.orgs}
    persons = [
        (
            p.key,
            p.name + (f" — {', '.join(dict.fromkeys(r.title for r in p.roles))}" if p.roles else ""),
            _person_spans(ann, [p.name, *p.aliases]),
        )
        for p in ann.persons
    ]
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
            QCoreApplication.translate("ReviewDialog", "{speaker} ({kind}): “{quote}”").format(
                speaker=names.get(q.speaker, "?"),
                kind=_kind(q.kind),
                quote=_quote_text(q.occurrences[0].anchor.text),
            ),
            [(o.anchor.start, o.anchor.end) for o in q.occurrences],
        )
        for q in ann.quotes
    ]
    return {"persons": persons, "events": events, "quotes": quotes}


def facts_model(ann: Annotation, parent=None) -> QStandardItemModel:
    """A tree of the extracted facts in three groups, each fact checkable and ticked."""
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
    return prune(ann, keys["persons"], keys["events"], keys["quotes"])


class ReviewDialog(QDialog):
    """One page per imported article: untick what is wrong, then save the rest to the library."""

    factChosen = Signal(list)

    def __init__(self, annotations: list[Annotation], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDialog")
        self.setAccessibleName(self.tr("Review extracted facts"))
        self.setWindowTitle(self.tr("Review imported articles"))
        self.annotations = annotations
        self.models = [facts_model(a, self) for a in annotations]
        self.articles = QStandardItemModel(self)
        for ann in annotations:
            persons, events, quotes = len(ann.persons), len(ann.events), len(ann.quotes)
            counts = " · ".join(
                (
                    QCoreApplication.translate("ReviewDialog", "%Ln person(s)", None, persons),
                    QCoreApplication.translate("ReviewDialog", "%Ln event(s)", None, events),
                    QCoreApplication.translate("ReviewDialog", "%Ln quote(s)", None, quotes),
                )
            )
            item = QStandardItem(f"{ann.title or ann.source_name}\n{ann.source_name} · {counts}")
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(self.tr("Untick to leave this article out"))
            self.articles.appendRow(item)
        self._build()
        self.article_list.setCurrentIndex(self.articles.index(0, 0))

    def _build(self) -> None:
        self.article_list = named(QListView(self), "reviewArticles")
        self.article_list.setAccessibleName(self.tr("Articles to import"))
        self.article_list.setModel(self.articles)
        self.article_list.setWordWrap(True)
        self.facts = named(QTreeView(self), "reviewFacts")
        self.facts.setAccessibleName(self.tr("Extracted facts"))
        self.facts.setHeaderHidden(True)
        self.facts.setUniformRowHeights(True)
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
        split = QSplitter(self)
        split.addWidget(self.article_list)
        split.addWidget(self.facts)
        split.addWidget(self.text)
        split.setSizes([220, 460, 520])
        buttons = named(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
            ),
            "reviewButtons",
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save to Library"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.article_list.selectionModel().currentChanged.connect(self._show_article)
        self.resize(1200, 720)

    def _show_article(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        if not current.isValid():
            return
        row = current.row()
        self.facts.setModel(self.models[row])
        self.facts.expandAll()
        self.facts.selectionModel().currentChanged.connect(self._show_fact)
        self.text.show_article(article_record(self.annotations[row], row + 1))
        self.text.highlight([])

    def _show_fact(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        spans = current.data(SPANS) or []
        self.text.highlight([tuple(s) for s in spans])
        self.factChosen.emit(spans)

    def result_annotations(self) -> list[Annotation]:
        """The articles left ticked, each without its unticked facts."""
        return [
            kept(model, ann)
            for row, (model, ann) in enumerate(zip(self.models, self.annotations, strict=True))
            if self.articles.item(row).checkState() == Qt.CheckState.Checked
        ]
