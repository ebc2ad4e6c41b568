"""Show All: what the window shows without its worker comes before the worker is given the lists' pages
(issue 16: everyone's first page, read on the GUI thread while the worker ran Python, waited for the
interpreter at each of its rows)."""

from __future__ import annotations

from viewer.gui.session import Session
from viewer.gui.timeline.source import TimelineSource

from .conftest import search, settle


def test_show_all_reads_everyone_and_shows_the_kept_counts_before_asking_the_worker(
    qtbot, window, monkeypatch
):
    everyone, (people, orgs) = sum(window.entity_model.totals()), window.entity_model.totals()
    search(qtbot, window, "2026-03")
    assert window.entity_model.rowCount() < everyone
    steps: list[str] = []
    request, show = Session.request, TimelineSource._show
    repo = window.controller.repo
    entities_page = repo.entities_page

    def asked(self, job, done, failed=None):
        steps.append("worker asked")
        return request(self, job, done, failed)

    def shown(self, data):
        steps.append("pending counts shown" if data.pending else "counts shown")
        show(self, data)

    def page(after, limit):
        steps.append("everyone's page read")
        return entities_page(after, limit)

    monkeypatch.setattr(Session, "request", asked)
    monkeypatch.setattr(TimelineSource, "_show", shown)
    monkeypatch.setattr(repo, "entities_page", page)
    window.clear_action.trigger()  # Edit → Show All
    settle(qtbot, window)
    assert steps[:3] == ["everyone's page read", "counts shown", "worker asked"], steps
    # and every pane shows everything, as before
    assert window.search.text() == ""
    assert window.status.text().startswith(f"{people} people · {orgs} organisations"), window.status.text()
    assert window.timeline.canvas.data.filter.is_empty() and not window.timeline.canvas.data.pending
    assert window.quote_model.rowCount() == window.controller.repo.counts(("quotes",))["quotes"]


def test_opening_a_database_asks_for_the_quotes_before_counting_the_timeline(qtbot, window, bundled_copy):
    """The whole database's counts are kept per session: a database just opened has none, and its quotes'
    first page is still the worker's first job."""
    jobs: list[str] = []
    request = Session.request

    def asked(self, job, done, failed=None):
        owner = getattr(done, "__self__", None)
        jobs.append(type(owner).__name__)
        return request(self, job, done, failed)

    Session.request = asked  # type: ignore[method-assign]
    try:
        assert window.open_database(bundled_copy)
        settle(qtbot, window)
    finally:
        Session.request = request  # type: ignore[method-assign]
    assert jobs[0] == "QuoteModel", jobs
