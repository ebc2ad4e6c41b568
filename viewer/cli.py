"""events-cli: the GUI's headless twin (build, dump, search, export, import, evaluate, synth)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from . import __version__, paths
from .core import schema
from .core.dates import DateParseError
from .core.errors import UserError
from .core.query import ParsedQuery, Term, tokenize
from .core.repository import Repository
from .core.resolution import Resolution
from .core.resolve import resolve
from .textout import search_table

EXIT_USAGE = 2
MAX_COUNT = 10**9  # --limit, --persons…: far above any real use, far below SQLite's integer range
MAX_ID = 2**63 - 1  # SQLite's largest integer
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line and exits with 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(message)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = _Parser(
        prog="events-cli",
        description=__doc__,
        epilog="Exit codes: 0 ok, 1 runtime failure, 2 usage error or bad input.",
    )
    parser.add_argument("--version", action="version", version=f"events-cli {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("build", help="build the database from data/sources/*.toml")
    p.add_argument("--sources", type=Path, default=None, help="folder of articles and annotations")
    p.add_argument("--out", type=Path, default=None, help="database to write (default: the bundled one)")

    p = sub.add_parser("dump", help="print the whole database as JSON")
    _db_option(p)

    p = sub.add_parser("search", help="events and quotes by person, date and text")
    p.add_argument("query", nargs="*", help='query words, e.g. 林俊旸 2026-03 "离职"')
    p.add_argument(
        "--person",
        action="append",
        default=[],
        help="a person or organisation: name, alias, pinyin, initials or role",
    )
    p.add_argument("--org", action="append", default=[], help="organisation name or alias")
    p.add_argument("--date", action="append", default=[], help="2026, 2026-03, 3月4日, a..b")
    p.add_argument("--text", action="append", default=[], help="words of any length")
    p.add_argument(
        "--sort",
        choices=("date", "relevance"),
        default=None,
        help="order of text matches (default date; relevance = bm25)",
    )
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--limit", type=_count, default=200, help="rows per kind (default 200)")
    p.add_argument("--syntax", action="store_true", help="print the query language with examples and exit")
    _db_option(p)

    p = sub.add_parser("export", help="quotes with full citations")
    pick = p.add_mutually_exclusive_group(required=True)
    pick.add_argument("--ids", help="comma-separated quote ids, e.g. 1,2,5")
    pick.add_argument("--person", help="quotes by this person or organisation")
    pick.add_argument("--date", help="quotes whose date overlaps this one")
    p.add_argument("--format", choices=("md", "csv", "json"), required=True)
    p.add_argument("--output", type=Path, help="file to write (default: standard output)")
    _db_option(p)

    p = sub.add_parser("import", help="extract articles into your library (never the bundled database)")
    p.add_argument("files", nargs="+", type=Path, help=".txt, .md or .html articles")
    p.add_argument(
        "--db",
        type=Path,
        default=None,
        help="library to add to, made empty when new (default: the library in your application-data "
        "folder, made with the bundled example article)",
    )
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (2025-11-18) for articles whose text prints none in full: "
        "relative dates (17日, on Monday) are read against it",
    )
    p.add_argument(
        "--address",
        metavar="URL",
        help="the web address the article was found at (one article): cited with it, and a day it "
        "prints (…/2019/04/16/…) dates an article whose text prints none",
    )

    p = sub.add_parser("evaluate", help="score the extractor against a curated annotation")
    p.add_argument("article", type=Path, help="the article (.txt, .md or .html)")
    p.add_argument("annotation", type=Path, help="its curated annotation (.toml)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument(
        "--answered",
        action="store_true",
        help="when the text prints no full publication date, read it again dated by the annotation's, "
        "as after the review dialog's question",
    )

    p = sub.add_parser("synth", help="a synthetic database for scale work")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--persons", type=_count, default=1000)
    p.add_argument("--events", type=_count, default=5000)
    p.add_argument("--quotes", type=_count, default=10000)
    p.add_argument("--seed", type=int, default=1)
    return parser


def parse(argv: list[str] | None) -> argparse.Namespace:
    """Parse the command line; for `search`, words like -bye are exclusions in the query."""
    args, unknown = build_parser().parse_known_args(argv)
    if (
        unknown
        and args.command == "search"
        and all(u.startswith("-") and not u.startswith("--") for u in unknown)
    ):
        args.query += unknown
    elif unknown:
        raise UserError(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        type=Path,
        default=None,
        help="database (default: your library once you have imported, else the bundled one)",
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point: one line on stderr and exit code 2 for any bad input, and for a file or a
    disk that fails (a full disk while writing standard output, a database that cannot be read)."""
    import sqlite3

    try:
        args = parse(_valid_utf8(sys.argv[1:] if argv is None else argv))
        return COMMANDS[args.command](args)
    except UserError as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # the reader went away (| head): not an error
        sys.stderr.close()
        return 0
    except (OSError, sqlite3.Error) as exc:
        return _fail(getattr(exc, "strerror", None) or str(exc))
    except KeyboardInterrupt:
        return 130


