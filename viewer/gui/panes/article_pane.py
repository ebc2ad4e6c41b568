"""The article pane: the source text, plain, with a quote's or event's span highlighted."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ...core.dates import day_date
from ...core.records import Article, span_matches
from .. import i18n
from ..colours import focus_ring, highlights
from ..plaintext import python_index, qt_position
from ..views import named

KIND = QTextFormat.Property.UserProperty  # "span" or "match", for highlighted()
RING = 2  # the focus frame's width, in pixels


class FocusRing(QWidget):
    """A frame round the article's text, in the palette's focus colour while the text holds the keyboard
    (a caret alone at the start of the chosen quote was all F6 showed, hard to see)."""

    def __init__(self, text: QPlainTextEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("articleFocusRing")
        self.text = text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(RING, RING, RING, RING)
        layout.addWidget(text)
        text.installEventFilter(self)

    @property
    def lit(self) -> bool:
        """True while the frame is drawn (the article's text has the keyboard)."""
        return self.text.hasFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The text taking or losing the keyboard: draw or clear the frame, widen or narrow the caret."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.text.setCursorWidth(RING if event.type() == QEvent.Type.FocusIn else 1)
            self.update()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame, when lit, in a colour standing out from the window and the text's base (3:1)."""
        if self.lit:
            QPainter(self).fillRect(self.rect(), focus_ring(self.palette()))


class ArticlePane(QWidget):
    """Shows one article; highlights spans and scrolls the first into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articlePane")
        self.setAccessibleName(self.tr("Article"))
        self.header = named(QLabel(self), "articleHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.text = named(QPlainTextEdit(self), "articleText")
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setReadOnly(True)
        # with nothing shown (a search finding only an article's author), the pane says what comes here
        self.text.setPlaceholderText(self.tr("The article of a quote or an event shows here."))
        # a caret shows where the keyboard is (F6 lands here visibly) and Shift+arrows select words to copy
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # the text's frame stays where it was, the ring drawn in the margin round it
        self.ring = FocusRing(self.text, self)
        self.header.setContentsMargins(RING, 0, RING, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 - RING, 4, 4 - RING, 4 - RING)
        layout.addWidget(self.header)
        layout.addWidget(self.ring)
        self.article: Article | None = None
        self.writers: list[str] = []  # the article's, as the header names them
        self._shown: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
        # the chosen span (Qt positions), kept in view while the text is resized (the window's docks take
        # their sizes after a restart's first choice) until the reader scrolls or moves the caret
        self._centred: tuple[int, int] | None = None
        self._centring = False  # the caret is being moved to centre the span, not by the reader
        self.text.verticalScrollBar().actionTriggered.connect(self._reader_moved)  # the wheel, the bar
        self.text.cursorPositionChanged.connect(self._caret_moved)  # keys, a click, a selection
        self.text.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """The text's viewport resized: once its lines are wrapped anew, the chosen span is centred again."""
        if obj is self.text.viewport() and event.type() == QEvent.Type.Resize and self._centred is not None:
            QTimer.singleShot(0, self._centre_again)
        return super().eventFilter(obj, event)

    def _centre_again(self) -> None:
        """The chosen span centred again, unless the reader has moved since."""
        if self._centred is not None:
            self._centre(*self._centred)

    def _reader_moved(self, _action: int = 0) -> None:
        """The reader scrolled or moved the caret: their place from now on, not the chosen span's."""
        self._centred = None

    def _caret_moved(self) -> None:
        """The caret moved: by the reader (keys, a click, a selection) unless the span is being centred."""
        if not self._centring:
            self._reader_moved()

    def _centre(self, start: int, end: int) -> None:
        """Centre the span from Qt position `start` to `end` in the view, whole when it fits, else from its
        start (centring its start left a long quote's end below the view); the caret (and no selection)
        left at its start."""
        self._centring = True
        try:
            for at, centre in (((start + end) // 2, True), (end, False), (start, False)):
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(at)
                self.text.setTextCursor(cursor)
                (self.text.centerCursor if centre else self.text.ensureCursorVisible)()
        finally:
            self._centring = False

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light to dark, or back): recolour the highlights from it."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_highlights(*self._shown)

    def show_article(self, article: Article | None, writers: list[str] | None = None) -> None:
        """Show an article's body as plain text (nothing in it is interpreted), under a header naming
        its writers (by default its author as stored)."""
        if article == self.article:  # the same id in another database is another article
            return
        self.article = article
        self.writers = writers if writers is not None else [article.author] if article else []
        self._centred = None
        if article is None:
            self.header.setText("")
            self.text.setPlainText("")
            return
        self._show_header([])
        self.text.setPlainText(article.body)

    def _show_header(self, broken: list[tuple[int, int]]) -> None:
        a = self.article
        host = urlsplit(a.address).netloc.removeprefix("www.") if a and a.address else ""
        by = i18n.listed(w for w in self.writers if w)
        byline = " · ".join(x for x in (by, a.publisher, _day_shown(a.published), host) if x) if a else ""
        text = f"{a.title or a.source_name}\n{byline}" if a else ""  # no headline: the file, as cited
        self.header.setToolTip(a.address if a else "")  # where it was found, whole
        if broken:
            where = ", ".join(f"{s}–{e}" for s, e in broken)
            text += "\n" + self.tr(
                "⚠ The stored position ({where}) no longer matches the article text; "
                "it is not highlighted. Rebuild the database."
            ).format(where=where)
        self.header.setText(text)

    def highlight(
        self,
        spans: list[tuple[int, int]],
        matches: list[tuple[int, int]] | None = None,
        texts: list[str] | None = None,
        fresh: bool = False,
    ) -> None:
        """Highlight spans (the first strongest) over the search's matches, and scroll the first
        span (or else the first match) into view; with neither, a `fresh` search shows the article from its
        top (the place an earlier search scrolled to means nothing now), else the place stays. A span whose
        characters are not its expected text is not highlighted: the pane says so instead."""
        if self.article is None:
            return
        body = self.article.body
        if texts is not None:
            broken = [s for s, t in zip(spans, texts, strict=True) if not span_matches(body, s, t)]
            spans = [s for s, t in zip(spans, texts, strict=True) if span_matches(body, s, t)]
            self._show_header(broken)
        matches = matches or []
        self._paint_highlights(spans, matches)
        spans = list(spans) or list(matches)
        self._centred = None
        if spans:
            self._centred = (qt_position(body, spans[0][0]), qt_position(body, spans[0][1]))
            self._centre(*self._centred)
        elif fresh:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            self.text.verticalScrollBar().setValue(0)

    def _paint_highlights(self, spans: list[tuple[int, int]], matches: list[tuple[int, int]]) -> None:
        """Chosen spans (the first strongest) over search matches, in colours from the palette."""
        self._shown = (list(spans), list(matches))
        if self.article is None:
            return
        body, colours = self.article.body, highlights(self.palette())
        selections = [self._selection(body, s, colours.match, colours.text, "match") for s in matches]
        selections += [
            self._selection(body, s, colours.primary if i == 0 else colours.secondary, colours.text, "span")
            for i, s in enumerate(spans)
        ]
        self.text.setExtraSelections(selections)

    def _selection(
        self, body: str, span: tuple[int, int], color: QColor, text: QColor, kind: str
    ) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setForeground(text)
        fmt.setProperty(KIND, kind)
        sel.format = fmt
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(qt_position(body, span[0]))
        cursor.setPosition(qt_position(body, span[1]), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        return sel

    def selected_span(self) -> tuple[int, int] | None:
        """Where in the article's text the reader's selection is (Python indices), or None."""
        cursor = self.text.textCursor()
        if self.article is None or not cursor.hasSelection():
            return None
        body = self.article.body
        return python_index(body, cursor.selectionStart()), python_index(body, cursor.selectionEnd())

    def highlighted(self, kind: str = "span") -> list[str]:
        """The texts highlighted as chosen spans, or as search matches (for tests and screen readers)."""
        return [
            s.cursor.selectedText() for s in self.text.extraSelections() if s.format.property(KIND) == kind
        ]


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(\*?)(.*)")


def _day_shown(published: str) -> str:
    """A publication day as the lists show days, in the interface's language (2018年11月16日, 2026年11月9日*
    when the app worked it out), a time after it kept (2026年3月7日 11:16; walk35 #11: the Chinese header
    said 2018-11-16); a day printed in other words (Monday, July 10, 2017) as printed."""
    m = _ISO_DAY.fullmatch(published)
    if m is None:
        return published
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return published
    return day_date(day, year_inferred=bool(m[4])).label(i18n.lang()) + m[5]
