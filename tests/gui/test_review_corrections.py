"""The review dialog corrects, not only unticks (issue 15): dates, speakers, names, merges, a quote
that is a paraphrase or a claim — each undoable, ticks kept, and saved as corrected."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QWidget
from viewer.gui.review_corrections import describe
from viewer.gui.review_dialog import KEY, ReviewDialog, review_size
from viewer.pipeline.corrections import (
    AddEvent,
    AddPerson,
    AddQuote,
    DropRole,
    Merge,
    NotAQuote,
    Redate,
    Rename,
    RenameOrg,
    Retitle,
    SetCitation,
    SetSpeaker,
)
from viewer.pipeline.library import read_article

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"


@pytest.fixture
def dialog(qtbot):
    d = ReviewDialog([read_article(WIRE)])
    qtbot.addWidget(d)
    d.show()
    return d


@pytest.fixture
def missed(qtbot):
    """The review of the article as if the extractor had missed its editor, 李想, credited at its end."""
    ann = read_article(WIRE)
    d = ReviewDialog([dataclasses.replace(ann, persons=[p for p in ann.persons if p.name != "李想"])])
    qtbot.addWidget(d)
    d.show()
    return d


def _choose(dialog, key):
    model = dialog.facts.model()
    for g in range(model.rowCount()):
        head = model.item(g)
        for i in range(head.rowCount()):
            if head.child(i).data(KEY) == key:
                dialog.facts.setCurrentIndex(head.child(i).index())
                return head.child(i)
    raise AssertionError(key)


def _click(dialog, name):
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    button.click()


def _label(dialog, key):
    return _choose(dialog, key).text()


def test_a_date_is_corrected_and_undone(qtbot, dialog):
    before = _label(dialog, "e1")
    _choose(dialog, "e1")
    edit = dialog.findChild(object, "correctDate")
    edit.clear()
    edit.insert("2025年11月16日")  # as typed (QTest cannot type Chinese)
    assert "2025-11-16" in dialog.findChild(object, "correctDateReading").text()
    _click(dialog, "correctDateApply")
    assert "2025-11-16" in _label(dialog, "e1")
    assert dialog.facts.currentIndex().data(KEY) == "e1", "the corrected fact stays chosen"
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _label(dialog, "e1") == before
    dialog.undo_stack.redo()
    assert "2025-11-16" in _label(dialog, "e1")


def test_an_unreadable_date_says_why_and_changes_nothing(qtbot, dialog):
    _choose(dialog, "e1")
    edit = dialog.findChild(object, "correctDate")
    edit.setText("2025-13-40")
    _click(dialog, "correctDateApply")
    assert dialog.undo_stack.count() == 0
    assert "cannot read the date" in dialog.findChild(object, "correctDateReading").text()


def test_a_quote_becomes_a_claim_and_the_ticks_elsewhere_stay(qtbot, dialog):
    person = _choose(dialog, next(p.key for p in dialog.annotations[0].persons if p.name == "林雨晴"))
    person.setCheckState(Qt.CheckState.Unchecked)
    _choose(dialog, "q5")
    _click(dialog, "correctClaim")
    kept = dialog.result_annotations()[0]
    assert "q5" not in {q.key for q in kept.quotes}
    assert any(c.occurrences[0].anchor.text.startswith("公司的研发投入") for c in kept.claims)
    assert "林雨晴" not in {p.name for p in kept.persons}, "the unticked person stays unticked"


def test_a_speaker_is_set_and_two_people_merge(qtbot, dialog):
    ann = dialog.annotations[0]
    lin = next(p.key for p in ann.persons if p.name == "林雨晴")
    _choose(dialog, "q4")
    speaker = dialog.findChild(object, "correctSpeaker")
    speaker.setCurrentIndex(speaker.findData(lin))
    _click(dialog, "correctSpeakerApply")
    assert "林雨晴" in _label(dialog, "q4")
    _merge(qtbot, dialog)
    names = [p.name for p in dialog.result_annotations()[0].persons]
    assert "陈默" not in names and "周启明" in names
    assert dialog.undo_stack.count() == 2
    dialog.undo_stack.undo()
    assert "陈默" in [p.name for p in dialog.result_annotations()[0].persons]


def test_a_person_is_renamed_keeping_the_printed_name(qtbot, dialog):
    zhou = next(p.key for p in dialog.annotations[0].persons if p.name == "周启明")
    _choose(dialog, zhou)
    name = dialog.findChild(object, "correctName")
    name.setText("周启明博士")
    _click(dialog, "correctNameApply")
    person = next(p for p in dialog.result_annotations()[0].persons if p.key == zhou)
    assert person.name == "周启明博士" and "周启明" in person.aliases


def _review(qtbot, tmp_path: Path, text: str) -> ReviewDialog:
    """The review of one article written to a file, shown."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    d = ReviewDialog([read_article(path)])
    qtbot.addWidget(d)
    d.show()
    return d


UNDATED = (
    "日官房长官:私人行程\n\n记者雷光涵/即时报导\n\n"
    "木原稔周一表示,台湾方面说明是私人行程。王毅周日举行记者会。\n"
)


def test_a_guessed_publication_date_is_asked_for_and_every_relative_date_follows(qtbot, tmp_path):
    d = _review(qtbot, tmp_path, UNDATED)
    note = d.findChild(object, "reviewPublishedNote")
    assert "no publication date" in note.text() and d.findChild(object, "reviewPublished").text() == ""
    first_person = d.annotations[0].persons[0].key
    _choose(d, first_person).setCheckState(Qt.CheckState.Unchecked)
    published = d.findChild(object, "reviewPublished")
    published.setText("2026-03-09")
    with qtbot.waitSignal(d.readAgain):  # read again off the GUI thread
        _click(d, "reviewReread")
    dates = sorted(e.date.label() for e in d.result_annotations()[0].events if e.date)
    assert dates == ["2026-03-08*", "2026-03-09*"]
    assert first_person not in {p.key for p in d.result_annotations()[0].persons}, "ticks survive"
    d.undo_stack.undo()
    assert not [e for e in d.result_annotations()[0].events if e.date]
    published.setText("2026-03")
    _click(d, "reviewReread")
    assert d.undo_stack.count() == 2 and "whole day" in note.text(), "the untick and the first reading only"


def test_a_day_given_over_a_printed_one_is_used_and_said_so(qtbot, tmp_path):
    """A walkthrough typed another day over a printed one (a page's update stamp, a reprint) and read
    again: the field snapped back to the printed day and the dates stayed, with no word why."""
    d = _review(
        qtbot, tmp_path, "Fire on Hartford Road\nSeptember 2, 2019\n\nCrews responded on Wednesday.\n"
    )
    published = d.findChild(object, "reviewPublished")
    assert published.text() == "2019-09-02"
    published.setText("2019-09-05")
    with qtbot.waitSignal(d.readAgain):
        _click(d, "reviewReread")
    assert published.text() == "2019-09-05"
    assert [e.date.label() for e in d.result_annotations()[0].events if e.date] == ["2019-09-04*"]
    assert "As given: 2019-09-05" in d.findChild(object, "reviewPublishedNote").text()
    d.undo_stack.undo()
    assert published.text() == "2019-09-02"


def _cancel_button(dialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)


def _article_text(dialog) -> str:
    return dialog.articles.item(0).text()


def test_a_quote_left_out_as_a_paraphrase_leaves_the_articles_count_too(qtbot, dialog):
    quotes = len(dialog.annotations[0].quotes)
    assert f"{quotes} quotes" in _article_text(dialog)
    _choose(dialog, "q5")
    assert "leave this quote out" in dialog.findChild(QPushButton, "correctParaphrase").toolTip()
    _click(dialog, "correctParaphrase")
    assert f"{quotes - 1} quotes" in _article_text(dialog)
    dialog.undo_stack.undo()
    assert f"{quotes} quotes" in _article_text(dialog)


