"""View → Appearance: follow the system, or a light or dark palette (Fusion), remembered."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

MODES = ("system", "light", "dark")
# The system's style and palette, kept to go back to. The style is named only once the app leaves it: naming
# it makes PySide build QStyle's class with its dozen enums (~6 ms, before the first paint of a start that
# follows the system); the window needs the class only once its first page of quotes is painted.
_system: tuple[str | None, QPalette] | None = None
_applied = {"mode": "system"}


def dark_palette() -> QPalette:
    """A dark palette: light text on dark bases, every pair readable."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, c in (
        (role.Window, QColor(40, 42, 46)),
        (role.WindowText, QColor(230, 230, 230)),
        (role.Base, QColor(28, 30, 33)),
        (role.AlternateBase, QColor(38, 40, 44)),
        (role.ToolTipBase, QColor(50, 52, 56)),
        (role.ToolTipText, QColor(235, 235, 235)),
        (role.PlaceholderText, QColor(150, 150, 150)),
        (role.Text, QColor(230, 230, 230)),
        (role.Button, QColor(48, 50, 54)),
        (role.ButtonText, QColor(230, 230, 230)),
        (role.BrightText, QColor(255, 110, 110)),
        (role.Highlight, QColor(62, 110, 190)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.Link, QColor(120, 170, 255)),
        (role.Mid, QColor(70, 72, 76)),
        (role.Dark, QColor(20, 20, 22)),
        (role.Light, QColor(80, 82, 86)),
    ):
        p.setColor(r, c)
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(120, 120, 120))
    return p


# Fusion outlines the button, drop-down list or text box holding the keyboard in the palette's highlight
# darkened by a quarter (at most HSL lightness 160): the dark palette's blue gave #325898 on the #282a2e
# window, 2:1 and barely seen. These take a light blue instead (its outline 4:1 from the window, the buttons'
# face and the base), with dark text on it where text is selected; lists keep the palette's own selection.
# The same under a dark system palette drawn by Fusion (GTK's Adwaita dark through Qt's gtk3 theme), whose
# theme gives some of these classes palettes of their own (QToolButton's, found before QAbstractButton's):
# each class's own palette is given the light blue.
FOCUSED_CHROME = (
    "QAbstractButton",
    "QToolButton",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QComboBox",
    "QLineEdit",
    "QAbstractSpinBox",
    "QTabBar",
)


def _outline_focus(app: QApplication) -> None:
    """Under Fusion with a dark palette, the focused chrome's outline made to show (FOCUSED_CHROME); any
    palette set for the whole application has dropped these."""
    if (  # the palette first: a light one needs no style named (see _system)
        app.palette().color(QPalette.ColorRole.Base).lightness() >= 128
        or app.style().name().lower() != "fusion"
    ):
        return
    for name in FOCUSED_CHROME:
        chrome = QApplication.palette(name)  # type: ignore[call-overload]  # a copy, as setPalette's below
        chrome.setColor(QPalette.ColorRole.Highlight, QColor(138, 180, 248))
        chrome.setColor(QPalette.ColorRole.HighlightedText, QColor(20, 22, 26))
        app.setPalette(chrome, name)  # type: ignore[arg-type]  # a str: bytes match nothing


def apply(mode: str) -> None:
    """Use the system's style and palette, or Fusion with a light or a dark palette (nothing is
    restyled when the mode is the one in use)."""
    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication) or (mode == _applied["mode"] and _system is not None):
        return
    if _system is None:
        _system = (None if mode == "system" else app.style().name(), app.palette())
        if mode == "system":  # already in use: restyling to it would only cost start-up time
            _applied["mode"] = mode
            _outline_focus(app)
            return
    elif _system[0] is None and _applied["mode"] == "system":  # leaving the system's style: named now
        _system = (app.style().name(), _system[1])
    _applied["mode"] = mode
    if mode == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif mode == "light":
        app.setStyle("Fusion")
        fusion = QStyleFactory.create("Fusion")
        app.setPalette(fusion.standardPalette() if fusion else QPalette())
    else:
        if _system[0] is not None:  # (None: the app never left it)
            app.setStyle(_system[0])
        app.setPalette(_system[1])
    _outline_focus(app)
