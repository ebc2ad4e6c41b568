"""The keyboard's place shows on buttons, drop-down lists and text boxes in the dark palette as in the light
(the walkthrough tabbed through the timeline's buttons in View → Appearance → Dark: Fusion outlines the one
with the focus in the palette's highlight darkened, #325898 on the #282a2e window, 2:1 — barely seen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from viewer.gui.colours import contrast


def _edge(image: QImage, width: int = 3) -> list[tuple[int, int]]:
    """The points within `width` pixels of the image's edge (where the focus outline is drawn)."""
    inner = QRect(width, width, image.width() - 2 * width, image.height() - 2 * width)
    return [(x, y) for y in range(image.height()) for x in range(image.width()) if not inner.contains(x, y)]


def _outline(before: QImage, after: QImage) -> list[QColor]:
    """The colours on the edge that the focus changed."""
    return [
        after.pixelColor(x, y) for x, y in _edge(after) if before.pixelColor(x, y) != after.pixelColor(x, y)
    ]


def _in_palette(qtbot, widget: QWidget) -> None:
    """Wait until the palette chosen has reached the widget (the change is delivered as an event)."""
    role = QPalette.ColorRole.Window
    qtbot.waitUntil(lambda: widget.palette().color(role) == QApplication.palette().color(role))


def _tab_to(qtbot, window, name: str) -> QWidget:
    while QApplication.focusWidget() is None or QApplication.focusWidget().objectName() != name:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


@pytest.mark.parametrize("mode", ["light", "dark"])
@pytest.mark.parametrize("name", ["zoomIn", "laneMode", "chartButton"])
def test_the_focus_outline_stands_out_from_the_window_and_the_button(qtbot, window, mode, name):
    window.appearance_actions[mode].trigger()  # View → Appearance
    try:
        target = window.findChild(QWidget, name)
        assert target is not None
        _in_palette(qtbot, target)
        window.find_action.trigger()  # Ctrl+F: the keyboard in the search box
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
        unfocused = target.grab().toImage()
        _tab_to(qtbot, window, name)
        qtbot.waitUntil(lambda: target.grab().toImage() != unfocused)
        outline = _outline(unfocused, target.grab().toImage())
        assert outline, "the focus changes the widget's edge"
        palette = target.palette()
        around = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Button)]
        best = max(outline, key=lambda c: min(contrast(c, b) for b in around))
        assert min(contrast(best, b) for b in around) >= 3.0, (mode, name, best.name())  # WCAG, not text
    finally:
        window.appearance_actions["system"].trigger()


def test_the_search_box_outline_and_its_selected_text_in_the_dark(qtbot, window):
    """The search box's outline too, and text selected in it stays readable."""
    window.appearance_actions["dark"].trigger()
    try:
        _in_palette(qtbot, window.search)
        window.search.setFocus()
        qtbot.waitUntil(window.search.hasFocus)
        palette = window.search.palette()
        window_colour, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
        outline = palette.color(QPalette.ColorRole.Highlight).darker(125)
        if outline.value() > 160:  # as Fusion draws it (QFusionStylePrivate::highlightedOutline)
            outline.setHsl(outline.hslHue(), outline.hslSaturation(), 160)
        assert min(contrast(outline, window_colour), contrast(outline, base)) >= 3.0, outline.name()
        selected = (
            palette.color(QPalette.ColorRole.HighlightedText),
            palette.color(QPalette.ColorRole.Highlight),
        )
        assert contrast(*selected) >= 4.5
        _in_palette(qtbot, window.quotes.view)
        lists = window.quotes.view.palette()  # the lists keep the palette's own selection
        assert lists.color(QPalette.ColorRole.Highlight) == QApplication.palette().color(
            QPalette.ColorRole.Highlight
        )
    finally:
        window.appearance_actions["system"].trigger()


@pytest.fixture
def dark_system(qapp):
    """A system whose palette is dark under Fusion (as QT_QPA_PLATFORMTHEME=gtk3 with GTK_THEME=Adwaita:dark
    gives): the app follows it, View → Appearance → Follow the System."""
    from viewer.gui import appearance

    style, palette = qapp.style().name(), qapp.palette()
    appearance.apply("system")
    qapp.setStyle("Fusion")
    qapp.setPalette(appearance.dark_palette())
    qapp.setPalette(
        appearance.dark_palette(), "QToolButton"
    )  # as Qt's gtk3 theme gives the tool buttons theirs
    appearance._system, appearance._applied["mode"] = None, "light"  # as at a start in that system
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    appearance._system, appearance._applied["mode"] = None, "system"


def test_the_focus_outline_stands_out_in_a_dark_system_palette_too(
    qtbot, dark_system, settings, ask, bundled_copy
):
    from viewer.gui.main_window import MainWindow

    w = MainWindow(settings, ask)  # follows the system: View → Appearance → Follow the System
    qtbot.addWidget(w)
    w.show()
    assert w.appearance_actions["system"].isChecked()
    target = w.findChild(QWidget, "zoomIn")
    _in_palette(qtbot, target)
    w.find_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.search)
    unfocused = target.grab().toImage()
    _tab_to(qtbot, w, "zoomIn")
    qtbot.waitUntil(lambda: target.grab().toImage() != unfocused)
    outline = _outline(unfocused, target.grab().toImage())
    palette = target.palette()
    around = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Button)]
    best = max(outline, key=lambda c: min(contrast(c, b) for b in around))
    assert min(contrast(best, b) for b in around) >= 3.0, best.name()