def test_cancelling_a_review_that_holds_corrections_asks_first(qtbot, dialog):
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    _choose(dialog, "q5")
    _click(dialog, "correctClaim")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible(), "Keep Reviewing keeps the dialog and its corrections"
    assert dialog.undo_stack.index() == 1
    dialog.confirm_discard = lambda: asked.append(True) or True
    _cancel_button(dialog).click()
    assert len(asked) == 2 and not dialog.isVisible()


def test_cancelling_an_untouched_review_asks_nothing(qtbot, dialog):
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    _cancel_button(dialog).click()
    assert asked == [] and not dialog.isVisible()


def test_an_untick_alone_also_asks_before_it_is_lost(qtbot, dialog):
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    _choose(dialog, "q5").setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible()


def _select(dialog, words):
    """Select words in the article pane as a reader drags over them."""
    from PySide6.QtGui import QTextCursor
    from viewer.gui.panes.article_pane import qt_position

    body = dialog.annotations[0].body
    start = body.index(words)
    view = dialog.text.text
    cursor = view.textCursor()
    cursor.setPosition(qt_position(body, start))
    cursor.setPosition(qt_position(body, start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_a_missed_person_is_added_from_the_selection_and_undone(qtbot, missed):
    dialog = missed
    add = dialog.findChild(QPushButton, "addPerson")
    assert not add.isEnabled(), "nothing selected, nothing to add"
    _select(dialog, "李想")
    assert add.isEnabled()
    add.click()
    assert "李想" in {p.name for p in dialog.annotations[0].persons}
    assert dialog.facts.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "李想", (
        "the added person is chosen"
    )
    assert dialog.text.highlighted() == ["李想"]
    assert "李想" in {p.name for p in dialog.result_annotations()[0].persons}
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "李想" not in {p.name for p in dialog.annotations[0].persons}


def test_a_person_already_found_is_not_added_twice_and_the_panel_says_so(qtbot, dialog):
    _select(dialog, "孙立群")
    dialog.findChild(QPushButton, "addPerson").click()
    assert dialog.undo_stack.count() == 0
    assert "already" in dialog.findChild(object, "addNote").text()


def test_missed_words_are_added_as_a_quote_by_the_speaker_chosen(qtbot, dialog):
    words = "新任首席技术官的遴选工作已经启动"
    _select(dialog, "," + words + "。")
    speaker = dialog.findChild(object, "addSpeaker")
    speaker.setCurrentIndex(speaker.findText("孙立群"))
    kind = dialog.findChild(object, "addKind")
    kind.setCurrentIndex(kind.findData("reported"))
    before = len(dialog.annotations[0].quotes)
    dialog.findChild(QPushButton, "addQuote").click()
    quotes = dialog.result_annotations()[0].quotes
    assert len(quotes) == before + 1
    added = quotes[-1]
    names = {p.key: p.name for p in dialog.annotations[0].persons}
    assert (names[added.speaker], added.kind, added.occurrences[0].anchor.text) == (
        "孙立群",
        "reported",
        words + "。",
    )
    assert dialog.text.highlighted() == [words + "。"]
    assert (
        "1 quote" not in dialog.articles.item(0).text()
        and f"{before + 1} quote" in dialog.articles.item(0).text()
    )


def test_a_person_added_can_be_chosen_at_once_as_a_quotes_speaker(qtbot, missed):
    dialog = missed
    _select(dialog, "李想")
    dialog.findChild(QPushButton, "addPerson").click()
    speaker = dialog.findChild(object, "addSpeaker")
    assert speaker.findText("李想") >= 0


def test_the_quote_offered_is_said_by_the_one_named_last_before_and_quoted_or_reported_by_its_marks(
    qtbot, dialog
):
    speaker, kind = dialog.findChild(object, "addSpeaker"), dialog.findChild(object, "addKind")
    # 孙立群在内部信中写道:“启明为公司打下了坚实的技术底座,我们尊重他的选择。”
    _select(dialog, "我们尊重他的选择")
    assert (speaker.currentText(), kind.currentData()) == ("孙立群", "direct")
    _select(dialog, "公司的研发投入不会减少")  # 星河智能发言人陈默18日回应称,公司的研发投入不会减少
    assert (speaker.currentText(), kind.currentData()) == ("陈默", "reported")


@given(st.text(alphabet=st.sampled_from("ab中文😀𝄞\n “”"), max_size=40), st.data())
def test_a_selection_maps_back_to_the_characters_it_covers(text, data):
    from viewer.gui.panes.article_pane import python_index, qt_position

    index = data.draw(st.integers(0, len(text)))
    assert python_index(text, qt_position(text, index)) == index


@given(st.text(alphabet=st.sampled_from("ab中文😀𝄞\ud800\n “”"), max_size=40), st.data())
def test_a_qt_position_counts_each_character_beyond_the_bmp_twice(text, data):
    """qt_position counts UTF-16 units by the codec (a lone surrogate once), as a count per character did."""
    from viewer.gui.panes.article_pane import qt_position

    index = data.draw(st.integers(0, len(text)))
    assert qt_position(text, index) == index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def test_a_missed_event_is_added_from_the_selection_dated_by_what_it_prints(qtbot, dialog):
    _select(dialog, "星河智能今年9月曾完成新一轮融资")
    date = dialog.findChild(object, "addEventDate")
    assert date.text() == "今年9月", "the date the words print is offered"
    before = len(dialog.annotations[0].events)
    dialog.findChild(QPushButton, "addEvent").click()
    events = dialog.result_annotations()[0].events
    assert len(events) == before + 1 and events[-1].date.label() == "2025-09*"
    assert dialog.facts.currentIndex().data(KEY) == events[-1].key, "the added event is chosen"
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.annotations[0].events) == before


def test_an_event_on_a_date_that_cannot_be_read_is_not_added_and_the_panel_says_why(qtbot, dialog):
    _select(dialog, "孙立群表示")
    dialog.findChild(object, "addEventDate").setText("2025-13-40")
    dialog.findChild(QPushButton, "addEvent").click()
    assert dialog.undo_stack.count() == 0
    assert dialog.findChild(object, "addNote").text()


def test_after_adding_the_keys_go_to_the_facts_so_ctrl_z_takes_it_back(qtbot, dialog):
    from PySide6.QtWidgets import QApplication

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _select(dialog, "星河智能今年9月曾完成新一轮融资")
    add = dialog.findChild(QPushButton, "addEvent")
    add.setFocus()
    add.click()  # the selection goes with the highlight: the button is disabled and gives up the focus
    assert QApplication.focusWidget() is dialog.facts
    before = len(dialog.annotations[0].events)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.annotations[0].events) == before - 1


def test_a_quotes_date_is_set_on_the_quote_page_and_undone(qtbot, dialog):
    _choose(dialog, "q3")  # 孙立群's words in his internal letter: no date printed with them
    edit = dialog.findChild(object, "correctQuoteDate")
    assert edit.isVisible() and edit.text() == ""
    edit.insert("11月17日")
    assert "2025-11-17" in dialog.findChild(object, "correctQuoteDateReading").text()
    _click(dialog, "correctQuoteDateApply")
    assert next(q for q in dialog.annotations[0].quotes if q.key == "q3").date.label() == "2025-11-17*"
    dialog.undo_stack.undo()
    assert next(q for q in dialog.annotations[0].quotes if q.key == "q3").date is None


