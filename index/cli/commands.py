"""The `advocacy-archive` sub-commands: a parser, and one thin handler per command over an
`index` function that the window calls too. Errors go to stderr as one readable line, with
exit status 2. With no sub-command the launcher (`app/launcher.py`) opens the window instead.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from .. import __version__, dates, record_fields
from ..archive import Archive
from ..errors import ArchiveError, NotAnArchive
from ..locations import default_archive_dir, sample_archive_dir
from ..models import page_ranges
from ..search.facet_columns import FACETS
from ..store.catalog import DatabaseError
from . import desk, dossier_commands
from .document_commands import DESK_HANDLERS, add_desk_parsers
from .output import (
    ProgressBar,
    check_page,
    date_line,
    print_check,
    print_import_summary,
    print_search,
    print_stats,
    version_json,
)


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
        "--create",
        action="store_true",
        help="make a new archive in the folder --archive (or $ADVOCACY_ARCHIVE) names, if it holds "
        "none (the default archive is made on first use without asking)",
    )
    parser.add_argument(
        "--sample", action="store_true", help="use the bundled sample archive (built on first use)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import files and folders (recursively)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core, max 2)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--no-ocr",
        action="store_true",
        help="do not read scans and images by OCR (seconds a page); they are listed as needing it",
    )

    p = sub.add_parser(
        "search",
        help="full-text search with facets",
        description="Query syntax: words (all must match), AND / OR / NOT, "
        '"exact phrase", prefix*, fuzzy~, title:, issuer:, actor:, target:, by:, '
        "place:, format:, note:, date:[2016-01-01 TO 2016-12-31].",
    )
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--page-size", type=int, default=20)
    desk.add_filter_option(p)
    p.add_argument(
        "--export",
        type=Path,
        metavar="FILE",
        help="also write every result to FILE: .csv, or a briefing as .html or .docx",
    )
    p.add_argument(
        "--all-versions",
        action="store_true",
        help="list and count every version of a statement stored more than once (default: once)",
    )

    p = sub.add_parser("show", help="show one document with its actors and demands")
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    add_desk_parsers(sub)

    p = sub.add_parser("stats", help="what the archive holds")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("reindex", help="rebuild the search index from the catalog")
    sub.add_parser("reextract", help="extract actors and demands again from every stored text")
    dossier_commands.add_parsers(sub)

    p = sub.add_parser(
        "edit",
        help="correct a document's title, date, issuer, language or url (kept as yours)",
        description="Correct a document's record. Your values win over what import and re-extraction "
        "find, and stay through reindex, re-import and backups. A date may be 2016-12-13, 2016-12, 2016, "
        "'13 December 2016' or 'undated'. --undo FIELD brings back what a correction replaced.",
    )
    p.add_argument("doc_id", type=int, metavar="DOC_ID")
    for name in ("title", "date", "issuer", "language", "url"):
        p.add_argument(f"--{name}", metavar=name.upper())
    p.add_argument("--undo", action="append", default=[], metavar="FIELD", help="take a correction back")

    p = sub.add_parser("extract", help="print actors and demands of files (no archive needed)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="one JSON object per file, one per line")

    p = sub.add_parser(
        "check",
        help="verify the catalog, every original and the search index",
        description="Verify the whole archive: the catalog's integrity and schema, every original "
        "against its SHA-256 name, the search index against the catalog. Exit status 0 when "
        "nothing is wrong (or everything found was repaired), 1 when problems remain.",
    )
    p.add_argument("--repair", action="store_true", help="fix what can be fixed from the catalog")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("export-archive", help="write a self-contained backup bundle")
    p.add_argument("bundle", type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = sub.add_parser("import-archive", help="restore a backup bundle into an empty archive")
    p.add_argument("bundle", type=Path, metavar="FILE")
    desk.add_parsers(sub)
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
    except DatabaseError as exc:  # damage met after opening (a table dropped meanwhile)
        print(
            f"advocacy-archive: the archive's catalog failed a query ({exc}); it may be damaged: "
            "`advocacy-archive check` says what is wrong and `check --repair` rebuilds what can be.",
            file=sys.stderr,
        )
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


def may_create(args: argparse.Namespace) -> bool:
    """Whether a missing archive may be made. One named by --archive or $ADVOCACY_ARCHIVE must
    exist unless --create says otherwise: a typo must not start an empty archive and bury the
    search in "no results". The default archive and the sample are made on first use."""
    named = bool(args.archive) or bool(os.environ.get("ADVOCACY_ARCHIVE"))
    return bool(args.create) or args.sample or not named


def open_named(args: argparse.Namespace) -> Archive:
    """The archive the command line names, made only as `may_create` allows."""
    bar = ProgressBar()  # drawn only if records made by older rules are brought up to date
    try:
        return Archive.open(archive_dir(args), create=may_create(args), on_progress=bar)
    except NotAnArchive as exc:
        raise ArchiveError(f"{exc} To make a new archive there, add --create.") from exc
    finally:
        bar.close()


def check_named(args: argparse.Namespace) -> None:
    """Refuse, before anything else, an archive folder that does not exist and may not be made."""
    folder = archive_dir(args)
    if not may_create(args) and not (folder / "catalog.sqlite").exists():
        raise ArchiveError(f"{NotAnArchive(folder)} To make a new archive there, add --create.")


def run(args: argparse.Namespace) -> int:
    """Run the sub-command `args` names (parsed by `build_parser`)."""
    if args.command == "extract":
        from .extract_files import run_extract

        return run_extract(args.files, as_json=args.json)
    if args.command == "check":
        return _check(args)
    if args.command == "import-archive":
        Archive.restore_archive(args.bundle, archive_dir(args))
        print(f"Restored {args.bundle} into {archive_dir(args)}", file=sys.stderr)
        return 0
    with _open(args) as archive:
        return _run(args, archive)


def _open(args: argparse.Namespace) -> Archive:
    if args.sample:
        return open_sample()
    return open_named(args)


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
        "edit": _edit,
        "export-archive": _export,
        **desk.handlers(_filters),
        **dossier_commands.handlers(),
    }
    handlers.update(DESK_HANDLERS)
    if archive.index_outdated and args.command != "reindex":
        _upgrade_index(archive)
    if archive.extraction_outdated and args.command != "reextract":
        print(
            "Actors and demands in this archive were found by an earlier release's rules: "
            "`advocacy-archive reextract` finds them again (your edits are kept).",
            file=sys.stderr,
        )
    return handlers[args.command](args, archive)


def _upgrade_index(archive: Archive) -> None:
    """An archive indexed by an earlier release is indexed again from its catalog, once."""
    print("The search index is from an earlier release: indexing again (once) …", file=sys.stderr)
    bar = ProgressBar()
    archive.upgrade_index(on_progress=bar)
    bar.close()


def _import(args: argparse.Namespace, archive: Archive) -> int:
    bar = ProgressBar(enabled=not args.quiet)
    report = archive.import_paths(args.paths, on_progress=bar, jobs=args.jobs, ocr=not args.no_ocr)
    bar.close()
    print_import_summary(report)
    return 1 if report.failed and not report.imported else 0


def _search(args: argparse.Namespace, archive: Archive) -> int:
    filters = _filters(args.filter)
    archive.check_filters(filters)
    result = archive.search(
        args.query,
        filters=filters,
        sort=args.sort,
        page=args.page,
        page_size=args.page_size,
        all_versions=args.all_versions,
    )
    check_page(result)
    if args.export is not None:
        count = archive.export_results(args.export, query=args.query, filters=filters, sort=args.sort)
        print(f"Wrote {count} results to {args.export}", file=sys.stderr)
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


def _edit(args: argparse.Namespace, archive: Archive) -> int:
    values = {name: getattr(args, name) for name in record_fields.FIELDS if getattr(args, name) is not None}
    if not values and not args.undo:
        raise ArchiveError(
            "edit: say what to correct, e.g. --date 2016-12-13 or --title '…' (or --undo FIELD)"
        )
    changed = archive.edit_record(args.doc_id, values) if values else []
    undone = [field for field in args.undo if archive.take_back_edit(args.doc_id, field)]
    missing = [field for field in args.undo if field not in undone]
    if missing:
        raise ArchiveError(f"edit: document {args.doc_id} has no correction of {', '.join(missing)} to undo")
    doc = archive.document(args.doc_id)
    said = ", ".join(changed + [f"{field} (undone)" for field in undone]) or "nothing (already so)"
    print(f"Document {doc.id} “{doc.title}”, {dates.display(doc.date)}: corrected {said}.", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace, archive: Archive) -> int:
    if Path(args.bundle).exists() and not args.force:
        raise ArchiveError(f"{args.bundle} already exists; add --force to replace it.")
    bar = ProgressBar()
    archive.export_archive(args.bundle, overwrite=args.force, on_progress=bar)
    bar.close()
    print(f"Wrote {args.bundle}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    """Run without opening the archive first: a damaged one must be checkable."""
    from ..check import check_archive

    bar = ProgressBar(enabled=not args.json)
    report = check_archive(archive_dir(args), repair=args.repair, on_progress=bar)
    bar.close()
    print_check(report, as_json=args.json)
    return 0 if report.ok else 1


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
    versions = archive.versions(doc_id)
    marks = archive.marks(doc_id)
    if as_json:
        payload = asdict(doc) | {
            "versions": [version_json(v) for v in versions],
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
    if versions:
        print(f"\n{len(versions)} versions of this statement:")
        for version in versions:
            mark = "*" if version.doc_id == doc_id else " "
            print(
                f" {mark} #{version.doc_id}  {dates.display(version.date)}  {version.issuer or '—'}  "
                f"{Path(version.source_path).name}"
            )
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