def _fail(message: str) -> int:
    """Print one line on stderr (line breaks and control characters from the input shown as
    spaces) and return the usage exit code."""
    print(f"events-cli: error: {_CONTROL.sub(' ', message).strip()}", file=sys.stderr)
    return EXIT_USAGE


def _valid_utf8(argv: list[str]) -> list[str]:
    """The arguments, refused when one is not valid text (invalid UTF-8 arrives as surrogates)."""
    for i, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise UserError(f"argument {i} is not valid UTF-8 text") from None
    return argv


def _count(text: str) -> int:
    """A whole number from 1 to MAX_COUNT (argparse type)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_COUNT:,}")
    return value


def _repo(args) -> Repository:
    """The database asked for; the user's library is first brought up to date if it is older."""
    path = args.db or paths.default_db()
    repo = Repository(path)
    if repo.meta.get(schema.TEXT_INDEX_KEY) != schema.TEXT_INDEX_VERSION and path == paths.library_db():
        from .pipeline.upgrade import upgrade_library

        if upgrade_library(path, paths.bundled_db()):
            repo.close()
            repo = Repository(path)
    return repo


def cmd_build(args) -> int:
    from .pipeline.build import build_database, default_annotations

    sources = args.sources or paths.sources_dir()
    annotations = default_annotations(sources)
    if not annotations:
        raise UserError(f"no annotations (*.toml) in {sources}")
    out = args.out or paths.bundled_db()
    build_database(annotations, out)
    print(f"wrote {out}", file=sys.stderr)
    return 0


def cmd_dump(args) -> int:
    with _repo(args) as repo:
        _print_json(repo.dump())
    return 0


def flag_terms(fields: dict[str, list[str]]) -> list[Term]:
    """Options such as --person and --date as query terms, each value taken whole."""
    return [Term(name, value, quoted=True) for name, values in fields.items() for value in values]


def _resolve_or_fail(repo: Repository, terms: list[Term]) -> Resolution:
    res = resolve(repo, ParsedQuery(terms))
    if res.problems:
        raise UserError(res.problems[0])
    return res


def cmd_search(args) -> int:
    if args.syntax:
        from .core.syntax import syntax_text

        sys.stdout.write(syntax_text())
        return 0
    terms = tokenize(" ".join(args.query)).terms + flag_terms(
        {
            "who": args.person,
            "org": args.org,
            "date": args.date,
            "text": args.text,
            "sort": [args.sort] if args.sort else [],
        }
    )
    with _repo(args) as repo:
        res = _resolve_or_fail(repo, terms)
        f = res.filter
        if f.ranked:
            events = repo.event_rows.at(repo.event_rows.ranked(f, args.limit))
            quotes = repo.quotes_at(repo.quote_rows.ranked(f, args.limit))
        else:
            events, quotes = repo.events(f, limit=args.limit), repo.quotes(f, limit=args.limit)
        result = {
            "persons": [p.to_dict() for p in repo.persons_in(f)],
            "orgs": [o.to_dict() for o in repo.orgs_in(f)],
            "events": [e.to_dict() for e in events],
            "quotes": [q.to_dict() for q in quotes],
            "counts": {"events": repo.count_events(f), "quotes": repo.count_quotes(f)},
            "query": res.notes,
        }
        if args.format == "json":
            _print_json(result)
        else:
            sys.stdout.write(search_table(result))
    return 0


