"""The timeline's model: the per-interval counts and events of one filter in one open session."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.filters import Filter
from ...timeline.data import TimelineData
from ..session import Runner, Ticket


class TimelineSource(QObject):
    """Holds the TimelineData the canvas draws; counts of a search come from the session's worker."""

    changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner: Runner | None = None
        self.filter = Filter()
        self.data = TimelineData(None, Filter(), [])
        self.ticket: Ticket | None = None
        self._everything: tuple[Runner, TimelineData] | None = None  # the whole database's counts

    @property
    def pending(self) -> bool:
        """True while a search's counts are on their way."""
        return self.data.pending

    def set_source(self, runner: Runner | None, f: Filter) -> None:
        """Show a filter's events; `changed(True)` asks the canvas to fit them."""
        if runner is self.runner and f == self.filter and runner is not None:
            return
        if self.ticket is not None:
            self.ticket.cancel()
            self.ticket = None
        self.runner, self.filter = runner, f
        if runner is None:
            self._show(TimelineData(None, f, []))
        elif self._everything is not None and self.shows_at_once(runner, f):
            self._show(self._everything[1])
        else:  # counts take tens of milliseconds at a million quotes: the worker's job
            self._show(TimelineData(runner.repo, f, [], pending=True))
            self.ticket = runner.request(
                lambda repo: TimelineData(None, f, repo.event_groups(f)), self._arrived, self._failed
            )

    def shows_at_once(self, runner: Runner | None, f: Filter) -> bool:
        """True when a filter's events would be shown without asking the worker (the whole database's counts,
        kept from an earlier time)."""
        return runner is not None and f.is_empty() and self._kept(runner)

    def _kept(self, runner: Runner) -> bool:
        return self._everything is not None and self._everything[0] is runner

    def wait(self) -> None:
        """Show that counts are coming (a query being resolved), not that there are none."""
        self._show(TimelineData(None, self.filter, [], pending=True))

    def _show(self, data: TimelineData) -> None:
        self.data = data
        self.changed.emit(True)

    def _arrived(self, data: TimelineData) -> None:
        """Counts (and their index, built on the worker) arrived."""
        self.ticket = None
        if self.runner is not None:
            if self.filter.is_empty():
                self._everything = (self.runner, data)
            self._show(data.attach(self.runner.repo, self.runner.request))

    def _failed(self, message: str) -> None:
        self.ticket = None
        if self.runner is not None:
            self.data = TimelineData(self.runner.repo, self.filter, [])
        self.failed.emit(message)
        self.changed.emit(False)