def test_a_date_set_on_a_quote_is_the_one_saved(qtbot, dialog):
    _choose(dialog, "q3")
    dialog.findChild(object, "correctQuoteDate").insert("11月17日")
    _click(dialog, "correctQuoteDateApply")
    saved = next(q for q in dialog.result_annotations()[0].quotes if q.key == "q3")
    assert saved.date is not None and saved.date.label() == "2025-11-17*"


def test_enter_in_the_date_field_reads_again_and_does_not_save(qtbot, tmp_path):
    from PySide6.QtTest import QTest

    d = _review(qtbot, tmp_path, UNDATED)
    published = d.findChild(object, "reviewPublished")
    published.setFocus()
    published.setText("2026-03-09")
    with qtbot.waitSignal(d.readAgain):
        QTest.keyClick(published, Qt.Key.Key_Return)
    assert d.isVisible() and d.result() == 0, "the import was not saved"
    dates = sorted(e.date.label() for e in d.result_annotations()[0].events if e.date)
    assert dates == ["2026-03-08*", "2026-03-09*"]


def test_the_one_offered_to_merge_into_shares_the_surname_not_the_reporter_listed_first(qtbot, tmp_path):
    """何署長 (a surname and a title) is offered to merge into 何晉滄, not into the reporter listed first
    (次長, the walkthrough's title, is now read as 何晉滄's by the extractor itself)."""
    d = _review(
        qtbot,
        tmp_path,
        "供電穩定\n\n記者張韶雯/台北報導\n\n經濟部署長何晉滄今日表示，台電已採取多項應變措施。"
        "何署長表示，夏季用電無虞。\n",
    )
    ann = d.annotations[0]
    assert [p.name for p in ann.persons] == ["張韶雯", "何署長", "何晉滄"]
    _choose(d, next(p.key for p in ann.persons if p.name == "何署長"))
    assert d.findChild(object, "correctMergeInto").currentText() == "何晉滄"


def test_a_missed_quote_is_offered_to_the_one_who_speaks_most_not_the_reporter(qtbot, tmp_path):
    d = _review(
        qtbot,
        tmp_path,
        "供電穩定\n\n記者張韶雯/台北報導\n\n經濟部次長何晉滄今日表示，台電已採取多項應變措施。\n",
    )
    assert d.annotations[0].persons[0].name == "張韶雯"
    assert d.findChild(object, "addSpeaker").currentText() == "何晉滄"


def test_an_unticked_fact_shows_its_box_on_a_dark_palette(qtbot, dialog):
    """A walkthrough saw unticked facts with no box at all in the dark palette."""
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
    from viewer.gui.appearance import dark_palette

    dialog.setPalette(dark_palette())
    item = _choose(dialog, "q3")
    item.setCheckState(Qt.CheckState.Unchecked)
    view = dialog.facts
    opt = QStyleOptionViewItem()
    view.initViewItemOption(opt)
    opt.rect = view.visualRect(item.index())
    view.itemDelegate().initStyleOption(opt, item.index())
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, view)
    image = view.viewport().grab().toImage()
    base = dark_palette().base().color().lightness()
    edge = [image.pixelColor(x, box.center().y()).lightness() for x in range(box.left(), box.right() + 1)]
    assert max(edge) - base > 60, "the box's frame stands out from the list's base"


def test_the_review_fits_the_screen_with_room_for_a_title_bar(dialog):
    """A walkthrough found it 720 px tall on a 720 px screen: its Save row would fall off."""
    from PySide6.QtCore import QSize
    from viewer.gui.review_dialog import review_size

    available = dialog.screen().availableGeometry()
    assert dialog.height() <= available.height() * 0.9 and dialog.width() <= available.width()
    assert review_size(QSize(1280, 720)).height() <= 640
    assert review_size(QSize(1440, 900)) == QSize(1200, 720)
    # a walkthrough found it 1200 px wide on a 1600 px screen, the address field some 280 px of it
    assert review_size(QSize(1600, 1000)) == QSize(1280, 800)
    assert review_size(QSize(1920, 1080)) == QSize(1536, 864)


def test_the_line_reading_a_date_does_not_move_the_panes_beside_it(qtbot, dialog):
    """A walkthrough saw the article list and text shift by some 20 px when the date's reading appeared."""
    dialog.resize(1200, 640)
    _choose(dialog, "q3")
    qtbot.wait(1)
    widths = (dialog.article_list.width(), dialog.facts.width(), dialog.text.width())
    dialog.findChild(object, "correctQuoteDate").insert("Monday")
    assert dialog.findChild(object, "correctQuoteDateReading").text()
    qtbot.wait(1)
    assert (dialog.article_list.width(), dialog.facts.width(), dialog.text.width()) == widths
    date = dialog.findChild(object, "correctQuoteDate")
    date.clear()
    date.insert("2023-11-")  # a reason it cannot be read, over two lines: shown whole (it was clipped)
    reading = dialog.findChild(object, "correctQuoteDateReading")
    qtbot.waitUntil(lambda: reading.height() >= reading.heightForWidth(reading.width()))


def test_ctrl_z_brings_back_a_quote_left_out_and_chooses_it_again(qtbot, dialog):
    """A walkthrough found the quote restored by Undo not chosen again."""
    _choose(dialog, "q5")
    _click(dialog, "correctParaphrase")
    assert dialog.facts.currentIndex().data(KEY) != "q5"
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.facts.currentIndex().data(KEY) == "q5"


def test_an_untick_is_a_step_of_undo(qtbot, dialog):
    """A walkthrough found Ctrl+Z unable to take back an untick."""
    item = _choose(dialog, "q3")
    item.setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    assert dialog.undo_stack.undoText() == "unticking"
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _choose(dialog, "q3").checkState() == Qt.CheckState.Checked
    dialog.undo_stack.redo()
    assert _choose(dialog, "q3").checkState() == Qt.CheckState.Unchecked
    assert "q3" not in {q.key for q in dialog.result_annotations()[0].quotes}


def test_the_title_author_and_publisher_are_given_for_the_citations_and_enter_does_not_save(qtbot, dialog):
    """The citation of a page stored without its headline named nothing (a walkthrough): the review now
    takes the title, author and publisher, each one step of Undo."""
    title = dialog.findChild(object, "reviewTitle")
    assert title.text() == dialog.annotations[0].title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "A headline the page lost")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0, "Enter set the title; it did not save the import"
    publisher = dialog.findChild(object, "reviewPublisher")
    publisher.setFocus()
    publisher.selectAll()
    qtbot.keyClicks(publisher, "Pulse Nigeria")
    qtbot.keyClick(publisher, Qt.Key.Key_Return)
    saved = dialog.result_annotations()[0]
    assert (saved.title, saved.publisher) == ("A headline the page lost", "Pulse Nigeria")
    assert dialog.undo_stack.undoText() == "setting the publisher"
    dialog.undo_stack.undo()
    assert dialog.result_annotations()[0].publisher != "Pulse Nigeria"
    assert publisher.text() == dialog.result_annotations()[0].publisher, "the field shows what is kept"


