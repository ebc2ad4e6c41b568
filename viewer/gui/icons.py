"""The app's SVG icon rendered to PNG at the hicolor theme's sizes (for --install-desktop and the bundle)."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from .. import paths

_app: QGuiApplication | None = None


def render_png(size: int) -> bytes:
    """resources/events-viewer.svg as a size×size PNG with a transparent background."""
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
