"""The review dialog's corrections: the chosen fact's date, speaker, name; merging two people;
a quote that is a paraphrase or a claim; a person or a quote the extraction missed, added from the
words selected in the article. Each is a Correction (viewer/pipeline/corrections.py) pushed on an
undo stack, so Ctrl+Z takes it back."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from ..core.dates import FuzzyDate
from ..pipeline.annotation import Annotation, PersonSpec
from ..pipeline.corrections import (
    AddEvent,
    AddPerson,
    AddQuote,
    AddRole,
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
    date_printed_in,
    dated_by,
    read_date,
)
from . import i18n
from .views import named


class EditCommand(QUndoCommand):
    """One correction to one article; undo takes it back."""

    def __init__(
        self, text: str, apply: Callable[[], None], revert: Callable[[], None], done: bool = False
    ) -> None:
        super().__init__(text)
        self._apply, self._revert, self._done = apply, revert, done

    def redo(self) -> None:
        if self._done:  # pushed after the reviewer already made the change (a tick)
            self._done = False
            return
        self._apply()

    def undo(self) -> None:
        self._revert()


class CorrectionPanel(QWidget):
    """Under the facts: the ways to correct the chosen one."""

    corrected = Signal(object)
    refit = Signal()  # a row shown or hidden: the fields need another height

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCorrections")
        self.setAccessibleName(QCoreApplication.translate("Corrections", "Correct the chosen fact"))
        self.ann: Annotation | None = None
        self.key = ""
        self._held: dict[QLabel, tuple[str, FuzzyDate | None]] = {}  # the chosen fact's date, as printed
        self.pages = QStackedWidget(self)
        self.pages.addWidget(
            named(
                QLabel(
                    QCoreApplication.translate(
                        "Corrections", "Choose a person, an organisation, an event or a quote to correct it."
                    ),
                    self,
                ),
                "hint",
            )
        )
        self.pages.addWidget(self._event_page())
        self.pages.addWidget(self._quote_page())
        self.pages.addWidget(self._person_page())
        self.pages.addWidget(self._org_page())
        self.pages.currentChanged.connect(self._fit_page)
        self._fit_page(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)

    def _fit_page(self, shown: int) -> None:
        """The panel as tall as the page shown, not as its tallest page: with nothing chosen the list of
        facts above takes the room (at 1280×720 it had ~190 px over an empty band)."""
        for index in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if index == shown else QSizePolicy.Policy.Ignored
            page = self.pages.widget(index)
            if page is not None:
                page.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.pages.adjustSize()
        self.updateGeometry()

    # --- pages ---------------------------------------------------------------------------------

    def _event_page(self) -> QWidget:
        page = QWidget(self)
        self.date_edit = named(QLineEdit(page), "correctDate")
        self.date_edit.setAccessibleName(QCoreApplication.translate("Corrections", "Date"))
        self.date_edit.setPlaceholderText(
            QCoreApplication.translate("Corrections", "e.g. 2026-03-17, 3月17日, 2026年3月")
        )
        self.date_reading = _reading(page, "correctDateReading")
        self.date_edit.textChanged.connect(lambda text: self._read_date(text, self.date_reading))
        apply = named(
            QPushButton(QCoreApplication.translate("Corrections", "Set date"), page), "correctDateApply"
        )
        apply.clicked.connect(lambda: self._set_date(self.date_edit, self.date_reading))
        enter_clicks(self.date_edit, apply)
        # walk34: the quotes said at the event took its new date with no word of it
        self.date_followers = named(QLabel(page), "correctDateFollowers")
        self.date_followers.setWordWrap(True)
        self.date_followers.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        form = QFormLayout(page)
        form.addRow(QCoreApplication.translate("Corrections", "Date:"), self.date_edit)
        form.addRow("", self.date_reading)
        form.addRow("", apply)
        form.addRow("", self.date_followers)
        return page

    def _quote_page(self) -> QWidget:
        page = QWidget(self)
        self.speaker = named(QComboBox(page), "correctSpeaker")
        self.speaker.setAccessibleName(QCoreApplication.translate("Corrections", "Speaker"))
        set_speaker = named(
            QPushButton(QCoreApplication.translate("Corrections", "Set speaker"), page), "correctSpeakerApply"
        )
        set_speaker.clicked.connect(
            lambda: self.corrected.emit(SetSpeaker(self.key, str(self.speaker.currentData())))
        )
        paraphrase = named(
            QPushButton(QCoreApplication.translate("Corrections", "A paraphrase, not a quote"), page),
            "correctParaphrase",
        )
        paraphrase.setToolTip(
            QCoreApplication.translate(
                "Corrections",
                "The words are the writer's summary, not the speaker's: leave this quote out (Undo brings it "
                "back)",
            )
        )
        paraphrase.clicked.connect(lambda: self.corrected.emit(NotAQuote(self.key, "paraphrase")))
        claim = named(
            QPushButton(QCoreApplication.translate("Corrections", "A claim nobody is quoted saying"), page),
            "correctClaim",
        )
        claim.setToolTip(
            QCoreApplication.translate(
                "Corrections",
                "Nobody is quoted saying this: keep it as a claim the article reports, not as a quote",
            )
        )
        claim.clicked.connect(lambda: self.corrected.emit(NotAQuote(self.key, "claim")))
        self.quote_date = named(QLineEdit(page), "correctQuoteDate")
        self.quote_date.setAccessibleName(QCoreApplication.translate("Corrections", "Date said"))
        self.quote_date.setPlaceholderText(QCoreApplication.translate("Corrections", "undated"))
        self.quote_date_reading = _reading(page, "correctQuoteDateReading")
        self.quote_date.textChanged.connect(lambda text: self._read_date(text, self.quote_date_reading))
        set_date = named(
            QPushButton(QCoreApplication.translate("Corrections", "Set date"), page), "correctQuoteDateApply"
        )
        set_date.clicked.connect(lambda: self._set_date(self.quote_date, self.quote_date_reading))
        enter_clicks(self.quote_date, set_date)
        enter_clicks(self.speaker, set_speaker)
        for before, after in (
            (set_speaker, self.quote_date),
            (self.quote_date, set_date),
            (set_date, paraphrase),
        ):
            QWidget.setTabOrder(before, after)  # Tab as the rows read: the date before the buttons under it
        QWidget.setTabOrder(paraphrase, claim)
        form = QFormLayout(page)
        form.addRow(QCoreApplication.translate("Corrections", "Speaker:"), self.speaker)
        form.addRow("", set_speaker)
        dated = QHBoxLayout()
        dated.addWidget(self.quote_date, 1)
        dated.addWidget(set_date)
        form.addRow(QCoreApplication.translate("Corrections", "Date:"), dated)
        form.addRow("", self.quote_date_reading)
        row = QHBoxLayout()
        row.addWidget(paraphrase)
        row.addWidget(claim)
        form.addRow(row)
        return page

    def _person_page(self) -> QWidget:
        page = QWidget(self)
        self.name_edit = named(QLineEdit(page), "correctName")
        self.name_edit.setAccessibleName(QCoreApplication.translate("Corrections", "Name"))
        rename = named(
            QPushButton(QCoreApplication.translate("Corrections", "Rename"), page), "correctNameApply"
        )
        rename.clicked.connect(lambda: self.corrected.emit(Rename(self.key, self.name_edit.text())))
        enter_clicks(self.name_edit, rename)
        self.merge_into = named(QComboBox(page), "correctMergeInto")
        self.merge_into.setAccessibleName(QCoreApplication.translate("Corrections", "The same person as"))
        self.merge = merge = named(
            QPushButton(QCoreApplication.translate("Corrections", "Merge into"), page), "correctMergeApply"
        )
        merge.clicked.connect(
            lambda: self.corrected.emit(Merge(str(self.merge_into.currentData()), self.key))
        )
        # nobody chosen until the reader chooses (or a name is shared): Merge waits for a choice
        self.merge_into.setPlaceholderText(QCoreApplication.translate("Corrections", "The same person as"))
        self.merge_into.currentIndexChanged.connect(lambda i: merge.setEnabled(i >= 0))
        enter_clicks(self.merge_into, merge)
        form = QFormLayout(page)  # each button beside its field, as Set title is (walk35 #9: a row each
        # took the list of facts' room at 1280×720)
        form.addRow(QCoreApplication.translate("Corrections", "Name:"), _beside(self.name_edit, rename))
        form.addRow(
            QCoreApplication.translate("Corrections", "The same person as:"), _beside(self.merge_into, merge)
        )
        self._role_rows(page, form)
        return page

    def _role_rows(self, page: QWidget, form: QFormLayout) -> None:
        """The chosen person's roles, one chosen at a time: its title edited, or the role removed (a
        walkthrough could neither mend nor remove a title read wrongly)."""
        self.role = named(QComboBox(page), "correctRole")
        self.role.setAccessibleName(QCoreApplication.translate("Corrections", "Role"))
        self.role.setPlaceholderText(QCoreApplication.translate("Corrections", "no role found"))
        self.role_title = named(QLineEdit(page), "correctRoleTitle")
        self.role_title.setAccessibleName(QCoreApplication.translate("Corrections", "Title of the role"))
        self.role_apply = _button(
            page,
            "correctRoleApply",
            QCoreApplication.translate("Corrections", "Set title"),
            QCoreApplication.translate("Corrections", "The chosen role under the title typed beside it"),
            lambda: self.corrected.emit(Retitle(self.key, self._role(), self.role_title.text())),
        )
        self.role_remove = _button(
            page,
            "correctRoleRemove",
            QCoreApplication.translate("Corrections", "Remove role"),
            QCoreApplication.translate(
                "Corrections", "The person does not hold the chosen role: leave it out"
            ),
            lambda: self.corrected.emit(DropRole(self.key, self._role())),
        )
        # a role the extraction missed (村支书 of 村支书王绍国), typed in the title field: a person with no
        # role found had every role field disabled (walk36 b05, b08)
        self.role_org = named(QComboBox(page), "correctRoleOrg")
        self.role_org.setAccessibleName(
            QCoreApplication.translate("Corrections", "Organisation of the role to add")
        )
        self.role_add = _button(
            page,
            "correctRoleAdd",
            QCoreApplication.translate("Corrections", "Add role"),
            QCoreApplication.translate(
                "Corrections",
                "The title typed above as another role of the person, at the organisation chosen",
            ),
            lambda: self.corrected.emit(
                AddRole(self.key, self.role_title.text(), self.role_org.currentData() or None)
            ),
        )
        for button in (self.role_apply, self.role_remove, self.role_add):
            button.setAccessibleName(button.text().replace("&", ""))
        self.role.currentIndexChanged.connect(self._show_role)
        self.role_title.textChanged.connect(self._offer_adding)
        EnterClicks(self.role_title, self._title_entered)
        enter_goes(self.role, self.role_title)
        enter_clicks(self.role_org, self.role_add)
        self.role_note = _Note(page, "correctRoleNote")
        titled = QHBoxLayout()
        titled.addWidget(self.role_title, 1)
        titled.addWidget(self.role_apply)
        titled.addWidget(self.role_remove)
        form.addRow(QCoreApplication.translate("Corrections", "Role:"), self.role)
        form.addRow("", titled)
        self.adding = _beside(self.role_org, self.role_add)
        form.addRow(QCoreApplication.translate("Corrections", "New role at:"), self.adding)
        self.role_form = form
        self.role_note.put_in(form)

    def _title_entered(self) -> None:
        """Enter in the title field: the chosen role retitled, or with none the title added as a role."""
        (self.role_apply if self.role.currentIndex() >= 0 else self.role_add).click()

    def _offer_adding(self, text: str) -> None:
        """Adding a role shown for a person with none, or once a title other than the chosen role's is typed
        (a row always there took two lines of the list of facts at 1280×720); Add role waits for a title."""
        other = bool(text.strip()) and text.strip() != self._role()
        self.role_add.setEnabled(other)
        shown = other or self.role.currentIndex() < 0
        if shown != self.role_form.isRowVisible(self.adding):
            self.role_form.setRowVisible(self.adding, shown)
            self.refit.emit()

    def _role(self) -> str:
        """The title of the role chosen ("" with none)."""
        return str(self.role.currentData() or "")

    def _show_role(self, index: int) -> None:
        """The chosen role's title in the field to edit it; nothing to edit or remove with none."""
        self.role_title.setText(self._role())
        for widget in (self.role_apply, self.role_remove):
            widget.setEnabled(index >= 0)
        self.role_title.setPlaceholderText(
            "" if index >= 0 else QCoreApplication.translate("Corrections", "a title to add")
        )
        self._offer_adding(self.role_title.text())

    def _show_roles(self, ann: Annotation, person: PersonSpec, was: tuple[str, int]) -> None:
        """A person's roles, each title once (the role chosen before kept when the same person is shown
        again, as after a correction)."""
        orgs = {o.key: o.name for o in ann.orgs}
        self.role.blockSignals(True)
        self.role.clear()
        for title, org in dict.fromkeys((r.title, r.org) for r in person.roles):
            if self.role.findData(title) < 0:
                self.role.addItem(_role_label(title, orgs.get(org or "", "")), title)
        self.role.blockSignals(False)
        again = was[0] == person.key and 0 <= was[1] < self.role.count()
        self.role.setCurrentIndex(was[1] if again else min(0, self.role.count() - 1))
        self.role.setEnabled(self.role.count() > 0)
        self.role_org.clear()
        self.role_org.addItem(QCoreApplication.translate("Corrections", "no organisation"), "")
        for found in ann.orgs:
            self.role_org.addItem(found.name, found.key)
        self.role_org.setEnabled(self.role_org.count() > 1)
        self.role_note.setText("")
        self._show_role(self.role.currentIndex())

    def note_for(self, correction: Correction) -> QLabel:
        """Where the panel says why a correction cannot be made."""
        if isinstance(correction, RenameOrg):
            return self.org_note
        return self.role_note if isinstance(correction, Retitle | DropRole | AddRole) else self.date_reading

    def _org_page(self) -> QWidget:
        page = QWidget(self)
        self.org_name = named(QLineEdit(page), "correctOrgName")
        self.org_name.setAccessibleName(QCoreApplication.translate("Corrections", "Name of the organisation"))
        rename = _button(
            page,
            "correctOrgNameApply",
            QCoreApplication.translate("Corrections", "Rename"),
            QCoreApplication.translate(
                "Corrections", "The organisation under the name typed (the name printed kept as another)"
            ),
            lambda: self.corrected.emit(RenameOrg(self.key, self.org_name.text())),
        )
        rename.setAccessibleName(QCoreApplication.translate("Corrections", "Rename the organisation"))
        enter_clicks(self.org_name, rename)
        self.org_note = _Note(page, "correctOrgNote")
        form = QFormLayout(page)
        form.addRow(
            QCoreApplication.translate("Corrections", "Organisation name:"), _beside(self.org_name, rename)
        )
        self.org_note.put_in(form)
        return page

    # --- showing a fact ---------------------------------------------------------------------------

    def show_fact(self, ann: Annotation | None, group: str, key: str) -> None:
        """Offer the corrections for one fact (group: persons, orgs, events, quotes), or none."""
        was = (self.key, self.role.currentIndex())
        self.ann, self.key = ann, key
        if ann is None or not key:
            self.pages.setCurrentIndex(0)
        elif group == "events":
            event = next(e for e in ann.events if e.key == key)
            self._show_date(self.date_edit, self.date_reading, event.date, event.date_text)
            said = len(dated_by(ann, key))
            self.date_followers.setText(
                QCoreApplication.translate(
                    "Corrections", "Also dates the %n quote(s) said at it.", None, said
                )
                if said
                else ""
            )
            self.pages.setCurrentIndex(1)
        elif group == "quotes":
            quote = next(q for q in ann.quotes if q.key == key)
            self._fill(
                self.speaker, [(p.key, p.name) for p in ann.persons] + [(o.key, o.name) for o in ann.orgs]
            )
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(quote.speaker)))
            self._show_date(self.quote_date, self.quote_date_reading, quote.date, quote.date_text)
            self.pages.setCurrentIndex(2)
        elif group == "orgs":
            self.org_name.setText(next(o.name for o in ann.orgs if o.key == key))
            self.org_note.setText("")
            self.pages.setCurrentIndex(4)
        else:
            person = next(p for p in ann.persons if p.key == key)
            self._show_roles(ann, person, was)
            self.name_edit.setText(person.name)
            self._fill(self.merge_into, [(p.key, p.name) for p in ann.persons if p.key != key])
            self.merge_into.setCurrentIndex(self.merge_into.findData(_likely_same(ann, person)))
            self.merge_into.setEnabled(self.merge_into.count() > 0)  # nobody else: nothing to merge into
            self.merge.setEnabled(self.merge_into.currentIndex() >= 0)
            self.pages.setCurrentIndex(3)

    def first_field(self) -> QWidget | None:
        """The first field of the chosen fact's corrections (none with nothing chosen)."""
        fields: dict[int, QWidget] = {1: self.date_edit, 2: self.speaker, 3: self.name_edit, 4: self.org_name}
        return fields.get(self.pages.currentIndex())

    @staticmethod
    def _fill(box: QComboBox, choices: list[tuple[str, str]]) -> None:
        box.clear()
        for key, name in choices:
            box.addItem(name, key)

    def _show_date(self, edit: QLineEdit, reading: QLabel, date: FuzzyDate | None, printed: str) -> None:
        """The chosen fact's date as printed, and under it the date it has: the words alone, read against the
        publication date, can say another day than the extraction found from the sentences around them
        (同日 after 17日晚间 is the 17th, not the day the article was published)."""
        text = date.text if date and date.text else printed
        self._held[reading] = (text.strip(), date)
        edit.setText(text)
        self._read_date(text, reading)  # the same words, anew (another publication date, Undo)

    def _read_date(self, text: str, reading: QLabel) -> None:
        """Say how a date typed is read, before it is set (the words the fact holds: the date it has)."""
        held_text, held = self._held.get(reading, ("", None))
        if held is not None and text.strip() == held_text:
            reading.setText(held.describe(i18n.lang()))
            return
        if self.ann is None or not text.strip():
            reading.setText("")
            return
        try:
            reading.setText(read_date(self.ann, text).describe(i18n.lang()))
        except CorrectionError as exc:
            reading.setText(i18n.say(exc))

    def _set_date(self, edit: QLineEdit, reading: QLabel) -> None:
        """The chosen event's or quote's date, as typed, once it can be read."""
        held_text, held = self._held.get(reading, ("", None))
        if self.ann is None or (held is not None and edit.text().strip() == held_text):
            return  # the words it has: read alone they could give another day than the one it has
        try:
            read_date(self.ann, edit.text())
        except CorrectionError as exc:
            reading.setText(i18n.say(exc))
            return
        self.corrected.emit(Redate(self.key, edit.text().strip()))


