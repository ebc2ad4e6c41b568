"""Start-up only: parse the command line, then hand over to the Qt window."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The GUI's command line."""
    parser = argparse.ArgumentParser(prog="events-viewer", description="Who did what, when, and who said what.")
    parser.add_argument("--db", type=Path, help="database to open (default: the bundled one)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Open the main window on the bundled database (or --db)."""
    args = parse_args(argv)
    from .gui.minimal import run

    return run(args.db)


if __name__ == "__main__":
    sys.exit(main())
