"""File → Import Articles…: the review dialog, progress, cancel, and the window showing the library."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton
from viewer import paths
from viewer.gui import main_window
from viewer.gui.importing import Importer
from viewer.gui.review_dialog import ReviewDialog, facts_model
from viewer.pipeline.library import read_article

from .conftest import search, settle

ROOT = Path(__file__).resolve().parents[2]
WIRE = ROOT / "tests" / "fixtures" / "articles" / "wire_xinghe.txt"
HK = ROOT / "tests" / "fixtures" / "heldout" / "heldout_hk_big5.txt"
REUTERS = ROOT / "tests" / "fixtures" / "real" / "abc_reuters_2003.txt"  # no byline, publisher or date


def _group(model, name: str):
    return next(model.item(r) for r in range(model.rowCount()) if model.item(r).text().startswith(name))


def test_the_facts_model_is_a_sound_model(qtmodeltester):
    qtmodeltester.check(facts_model(read_article(HK)))


def test_review_dialog_unticks_and_highlights(qtbot):
    anns = [read_article(WIRE), read_article(HK)]
    dialog = ReviewDialog(anns)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.article_list.setCurrentIndex(dialog.articles.index(1, 0))
    model = dialog.facts.model()
    quotes = _group(model, "Quotes")
    first = quotes.child(0)
    dialog.facts.setCurrentIndex(first.index())
    assert dialog.text.highlighted() == [anns[1].quotes[0].occurrences[0].anchor.text]
    people = _group(model, "People")
    dropped = people.child(0).data(Qt.ItemDataRole.UserRole + 2)
    people.child(0).setCheckState(Qt.CheckState.Unchecked)
    assert people.checkState() == Qt.CheckState.PartiallyChecked
    dialog.articles.item(0).setCheckState(Qt.CheckState.Unchecked)
    kept = dialog.result_annotations()
    assert [a.source_name for a in kept] == ["heldout_hk_big5.txt"]
    assert dropped not in {p.key for p in kept[0].persons}
    assert len(kept[0].persons) == len(anns[1].persons) - 1


def test_a_whole_group_unticks_at_once(qtbot):
    dialog = ReviewDialog([read_article(WIRE)])
    qtbot.addWidget(dialog)
    _group(dialog.facts.model(), "Quotes").setCheckState(Qt.CheckState.Unchecked)
    assert dialog.result_annotations()[0].quotes == []


def test_import_reviews_saves_and_shows_the_library(qtbot, window, ask, bundled_copy, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    before = hashlib.sha256(bundled_copy.read_bytes()).hexdigest()
    ask.import_answer = [WIRE, HK]
    ask.review_keep = lambda anns: anns[:1]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    assert [a.source_name for a in ask.reviewed] == ["wire_xinghe.txt", "heldout_hk_big5.txt"]
    assert window.controller.repo.path == paths.library_db()
    assert hashlib.sha256(bundled_copy.read_bytes()).hexdigest() == before
    search(qtbot, window, "周启明")
    assert window.quote_model.rowCount() > 0
    search(qtbot, window, "梁振邦")
    assert window.quote_model.rowCount() == 0
    assert "1 imported" in window.notice.text()
    assert window.status.isVisible() and window.status.text().startswith("Nothing matches “梁振邦”")


def test_the_article_just_imported_is_shown_by_its_first_quote(qtbot, window, ask, bundled_copy, monkeypatch):
    """A walkthrough imported an article: the article pane kept the one read before."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [WIRE]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    shown = window.controller.focus().article
    assert shown is not None and shown.source_name == "wire_xinghe.txt"
    chosen = window.controller.selection.quote
    assert chosen is not None and window.quotes.selected_quote_ids() == [chosen]
    assert window.article.highlighted(), "its words are marked in the article"