def test_a_web_address_typed_is_cited_and_its_day_dates_an_undated_text_in_one_step(qtbot, tmp_path):
    """A text copied from a page has no address to cite and often no date; the address typed in the
    review gives both, and one Undo takes both back."""
    d = _review(qtbot, tmp_path, UNDATED)
    d.activateWindow()  # Ctrl+Z is the dialog's shortcut: it needs the dialog active, as a user's is
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
    address = d.findChild(object, "reviewAddress")
    assert address.accessibleName() and address.text() == ""
    address.setFocus()
    qtbot.keyClicks(address, "https://news.example.com/2026/03/09/story.html")
    with qtbot.waitSignal(d.readAgain):
        qtbot.keyClick(address, Qt.Key.Key_Return)
    assert d.isVisible() and d.result() == 0, "Enter set the address; it did not save the import"
    saved = d.result_annotations()[0]
    assert saved.address == "https://news.example.com/2026/03/09/story.html"
    assert sorted(e.date.label() for e in saved.events if e.date) == ["2026-03-08*", "2026-03-09*"]
    assert d.findChild(object, "reviewPublished").text() == "2026-03-09"
    assert "web address" in d.findChild(object, "reviewPublishedNote").text()
    assert d.undo_stack.undoText() == "setting the web address"
    qtbot.keyClick(address, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the caret still there
    undone = d.result_annotations()[0]
    assert undone.address == "" and not [e for e in undone.events if e.date], "Ctrl+Z in the field undid it"
    assert address.text() == ""


def test_the_chosen_events_reading_follows_a_new_publication_date_and_its_undo(qtbot, tmp_path):
    """A walkthrough read again with another date: the list said 2025年3月7日, the chosen event's
    reading below it still the old day, until another row was clicked."""
    d = _review(qtbot, tmp_path, "标题\n\n行政院長卓榮泰7日前往東京。木原稔9日表示,沒有立場評論。\n")
    first = next(e.key for e in d.annotations[0].events if e.date_text == "7日")
    _choose(d, first)
    reading = d.findChild(object, "correctDateReading")
    assert "2025-03-07" not in reading.text() and "2025年3月7日" not in reading.text()
    d.findChild(object, "reviewPublished").setText("2025-03-10")
    with qtbot.waitSignal(d.readAgain):
        _click(d, "reviewReread")
    assert reading.text().startswith("2025-03-07"), reading.text()
    d.undo_stack.undo()
    assert not reading.text().startswith("2025-03-07"), reading.text()


def test_alt_u_in_the_address_field_undoes_and_what_is_no_web_address_is_not_kept(qtbot, tmp_path):
    """A walkthrough pressed Alt+U, as 撤销(U) shows: nothing was undone, and a "u" went into the address,
    which was saved and cited as "uhttp://…"."""
    d = _review(qtbot, tmp_path, UNDATED)
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
    address = d.findChild(object, "reviewAddress")
    address.setFocus()
    qtbot.keyClicks(address, "https://news.example.com/story.html")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    assert d.result_annotations()[0].address == "https://news.example.com/story.html"
    qtbot.keyClick(address, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert d.result_annotations()[0].address == "" and address.text() == ""
    qtbot.keyClicks(address, "uhttp//news.example.com")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    assert d.result_annotations()[0].address == "" and d.undo_stack.count() == 1
    assert "Not a web address" in d.findChild(object, "reviewPublishedNote").text()


def test_an_address_that_no_longer_prints_the_day_gives_back_the_texts_own_reading(qtbot, tmp_path):
    """A walkthrough cleared the address that had dated an article: the date and its note stayed."""
    d = _review(qtbot, tmp_path, UNDATED)
    address = d.findChild(object, "reviewAddress")
    address.setFocus()
    qtbot.keyClicks(address, "https://news.example.com/2026/03/09/story.html")
    with qtbot.waitSignal(d.readAgain):
        qtbot.keyClick(address, Qt.Key.Key_Return)
    assert d.result_annotations()[0].published_from == "address"
    address.selectAll()
    qtbot.keyClicks(address, "https://news.example.com/story-123.html")
    with qtbot.waitSignal(d.readAgain):
        qtbot.keyClick(address, Qt.Key.Key_Return)
    again = d.result_annotations()[0]
    assert again.address.endswith("story-123.html") and again.published_date is None
    assert not [e for e in again.events if e.date]
    assert "no publication date" in d.findChild(object, "reviewPublishedNote").text()


def test_an_address_never_redates_a_text_that_prints_its_date(qtbot, dialog):
    address = dialog.findChild(object, "reviewAddress")
    address.setFocus()
    qtbot.keyClicks(address, "https://news.example.com/2020/01/01/story.html")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    saved = dialog.result_annotations()[0]
    assert saved.address.endswith("story.html") and saved.published_date.label() == "2025-11-18"
    # a walkthrough found no word of the address's other day: a reprint, or a mistyped address
    assert "(Its web address prints 2020-01-01.)" in dialog.findChild(object, "reviewPublishedNote").text()
    address.selectAll()
    qtbot.keyClicks(address, "https://news.example.com/2025/11/18/story.html")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    assert "web address prints" not in dialog.findChild(object, "reviewPublishedNote").text()


def test_a_guessed_date_names_the_printed_words_it_comes_from(qtbot, tmp_path):
    """A walkthrough could not tell what a guess was guessed from, nor that its year was assumed."""
    d = _review(qtbot, tmp_path, "标题\n\n9月25日,雷军在微博上感慨。今晚的发布会备受关注。\n")
    note = d.findChild(object, "reviewPublishedNote").text()
    assert "9月25日" in note and "year assumed" in note
    monthless = _review(qtbot, tmp_path, "标题\n\n木原稔9日表示,沒有立場評論。\n")
    note = monthless.findChild(object, "reviewPublishedNote").text()
    assert "“9日” (its month and year assumed)" in note


def test_undo_and_redo_name_each_step_in_running_english(qtbot, dialog):
    """A walkthrough read "Undo Set the web address": each step's name kept its capital in mid-phrase
    after Undo and Redo. Every step now reads on from them."""
    from PySide6.QtWidgets import QToolButton

    undo = dialog.findChild(QToolButton, "reviewUndo")
    redo = dialog.findChild(QToolButton, "reviewRedo")
    _choose(dialog, "q3").setCheckState(Qt.CheckState.Unchecked)  # as a click on its box does
    assert undo.defaultAction().text() == "&Undo unticking"
    undo.click()
    assert redo.defaultAction().text() == "&Redo unticking"
    for field, typed in (
        ("reviewAddress", "https://news.example.com/story.html"),
        ("reviewAuthor", "Ann Lee"),
    ):
        edit = dialog.findChild(object, field)
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert undo.defaultAction().text() == "&Undo setting the author"
    undo.click()
    assert (undo.defaultAction().text(), redo.defaultAction().text()) == (
        "&Undo setting the web address",
        "&Redo setting the author",
    )
    published = dialog.findChild(object, "reviewPublished")
    published.setText("2026-03-07")
    with qtbot.waitSignal(dialog.readAgain):
        _click(dialog, "reviewReread")
    assert undo.defaultAction().text() == "&Undo setting the publication date"
    _choose(dialog, "e1")
    dialog.findChild(object, "correctDate").setText("2025-11-16")
    _click(dialog, "correctDateApply")
    assert undo.defaultAction().text() == "&Undo setting a date"


@pytest.mark.parametrize(
    "correction",
    [
        Redate("e1", "2025-11-16"),
        SetSpeaker("q1", "p1"),
        Rename("p1", "周启明"),
        RenameOrg("o1", "星河"),
        Merge("p1", "p2"),
        Retitle("p1", "CEO", "CTO"),
        DropRole("p1", "CEO"),
        NotAQuote("q1", "paraphrase"),
        NotAQuote("q1", "claim"),
        AddPerson("周启明"),
        AddQuote("p1", 0, 4, "direct"),
        AddEvent(0, 4, "2025-11-16"),
        *(SetCitation(field, "x") for field in ("title", "author", "publisher", "address")),
    ],
    ids=repr,
)
def test_every_correction_is_named_to_follow_undo(correction):
    """What Undo and Redo say of a correction begins in lower case, with what was done, not an order
    ("Undo merging two people"; walk35 #11: "Undo rename an organisation")."""
    named = describe(correction)
    assert named[:1].islower() and named.split()[0].endswith("ing"), named


def _enter(qtbot, dialog, name: str, typed: str) -> None:
    """Type into a correction field and press Enter there, as a reviewer does."""
    edit = dialog.findChild(object, name)
    assert edit.isVisible(), name
    edit.setFocus()
    edit.selectAll()
    edit.insert(typed)  # as typed (QTest cannot type Chinese)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0, f"Enter in {name} saved the import"


def test_enter_in_a_correction_field_applies_it_and_does_not_save_the_import(qtbot, dialog):
    """A walkthrough typed a date under a chosen event and pressed Enter: the date was set, and the
    dialog's default button saved the whole import at once, the rest of the review undone. Enter in the
    date, name, speaker, quote-date and added-event fields does what the button beside them does, no more."""
    _choose(dialog, "e1")
    _enter(qtbot, dialog, "correctDate", "2025年11月16日")
    assert "2025-11-16" in _label(dialog, "e1")
    zhou = next(p.key for p in dialog.annotations[0].persons if p.name == "周启明")
    _choose(dialog, zhou)
    _enter(qtbot, dialog, "correctName", "周启明博士")
    _choose(dialog, "q3")
    _enter(qtbot, dialog, "correctQuoteDate", "11月17日")
    speaker = dialog.findChild(object, "correctSpeaker")
    speaker.setFocus()
    qtbot.keyClick(speaker, Qt.Key.Key_Home)
    qtbot.keyClick(speaker, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0, "Enter on the speaker saved the import"
    assert next(q for q in dialog.annotations[0].quotes if q.key == "q3").speaker == speaker.itemData(0)
    _select(dialog, "星河智能今年9月曾完成新一轮融资")
    _enter(qtbot, dialog, "addEventDate", "今年9月")
    assert [c.__class__.__name__ for c in dialog.edits[0]] == [
        "Redate",
        "Rename",
        "Redate",
        "SetSpeaker",
        "AddEvent",
    ]


def test_a_correction_that_changes_nothing_is_no_step_of_undo_and_cancel_asks_nothing(qtbot, dialog):
    """A walkthrough tabbed to Rename and pressed Enter with the name as it was: “Undo rename” appeared,
    undoing nothing, and Cancel then asked whether to throw away corrections there were none of. Rename,
    Set speaker and Set date with what the fact already says are now no step at all."""
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    zhou = next(p.key for p in dialog.annotations[0].persons if p.name == "周启明")
    _choose(dialog, zhou)
    _click(dialog, "correctNameApply")
    _choose(dialog, "q3")
    _click(dialog, "correctSpeakerApply")
    _choose(dialog, "e1")
    _click(dialog, "correctDateApply")
    from PySide6.QtWidgets import QToolButton

    assert dialog.undo_stack.count() == 0 and not dialog.findChild(QToolButton, "reviewUndo").isEnabled()
    assert dialog.facts.currentIndex().data(KEY) == "e1", "the fact stays chosen"
    _cancel_button(dialog).click()
    assert asked == [] and not dialog.isVisible()


def _merge(qtbot, dialog, by_keys: bool = False) -> tuple[str, str]:
    """Merge 陈默 into 周启明 with the Apply button, or from the keyboard (the list of people, Enter): the
    keys of the one merged and the one kept."""
    ann = dialog.annotations[0]
    chen = next(p.key for p in ann.persons if p.name == "陈默")
    zhou = next(p.key for p in ann.persons if p.name == "周启明")
    _choose(dialog, chen)
    into = dialog.findChild(object, "correctMergeInto")
    into.setCurrentIndex(into.findData(zhou))
    if by_keys:
        into.setFocus()
        qtbot.keyClick(into, Qt.Key.Key_Return)
    else:
        _click(dialog, "correctMergeApply")
    return chen, zhou


def test_after_a_merge_the_one_kept_is_chosen_and_the_keys_stay_in_the_facts(qtbot, dialog):
    """A walkthrough merged two people from the keyboard (Tab to the list of people, Enter): the panel went
    back to its hint with no fact chosen and the focus on no field at all, so the arrows and Ctrl+Z went
    nowhere. The person the two became is now chosen, and a quote left out as a paraphrase leaves the
    focus in the facts too."""
    from PySide6.QtWidgets import QApplication

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    chen, zhou = _merge(qtbot, dialog, by_keys=True)
    assert dialog.facts.currentIndex().data(KEY) == zhou, "the one kept is chosen"
    assert dialog.findChild(object, "correctName").text() == "周启明"
    assert QApplication.focusWidget() is dialog.facts
    _choose(dialog, "q3")
    paraphrase = dialog.findChild(QPushButton, "correctParaphrase")
    paraphrase.setFocus()
    qtbot.keyClick(paraphrase, Qt.Key.Key_Space)
    assert "q3" not in {q.key for q in dialog.annotations[0].quotes}
    assert QApplication.focusWidget() is dialog.facts
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.facts.currentIndex().data(KEY) == "q3", "Ctrl+Z brings it back, chosen"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chen in {p.key for p in dialog.annotations[0].persons}


def test_tab_from_a_chosen_fact_goes_to_what_corrects_it_then_to_the_article(qtbot, dialog):
    """A walkthrough chose a person and pressed Tab to reach Rename: the focus went to the article text on
    the right first. Tab now reads the panel under the facts in its rows' order, then the article."""
    from PySide6.QtWidgets import QApplication

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def tabbing(count: int) -> list[str]:
        names = []
        for _ in range(count):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            names.append(QApplication.focusWidget().objectName())
        return names

    zhou = next(p.key for p in dialog.annotations[0].persons if p.name == "周启明")
    _choose(dialog, zhou)
    dialog.facts.setFocus()
    assert tabbing(3) == ["correctName", "correctNameApply", "correctMergeInto"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # someone chosen: Merge takes the focus next
    assert tabbing(1) == ["correctMergeApply"]
    _choose(dialog, "q3")
    dialog.facts.setFocus()
    assert tabbing(6) == [
        "correctSpeaker",
        "correctSpeakerApply",
        "correctQuoteDate",
        "correctQuoteDateApply",
        "correctParaphrase",
        "correctClaim",
    ]
    dialog.findChild(object, "addEventDate").setFocus()
    assert tabbing(1) == ["articleText"]


def test_a_long_note_beside_the_publication_date_wraps_and_leaves_the_date_field_its_width(qtbot):
    """A walkthrough at 1280×720 imported a page that prints no full date: the guess's note beside the
    date, on one line, squeezed the date field to “2026-01-10” exactly, and an unreadable date typed there
    (the note then repeats it) to five characters, then made the dialog wider than the screen. The note
    wraps, the field keeps room for a whole date, and the review fits an 800 px wide screen."""
    d = ReviewDialog([read_article(ROOT / "tests" / "fixtures" / "real" / "blindb_hk01_police.txt")])
    qtbot.addWidget(d)
    d.show()
    published = d.findChild(object, "reviewPublished")
    note = d.findChild(object, "reviewPublishedNote")
    assert note.text().startswith("A guess from “8月5日 … 今日(9日)”")
    whole_date = published.fontMetrics().horizontalAdvance("2026-03-07")
    screen = d.screen().availableGeometry().width()
    for typed in ("", "the second Tuesday after the regional elections of last winter in the north of it"):
        if typed:
            published.setFocus()
            published.selectAll()
            qtbot.keyClicks(published, typed)
            qtbot.keyClick(published, Qt.Key.Key_Return)
            assert typed in note.text()
        qtbot.waitUntil(lambda: d.layout().geometry().width() > 0)
        assert published.width() > whole_date, "the date field shows a whole date"
        assert d.width() <= screen and d.minimumSizeHint().width() <= screen, "the review fits the screen"
        assert note.height() >= note.heightForWidth(note.width()), "the note is shown whole"


def test_the_speaker_offered_for_a_missed_quote_is_shown_whole_after_another_article(qtbot):
    """A walkthrough reviewed a Taiwanese page, then a UPI wire: “Said by: Kwon Young-s”. The list was as
    wide as the first article's names (謝幸恩) when the dialog opened, and stayed so. It has room for a
    name as long as most are, whichever article comes first."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    real = ROOT / "tests" / "fixtures" / "real"
    d = ReviewDialog([read_article(real / "blind_ltn_hsieh.txt"), read_article(real / "blindj_upi_kwon.txt")])
    qtbot.addWidget(d)
    d.resize(1200, 640)  # as on a 1280×720 screen
    d.show()
    d.article_list.setCurrentIndex(d.articles.index(1, 0))
    speaker = d.findChild(object, "addSpeaker")
    assert speaker.currentText() == "Kwon Young-se"
    qtbot.waitUntil(lambda: speaker.width() > 0)
    option = QStyleOptionComboBox()
    speaker.initStyleOption(option)
    field = speaker.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, speaker
    )
    assert field.width() >= speaker.fontMetrics().horizontalAdvance("Kwon Young-se"), "the name is cut"


def test_ctrl_z_in_a_correction_field_takes_back_the_correction_just_set_there(qtbot, dialog):
    """A walkthrough set a date with Enter and pressed Ctrl+Z, the caret still in the date field: nothing
    happened (the field, refilled, had no typing of its own to undo, and kept the key from the dialog's
    Undo). As in the fields of the head, Ctrl+Z there is the dialog's Undo when the field has nothing."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    before = _label(dialog, "e1")
    _choose(dialog, "e1")
    _enter(qtbot, dialog, "correctDate", "2025年11月16日")
    assert "2025-11-16" in _label(dialog, "e1")
    edit = dialog.findChild(object, "correctDate")
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _label(dialog, "e1") == before, "Ctrl+Z took the date back"
    zhou = next(p.key for p in dialog.annotations[0].persons if p.name == "周启明")
    _choose(dialog, zhou)
    _enter(qtbot, dialog, "correctName", "周启明博士")
    name = dialog.findChild(object, "correctName")
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "周启明博士" not in {p.name for p in dialog.annotations[0].persons}


def test_the_articles_of_a_review_are_told_apart_in_their_list(qtbot):
    """A walkthrough imported four articles at once: each one's title, file name and counts wrapped over
    three or four lines, and the list ran them together (“…North blindj_upi_kwon.txt · 3 people · 3 events
    · 7 quotes 两会头条:…”), which title went with which file unclear. Rows alternate their colour."""
    real = ROOT / "tests" / "fixtures" / "real"
    names = ("blind_ltn_hsieh.txt", "blindj_upi_kwon.txt", "blindh_xkb_mayors.txt")
    d = ReviewDialog([read_article(real / name) for name in names])
    qtbot.addWidget(d)
    d.resize(1200, 640)
    d.show()
    view = d.article_list
    qtbot.waitUntil(lambda: view.visualRect(d.articles.index(2, 0)).height() > 0)
    image = view.viewport().grab().toImage()

    def background(row: int):
        rect = view.visualRect(d.articles.index(row, 0))
        return image.pixelColor(rect.right() - 2, rect.bottom() - 2).name()

    assert background(1) != background(2), "two articles side by side look as one"


def test_the_review_opens_at_the_date_it_asks_for_else_at_the_articles(qtbot, tmp_path):
    """Enter on opening saves a dated article's facts (the list has the keys); an article printing no full
    date opens at its date field, which the review asks the reader to give."""
    undated = tmp_path / "undated.txt"
    undated.write_text("日官房长官:私人行程\n\n木原稔周一表示,台湾方面说明是私人行程。\n", encoding="utf-8")
    _opened(qtbot, undated)
    assert QApplication.focusWidget().objectName() == "reviewPublished"
    dated = _opened(qtbot, WIRE)
    assert QApplication.focusWidget().objectName() == "reviewArticles"
    with qtbot.waitSignal(dated.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _opened(qtbot, article: Path) -> ReviewDialog:
    """The review of one article, shown and active, as after File → Import Articles…."""
    d = ReviewDialog([read_article(article)])
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def test_tab_reads_the_review_as_it_is_laid_out_top_fields_first_buttons_last(qtbot, dialog):
    """A walkthrough tabbed through the review: list, facts, fields, article, Cancel, and only then the
    publication date, title, author, publisher and address printed at the top (Undo after them). Tab
    now goes down the dialog as it is read, the buttons last (a dated article opens at its list)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget().objectName() == "reviewArticles", "a dated article: at its list"
    title = dialog.findChild(object, "reviewTitle")
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Harbour report")
    with qtbot.waitSignal(dialog.undo_stack.canUndoChanged):  # Undo can be reached
        qtbot.keyClick(title, Qt.Key.Key_Return)
    dialog.findChild(object, "reviewPublished").setFocus()
    names = ["reviewPublished"]
    for _ in range(17):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())
    assert names == [
        "reviewPublished",
        "reviewReread",
        "reviewTitle",
        "reviewAuthor",
        "reviewPublisher",
        "reviewAddress",
        "reviewArticles",
        "reviewFacts",
        "addSpeaker",
        "addKind",
        "addEventDate",
        "articleText",
        "reviewUndo",
        "reviewSave",
        "reviewCancel",
        "reviewPublished",
        "reviewReread",
        "reviewTitle",
    ]
    dialog.article_list.setFocus()
    qtbot.keyClick(dialog.article_list, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget().objectName() == "reviewAddress", "Shift+Tab from the list goes up"


def test_with_nothing_chosen_the_list_of_facts_has_the_room_and_a_chosen_event_its_fields(qtbot, dialog):
    """At 1280×720 the walkthrough's review kept its list of facts ~190 px tall over an empty band: the
    corrections reserved their tallest page's height though none was shown."""
    dialog.resize(1240, 620)
    qtbot.waitUntil(lambda: dialog.height() == 620)
    QApplication.processEvents()
    assert dialog.facts.height() > 4 * dialog.corrections.height()
    event = dialog.annotations[0].events[0]
    _choose(dialog, event.key)
    apply = dialog.findChild(QPushButton, "correctDateApply")
    qtbot.waitUntil(
        lambda: apply.isVisible() and apply.visibleRegion().boundingRect().height() == apply.height()
    )


def test_enter_on_a_fact_goes_to_what_corrects_it_and_never_saves_the_import(qtbot, dialog):
    """A walkthrough merged two people from the keyboard (the list of people, Enter), which leaves the keys
    in the facts; the next Enter saved the whole import with the merge in it, past any Undo. Enter on a
    fact now goes to the first field that corrects it (as Tab does), on a group opens or closes it, and
    never saves."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    saved: list[bool] = []
    dialog.accepted.connect(lambda: saved.append(True))
    _merge(qtbot, dialog, by_keys=True)  # merged; the keys are in the facts, on the one kept
    assert QApplication.focusWidget() is dialog.facts
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Return)
    assert saved == [] and dialog.isVisible(), "Enter on a fact saved the import"
    assert QApplication.focusWidget() is dialog.findChild(object, "correctName")
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange), "outlined, as after Tab"
    _choose(dialog, "q3")
    dialog.facts.setFocus()
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Enter)
    assert QApplication.focusWidget() is dialog.findChild(object, "correctSpeaker")
    group = dialog.facts.model().index(0, 0)
    dialog.facts.setCurrentIndex(group)
    dialog.facts.setFocus()
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Return)
    assert not dialog.facts.isExpanded(group), "Enter on a group closes it"
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Return)
    assert dialog.facts.isExpanded(group)
    assert saved == [] and dialog.isVisible()


def test_merge_is_offered_only_when_there_is_someone_to_merge_into(qtbot, tmp_path):
    """A walkthrough merged the second of an article's two people into the first: the one left showed
    “The same person as:” over an empty list and a Merge into button that did nothing when pressed.
    With nobody else in the article both are disabled; with someone, enabled again."""
    one = tmp_path / "one.txt"
    one.write_text(
        "日官房长官:私人行程\n\n2025年11月18日 新华社\n\n木原稔周一表示,台湾方面说明是私人行程。\n",
        encoding="utf-8",
    )
    d = _opened(qtbot, one)
    kihara = next(p.key for p in d.annotations[0].persons if p.name == "木原稔")
    _choose(d, kihara)
    into, merge = d.findChild(object, "correctMergeInto"), d.findChild(QPushButton, "correctMergeApply")
    assert into.count() == 0
    assert not merge.isEnabled() and not into.isEnabled(), "Merge into with nobody to merge into"
    d2 = _opened(qtbot, WIRE)
    _choose(d2, next(p.key for p in d2.annotations[0].persons if p.name == "陈默"))
    into, merge = d2.findChild(object, "correctMergeInto"), d2.findChild(QPushButton, "correctMergeApply")
    assert into.count() > 0 and into.isEnabled()
    # walk34: nobody there shares 陈默's name, so nobody is offered and Merge waits for the reader's choice
    assert into.currentIndex() == -1 and not merge.isEnabled(), "no one preset, a click from a wrong merge"
    into.setCurrentIndex(0)
    assert merge.isEnabled()


def test_the_keys_stay_in_the_citation_fields_as_they_are_filled_in(qtbot):
    """The zh_CN keyboard walkthrough typed an author, Enter, then Tab for the publisher: Enter (and Tab
    too, leaving the field sets it) sent the keys to the list of facts, as a quote left out as a
    paraphrase does, so the publisher and the address were typed into nothing. With no fact chosen the
    keys now stay where the reviewer is: Enter keeps them in the field, Tab goes on to the next one."""
    d = _opened(qtbot, WIRE)
    author, publisher = d.findChild(object, "reviewAuthor"), d.findChild(object, "reviewPublisher")
    address = d.findChild(object, "reviewAddress")
    assert not d.facts.currentIndex().isValid(), "no fact chosen"
    author.setFocus()
    author.selectAll()
    qtbot.keyClicks(author, "Ada Reporter")
    qtbot.keyClick(author, Qt.Key.Key_Return)
    assert d.undo_stack.undoText() == "setting the author"
    assert QApplication.focusWidget() is author, "Enter keeps the keys in the field it set"
    qtbot.keyClick(author, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is publisher
    qtbot.keyClicks(publisher, "Wire")
    qtbot.keyClick(publisher, Qt.Key.Key_Tab)  # leaving the field sets it
    assert d.undo_stack.undoText() == "setting the publisher"
    assert QApplication.focusWidget() is address, "Tab goes on to the address"
    assert d.result_annotations()[0].author == "Ada Reporter" and d.isVisible()


def test_redo_chooses_what_the_step_made_as_doing_it_did(qtbot, dialog):
    """A walkthrough merged two people, undid it (the one merged away came back chosen) and pressed Redo:
    nothing was chosen, the panel went back to its hint and the keys had nothing to correct. Redo now
    chooses what doing the step chose: the one the two became, the person added."""
    from PySide6.QtWidgets import QToolButton

    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    redo = dialog.findChild(QToolButton, "reviewRedo")
    chen, zhou = _merge(qtbot, dialog)
    assert dialog.facts.currentIndex().data(KEY) == zhou
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.facts.currentIndex().data(KEY) == chen, "Undo chooses the one merged away"
    redo.click()  # Redo merge two people
    assert dialog.facts.currentIndex().data(KEY) == zhou, "Redo chooses the one the two became"
    assert dialog.findChild(object, "correctName").text() == "周启明"


def _text_rect(label: QLabel, dialog) -> QRect:
    """Where a label's text is drawn, in the dialog's coordinates."""
    drawn = label.style().itemTextRect(
        label.fontMetrics(), label.contentsRect(), int(label.alignment()), True, label.text()
    )
    return drawn.translated(label.mapTo(dialog, QPoint(0, 0)))


def test_with_nothing_chosen_the_hint_sits_under_the_facts_in_no_empty_band_at_1600x1000(qtbot, dialog):
    """At 1600×1000 the review's “Choose a person, an event or a quote to correct it.” floated in a band
    ~100 px tall, empty above and below it, while the list of facts over it had its quotes cut off. The
    facts now take the room; the hint is right under them, “Missed? …” right under the hint, before a
    quote is chosen and after going back to a group's line."""
    dialog.resize(review_size(QSize(1600, 1000)))
    qtbot.waitUntil(lambda: dialog.height() == review_size(QSize(1600, 1000)).height())
    hint = dialog.findChild(QLabel, "hint")
    missed = next(w for w in dialog.findChildren(QLabel) if w.text().startswith("Missed?"))
    line = hint.fontMetrics().height()

    def snug() -> bool:
        said = _text_rect(hint, dialog)
        facts_bottom = dialog.facts.mapTo(dialog, QPoint(0, dialog.facts.height())).y()
        under = missed.mapTo(dialog, QPoint(0, 0)).y()
        return hint.isVisible() and said.top() - facts_bottom <= line and under - said.bottom() <= line

    qtbot.waitUntil(snug)
    dialog.facts.setFocus()
    model = dialog.facts.model()
    quotes = next(
        model.index(g, 0) for g in range(model.rowCount()) if model.index(g, 0).data(KEY) == "quotes"
    )
    dialog.facts.setCurrentIndex(quotes)
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Down)  # the first quote: its corrections take their room
    apply = dialog.findChild(QPushButton, "correctClaim")
    qtbot.waitUntil(
        lambda: apply.isVisible() and apply.visibleRegion().boundingRect().height() == apply.height()
    )
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Up)  # back to the line “Quotes (…)”: nothing to correct
    qtbot.waitUntil(snug)


@pytest.mark.parametrize("screen", [QSize(1280, 720), QSize(1600, 1000)])
def test_the_fact_chosen_stays_in_view_when_its_fields_take_their_room(qtbot, dialog, screen):
    """End in the facts chose the last quote; its fields then took their room from the list of facts,
    which kept its scroll: the chosen line went out of view under them, and the reader lost it."""
    dialog.resize(review_size(screen))
    qtbot.waitUntil(lambda: dialog.height() == review_size(screen).height())
    dialog.facts.setFocus()
    qtbot.keyClick(dialog.facts, Qt.Key.Key_End)  # the last quote
    claim = dialog.findChild(QPushButton, "correctClaim")
    qtbot.waitUntil(
        lambda: claim.isVisible() and claim.visibleRegion().boundingRect().height() == claim.height()
    )

    def chosen_in_view() -> bool:
        line = dialog.facts.visualRect(dialog.facts.currentIndex())
        return line.isValid() and dialog.facts.viewport().rect().contains(line)

    qtbot.waitUntil(chosen_in_view)


def _click_fact(qtbot, dialog, key) -> str:
    """Click a fact's line in the list, as the reviewer does; its text."""
    model = dialog.facts.model()
    for g in range(model.rowCount()):
        head = model.item(g)
        for i in range(head.rowCount()):
            if head.child(i).data(KEY) == key:
                index = head.child(i).index()
                dialog.facts.scrollTo(index)
                rect = dialog.facts.visualRect(index)
                qtbot.mouseClick(dialog.facts.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                assert dialog.facts.currentIndex() == index
                return head.child(i).text()
    raise AssertionError(key)


def test_the_reading_under_a_chosen_facts_date_is_the_date_the_list_gives_it(qtbot, dialog):
    """The walkthrough clicked “2025-11-17*  周启明在个人社交账号发文表示…” (同日, after 17日晚间): under its
    date the reading said 2025-11-18, the words read alone against the publication date, while the list and
    what would be saved said the 17th; Set date, pressed on the words as they were, moved it to the 18th.
    The reading is the date the fact has until the words are changed, and Set date on them changes nothing."""
    line = _click_fact(qtbot, dialog, "e3")
    assert line.startswith("2025-11-17*")
    date, reading = dialog.findChild(object, "correctDate"), dialog.findChild(object, "correctDateReading")
    assert date.text() == "同日"
    assert reading.text().startswith("2025-11-17"), reading.text()
    qtbot.keyClick(date, Qt.Key.Key_Return)  # Set date, the words as they were
    assert dialog.undo_stack.count() == 0
    kept = next(e for e in dialog.result_annotations()[0].events if e.key == "e3")
    assert kept.date.label() == "2025-11-17*"
    date.selectAll()
    qtbot.keyClicks(date, "2025-11-18")
    assert reading.text().startswith("2025-11-18"), "other words are read as typed"
    date.selectAll()
    date.insert("同日")  # the same words again, as an input method commits them
    assert reading.text().startswith("2025-11-17"), reading.text()
    _click_fact(qtbot, dialog, "q2")  # 周启明's words, 同日 too
    quote_reading = dialog.findChild(object, "correctQuoteDateReading")
    assert dialog.findChild(object, "correctQuoteDate").text() == "同日"
    assert quote_reading.text().startswith("2025-11-17"), quote_reading.text()


def test_a_quote_left_out_as_a_paraphrase_leaves_the_next_one_chosen(qtbot, dialog):
    """The walkthrough marked 周启明's words a paraphrase, then pressed ↓ for the next quote: nothing was
    chosen once it went, and ↓ went to the first person at the top of the list, 王晓雯, away from the
    quotes being read. The quote in its place is chosen (the one before it when it was the last), its fields
    shown, and ↓ goes on from there."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _click_fact(qtbot, dialog, "q2")
    paraphrase = dialog.findChild(QPushButton, "correctParaphrase")
    qtbot.mouseClick(paraphrase, Qt.MouseButton.LeftButton)
    assert "q2" not in {q.key for q in dialog.result_annotations()[0].quotes}
    assert dialog.facts.currentIndex().data(KEY) == "q3", "the quote that followed, in its place"
    assert dialog.findChild(object, "correctSpeaker").currentText() == "孙立群"
    assert QApplication.focusWidget() is dialog.facts
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Down)
    assert dialog.facts.currentIndex().data(KEY) == "q4"
    qtbot.keyClick(dialog.facts, Qt.Key.Key_End)  # the last quote, 陈默's
    assert dialog.facts.currentIndex().data(KEY) == "q5"
    claim = dialog.findChild(QPushButton, "correctClaim")
    claim.setFocus()
    qtbot.keyClick(claim, Qt.Key.Key_Space)
    assert dialog.facts.currentIndex().data(KEY) == "q4", "the last one gone: the one before it"
    qtbot.keyClick(dialog.facts, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.facts.currentIndex().data(KEY) == "q5", "Undo brings it back, chosen"


def test_another_article_chosen_leaves_the_corrections_empty_not_the_last_articles_fact(qtbot):
    """A walkthrough chose a quote of the first article imported, then the second article: under its facts
    the panel still offered “Speaker: Dianne Kubota”, a quote of the first (and its corrections would have
    gone to the second). Another article opens with nothing chosen, the panel at its hint, as on opening."""
    second = ROOT / "tests" / "fixtures" / "articles" / "relative_yunfan.md"
    d = ReviewDialog([read_article(WIRE), read_article(second)])
    qtbot.addWidget(d)
    d.show()
    panel = d.findChild(QWidget, "reviewCorrections")
    assert panel.accessibleName() == "Correct the chosen fact"
    hint, speaker = d.findChild(QLabel, "hint"), d.findChild(QWidget, "correctSpeaker")
    assert hint.isVisible() and not speaker.isVisible(), "the panel opens empty"
    _choose(d, d.annotations[0].quotes[0].key)
    assert speaker.isVisible() and not hint.isVisible()
    d.article_list.setFocus()
    qtbot.keyClick(d.article_list, Qt.Key.Key_Down)  # the second article, as the reviewer goes to it
    assert d.article_list.currentIndex().row() == 1
    assert not d.facts.currentIndex().isValid(), "nothing of the second article is chosen"
    assert hint.isVisible(), "the panel shows its hint, “Choose a person, an event or a quote…”"
    assert not speaker.isVisible(), "the first article's quote is still offered for correction"
    assert d.corrections.ann is None


def test_a_long_speakers_name_shows_whole_in_the_new_quote_row(qtbot):
    """A walkthrough read “California Department o” in the New quote by box: it shared its row with the
    kind and the button; on a row of its own it shows the name whole at the dialog's size on 1280×720."""
    d = ReviewDialog(
        [read_article(ROOT / "tests" / "fixtures" / "real" / "blindaq_weatherfanatics_milloy.txt")]
    )
    qtbot.addWidget(d)
    d.resize(review_size(QSize(1280, 720)))
    d.show()
    qtbot.waitExposed(d)
    speaker = d.findChild(object, "addSpeaker")
    name = "California Department of Forestry and Fire Protection"
    speaker.setCurrentIndex(speaker.findText(name))
    assert speaker.currentText() == name
    arrow = speaker.style().pixelMetric(speaker.style().PixelMetric.PM_ScrollBarExtent)
    qtbot.waitUntil(lambda: speaker.width() >= speaker.fontMetrics().horizontalAdvance(name) + arrow)


def test_an_event_whose_date_its_quotes_take_says_so(qtbot, dialog):
    """walk34: changing an event's date (今(29)日 → 9月28日) changed the date of the quote said at it too,
    with no word of it; the date's corrections now say how many quotes follow it, and nothing when none."""
    from PySide6.QtWidgets import QLabel
    from viewer.pipeline.corrections import Redate

    ann = dialog.annotations[0]
    said_at = {
        e.key: [q.key for q in ann.quotes if q.event == e.key and q.date == e.date] for e in ann.events
    }
    with_quotes = next(k for k, qs in said_at.items() if qs)
    without = next(k for k, qs in said_at.items() if not qs)
    note = dialog.findChild(QLabel, "correctDateFollowers")
    _choose(dialog, with_quotes)
    count = len(said_at[with_quotes])
    assert note.text() == f"Also dates the {count} quote{'s' if count > 1 else ''} said at it."
    assert note.isVisibleTo(dialog)
    _choose(dialog, without)
    assert note.text() == ""
    redated = Redate(with_quotes, "2025-01-02").apply(ann)  # and they do follow it
    assert {q.date.label() for q in redated.quotes if q.key in said_at[with_quotes]} == {"2025-01-02"}
