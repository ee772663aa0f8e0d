"""The research desk's sub-commands: documents like a document (`similar`). Each is a thin shell
over an `Archive` method the window calls too."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..archive import Archive
from ..errors import ArchiveError
from .output import print_similar

if TYPE_CHECKING:  # generic only to the type checker
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def add_desk_parsers(sub: Subparsers) -> None:
    """The desk's sub-commands, on the command line's sub-parsers."""
    _add_similar(sub)


def _add_similar(sub: Subparsers) -> None:
    p = sub.add_parser(
        "similar",
        help="documents most like one document in content, with the key terms they share",
        description="Documents most similar in content to DOC_ID, best first, each with the key "
        "terms it shares with it; versions of the same statement are left out.",
    )
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--limit", type=int, default=10, help="how many documents (default: 10)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _similar(args: argparse.Namespace, archive: Archive) -> int:
    if args.limit < 1:
        raise ArchiveError("similar: --limit must be at least 1")
    found = archive.similar(args.doc_id, limit=args.limit)
    print_similar(found, archive.document(args.doc_id).title, as_json=args.json)
    return 0


DESK_HANDLERS: dict[str, Callable[[argparse.Namespace, Archive], int]] = {
    "similar": _similar,
}