def test_unreadable_files_are_named_in_a_dialog(qtbot, window, ask, bundled_copy, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    ask.import_answer = [bad, WIRE]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    assert ask.errors and "scan.txt: a binary file, not an article" in ask.errors[0][1]
    assert window.controller.repo.path == paths.library_db()


def test_cancelling_while_reading_saves_nothing(qtbot, window, ask, bundled_copy, monkeypatch):
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    importer = Importer(window, ask)
    results = []
    importer.finished.connect(results.append)
    importer.start([WIRE, HK, WIRE])
    qtbot.mouseClick(importer.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results != [], timeout=20000)
    assert results == [None] and ask.reviewed == []
    assert not paths.library_db().exists()
    assert window.controller.repo.path == bundled_copy


def test_a_slow_read_with_a_visible_progress_dialog_goes_on_to_review(
    qtbot, window, ask, bundled_copy, monkeypatch, tmp_path
):
    """The progress dialog is showing (reading is slow) when the last file fails at once: the
    review still opens once, after the dialog has gone, and the import lands."""
    import time

    from viewer.gui import importing

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    real = importing.read_one

    def slow(path):
        if path.name == "wire_xinghe.txt":
            time.sleep(0.6)
        return real(path)

    monkeypatch.setattr(importing, "read_one", slow)
    bad = tmp_path / "c.pdf"
    bad.write_bytes(b"%PDF")
    reviews = []
    ask.review_keep = lambda anns: reviews.append(window.importer.progress) or anns
    ask.import_answer = [WIRE, bad]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    assert reviews == [None]
    assert ask.errors and "c.pdf: not an article" in ask.errors[0][1]
    assert window.controller.repo.path == paths.library_db()


def test_progress_survives_the_task_finishing_inside_set_value(qtbot, window, ask):
    """A visible modal QProgressDialog processes events inside setValue, so the task's end (which
    closes the dialog) can run in the middle of a progress update: the update must not touch
    the dialog afterwards."""
    importer = Importer(window, ask)
    finished = []
    importer.then = finished.append
    dialog = importer.progress = QProgressDialog("Reading…", "Cancel", 0, 3, window)
    dialog.canceled.connect(lambda: None)
    real_set_value = dialog.setValue

    def set_value_that_finishes(value):
        real_set_value(value)
        importer._done("result")

    dialog.setValue = set_value_that_finishes
    importer._progressed(1, 3, "Reading c.txt")
    qtbot.waitUntil(lambda: finished == ["result"], timeout=5000)
    assert importer.progress is None


def test_cancel_ends_a_stuck_read_and_a_later_import_runs(qtbot, window, ask, bundled_copy, monkeypatch):
    """Reading that never returns (a file that blocks): Cancel still ends the import at once, and
    the next File → Import is not ignored."""
    import threading

    from viewer.gui import importing

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    release = threading.Event()
    real = importing.read_one

    def stuck(path):
        if path.name == "heldout_hk_big5.txt":
            release.wait(30)
        return real(path)

    monkeypatch.setattr(importing, "read_one", stuck)
    ask.import_answer = [HK]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is not None and window.importer.progress is not None)
    qtbot.mouseClick(window.importer.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: window.importer is None, timeout=3000)
        ask.import_answer = [WIRE]
        window.import_action.trigger()
        qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    finally:
        release.set()
    assert [a.source_name for a in ask.reviewed] == ["wire_xinghe.txt"]
    assert window.controller.repo.path == paths.library_db()


