"""The people list shows long names whole at 1280×720 (its pane as wide as they need, within reason), with
the full name and the role on hover, and does not change its width while a search is typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from viewer import paths

from .conftest import settle

MILLOY = (
    Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "real" / "blindaq_weatherfanatics_milloy.txt"
)


def import_and_fit(qtbot, window, ask, article: Path) -> None:
    """File → Import Articles… of one article, the review kept as it is, until the people pane has been
    fitted to the library's names."""
    ask.import_answer = [article]
    library = str(paths.library_db())
    with qtbot.waitSignal(window.peopleFitted, timeout=30000, check_params_cb=lambda db: db == library):
        window.import_action.trigger()
        qtbot.waitUntil(lambda: window.importer is None, timeout=30000)
    settle(qtbot, window)


def _cut_rows(view) -> list[str]:
    """The rows the list draws cut short: wider, as its delegate lays them out, than the list shows."""
    model, cut = view.model(), []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        view.itemDelegate().initStyleOption(option, index)
        if view.itemDelegate().sizeHint(option, index).width() > view.viewport().width():
            cut.append(index.data())
    return cut


def test_long_names_are_shown_whole_and_stay_put_while_typing(qtbot, window, ask, bundled_copy, monkeypatch):
    """A walkthrough at 1280×720 imported an AP story: “California Department of Forestry an…” and
    “国家网信办  Cyberspace Administrati…” in the people list, Bennet Milloy's role nowhere on hover."""
    monkeypatch.setattr(paths, "bundled_db", lambda: bundled_copy)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    import_and_fit(qtbot, window, ask, MILLOY)
    view = window.findChild(type(window.people.list), "personList")
    assert view is window.people.list and view.accessibleName()
    names = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert "California Department of Forestry and Fire Protection" in names
    qtbot.waitUntil(lambda: not _cut_rows(view), timeout=5000)
    dock = window.docks["personDock"]
    assert dock.width() <= 0.3 * window.width(), "within reason: the quotes keep most of the room"
    # the reader hovers over a name: the whole of it, and the role the database holds for them
    model = view.model()
    tip = model.index(names.index("California Department of Forestry and Fire Protection"), 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "California Department of Forestry and Fire Protection (organisation)" in tip
    tip = model.index(names.index("吴嘉  Wu Jia"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "吴嘉  Wu Jia (person)" in tip and "阿里巴巴集团 副总裁" in tip, tip
    # and types a search, a key at a time: the pane keeps its width
    width = dock.width()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for key in "Milloy":
        with qtbot.waitSignal(window.search.querySubmitted, timeout=5000):  # applied as typed
            qtbot.keyClicks(window.search, key)
        settle(qtbot, window)
        assert dock.width() == width, f"the people pane moved at “{window.search.text()}”"
    qtbot.waitUntil(lambda: [model.index(r, 0).data() for r in range(model.rowCount())] == ["Bennet Milloy"])
    assert not _cut_rows(view) and dock.width() == width
