"""Benchmarks that print numbers (no assertions): search latency per kind on a synth database.

Usage: python scripts/bench.py bench-data/synth-1m.db
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.core.repository import Repository  # noqa: E402
from viewer.core.resolve import resolve  # noqa: E402

RUNS = 30


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def first_pages(repo: Repository, query: str) -> int:
    """What a keystroke costs the window: resolve, then the first page of quotes and of events."""
    f = resolve(repo, query).filter
    if f.ranked:
        return len(repo.quote_rows.at(repo.quote_rows.ranked(f, 201)))
    return len(repo.quotes(f, limit=201, detail=False)) + len(repo.events(f, limit=201))


def time_query(repo: Repository, query: str) -> tuple[float, float, float, int]:
    """Milliseconds for the app's first pages, for the same SQL replayed raw, and for the counts."""
    statements: list[str] = []
    repo.conn.set_trace_callback(statements.append)
    start = time.perf_counter()
    rows = first_pages(repo, query)
    app_ms = (time.perf_counter() - start) * 1000
    repo.conn.set_trace_callback(None)
    start = time.perf_counter()
    for sql in statements:
        repo.conn.execute(sql).fetchall()
    raw_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    f = resolve(repo, query).filter
    repo.count_quotes(f), repo.count_events(f)
    count_ms = (time.perf_counter() - start) * 1000
    return app_ms, raw_ms, count_ms, rows


def search_kinds(repo: Repository, rng: random.Random) -> dict[str, list[str]]:
    """Representative queries of each kind, drawn from the database itself."""
    n_persons = repo.counts(("persons",))["persons"]
    ids = ",".join(str(rng.randint(1, n_persons)) for _ in range(RUNS))
    people = repo.conn.execute(f"SELECT name, name_latin FROM persons WHERE id IN ({ids})").fetchall()
    common = ["模型", "团队", "市场", "用户", "平台"]
    phrases = ["基础模型建设", "研发投入", "端侧部署", "市场反应超出预期", "技术发展不进则退", "生态合作"]
    chars = list("模型开源团队市场用户平台算力安全数据投入")

    def day() -> str:
        return f"{rng.randint(2016, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    return {
        "person (name)": [n for n, _ in people],
        "person (pinyin)": [f"p:{latin.lower()}" for _, latin in people],
        "person (prefix)": [f"p:{latin.lower()[:5]}" for _, latin in people],
        "date (day)": [day() for _ in range(RUNS)],
        "date (month)": [f"{rng.randint(2016, 2026)}年{rng.randint(1, 12)}月" for _ in range(RUNS)],
        "date (year)": [str(rng.randint(2015, 2026)) for _ in range(RUNS)],
        "text 1 char": [rng.choice(chars) for _ in range(RUNS)],
        "text 2 chars": [rng.choice(common) for _ in range(RUNS)],
        "text 3+ chars": [rng.choice(phrases) for _ in range(RUNS)],
        "combined text+date": [
            f"{rng.choice(common)} {rng.randint(2016, 2026)}-{rng.randint(1, 12):02d}" for _ in range(RUNS)
        ],
        "combined person+date": [f"{n} {rng.randint(2015, 2026)}" for n, _ in people],
        "common term by date": [rng.choice(common[:2]) for _ in range(RUNS)],
        "common term by relevance": [f"{rng.choice(common[:2])} sort:relevance" for _ in range(RUNS)],
    }


def print_search(db: Path) -> None:
    """p50/p95 of the first 200 results per search kind, beside raw SQLite and the counts."""
    rng = random.Random(7)
    with Repository(db) as repo:
        counts = repo.counts()
        print(
            f"search on {db.name} ({counts['persons']:,} persons, {counts['events']:,} events, "
            f"{counts['quotes']:,} quotes): first 200 quotes + 200 events, {RUNS} queries per kind"
        )
        print(
            f"{'kind':<26} {'app p50':>8} {'app p95':>8} {'raw p50':>8} {'raw p95':>8} "
            f"{'count p50':>9} {'count p95':>9}"
        )
        for kind, queries in search_kinds(repo, rng).items():
            time_query(repo, queries[0])
            results = [time_query(repo, q) for q in queries]
            app = percentiles([r[0] for r in results])
            raw = percentiles([r[1] for r in results])
            count = percentiles([r[2] for r in results])
            print(
                f"{kind:<26} {app[0]:>8.2f} {app[1]:>8.2f} {raw[0]:>8.2f} {raw[1]:>8.2f} "
                f"{count[0]:>9.1f} {count[1]:>9.1f}"
            )


def timeline_frames(db: Path) -> None:
    """Paint times of the timeline canvas while panning, at three zoom levels (offscreen)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    from viewer.gui.dialogs import ConsoleAsk
    from viewer.gui.main_window import MainWindow
    from viewer.timeline.scale import fit

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        win = MainWindow(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat), ConsoleAsk())
        win.resize(1400, 900)
        win.show()
        win.open_database(db)
        while win.busy():
            app.processEvents()
            time.sleep(0.005)
        canvas = win.timeline.canvas
        image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
        first, last = canvas.data.extent
        print(
            f"timeline frames on {db.name} ({canvas.data.total:,} dated events), canvas "
            f"{canvas.width()}x{canvas.height()}, 60 pan steps of 40 px each"
        )
        print(f"{'zoom':<26} {'in view':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  mode")
        mid = (first + last) / 2
        cases = (
            ("everything (~12 years)", last - first, ""),
            ("one year", 365, ""),
            ("two weeks", 14, ""),
            ("a person's events", None, "p:" + _busy_person(win)),
        )
        for name, span, query in cases:
            if query:
                win.search.setText(query)
                win.search.submit()
                while win.busy():  # the timeline's counts and events are session tickets too
                    app.processEvents()
                    time.sleep(0.005)
                app.processEvents()
            else:
                canvas.set_scale(fit(mid - span / 2, mid + span / 2, canvas.width(), 0.0))
            samples = []
            for step in range(60):
                canvas.set_scale(canvas.scale.panned(40 if step < 30 else -40))
                canvas._fetch()
                while canvas.data.loading is not None:  # the events in view come from the worker
                    app.processEvents()
                    time.sleep(0.001)
                start = time.perf_counter()
                canvas.render(image)
                samples.append((time.perf_counter() - start) * 1000)
            p50, p95 = percentiles(samples)
            view = canvas.visible_days()
            mode = "each event" if canvas.data.detailed(*view) else "density"
            print(
                f"{name:<26} {canvas.data.in_view(*view):>9,} {p50:>8.2f} {p95:>8.2f} "
                f"{max(samples):>8.2f}  {mode}"
            )
        cached = len(canvas.data.window.events) if canvas.data.window else 0
        print(f"events held in memory after panning: {cached:,}")
        win.close()


def _busy_person(win) -> str:
    """The name of a person with many events, for a detailed timeline."""
    row = win.controller.repo.conn.execute(
        "SELECT p.name FROM event_persons ep JOIN persons p ON p.id = ep.person_id "
        "GROUP BY ep.person_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()
    return row[0]


def main(argv: list[str]) -> int:
    db = Path(argv[1]) if len(argv) > 1 else ROOT / "bench-data" / "synth-1m.db"
    timeline_frames(db)
    print()
    print_search(db)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
