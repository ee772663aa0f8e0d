"""Sub-commands about documents one reads: the documents like one (`similar`), and the user's
own marks on documents: `tag`, `tags`, `star` and `note`. Each is a thin shell over an
`Archive` method the window calls too."""

from __future__ import annotations

import argparse
import json
import sys
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
    _add_marks(sub)


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


def _add_marks(sub: Subparsers) -> None:
    p = sub.add_parser(
        "tag",
        help="add or remove a document's tags (with neither, show them)",
        description="Tags are your own labels: a facet in searches (--filter tag=NAME), kept by "
        "reextract, reindex, re-import and backups.",
    )
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--add", action="append", default=[], metavar="TAG", help="add a tag; repeatable")
    p.add_argument("--remove", action="append", default=[], metavar="TAG", help="remove a tag; repeatable")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = sub.add_parser("tags", help="every tag in the archive, with its number of documents")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = sub.add_parser("star", help="star a document (a facet: --filter star=starred)")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--off", action="store_true", help="take the star away")
    p = sub.add_parser(
        "note",
        help="write, show or clear your note on a document (searched with note:)",
        description="With TEXT, replaces the document's note; with --clear, removes it; with "
        "neither, prints it. Notes are searched with note:WORD.",
    )
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("text", nargs="?", metavar="TEXT", help="the note ('-' reads it from standard input)")
    p.add_argument("--clear", action="store_true", help="remove the note")


def _similar(args: argparse.Namespace, archive: Archive) -> int:
    if args.limit < 1:
        raise ArchiveError("similar: --limit must be at least 1")
    found = archive.similar(args.doc_id, limit=args.limit)
    print_similar(found, archive.document(args.doc_id).title, as_json=args.json)
    return 0


def _tag(args: argparse.Namespace, archive: Archive) -> int:
    if args.add or args.remove:
        found = archive.tag(args.doc_id, add=args.add, remove=args.remove)
    else:
        found = archive.marks(args.doc_id)
    if args.json:
        print(json.dumps(list(found.tags), ensure_ascii=False))
    else:
        print("\n".join(found.tags) if found.tags else f"Document {args.doc_id} has no tags.")
    return 0


def _tags(args: argparse.Namespace, archive: Archive) -> int:
    counts = archive.tags()
    if args.json:
        print(json.dumps(counts, ensure_ascii=False))
    elif not counts:
        print("No tags yet: add one with  tag DOC_ID --add NAME", file=sys.stderr)
    for name, count in counts.items() if not args.json else ():
        print(f"{count:>6}  {name}")
    return 0


def _star(args: argparse.Namespace, archive: Archive) -> int:
    archive.star(args.doc_id, not args.off)
    print(f"Document {args.doc_id} {'unstarred' if args.off else 'starred'}.", file=sys.stderr)
    return 0


def _note(args: argparse.Namespace, archive: Archive) -> int:
    if args.clear and args.text is not None:
        raise ArchiveError("note: give TEXT or --clear, not both")
    if args.clear or args.text is not None:
        text = "" if args.clear else sys.stdin.read() if args.text == "-" else args.text
        found = archive.set_note(args.doc_id, text)
        print(f"Note on document {args.doc_id} {'saved' if found.note else 'removed'}.", file=sys.stderr)
        return 0
    note = archive.marks(args.doc_id).note
    print(note if note else f"Document {args.doc_id} has no note.")
    return 0


DESK_HANDLERS: dict[str, Callable[[argparse.Namespace, Archive], int]] = {
    "similar": _similar,
    "tag": _tag,
    "tags": _tags,
    "star": _star,
    "note": _note,
}
