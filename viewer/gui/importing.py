"""File → Import Articles…: read the files off the GUI thread, let the user review, save, reopen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .. import paths
from ..core.errors import UserError
from ..pipeline.library import ImportReport, already_in, read_one, save
from . import i18n


class Task(QObject):
    """Runs work(progress, cancelled) on a thread; reports progress, then done or failed, on the GUI
    thread."""

    progressed = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        work: Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.stop = threading.Event()
        self.worker = threading.Thread(target=self._run, name="events-viewer-import", daemon=True)

    def start(self) -> None:
        """Begin the work."""
        self.worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next article."""
        self.stop.set()

    def _run(self) -> None:
        try:
            result = self.work(lambda i, n, what: self.progressed.emit(i, n, what), self.stop.is_set)
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(result)


def read_all(files: list[Path], library: Path, bundled: Path):
    """The work of reading: (annotations, [(file, problem)], positions of those the library holds)."""

    def work(progress, cancelled):
        annotations, failed = [], []
        for i, path in enumerate(files):
            if cancelled():
                break
            progress(
                i, len(files), QCoreApplication.translate("Importer", "Reading {name}").format(name=path.name)
            )
            annotation, problem = read_one(path)
            if problem or annotation is None:
                failed.append((path.name, problem))
            else:
                annotations.append(annotation)
        progress(len(files), len(files), "")
        held = library if library.is_file() else bundled  # the library starts as a copy of the bundled one
        return annotations, failed, already_in(held, annotations)

    return work


def save_all(annotations, library: Path, bundled: Path):
    """The work of saving: an ImportReport."""

    def work(progress, cancelled) -> ImportReport:
        return save(
            annotations,
            library,
            bundled,
            progress=lambda i, n, name: progress(
                i,
                n,
                QCoreApplication.translate("Importer", "Saving {name}").format(name=name) if name else "",
            ),
            cancelled=cancelled,
        )

    return work


class Importer(QObject):
    """One import: choose files, read them (progress, cancel), review, save (progress, cancel)."""

    finished = Signal(object)

    def __init__(self, window: QWidget, ask, library: Path | None = None) -> None:
        super().__init__(window)
        self.window, self.ask = window, ask
        self.library, self.bundled = library or paths.library_db(), paths.bundled_db()
        self.problems: list[tuple[str, str]] = []
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.ended = False

    def start(self, files: list[Path]) -> None:
        """Read the chosen files. Reading changes nothing, so Cancel ends it at once, even while
        a file or the extractor is still busy (that thread is left to finish, unheard)."""
        count = len(files)
        self._run(
            read_all(files, self.library, self.bundled),
            QCoreApplication.translate("Importer", "Reading %Ln article(s)…", None, count),
            self._review,
        )
        if self.progress is not None:
            self.progress.canceled.connect(self._abandon)

    def _abandon(self) -> None:
        """Stop listening to the reading thread and end this import."""
        task, self.task = self.task, None
        self.ended = True  # a result already on its way is dropped
        if task is not None:
            task.cancel()
            for signal in (task.progressed, task.done, task.failed):
                signal.disconnect()
            task.setParent(None)  # the thread keeps it alive until it ends; Qt must not delete it
        self._close_progress()
        self.finished.emit(None)

    def _run(self, work, title: str, then: Callable[[Any], None]) -> None:
        self.progress = QProgressDialog(title, self.tr("Cancel"), 0, 0, self.window)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setWindowTitle(self.tr("Import Articles"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.then = then
        self.task = Task(work, self)
        self.task.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.task.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.task.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress.canceled.connect(self.task.cancel)
        self.task.start()

    def _progressed(self, i: int, n: int, what: str) -> None:
        """Show progress. setValue on a visible modal dialog processes events, so the task may
        finish (and this dialog close) inside it: nothing here touches the dialog after that."""
        progress = self.progress
        if progress is None:
            return
        if what:
            progress.setLabelText(what)
        if i == 0:  # nothing read yet: busy, not a bar at 0% that does not move for the first article's
            progress.setMaximum(0)  # seconds (the extractor loading) or a single article's whole reading
            progress.setValue(0)  # (and the dialog's clock started: it shows after its minimum duration)
            return
        progress.setMaximum(n)
        progress.setValue(i)

    def _done(self, result) -> None:
        """The task finished: leave the progress dialog first, then go on, outside any setValue."""
        if self.ended:
            return
        self._close_progress()
        QTimer.singleShot(0, lambda: self._then(result))

    def _then(self, result: object) -> None:
        """The next step; if it fails, the import still ends (a later one is not refused)."""
        try:
            self.then(result)
        except Exception as exc:
            self._failed(f"{type(exc).__name__}: {exc}")

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, message: str) -> None:
        """The task raised: say so; the library is unchanged (its transaction rolled back)."""
        if self.ended:
            return
        self.ended = True
        self._close_progress()
        self.ask.error(
            self.window,
            self.tr("Import failed"),
            self.tr("{problem}\n\nThe library was not changed.").format(problem=i18n.say(message)),
        )
        self.finished.emit(None)

    def _review(self, result) -> None:
        annotations, self.problems, known = result
        if self.task is not None and self.task.stop.is_set():
            self.finished.emit(None)
            return
        if not annotations:
            self._report(ImportReport(self.library))
            return
        chosen = self.ask.review(self.window, annotations, known)
        if not chosen:  # the review closed without saving: say so, beside the counts
            self.finished.emit(ImportReport(self.library, cancelled=True))
            return
        self._run(
            save_all(chosen, self.library, self.bundled), self.tr("Saving to the library…"), self._report
        )

    def _report(self, report: ImportReport) -> None:
        report.failed = self.problems + report.failed
        if report.failed:
            lines = "\n".join(f"• {i18n.say(message)}" for _, message in report.failed)
            self.ask.error(
                self.window,
                self.tr("Some files were not imported"),
                self.tr("{summary}.\n\n{problems}").format(summary=import_summary(report), problems=lines),
            )
        self.finished.emit(report)


def import_summary(report: ImportReport) -> str:
    """ImportReport.summary() in the interface's language."""
    added, unchanged, failed = len(report.added), len(report.unchanged), len(report.failed)
    if report.cancelled and not (added or unchanged or failed):
        return QCoreApplication.translate("Importer", "cancelled, the library was not changed")
    parts = [QCoreApplication.translate("Importer", "%Ln imported", None, added)]
    if unchanged:
        parts.append(QCoreApplication.translate("Importer", "%Ln already in the library", None, unchanged))
    if failed:
        parts.append(QCoreApplication.translate("Importer", "%Ln could not be read", None, failed))
    if report.cancelled:
        parts.append(QCoreApplication.translate("Importer", "cancelled"))
    return QCoreApplication.translate("Importer", ", ").join(parts)
