"""The `advocacy-archive` entry point: the desktop window with no sub-command, the core's
command line with one. The core never starts the window; this module decides which runs.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from ..index.cli import commands
from ..index.errors import ArchiveError


def build_parser() -> argparse.ArgumentParser:
    """The core's parser, with the options only the window takes."""
    parser = commands.build_parser()
    window = parser.add_argument_group("desktop window options")
    window.add_argument("--query", help="search for this when the window opens")
    window.add_argument("--open-first", action="store_true", help="open the first result")
    window.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the window to FILE.png and exit (works offscreen)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return commands.guarded(lambda: commands.run(args))
    return commands.guarded(lambda: _window(args))


def _window(args: argparse.Namespace) -> int:
    # Qt is imported only now: a sub-command never pays for it.
    try:
        from .main import run_app
    except ImportError as exc:  # e.g. a Qt platform library missing
        raise ArchiveError(f"The desktop app cannot start: {exc}") from exc

    if args.sample:
        commands.open_sample().close()  # built on first use, with a progress bar here
    else:
        commands.check_named(args)
    named = bool(args.archive or args.sample or os.environ.get("ADVOCACY_ARCHIVE"))
    return run_app(
        commands.archive_dir(args),
        query=args.query,
        open_first=args.open_first,
        screenshot=args.screenshot,
        explicit=named,
    )
