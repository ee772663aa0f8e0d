"""The research-desk sub-commands: `saved` (list, add, run, rename, delete saved searches) and
`batch-search` (a list of queries, each with its count and best hits). Thin shells over the
Archive methods the window calls too."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from ..archive import Archive
from ..errors import ArchiveError
from ..models import BatchResult, SavedSearch
from .output import check_page, hit_json, print_search

Handler = Callable[[argparse.Namespace, Archive], int]
FilterParser = Callable[[list[str]], dict[str, list[str]]]


def add_filter_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="FACET=VALUE",
        help="narrow by a facet value (issuer, actor, actor_type, target, by, year, format, tag, "
        "star=starred); repeatable",
    )


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    saved = sub.add_parser("saved", help="saved searches: list, add, run, rename, delete")
    saved_sub = saved.add_subparsers(dest="saved_command", metavar="ACTION", required=True)
    p = saved_sub.add_parser("list", help="the saved searches, with documents new since each was last run")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = saved_sub.add_parser("add", help="save a search under a name")
    p.add_argument("name")
    p.add_argument("query")
    add_filter_option(p)
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--replace", action="store_true", help="update the saved search of that name")
    p = saved_sub.add_parser("run", help="run a saved search (its new documents are then seen)")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--page", type=int, default=1)
    p.add_argument("--page-size", type=int, default=20)
    p = saved_sub.add_parser("rename", help="rename a saved search")
    p.add_argument("name")
    p.add_argument("new_name")
    p = saved_sub.add_parser("delete", help="delete a saved search")
    p.add_argument("name")

    p = sub.add_parser(
        "batch-search",
        help="search a list of queries: each one's document count and best hits",
        description="FILE holds one query a line, or is a CSV file whose first row names its "
        "columns (choose one with --column when there are several); '-' reads standard input. "
        "Queries that cannot be parsed are reported with their line and the rest still run "
        "(exit status 1 then).",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--column", metavar="NAME", help="the CSV column holding the queries (name or number)")
    add_filter_option(p)
    p.add_argument("--top", type=int, default=3, help="best hits shown per query (default 3)")
    p.add_argument("--phrases", action="store_true", help="take each line as one exact phrase")
    p.add_argument("--csv", type=Path, metavar="OUT", help="write the table (a row per query) as CSV")
    p.add_argument("--hits-csv", type=Path, metavar="OUT", help="write the hits (a row per hit) as CSV")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def handlers(filters: FilterParser) -> dict[str, Handler]:
    return {
        "saved": lambda args, archive: _saved(args, archive, filters),
        "batch-search": lambda args, archive: _batch(args, archive, filters),
    }


# -- saved searches -------------------------------------------------------------------------


def _saved(args: argparse.Namespace, archive: Archive, filters: FilterParser) -> int:
    action = args.saved_command
    if action == "list":
        _print_saved(archive.saved_searches(), as_json=args.json)
    elif action == "add":
        chosen = filters(args.filter)
        archive.check_filters(chosen)
        saved = archive.save_search(
            args.name, args.query, filters=chosen, sort=args.sort, replace=args.replace
        )
        print(f"Saved {saved.name!r}: {describe(saved)}", file=sys.stderr)
    elif action == "run":
        known = {s.name.casefold(): s for s in archive.saved_searches(count_new=False)}
        # an unknown name: open_saved_search raises the error that lists the known ones
        saved = known.get(args.name.casefold()) or archive.open_saved_search(args.name)
        result = archive.search(
            saved.query, filters=saved.filters, sort=saved.sort, page=args.page, page_size=args.page_size
        )
        check_page(result)  # before marking it opened: a mistyped page consumes nothing
        archive.open_saved_search(saved.name)
        print_search(result, as_json=args.json)
    elif action == "rename":
        saved = archive.rename_saved_search(args.name, args.new_name)
        print(f"Renamed {args.name!r} to {saved.name!r}", file=sys.stderr)
    else:
        archive.delete_saved_search(args.name)
        print(f"Deleted the saved search {args.name!r}", file=sys.stderr)
    return 0


def describe(saved: SavedSearch) -> str:
    """'Syria' · issuer = Refugees International · newest first"""
    parts = [repr(saved.query) if saved.query else "everything"]
    parts += [f"{facet} = {value}" for facet, values in saved.filters.items() for value in values]
    if saved.sort == "date":
        parts.append("newest first")
    return " · ".join(parts)


def _print_saved(found: Sequence[SavedSearch], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps([asdict(s) for s in found], ensure_ascii=False))
        return
    if not found:
        print("No saved searches yet (advocacy-archive saved add NAME QUERY).")
        return
    width = max(len(s.name) for s in found)
    for saved in found:
        new = "?" if saved.new_matches is None else str(saved.new_matches)
        print(f"{saved.name:<{width}}  {new:>4} new  {describe(saved)}")


# -- batch search ---------------------------------------------------------------------------


def _batch(args: argparse.Namespace, archive: Archive, filters: FilterParser) -> int:
    if args.file == "-":
        queries = Archive.read_queries(text=sys.stdin.read())
    else:
        queries = Archive.read_queries(Path(args.file), column=args.column)
    if not queries:
        raise ArchiveError(f"{args.file} holds no queries.")
    result = archive.batch_search(
        queries, filters=filters(args.filter), top=max(0, args.top), phrases=args.phrases
    )
    for out, hits in ((args.csv, False), (args.hits_csv, True)):
        if out is not None:
            count = Archive.export_batch(result, out, hits=hits)
            print(f"Wrote {count} rows to {out}", file=sys.stderr)
    if args.json:
        print(json.dumps(batch_json(result), ensure_ascii=False))
    else:
        _print_batch(result)
    for row in result.failed:
        print(f"line {row.line}: cannot search {row.query!r}: {row.error}", file=sys.stderr)
    return 1 if result.failed else 0


def batch_json(result: BatchResult) -> dict[str, object]:
    return {
        "filters": {k: list(v) for k, v in result.filters.items()},
        "queries": [
            {
                "line": row.line,
                "query": row.query,
                "total": row.total,
                "error": row.error,
                "results": [hit_json(h) for h in row.hits],
            }
            for row in result.rows
        ],
    }


def _print_batch(result: BatchResult) -> None:
    width = min(40, max((len(row.query) for row in result.rows), default=5))
    for row in result.rows:
        count = "error" if row.error else str(row.total)
        top = "; ".join(f"#{hit.doc_id} {hit.title}" for hit in row.hits)
        print(f"{row.line:>5}  {count:>6}  {row.query[:width]:<{width}}  {top}")
