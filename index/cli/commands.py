"""The `advocacy-archive` sub-commands: a parser, and one thin handler per command over an
`index` function that the window calls too. Errors go to stderr as one readable line, with
exit status 2. With no sub-command the launcher (`app/launcher.py`) opens the window instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from .. import __version__, dates
from ..archive import Archive
from ..errors import ArchiveError
from ..locations import default_archive_dir, sample_archive_dir
from ..models import ACTOR_TYPES, page_ranges
from ..search.facet_columns import FACETS
from .desk import DESK_HANDLERS, add_desk_parsers
from .output import ProgressBar, date_line, print_import_summary, print_search, print_stats


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advocacy-archive",
        description="Offline archive of advocacy statements: search them, and see who is named "
        "and what is demanded of whom. With no command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--archive",
        type=Path,
        metavar="DIR",
        help=f"archive folder (default: $ADVOCACY_ARCHIVE or your data folder: {default_archive_dir()})",
    )
    parser.add_argument(
        "--sample", action="store_true", help="use the bundled sample archive (built on first use)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import files and folders (recursively)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core, max 2)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser(
        "search",
        help="full-text search with facets",
        description="Query syntax: words (all must match), AND / OR / NOT, "
        '"exact phrase", prefix*, fuzzy~, title:, issuer:, actor:, target:, '
        "place:, format:, note:, date:[2016-01-01 TO 2016-12-31].",
    )
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--page-size", type=int, default=20)
    p.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FACET=VALUE",
        help="narrow by a facet value (issuer, actor, actor_type, target, year, format, tag, "
        "star=starred); repeatable",
    )

    p = sub.add_parser("show", help="show one document with its actors and demands")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    add_desk_parsers(sub)

    p = sub.add_parser("stats", help="what the archive holds")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("reindex", help="rebuild the search index from the catalog")
    sub.add_parser("reextract", help="extract actors and demands again from every stored text")
    p = sub.add_parser("actor", help="rename, merge or retype an actor across the archive")
    p.add_argument("name", help="the actor's name as extracted")
    p.add_argument("--rename", metavar="NEW_NAME", help="new name (an existing name merges the two)")
    p.add_argument("--type", choices=ACTOR_TYPES, help="new type")

    p = sub.add_parser("extract", help="print actors and demands of files (no archive needed)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")

    p = sub.add_parser("demands", help="list demands in the archive")
    p.add_argument("--target", help="only demands made of this actor")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("export-archive", help="write a self-contained backup bundle")
    p.add_argument("bundle", type=Path, metavar="FILE")
    p = sub.add_parser("import-archive", help="restore a backup bundle into an empty archive")
    p.add_argument("bundle", type=Path, metavar="FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command (`python -m advocacy_archive.index`); the window is `app.launcher`'s."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return guarded(lambda: run(args))


def guarded(work: Callable[[], int]) -> int:
    """`work()`, with the core's errors as one readable line on stderr and exit status 2."""
    try:
        return work()
    except ArchiveError as exc:
        print(f"advocacy-archive: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("advocacy-archive: interrupted", file=sys.stderr)
        return 130


def archive_dir(args: argparse.Namespace) -> Path:
    """The archive the command line names (--sample, --archive, $ADVOCACY_ARCHIVE, the default)."""
    if args.sample:
        return sample_archive_dir()
    return Path(args.archive) if args.archive else default_archive_dir()


def run(args: argparse.Namespace) -> int:
    """Run the sub-command `args` names (parsed by `build_parser`)."""
    if args.command == "extract":
        from .extract_files import run_extract

        return run_extract(args.files, as_json=args.json)
    if args.command == "import-archive":
        from ..store.backup import restore_bundle

        restore_bundle(args.bundle, archive_dir(args))
        print(f"Restored {args.bundle} into {archive_dir(args)}", file=sys.stderr)
        return 0
    with _open(args) as archive:
        return _run(args, archive)


def _open(args: argparse.Namespace) -> Archive:
    if args.sample:
        return open_sample()
    bar = ProgressBar()  # drawn only if records made by older rules are brought up to date
    archive = Archive.open(archive_dir(args), on_progress=bar)
    bar.close()
    return archive


def open_sample() -> Archive:
    """The sample archive, built on first use with a progress bar: it takes a few seconds."""
    from ..ingest.sample import open_sample_archive

    bar = ProgressBar()
    archive = open_sample_archive(on_progress=bar)
    bar.close()
    return archive


def _run(args: argparse.Namespace, archive: Archive) -> int:
    handlers: dict[str, Callable[[argparse.Namespace, Archive], int]] = {
        "import": _import,
        "search": _search,
        "show": _show,
        "stats": _stats,
        "reindex": _reindex,
        "reextract": _reextract,
        "actor": _actor,
        "demands": _demands,
        "export-archive": _export,
    }
    handlers.update(DESK_HANDLERS)
    if archive.index_outdated and args.command != "reindex":
        _upgrade_index(archive)
    return handlers[args.command](args, archive)


def _upgrade_index(archive: Archive) -> None:
    """An archive indexed by an earlier release is indexed again from its catalog, once."""
    print("The search index is from an earlier release: indexing again (once) …", file=sys.stderr)
    bar = ProgressBar()
    archive.upgrade_index(on_progress=bar)
    bar.close()


def _import(args: argparse.Namespace, archive: Archive) -> int:
    bar = ProgressBar(enabled=not args.quiet)
    report = archive.import_paths(args.paths, on_progress=bar, jobs=args.jobs)
    bar.close()
    print_import_summary(report)
    return 1 if report.failed and not report.imported else 0


def _search(args: argparse.Namespace, archive: Archive) -> int:
    result = archive.search(
        args.query, filters=_filters(args.filter), sort=args.sort, page=args.page, page_size=args.page_size
    )
    print_search(result, as_json=args.json)
    return 0


def _stats(args: argparse.Namespace, archive: Archive) -> int:
    print_stats(archive.stats(), as_json=args.json)
    return 0


def _with_bar(work: Callable[..., int], done: str) -> int:
    bar = ProgressBar()
    count = work(on_progress=bar)
    bar.close()
    print(done.format(count), file=sys.stderr)
    return 0


def _reindex(args: argparse.Namespace, archive: Archive) -> int:
    return _with_bar(archive.reindex, "Reindexed {} documents.")


def _reextract(args: argparse.Namespace, archive: Archive) -> int:
    return _with_bar(archive.reextract, "Extracted actors and demands again from {} documents.")


def _actor(args: argparse.Namespace, archive: Archive) -> int:
    if not args.rename and not args.type:
        raise ArchiveError("actor: say --rename NEW_NAME and/or --type TYPE")
    archive.set_actor_override(args.name, canonical=args.rename, type=args.type)
    print(f"Updated {args.name!r}; re-extraction keeps this change.", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace, archive: Archive) -> int:
    from ..store.backup import export_bundle

    export_bundle(archive, args.bundle)
    print(f"Wrote {args.bundle}", file=sys.stderr)
    return 0


def _filters(pairs: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not value:
            raise ArchiveError(f"--filter {pair!r}: expected FACET=VALUE, e.g. --filter year=2016")
        if key.strip() not in FACETS:
            raise ArchiveError(f"--filter {pair!r}: the facets are {', '.join(FACETS)}")
        out.setdefault(key.strip(), []).append(value.strip())
    return out


def _show(args: argparse.Namespace, archive: Archive) -> int:
    doc_id, as_json = args.doc_id, args.json
    doc = archive.document(doc_id)
    actors, demands = archive.actors(doc_id), archive.demands(doc_id)
    marks = archive.marks(doc_id)
    if as_json:
        payload = asdict(doc) | {
            "tags": list(marks.tags),
            "starred": marks.starred,
            "note": marks.note,
            "date_text": dates.display(doc.date),
            "page_count": doc.page_count,
            "text_source": doc.text_source,
            "actors": [asdict(a) for a in actors],
            "demands": [asdict(d) for d in demands],
        }
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    print(f"{doc.title}\n{'=' * min(len(doc.title), 80)}")
    for label, value in (
        ("Issuer", doc.issuer),
        ("Date", date_line(doc)),
        ("Place", doc.place),
        ("Format", doc.format),
        ("Source", doc.source_path),
        ("Words", doc.word_count),
        (
            "OCR",
            f"text read by OCR ({page_ranges(doc.ocr_pages)}), may hold recognition errors"
            if doc.ocr_pages
            else None,
        ),
        ("Tags", ", ".join(marks.tags)),
        ("Starred", "yes" if marks.starred else None),
        ("Note", marks.note.replace("\n", "\n         ")),
    ):
        if value:
            print(f"{label:>7}: {value}")
    print()
    print(doc.text)
    if actors:
        print("\nActors:")
        for actor in actors:
            print(f"  {actor.name} ({actor.type}) ×{len(actor.mentions)}")
    if demands:
        print("\nDemands:")
        for d in demands:
            print(f"  {d.by or '?'} → {', '.join(d.targets) or '—'}: {d.action}")
    return 0


def _demands(args: argparse.Namespace, archive: Archive) -> int:
    rows, as_json = archive.all_demands(target=args.target), args.json
    if as_json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False))
        return 0
    for row in rows:
        d = row.demand
        print(
            f"{dates.display(row.doc_date):<10}  {d.by or '?'} → {', '.join(d.targets) or '—'}: {d.action}"
            f"  [#{row.doc_id}]"
        )
    return 0
