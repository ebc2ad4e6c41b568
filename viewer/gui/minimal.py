"""A first window that lists the events; the full window replaces it."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QMessageBox

from .. import paths
from ..core.errors import UserError
from ..core.repository import Repository


def run(db: Path | None) -> int:
    """Show every event in date order."""
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("events-viewer")
    events = QListWidget(objectName="timelinePane")
    try:
        with Repository(db or paths.bundled_db()) as repo:
            for e in repo.events(limit=10_000):
                events.addItem(f"{e.date.label() if e.date else 'undated':<22}{e.summary}")
    except UserError as exc:
        QMessageBox.critical(None, "events-viewer", str(exc))
        return 2
    window.setCentralWidget(events)
    window.resize(900, 600)
    window.show()
    return app.exec()
