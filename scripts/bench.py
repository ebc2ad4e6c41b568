"""Benchmarks that print numbers (no assertions): search latency per kind on a synth database.

Usage: python scripts/bench.py bench-data/synth-1m.db
"""
from __future__ import annotations

import os
import random
import statistics
import subprocess
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
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def time_query(repo: Repository, query: str) -> tuple[float, int]:
    """Milliseconds to resolve a query and fetch the first 200 events and 200 quotes."""
    start = time.perf_counter()
    f = resolve(repo, query).filter
    rows = len(repo.events(f, limit=200)) + len(repo.quotes(f, limit=200))
    return (time.perf_counter() - start) * 1000, rows


def search_kinds(repo: Repository, rng: random.Random) -> dict[str, list[str]]:
    """Representative queries of each kind, drawn from the database itself."""
    names = [r[0] for r in repo.conn.execute(
        "SELECT name FROM persons WHERE id IN (%s)" % ",".join(
            str(rng.randint(1, repo.counts()["persons"])) for _ in range(RUNS)))]
    latin = [r[0] for r in repo.conn.execute(
        "SELECT name_latin FROM persons WHERE id IN (%s)" % ",".join(
            str(rng.randint(1, repo.counts()["persons"])) for _ in range(RUNS)))]
    words = ["模型", "开源", "团队", "市场", "用户", "平台", "算力", "安全", "数据", "投入"]
    phrases = ["基础模型建设", "研发投入", "端侧部署", "市场反应超出预期", "技术发展不进则退", "生态合作"]
    chars = list("模型开源团队市场用户平台算力安全数据投入")
    days = [f"{rng.randint(2016, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(RUNS)]
    months = [f"{rng.randint(2016, 2026)}年{rng.randint(1, 12)}月" for _ in range(RUNS)]
    return {
        "person (name)": [f"p:{n}" for n in names],
        "person (pinyin)": [f"p:{n.lower()}" for n in latin],
        "date (day)": days,
        "date (month)": months,
        "date (year)": [str(rng.randint(2015, 2026)) for _ in range(RUNS)],
        "text 1 char": [rng.choice(chars) for _ in range(RUNS)],
        "text 2 chars": [rng.choice(words) for _ in range(RUNS)],
        "text 3+ chars": [rng.choice(phrases) for _ in range(RUNS)],
        "combined": [f"{rng.choice(words)} {rng.randint(2016, 2026)}" for _ in range(RUNS)],
    }


def startup(db: Path, runs: int = 3) -> tuple[float, float]:
    """Median milliseconds from launching `python -m viewer` to its first paint and to data shown."""
    painted, ready = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "EVENTS_VIEWER_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen",
               "EVENTS_VIEWER_SETTINGS": str(Path(tmp) / "settings.ini")}
        for _ in range(runs):
            start = time.time()
            out = subprocess.run([sys.executable, "-m", "viewer", "--db", str(db)], env=env, cwd=ROOT,
                                 capture_output=True, text=True, timeout=300).stdout
            marks = dict(line.split() for line in out.splitlines() if line.strip())
            painted.append((float(marks["painted"]) - start) * 1000)
            ready.append((float(marks["ready"]) - start) * 1000)
    return statistics.median(painted), statistics.median(ready)


def print_startup(dbs: list[Path]) -> None:
    """Launch-to-first-paint and launch-to-data for each database."""
    print(f"{'window start-up':<34} {'first paint ms':>14} {'data shown ms':>14}")
    for db in dbs:
        painted, ready = startup(db)
        print(f"{db.name:<34} {painted:>14.0f} {ready:>14.0f}")


def main(argv: list[str]) -> int:
    db = Path(argv[1]) if len(argv) > 1 else ROOT / "bench-data" / "synth-1m.db"
    print_startup([ROOT / "data" / "events.db", db])
    print()
    rng = random.Random(7)
    with Repository(db) as repo:
        counts = repo.counts()
        print(f"database: {db} ({counts['persons']:,} persons, {counts['events']:,} events, "
              f"{counts['quotes']:,} quotes)")
        print(f"{'search kind':<18} {'p50 ms':>8} {'p95 ms':>8} {'rows':>6}")
        for kind, queries in search_kinds(repo, rng).items():
            time_query(repo, queries[0])
            samples, rows = [], 0
            for q in queries:
                ms, n = time_query(repo, q)
                samples.append(ms)
                rows = max(rows, n)
            p50, p95 = percentiles(samples)
            print(f"{kind:<18} {p50:>8.2f} {p95:>8.2f} {rows:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