class AddPanel(QWidget):
    """Under the corrections: what the extraction missed, added from the words selected in the article
    (as a person, as a quote said by someone of the article, or as an event on a date)."""

    corrected = Signal(object)

    def __init__(self, selected: Callable[[], tuple[int, int] | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewAdd")
        self.setAccessibleName(QCoreApplication.translate("Corrections", "Add what was missed"))
        self.selected = selected
        self.ann: Annotation | None = None
        self.as_person = _button(
            self,
            "addPerson",
            QCoreApplication.translate("Corrections", "Add as a person"),
            QCoreApplication.translate(
                "Corrections", "The name selected in the article is a person it missed"
            ),
            self._add_person,
        )
        self.speaker = named(QComboBox(self), "addSpeaker")
        self.speaker.setAccessibleName(QCoreApplication.translate("Corrections", "Speaker of the new quote"))
        # as wide as a name as long as most are (“Omar Sanseviero”), whichever article came first: sized to
        # the first article's names when shown, a later one's were cut (“Kwon Young-s”)
        self.speaker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker.setMinimumContentsLength(len("Omar Sanseviero"))
        self.kind = named(QComboBox(self), "addKind")
        self.kind.setAccessibleName(QCoreApplication.translate("Corrections", "Kind of quote"))
        self.kind.addItem(QCoreApplication.translate("Corrections", "direct (in quote marks)"), "direct")
        self.kind.addItem(QCoreApplication.translate("Corrections", "reported"), "reported")
        self.as_quote = _button(
            self,
            "addQuote",
            QCoreApplication.translate("Corrections", "Add as a quote"),
            QCoreApplication.translate(
                "Corrections", "The words selected in the article are a quote it missed"
            ),
            self._add_quote,
        )
        self.event_date = named(QLineEdit(self), "addEventDate")
        self.event_date.setAccessibleName(QCoreApplication.translate("Corrections", "Date of the new event"))
        self.event_date.setPlaceholderText(
            QCoreApplication.translate("Corrections", "e.g. 2026-03-17, 3月17日, 2026年3月")
        )
        self.as_event = _button(
            self,
            "addEvent",
            QCoreApplication.translate("Corrections", "Add as an event"),
            QCoreApplication.translate(
                "Corrections", "The words selected in the article tell a dated event it missed, on this date"
            ),
            self._add_event,
        )
        enter_clicks(self.event_date, self.as_event)
        enter_clicks(self.speaker, self.as_quote)
        enter_clicks(self.kind, self.as_quote)
        self.note = named(QLabel(self), "addNote")
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        hint = QHBoxLayout()  # the person's button beside the hint, across both columns: a row saved for
        hint.addWidget(  # the speaker's own row below (the dialog still fits 800×500)
            QLabel(QCoreApplication.translate("Corrections", "Missed? Select it in the article:"), self)
        )
        hint.addWidget(self.as_person)
        hint.addStretch(1)
        form.addRow(hint)
        # named apart from the chosen quote's "Speaker:" above it (both read 发言人： in Chinese); the speaker
        # on a row of its own, wide enough for “California Department of Forestry and Fire Protection”
        form.addRow(QCoreApplication.translate("Corrections", "New quote by:"), self.speaker)
        quote = QHBoxLayout()
        quote.addWidget(self.kind)
        quote.addWidget(self.as_quote)
        quote.addStretch(1)
        form.addRow("", quote)
        event = QHBoxLayout()
        event.addWidget(self.event_date, 1)
        event.addWidget(self.as_event)
        form.addRow(QCoreApplication.translate("Corrections", "New event on:"), event)
        form.addRow("", self.note)
        self.selection_changed()

    def show_article(self, ann: Annotation) -> None:
        """Offer the people and organisations of this article as speakers (the chosen one kept)."""
        chosen = self.speaker.currentData()
        self.ann = ann
        self.speaker.clear()
        for key, name in [(p.key, p.name) for p in ann.persons] + [(o.key, o.name) for o in ann.orgs]:
            self.speaker.addItem(name, key)
        if self.speaker.findData(chosen) < 0:  # a new article: the one who speaks most, not a reporter
            speakers = Counter(q.speaker for q in ann.quotes).most_common(1)
            chosen = speakers[0][0] if speakers else None
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(chosen)))
        self.selection_changed()

    def selection_changed(self) -> None:
        """Adding needs words selected in the article (and a quote someone to say it); the speaker
        offered is the one named last before the words (老罗说,“我每天…: 老罗)."""
        span = self.selected()
        self.as_person.setEnabled(span is not None)
        self.as_quote.setEnabled(span is not None and self.speaker.count() > 0)
        self.as_event.setEnabled(span is not None)
        self.note.setText("")
        if span is not None and self.ann is not None:
            named_before = _named_last_before(self.ann, span[0])
            if named_before:
                self.speaker.setCurrentIndex(max(0, self.speaker.findData(named_before)))
            quoted = _inside_quote_marks(self.ann.body, span[0])
            self.kind.setCurrentIndex(self.kind.findData("direct" if quoted else "reported"))
            self.event_date.setText(date_printed_in(self.ann, *span))

    def _add_person(self) -> None:
        span = self.selected()
        if span is not None and self.ann is not None:
            self.corrected.emit(AddPerson(self.ann.body[span[0] : span[1]]))

    def _add_quote(self) -> None:
        span = self.selected()
        if span is not None and self.speaker.count():
            self.corrected.emit(
                AddQuote(str(self.speaker.currentData()), *span, str(self.kind.currentData()))
            )

    def _add_event(self) -> None:
        span = self.selected()
        if span is not None:
            self.corrected.emit(AddEvent(*span, self.event_date.text()))


