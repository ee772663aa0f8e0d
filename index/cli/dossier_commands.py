"""Sub-commands about actors and demands across the archive: `dossier`, `actors`, `demands`
(filtered, grouped), and the edits by hand — `actor` (rename, merge, retype, split, delete),
`demand` (confirm, reject, correct, restore), `history` and `undo`. Each is a thin shell over an
`Archive` method the window calls too; an edit naming an actor or demand that does not exist is
an error (exit status 2), never "Updated"."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict

from ..archive import Archive
from ..errors import ArchiveError
from ..models import ACTOR_TYPES, DemandGroup, DemandRow, Dossier, EditRecord


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("dossier", help="everything the archive holds about one actor")
    p.add_argument("name", help="the actor's name, or any alias it is known by (any case)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--all-quotes", action="store_true", help="look for quotations in every document (slower)")

    p = sub.add_parser("actors", help="list actors with counts (to find what to merge)")
    p.add_argument("--type", choices=ACTOR_TYPES, help="only actors of this type")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("demands", help="list demands in the archive, filtered or grouped")
    p.add_argument("--target", help="made of this actor (any alias, any case)")
    p.add_argument("--by", help="made by this actor or issuer (any alias, any case)")
    p.add_argument("--issuer", help="in documents of this issuer (any case)")
    p.add_argument("--year", help="in documents of this year")
    p.add_argument(
        "--group", action="store_true", help="group demands asking the same thing of the same target"
    )
    p.add_argument("--rejected", action="store_true", help="list the demands you rejected")
    p.add_argument(
        "--all-versions",
        action="store_true",
        help="a demand of each version of a statement (default: once per statement)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser(
        "actor",
        help="rename, merge, retype, split or delete an actor across the archive",
        description="NAME is the actor's name as shown. Every edit is in `history` and can be undone.",
    )
    p.add_argument("name", help="the actor's name as shown")
    p.add_argument("--rename", metavar="NEW_NAME", help="new name (an existing name merges the two)")
    p.add_argument("--merge-into", metavar="OTHER", help="merge into another actor")
    p.add_argument("--type", choices=ACTOR_TYPES, help="new type")
    p.add_argument(
        "--split", nargs="+", metavar="EXTRACTED", help="give these extracted names their own actor again"
    )
    p.add_argument("--as", dest="split_as", metavar="NEW_NAME", help="with --split: the split actor's name")
    p.add_argument("--delete", action="store_true", help="hide the actor everywhere (undo brings it back)")

    p = sub.add_parser("demand", help="confirm, reject, correct or restore one demand")
    p.add_argument("ref", metavar="DEMAND", help="DOCUMENT:OFFSET, as `demands` prints it")
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--confirm", action="store_true", help="it is a demand, as extracted")
    action.add_argument("--reject", action="store_true", help="not a demand: hide it everywhere")
    action.add_argument("--restore", action="store_true", help="forget your review of it")
    action.add_argument("--correct", action="store_true", help="correct --by, --target and/or --action")
    p.add_argument("--by", help="with --correct: who makes it")
    p.add_argument(
        "--target", action="append", metavar="TARGET", help="with --correct: a target (repeatable)"
    )
    p.add_argument("--action", dest="what", metavar="ACTION", help="with --correct: what is demanded")

    p = sub.add_parser("history", help="your edits of actors and demands, newest first")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    sub.add_parser("undo", help="undo your newest edit of actors or demands")


def handlers() -> dict[str, Callable[[argparse.Namespace, Archive], int]]:
    return {
        "dossier": _dossier,
        "actors": _actors,
        "demands": _demands,
        "actor": _actor,
        "demand": _demand,
        "history": _history,
        "undo": _undo,
    }


# -- reading ------------------------------------------------------------------------------------


def demand_json(row: DemandRow) -> dict[str, object]:
    d = row.demand
    return {
        "ref": row.ref,
        "doc_id": row.doc_id,
        "title": row.doc_title,
        "issuer": row.issuer,
        "date": row.doc_date,
        "by": row.by,
        "targets": list(d.targets),
        "action": d.action,
        "sentence": d.sentence,
        "status": row.status,
    }


def dossier_json(d: Dossier) -> dict[str, object]:
    return {
        "name": d.name,
        "type": d.type,
        "aliases": [{"alias": a, "count": n} for a, n in d.aliases],
        "documents": [
            {"id": x.doc_id, "title": x.title, "issuer": x.issuer, "date": x.date, "mentions": x.mentions}
            for x in d.documents
        ],
        "demands_by": [demand_json(r) for r in d.demands_by],
        "demands_of": [demand_json(r) for r in d.demands_of],
        "quotes": [asdict(q) for q in d.quotes],
        "co_actors": [{"name": n, "documents": c} for n, c in d.co_actors],
        "first_seen": d.first_seen,
        "last_seen": d.last_seen,
        "timeline": [asdict(b) for b in d.timeline],
    }


def _dossier(args: argparse.Namespace, archive: Archive) -> int:
    d = archive.dossier(args.name, quote_documents=None if args.all_quotes else 400)
    if args.json:
        print(json.dumps(dossier_json(d), ensure_ascii=False))
        return 0
    print(f"{d.name} ({d.type})\n{'=' * min(len(d.name) + len(d.type) + 3, 80)}")
    print(f"Seen {d.first_seen or '?'} to {d.last_seen or '?'} in {len(d.documents)} document(s)")
    if d.aliases:
        print("Aliases: " + "; ".join(f"{a} ×{n}" for a, n in d.aliases[:15]))
    if d.co_actors:
        print("Named with: " + "; ".join(f"{n} ({c})" for n, c in d.co_actors[:10]))
    for title, rows in (("Demands it made", d.demands_by), ("Demands made of it", d.demands_of)):
        print(f"\n{title} ({len(rows)}):")
        for row in rows[:20]:
            print("  " + _demand_line(row))
        if len(rows) > 20:
            print(f"  … and {len(rows) - 20} more (--json lists all)")
    print(f"\nQuoted as saying ({len(d.quotes)}, from its {d.quotes_from} newest documents):")
    for q in d.quotes[:10]:
        print(f"  “{q.text}” — {q.citation}")
    print("\nDocuments per year: " + "  ".join(f"{y} {n}" for y, n in _years(d)))
    return 0


def _years(d: Dossier) -> list[tuple[str, int]]:
    years: dict[str, int] = {}
    for b in d.timeline:
        years[b.period[:4]] = years.get(b.period[:4], 0) + b.documents
    return sorted(years.items())


def _demand_line(row: DemandRow) -> str:
    d = row.demand
    mark = "" if row.status == "extracted" else f" ({row.status})"
    return (
        f"{row.doc_date or '----------'}  {row.by or '?'} → {', '.join(d.targets) or '—'}: {d.action}"
        f"  [{row.ref}]{mark}"
    )


def _actors(args: argparse.Namespace, archive: Archive) -> int:
    actors = archive.actor_list(type=args.type)
    if args.json:
        print(json.dumps([asdict(a) for a in actors], ensure_ascii=False))
        return 0
    for a in actors:
        merged = f"  (stands for {', '.join(a.names)})" if a.names != (a.name,) else ""
        print(f"{a.documents:>6} docs {a.mentions:>7} mentions  {a.type:<12} {a.name}{merged}")
    return 0


def group_json(g: DemandGroup) -> dict[str, object]:
    def made(row: DemandRow) -> dict[str, object]:
        return {"date": row.doc_date, "doc_id": row.doc_id, "title": row.doc_title, "ref": row.ref}

    return {
        "targets": list(g.targets),
        "wording": g.wording,
        "count": len(g.members),
        "by": [{"name": n, "count": c} for n, c in g.by_counts],
        "first_made": made(g.first),
        "last_made": made(g.last),
        "timeline": [{"period": b.period, "demands": b.demands_by} for b in g.timeline],
        "members": [demand_json(r) for r in g.members],
    }


def _demands(args: argparse.Namespace, archive: Archive) -> int:
    filters = {"target": args.target, "by": args.by, "issuer": args.issuer, "year": args.year}
    if args.group:
        groups = archive.demand_groups(**filters)
        if args.json:
            print(json.dumps([group_json(g) for g in groups], ensure_ascii=False))
            return 0
        for g in groups:
            who = ", ".join(f"{n} ×{c}" for n, c in g.by_counts[:3])
            print(
                f"×{len(g.members):<4} {', '.join(g.targets) or '—'}: {g.wording}\n"
                f"       first {g.first.doc_date or '?'} [{g.first.ref}], last {g.last.doc_date or '?'}"
                f" [{g.last.ref}]; by {who}"
            )
        return 0
    rows = archive.find_demands(
        **filters, status="rejected" if args.rejected else None, all_versions=args.all_versions
    )
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False))
        return 0
    for row in rows:
        print(_demand_line(row))
    return 0


def _history(args: argparse.Namespace, archive: Archive) -> int:
    entries = archive.edit_history()
    if args.json:
        print(json.dumps([asdict(e) for e in entries], ensure_ascii=False))
        return 0
    for e in entries:
        undone = f"  (undone {e.undone_at})" if e.undone_at else ""
        print(f"{e.at}  {e.summary}{undone}")
    return 0


# -- edits ---------------------------------------------------------------------------------------


def _done(record: EditRecord) -> None:
    print(f"{record.summary}. (`advocacy-archive undo` takes it back.)", file=sys.stderr)


def _actor(args: argparse.Namespace, archive: Archive) -> int:
    chosen = [args.rename, args.merge_into, args.type, args.split, args.delete]
    if not any(chosen):
        raise ArchiveError("actor: say --rename, --merge-into, --type, --split or --delete")
    if sum(bool(c) for c in chosen) > 1 and not (args.type and (args.rename or args.merge_into)):
        raise ArchiveError("actor: one change at a time (--type may go with --rename)")
    if args.merge_into and not archive.find_actors(args.merge_into):
        raise ArchiveError(f"There is no actor named {args.merge_into!r} to merge into.")
    name = args.name
    if args.type:
        _done(archive.retype_actor(name, args.type))
    if args.rename or args.merge_into:
        _done(archive.rename_actor(name, args.rename or args.merge_into))
    if args.split:
        _done(archive.split_actor(name, args.split, args.split_as))
    if args.delete:
        _done(archive.delete_actor(name))
    return 0


def _demand(args: argparse.Namespace, archive: Archive) -> int:
    status = (
        "confirmed"
        if args.confirm
        else "rejected"
        if args.reject
        else "corrected"
        if args.correct
        else "extracted"
    )
    if not args.correct and (args.by or args.target or args.what):
        raise ArchiveError("demand: --by, --target and --action go with --correct")
    _done(archive.review_demand(args.ref, status, by=args.by, targets=args.target, action=args.what))
    return 0


def _undo(args: argparse.Namespace, archive: Archive) -> int:
    record = archive.undo_edit()
    if record is None:
        print("Nothing to undo.", file=sys.stderr)
        return 0
    print(f"Undone: {record.summary}", file=sys.stderr)
    return 0