def test_an_article_already_in_the_library_is_said_so_before_the_review(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """A second import of the same text went through the whole review, and only the status line after
    saving said "1 already in the library" (walkthrough): the review now says so, and leaves it out."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [WIRE]
    ask.review_keep = lambda anns: anns
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    assert ask.known == set()
    ask.import_answer = [HK, WIRE]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    assert ask.known == {1}, "the wire, second of the two, is already there"


def test_the_review_leaves_out_an_article_the_library_holds_until_ticked(qtbot):
    dialog = ReviewDialog([read_article(WIRE), read_article(HK)], known={0})
    qtbot.addWidget(dialog)
    held = dialog.articles.item(0)
    assert held.checkState() == Qt.CheckState.Unchecked and "already in your library" in held.text()
    assert dialog.articles.item(1).checkState() == Qt.CheckState.Checked
    assert [a.source_name for a in dialog.result_annotations()] == ["heldout_hk_big5.txt"]
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or True
    dialog.cancel()
    assert asked == [], "nothing the reviewer did is lost"


def test_an_article_of_the_bundled_database_is_known_at_the_first_import(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """Before the first import there is no library: it will start as a copy of the bundled database, so
    an article that database holds is already 'in the library' (review)."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    assert not paths.library_db().exists()
    ask.import_answer = sorted((ROOT / "data" / "sources").glob("*.txt"))[:1]
    ask.review_keep = lambda anns: anns
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    assert ask.known == {0}


def test_save_waits_for_an_article_to_be_ticked(qtbot):
    """With every article already in the library (so unticked), Save did nothing, silently (review)."""
    dialog = ReviewDialog([read_article(WIRE)], known={0})
    qtbot.addWidget(dialog)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and save.toolTip()
    dialog.articles.item(0).setCheckState(Qt.CheckState.Checked)
    assert save.isEnabled()


def test_the_review_shows_reported_speech_without_quote_marks(qtbot):
    ann = read_article(ROOT / "tests" / "fixtures" / "real" / "blindq_shicheng_leehsienloong.txt")
    model = facts_model(ann)
    quotes = _group(model, "Quotes")
    shown = {ann.quotes[r].kind: quotes.child(r).text() for r in range(quotes.rowCount())}
    assert shown["reported"].startswith("李顯龍 (reported): ") and "“" not in shown["reported"][:20]
    assert shown["direct"].startswith("李顯龍 (direct): “")


def test_the_review_names_each_article_whole_in_its_tooltip(qtbot):
    dialog = ReviewDialog([read_article(WIRE), read_article(HK)])
    qtbot.addWidget(dialog)
    tips = [dialog.articles.item(r).toolTip() for r in range(2)]
    assert "wire_xinghe.txt" in tips[0] and "heldout_hk_big5.txt" in tips[1]
    assert all(tip.endswith("Untick to leave this article out") for tip in tips)


def test_an_import_made_with_a_search_on_says_the_search_may_hide_it(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """A walkthrough imported with 林 searched and saw nothing new, and nothing said why."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    search(qtbot, window, "林")
    ask.import_answer = [WIRE]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    assert "1 imported" in window.notice.text() and "Esc" in window.notice.text()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    search(qtbot, window, "周启明")
    assert window.quote_model.rowCount() > 0, "the new article was there all along"


def test_opening_another_database_after_an_import_takes_the_imports_message_away(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """A walkthrough opened another database right after an import and read “Import: 1 imported” beside
    the other database's counts for seconds: what an action did goes when the database changes."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [WIRE]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    assert "1 imported" in window.notice.text()
    ask.open_answer = bundled_copy
    window.open_action.trigger()  # File → Open
    settle(qtbot, window)
    assert window.controller.repo.path == bundled_copy
    assert window.notice.text() == "" and window.notice.accessibleName() == ""
    window.quotes.view.setFocus()
    qtbot.keyClick(window.quotes.view, Qt.Key.Key_Down)
    window.copy_action.trigger()  # a later action's message still shows, for its while
    assert window.notice.text()


def test_an_import_the_search_hides_leaves_the_timeline_on_the_events_it_shows(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """A walkthrough imported an article of 2003 with 3月5日 searched: the window chose the new article's
    first quote and the timeline went to its day, where the search shows nothing: “0 of 5 dated events in
    view”, an empty chart, and still so after Back. The timeline stays on what the search shows; and (stop
    29's walkthrough: the person pane showed Bennet Milloy, whom the list did not, the article pane a quote
    no list held) nothing the search may hide is chosen: the panes stay in step, the status says why."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    search(qtbot, window, "2026-03")
    before = window.timeline.summary.text()
    assert before.startswith("9 of 9 dated events in view"), before
    ask.import_answer = [WIRE]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    chosen = window.controller.selection
    assert (chosen.quote, chosen.who, chosen.event) == (None, None, None), "nothing hidden is chosen"
    assert window.timeline.summary.text() == before
    assert "the search is still on" in window.notice.text()
    window.quotes.view.selectRow(1)  # a quote the search shows, then Back
    settle(qtbot, window)
    window.back_action.trigger()
    settle(qtbot, window)
    assert window.timeline.summary.text() == before


def test_a_search_in_simplified_finds_and_marks_words_printed_in_traditional(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """Most readers type Simplified: 交给年轻一代 finds the Hong Kong article's 「…把棒交給年輕一代。」 and
    marks it where it is printed, in the quote list and in the article."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [HK]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    from viewer.gui.models import SPANS_ROLE

    search(qtbot, window, "交给年轻一代")
    assert window.quote_model.rowCount() == 1
    index = window.quote_model.index(0, 3)
    assert [index.data()[a:b] for a, b in index.data(SPANS_ROLE)] == ["交給年輕一代"]
    qtbot.waitUntil(lambda: window.article.highlighted("match") == ["交給年輕一代"])


def test_the_file_dialogs_start_in_the_folder_last_used(
    qtbot, window, ask, settings, bundled_copy, monkeypatch, tmp_path
):
    """A walkthrough found Import and Export starting in the home folder: each starts in the folder it
    last used (kept in the settings, as the window's other state), and an export not yet made starts
    where the articles came from, not at home."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [WIRE]
    ask.review_keep = lambda anns: []
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    ask.import_answer = []
    window.import_action.trigger()
    assert ask.starts[-1] == WIRE.parent, "the second import starts where the first found its files"
    window.export_action.trigger()  # nothing selected: asked to export all shown (yes), then where
    assert ask.starts[-1].parent != WIRE.parent, "not among the articles (test_export_starts_in_documents…)"
    export_to = tmp_path / "exports"
    export_to.mkdir()
    ask.export_answer = (export_to / "quotes.md", "md")
    window.export_action.trigger()
    assert (export_to / "quotes.md").is_file()
    window.export_action.trigger()
    assert ask.starts[-1] == export_to / "quotes.md", "the next export starts where the last one went"
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert again.value("exportFolder") == str(export_to), "kept for the next start"


@pytest.fixture
def home(monkeypatch, tmp_path, bundled_copy):
    """A fresh home with a Documents folder, the bundled database a copy: where file dialogs start."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    return home


def test_export_starts_in_documents_then_where_the_last_export_went_even_after_a_restart(
    qtbot, window, ask, settings, bundled_copy, home, tmp_path
):
    """A walkthrough imported an article, then chose quotes and pressed Ctrl+E: the dialog started among the
    articles it had imported. A first export starts in the user's Documents; later ones where the last export
    went, after a restart too."""
    from viewer.gui.main_window import MainWindow

    ask.import_answer = [WIRE]
    ask.review_keep = lambda anns: anns
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.quotes.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)  # a quote or two chosen
    assert window.quotes.selected_quote_ids()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert ask.starts[-1] == home / "Documents" / "quotes.md", "not where the article came from"
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    ask.export_answer = (drafts / "chosen.md", "md")
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert (drafts / "chosen.md").is_file()
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert ask.starts[-1] == drafts / "quotes.md", "where the last export went"
    window.close()
    again = MainWindow(settings, ask)
    qtbot.addWidget(again)
    again.show()
    assert again.open_database(bundled_copy)
    settle(qtbot, again)
    again.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    again.quotes.view.setFocus()
    qtbot.keyClick(again.quotes.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert ask.starts[-1] == drafts / "quotes.md", "after a restart too"


def test_import_starts_in_documents_then_where_the_last_import_came_from_never_the_export_folder(
    qtbot, window, ask, settings, home, tmp_path
):
    """walk31: the first import opened in the home folder, and after an export in the export folder (offering
    the user's own export as an article). Import starts in Documents, then where articles last came from."""
    settings.setValue("exportFolder", str(tmp_path))  # an export went here before
    ask.import_answer = [WIRE]
    ask.review_keep = lambda anns: anns
    window.import_action.trigger()
    assert ask.starts[-1] == home / "Documents"
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    ask.import_answer = []
    window.import_action.trigger()
    assert ask.starts[-1] == WIRE.parent, "where the last article came from"


def test_a_remembered_folder_since_removed_starts_at_what_is_left_of_it(
    qtbot, window, ask, settings, tmp_path
):
    """An export folder removed (or a USB stick unplugged) since: the dialog starts at its nearest folder
    still there, not in a folder that is not."""
    settings.setValue("exportFolder", str(tmp_path / "story" / "drafts"))
    window.export_action.trigger()
    assert ask.starts[-1] == tmp_path / "quotes.md"


def test_closing_the_review_without_saving_says_nothing_was_saved(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """The walkthrough cancelled a review and the status line said nothing of the import at all."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [WIRE]
    ask.review_keep = lambda anns: []  # Cancel in the review
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    assert window.notice.text() == "Import: cancelled, the library was not changed"
    assert window.controller.repo.path == bundled_copy


def test_an_article_with_no_title_is_named_once_by_its_file_in_the_review(qtbot):
    """The walkthrough's review list read cns_lianghui_2025.txt / cns_lianghui_2025.txt · 5 people · …"""
    article = read_article(WIRE)
    article.title = ""
    dialog = ReviewDialog([article])
    qtbot.addWidget(dialog)
    first, counts = dialog.articles.item(0).text().splitlines()
    assert first == "wire_xinghe.txt" and "wire_xinghe.txt" not in counts


def _about_after_importing(qtbot, window, ask, source: Path) -> list[str]:
    """Import one article, then open Help → About: its lines."""
    ask.import_answer = [source]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)
    settle(qtbot, window)
    window.findChild(QAction, "aboutAction").trigger()
    return ask.abouts[-1].splitlines()


def test_about_names_an_article_with_nothing_more_to_say_without_a_dangling_dash(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """Help → About after importing a wire story that prints no byline, publisher or date listed it as
    “• Reuters starts search for new chairman —”, a dash before nothing (seen in the GUI walkthrough).
    Its title stands alone; an article with a byline keeps its dash."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    lines = _about_after_importing(qtbot, window, ask, REUTERS)
    assert "• Reuters starts search for new chairman" in lines
    assert not [line for line in lines if line.rstrip().endswith("—")]
    assert any(line.startswith("• 林俊旸发文告别阿里") and " — 刘峰" in line for line in lines)


def test_while_the_first_article_is_read_the_bar_is_busy_not_stuck_at_0_percent(
    qtbot, window, ask, bundled_copy, monkeypatch
):
    """Importing one article (the walkthrough: two, the first a few seconds while the extractor loads) showed
    “Reading blindaa_mainpao_hkja.txt” over a bar at 0% that never moved until the review came up. Until
    an article is read the bar is busy; then it counts the articles read."""
    import threading

    from viewer.gui import importing

    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    gate = threading.Event()
    real = importing.read_one

    def slow(path):
        gate.wait(20)
        return real(path)

    monkeypatch.setattr(importing, "read_one", slow)
    ask.import_answer = [WIRE, HK]
    window.import_action.trigger()
    progress = window.importer.progress
    try:
        qtbot.waitUntil(lambda: progress.labelText() == "Reading wire_xinghe.txt" and progress.isVisible())
        assert progress.maximum() == 0, f"busy, not {progress.value()} of {progress.maximum()}"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: window.importer is None, timeout=20000)


def test_about_says_how_many_articles_it_does_not_list(qtbot, window, ask, bundled_copy, monkeypatch):
    """Help → About listed a library's first 20 articles and said nothing of the rest (seen in the GUI
    walkthrough); past its list it says how many more there are."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    monkeypatch.setattr(main_window, "ABOUT_ARTICLES", 1)
    lines = _about_after_importing(qtbot, window, ask, REUTERS)
    assert lines[-1] == "• … and 1 more"
    assert not any("Reuters starts search" in line for line in lines)


def test_about_names_an_article_without_a_headline_by_its_file(qtbot, window, ask, bundled_copy, monkeypatch):
    """Help → About listed an article whose text prints no headline as “•  — 2022年11月9日”, a bullet and a
    dash before its date (seen checking About on a library of 25); it is named by its file, as the article
    pane cites it."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    source = ROOT / "tests" / "fixtures" / "real" / "blindz_jacksonvilleprogress_sheriff.txt"
    lines = _about_after_importing(qtbot, window, ask, source)
    assert any(line.startswith(f"• {source.name}") for line in lines)
    assert not [line for line in lines if line.startswith("•  ")]


def test_a_quote_found_twice_at_one_place_is_cited_at_it_once(
    qtbot, window, ask, bundled_copy, monkeypatch, tmp_path
):
    """The English walkthrough imported Politico's George Entwistle story and exported his statement: its
    citation read “characters 1425–1761 and 1425–1761” (the extraction gave the one place twice), and the
    CSV's occurrence_spans “1425-1761; 1425-1761”. A place is saved once."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    ask.import_answer = [ROOT / "tests" / "fixtures" / "real" / "blind_politico_entwistle.txt"]
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.importer is None, timeout=60000)
    settle(qtbot, window)
    search(qtbot, window, '"honourable thing to do"')
    view = window.quotes.view
    assert window.quote_model.rowCount() == 1
    rect = view.visualRect(window.quote_model.index(0, 3))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(view.selectionModel().selectedRows()) == 1)
    for fmt in ("md", "csv"):
        ask.export_answer = (tmp_path / f"statement.{fmt}", fmt)
        window.export_action.trigger()  # File → Export Selected…
        qtbot.waitUntil((tmp_path / f"statement.{fmt}").is_file)
    cited = (tmp_path / "statement.md").read_text(encoding="utf-8")
    assert "Source: Craig Howie, “George Entwistle says" in cited
    places = cited.split("characters ")[1].split(".")[0]
    assert " and " not in places, f"one place, cited once: {places}"
    start, end = (int(n) for n in places.split("–"))
    assert f"{start}-{end}; " not in (tmp_path / "statement.csv").read_text(encoding="utf-8-sig")
    qtbot.waitUntil(lambda: len(window.article.highlighted()) == 1)
