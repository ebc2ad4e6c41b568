"""The app's icon: its SVG rendered to PNG at the hicolor theme's sizes (for --install-desktop, the bundle
and the window's own PNGs in resources/icons, which `make icons` writes), and the window's icon."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QIcon

from .. import paths

WINDOW_SIZES = (16, 24, 32, 48, 64, 128)

_app: object = None  # the application made for drawing without a window, kept alive


def render_png(size: int) -> bytes:
    """resources/events-viewer.svg as a size×size PNG with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer  # Qt's SVG module, and what drawing needs, only where it is drawn

    global _app
    if QGuiApplication.instance() is None:  # the SVG's text needs fonts, which need an application
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])
    renderer = QSvgRenderer(str(paths.resources_dir() / "events-viewer.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs ask for bytes; Qt takes str
    return bytes(data.data())


def window_png(size: int) -> Path:
    """resources/icons/events-viewer-SIZE.png: the icon at one of WINDOW_SIZES."""
    return paths.resources_dir() / "icons" / f"events-viewer-{size}.png"


def window_icon() -> QIcon:
    """The window's icon from its PNGs (loading Qt's SVG icon engine for it costs ~9 ms of start-up);
    the SVG itself if they are missing."""
    icon = QIcon()
    for size in WINDOW_SIZES:
        if window_png(size).is_file():
            icon.addFile(str(window_png(size)))
    return icon if not icon.isNull() else QIcon(str(paths.resources_dir() / "events-viewer.svg"))