class EnterClicks(QObject):
    """Return or Enter in a correction's field presses the button beside it, and goes no further: the
    dialog's default button took the key too and saved the whole import (a walkthrough set a date with
    Enter, and the review closed with the rest of it undone)."""

    def __init__(self, field: QWidget, action: Callable[[], None]) -> None:
        super().__init__(field)
        self.action = action
        field.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in keys:
            self.action()  # a disabled button does nothing, and the key stops here all the same
            return True
        return False


def enter_clicks(field: QWidget, button: QPushButton) -> None:
    """Enter in this field (a line or a list to choose from) does what this button does, no more."""
    EnterClicks(field, button.click)


def enter_goes(field: QWidget, target: QWidget) -> None:
    """Enter in this list goes on to the field that edits what it chose, and no further (never saves)."""
    EnterClicks(field, lambda: target.setFocus(Qt.FocusReason.TabFocusReason))


def _button(parent: QWidget, name: str, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
    """A push button a test or a screen reader finds by name, with its tooltip and what it does."""
    button = named(QPushButton(text, parent), name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def _named_last_before(ann: Annotation, at: int) -> str:
    """The key of the person or organisation whose name (or alias) is printed last before a place."""
    names = [(p.key, n) for p in ann.persons for n in (p.name, *p.aliases) if n]
    names += [(o.key, n) for o in ann.orgs for n in (o.name, *o.aliases) if n]
    found = [(ann.body.rfind(name, 0, at), key) for key, name in names]
    return max(found, default=(-1, ""))[1] if any(where >= 0 for where, _ in found) else ""


def _inside_quote_marks(body: str, at: int) -> bool:
    """True when a place of the text is inside quote marks opened in its paragraph (“…, 「…)."""
    paragraph = body[body.rfind("\n", 0, at) + 1 : at]
    opened = max(paragraph.rfind(mark) for mark in "“「『")
    closed = max(paragraph.rfind(mark) for mark in "”」』")
    return opened > closed or paragraph.count('"') % 2 == 1


def _role_label(title: str, org: str) -> str:
    """A role as the list of roles shows it: its title, and its organisation when known."""
    if not org:
        return title
    return QCoreApplication.translate("Corrections", "{title} ({org})").format(title=title, org=org)


def describe(correction: Correction) -> str:
    """What a correction does, as Undo and Redo name it: in lower case, it reads on from them ("Undo setting
    the web address"; walk35 #11: "Undo rename an organisation" read as an order)."""
    match correction:
        case Redate():
            return QCoreApplication.translate("Corrections", "setting a date")
        case SetSpeaker():
            return QCoreApplication.translate("Corrections", "setting a speaker")
        case Rename():
            return QCoreApplication.translate("Corrections", "renaming a person")
        case RenameOrg():
            return QCoreApplication.translate("Corrections", "renaming an organisation")
        case Merge():
            return QCoreApplication.translate("Corrections", "merging two people")
        case Retitle():
            return QCoreApplication.translate("Corrections", "setting a role's title")
        case DropRole():
            return QCoreApplication.translate("Corrections", "removing a role")
        case AddRole():
            return QCoreApplication.translate("Corrections", "adding a role")
        case NotAQuote(becomes="claim"):
            return QCoreApplication.translate("Corrections", "making a quote a claim")
        case AddPerson():
            return QCoreApplication.translate("Corrections", "adding a person")
        case AddQuote():
            return QCoreApplication.translate("Corrections", "adding a quote")
        case AddEvent():
            return QCoreApplication.translate("Corrections", "adding an event")
        case SetCitation(field="title"):
            return QCoreApplication.translate("Corrections", "setting the title")
        case SetCitation(field="author"):
            return QCoreApplication.translate("Corrections", "setting the author")
        case SetCitation(field="publisher"):
            return QCoreApplication.translate("Corrections", "setting the publisher")
        case SetCitation():
            return QCoreApplication.translate("Corrections", "setting the web address")
        case _:
            return QCoreApplication.translate("Corrections", "making a quote a paraphrase")


def _likely_same(ann: Annotation, person) -> str | None:
    """Whom a person is most likely the same as: one sharing the surname or a word of the name (何次長 and
    何晉滄, Mr Teo and Teo Chee Hean), the one who speaks most among several; else nobody (walk34: Chris
    Patten was offered for Steve Mitchell, a click from merging them), nor simply the first listed, often
    the reporter."""
    quotes = Counter(q.speaker for q in ann.quotes)

    def shares(other) -> bool:
        a, b = person.name, other.name
        if a.isascii() and b.isascii():
            return bool(set(a.split()) & set(b.split()))
        return a[:1] == b[:1]

    sharing = [p for p in ann.persons if p.key != person.key and shares(p)]
    best = max(sharing, key=lambda p: quotes[p.key], default=None)
    return best.key if best is not None else None


def _beside(field: QWidget, button: QPushButton) -> QHBoxLayout:
    """A field with the button that applies it at its right."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


class _Note(QLabel):
    """Why a correction could not be made: wrapped within the column, and taking no room until it has
    something to say (two empty lines kept for it left a band over the list of facts' room, walk35 #9)."""

    def __init__(self, page: QWidget, name: str) -> None:
        super().__init__(page)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.form: QFormLayout | None = None

    def put_in(self, form: QFormLayout) -> None:
        """A row of the form under the fields, hidden while the note is empty."""
        self.form = form
        form.addRow("", self)
        form.setRowVisible(self, bool(self.text()))

    def setText(self, text: str) -> None:
        """Say it, its row shown; or nothing, its row hidden."""
        super().setText(text)
        if self.form is not None:
            self.form.setRowVisible(self, bool(text))


def _reading(page: QWidget, name: str) -> QLabel:
    """A line saying how a typed date reads: it wraps within the column, never widening it (the panes
    beside it had jumped by some 20 px whenever it appeared), with room for two lines from the start."""
    label = named(QLabel(page), name)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 2)  # room for a reason on two lines
    return label
