"""Start-up only: parse the command line, then hand over to the Qt window (imported lazily)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1400x900, not {text!r}") from None
    if not (200 <= w <= 10000 and 200 <= h <= 10000):
        raise argparse.ArgumentTypeError("size must be between 200x200 and 10000x10000")
    return w, h


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The GUI's command line."""
    p = argparse.ArgumentParser(prog="events-viewer", description="Who did what, when, and who said what.")
    p.add_argument("database", nargs="?", type=Path, help="database to open (default: the bundled one)")
    p.add_argument("--db", type=Path, help="database to open (same as the positional argument)")
    p.add_argument("--screenshot", type=Path, metavar="FILE", help="render the window to a PNG and exit")
    p.add_argument("--search", metavar="QUERY", help="with --screenshot: search first")
    p.add_argument("--select-quote", type=int, metavar="ID", help="with --screenshot: select a quote")
    p.add_argument(
        "--timeline-range",
        metavar="DATES",
        help="with --screenshot: show this range on the timeline, e.g. 2026-03-01..2026-03-10",
    )
    p.add_argument(
        "--lanes",
        choices=("people", "orgs", "single"),
        help="with --screenshot: timeline lanes per person, per organisation, or one lane",
    )
    p.add_argument(
        "--review",
        type=Path,
        nargs="+",
        metavar="ARTICLE",
        help="with --screenshot: render the import review dialog for these articles instead",
    )
    p.add_argument(
        "--lang",
        choices=("system", "zh_CN", "zh_TW", "en"),
        help="the interface's language (default: View → Language, else the system's)",
    )
    p.add_argument("--size", type=_size, metavar="WxH", help="with --screenshot (default 1400x900)")
    p.add_argument(
        "--appearance",
        choices=("system", "light", "dark"),
        help="with --screenshot: the palette (as View → Appearance; default: the system's)",
    )
    p.add_argument(
        "--install-desktop",
        action="store_true",
        help="install the desktop entry, icons and AppStream metainfo for this user (Linux) and exit",
    )
    p.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="remove what --install-desktop installed and exit",
    )
    p.add_argument("--version", action="version", version=f"events-viewer {__version__}")
    args = p.parse_args(argv)
    args.db = args.db or args.database
    if not args.screenshot:  # said, not silently ignored: the window would open as if they were not given
        given = {
            "--search": args.search,
            "--select-quote": args.select_quote,
            "--timeline-range": args.timeline_range,
            "--lanes": args.lanes,
            "--review": args.review,
            "--size": args.size,
            "--appearance": args.appearance,  # (a walkthrough's --appearance dark opened a light window)
        }
        if used := [flag for flag, value in given.items() if value is not None]:
            said = f"{', '.join(used)} work only with --screenshot"
            if args.appearance is not None:
                said += "; the window's palette is chosen in View → Appearance"
            p.error(said)
    args.size = args.size or (1400, 900)
    args.appearance = args.appearance or "system"
    return args


def main(argv: list[str] | None = None) -> int:
    """Open the main window on the bundled database (or the one given)."""
    args = parse_args(argv)
    if args.install_desktop:
        from .desktop import install_desktop
        from .gui.icons import render_png

        for path in install_desktop(render_png=render_png):
            print(f"installed {path}")
        return 0
    if args.uninstall_desktop:
        from .desktop import uninstall_desktop

        for path in uninstall_desktop():
            print(f"removed {path}")
        return 0
    if args.screenshot:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from .gui.launch import screenshot

        return screenshot(args)
    import gc

    # The window's collector (gui/collector.py) runs Python's cycle collection from its timer once the window
    # exists; until then none is due: loading Qt and the window's modules set off some 60 young collections
    # that found nothing to free (the window 3-4% sooner on screen and its data too, 45 interleaved rounds).
    gc.disable()
    from . import regex_code

    # Regular expressions compiled at an earlier start are built from their kept form (~15 ms less, most of it
    # PySide's own while it loads, before the window shows).
    regex_code.install()
    from .gui.launch import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