def cmd_export(args) -> int:
    from .export import citations, render, write_export

    with _repo(args) as repo:
        quotes = _export_quotes(repo, args)
        cits = citations(repo, quotes)
    if args.output:
        write_export(args.output, cits, args.format)
        print(f"wrote {len(cits)} quotes to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(render(cits, args.format))
    return 0


def _export_quotes(repo: Repository, args) -> list:
    if args.ids is not None:
        ids = _parse_ids(args.ids)
        quotes = repo.quotes_by_ids(ids)
        missing = sorted(set(ids) - {q.id for q in quotes})
        if missing:
            raise UserError(f"no quote with id {', '.join(map(str, missing))}")
        return quotes
    fields = {"who": [args.person] if args.person else [], "date": [args.date] if args.date else []}
    res = _resolve_or_fail(repo, flag_terms(fields))
    quotes = repo.quotes(res.filter, limit=100_000)
    if not quotes:
        raise UserError("no quotes match")
    return quotes


def _parse_ids(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise UserError(f"--ids must be comma-separated numbers, not {text!r}") from None
    if not ids:
        raise UserError("--ids is empty")
    if not all(1 <= i <= MAX_ID for i in ids):
        raise UserError("--ids must be quote ids, whole numbers from 1")
    return ids


def cmd_import(args) -> int:
    from .pipeline.address import is_web_address
    from .pipeline.library import import_files

    library = args.db or paths.library_db()

    def progress(i: int, n: int, what: str) -> None:
        if what and sys.stderr.isatty():
            print(f"[{i}/{n}] {what}", file=sys.stderr)

    published = _full_day(args.published) if args.published else None
    if args.address is not None and len(args.files) != 1:
        raise UserError("--address is one article's web address: give it with one file")
    if args.address is not None and not is_web_address(args.address):
        raise UserError(f"--address must be a web address (http:// or https://…), not {args.address!r}")
    address = args.address or ""
    report = import_files(  # (a database named anew holds the reader's articles alone)
        args.files,
        library,
        paths.bundled_db(),
        progress,
        published=published,
        address=address,
        empty=args.db is not None,
    )
    for name in report.added:
        print(f"imported {name}")
    for name in report.unchanged:
        print(f"unchanged {name} (already in the library)")
    for _name, message in report.failed:
        print(f"events-cli: {message}", file=sys.stderr)
    for name, why in report.undated:  # never when --published gave the day
        print(f"events-cli: {name} {why}; --published DATE gives the day", file=sys.stderr)
    print(f"{report.summary()}: {library}", file=sys.stderr)
    return EXIT_USAGE if report.failed else 0


def _full_day(text: str) -> dt.date:
    """A day with its year (2025-11-18, 2025年11月18日), or a UserError saying what is missing."""
    from .core.dateparse import parse_date

    try:
        date = parse_date(text)
    except DateParseError as exc:
        raise UserError(f"--published: {exc}") from None
    if date.precision != "day" or date.start != date.end or date.year_inferred:
        raise UserError(f"--published needs one day with its year, such as 2025-11-18, not {text!r}")
    return date.start


def cmd_evaluate(args) -> int:
    from .pipeline.annotation import load_annotation
    from .pipeline.evaluate import evaluate, report
    from .pipeline.library import read_article

    curated = load_annotation(args.annotation)
    day = curated.published_date.start if curated.published_date else None
    found = read_article(args.article, day, address=curated.address)  # the address an import is given
    if args.answered and found.published_guess and day is not None:
        found = read_article(args.article, day, day, curated.address)  # the reviewer gave the day
    scores = evaluate(found, curated)
    if args.json:
        _print_json(
            {
                kind: {
                    "found": s.tp + s.fp,
                    "right": s.tp,
                    "missed": s.fn,
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                }
                for kind, s in scores.items()
            }
        )
    else:
        sys.stdout.write(report(scores))
    return 0


def cmd_synth(args) -> int:
    from .pipeline.synth import synth_database

    synth_database(
        args.out,
        persons=args.persons,
        events=args.events,
        quotes=args.quotes,
        seed=args.seed,
        progress=lambda msg: print(msg, file=sys.stderr),
    )
    return 0


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


COMMANDS = {
    "build": cmd_build,
    "dump": cmd_dump,
    "search": cmd_search,
    "export": cmd_export,
    "import": cmd_import,
    "evaluate": cmd_evaluate,
    "synth": cmd_synth,
}

if __name__ == "__main__":
    sys.exit(main())
