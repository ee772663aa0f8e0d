"""What `Archive` asks of dossiers, demand filters and grouping, and edits by hand: the functions
behind its public methods, over a catalog connection."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Hashable, Sequence

from ..errors import ArchiveError
from ..models import ActorSummary, DemandGroup, DemandRow, Dossier, EditRecord
from ..store import actor_changes, demand_rows, dossier_queries, edit_history
from ..store.actor_edits import ActorEdits
from ..store.catalog import Connection
from . import build, edits, grouping
from .names import actors_named, issuers_named

__all__ = ["actors_named"]


def resolve_actor(conn: Connection, name: str) -> str:
    """The name shown of the one actor `name` stands for; raises ActorNotFound or, when it could
    mean several, ArchiveError listing them."""
    found = actors_named(conn, name)
    if not found:
        raise actor_changes.ActorNotFound(name)
    if name.strip() in found:  # the actor called exactly so, rather than any it is an alias of
        return name.strip()
    same = {f for f in found if f.casefold() == name.strip().casefold()}
    if len(same) == 1:  # called so but for the case
        return same.pop()
    if len(found) > 1:
        listed = "; ".join(sorted(found)[:10])
        raise ArchiveError(f"{name!r} could mean several actors: {listed}. Give the full name.")
    return found.pop()


def dossier(conn: Connection, name: str, co_actors: build.CoActors, quote_documents: int | None) -> Dossier:
    return build.dossier(conn, resolve_actor(conn, name), co_actors, quote_documents)


def actor_names(conn: Connection, name: str) -> list[str]:
    return actor_changes.require(conn, name)


def actor_list(conn: Connection, type_: str | None) -> tuple[ActorSummary, ...]:
    ed = ActorEdits.load(conn)
    docs: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    names: dict[str, set[str]] = {}
    for extracted, kind, n_docs, n_mentions in dossier_queries.actor_counts(conn):
        if ed.hidden(extracted):
            continue
        shown, shown_kind = ed.actor(extracted, kind)
        docs[shown] += n_docs
        mentions[shown] += n_mentions
        types.setdefault(shown, Counter())[shown_kind] += n_docs
        names.setdefault(shown, set()).add(extracted)
    out = [
        ActorSummary(
            name=name,
            type=types[name].most_common(1)[0][0],
            documents=docs[name],
            mentions=mentions[name],
            names=tuple(sorted(names[name])),
        )
        for name in docs
    ]
    if type_:
        out = [a for a in out if a.type == type_]
    return tuple(sorted(out, key=lambda a: (-a.documents, a.name.casefold())))


def document_demands(conn: Connection, doc_id: int, include_rejected: bool) -> tuple[DemandRow, ...]:
    return tuple(demand_rows.document_rows(conn, doc_id, include_rejected=include_rejected))


def _names_or_fail(found: set[str], text: str, what: str) -> set[str]:
    if not found:
        raise ArchiveError(f"No {what} named {text!r} in this archive.")
    return found


def find_demands(
    conn: Connection,
    *,
    by: str | None = None,
    issuer: str | None = None,
    year: str | None = None,
    target: str | None = None,
    status: str | None = None,
) -> tuple[DemandRow, ...]:
    """Demands filtered as the All demands window filters them (see Archive.find_demands)."""
    targets = _names_or_fail(actors_named(conn, target), target, "actor") if target else None
    bys: set[str] | None = None
    if by:
        # an issuer speaks for its by-less demands, so an issuer's name is a speaker too
        bys = _names_or_fail(actors_named(conn, by) | issuers_named(conn, by), by, "actor or issuer")
    issuers = _names_or_fail(issuers_named(conn, issuer), issuer, "issuer") if issuer else None
    rejected = status == "rejected"
    if targets is not None or bys is not None:
        # only the demands the indexes name (a quarter of a second instead of reading 200,000)
        rows = sorted(
            demand_rows.rows_of_demands(conn, _candidate_ids(conn, targets, bys), include_rejected=rejected),
            key=lambda r: (r.doc_id, r.demand.start),
        )
        rows = sorted(rows, key=lambda r: r.doc_date or "", reverse=True)
    else:
        rows = demand_rows.archive_rows(conn, include_rejected=rejected)
    out: dict[str, DemandRow] = {}  # by reference: a reviewed document's rows come twice
    for r in rows:
        if (
            (targets is None or targets.intersection(r.demand.targets))
            and (bys is None or r.by in bys)
            and (issuers is None or r.issuer in issuers)
            and (year is None or (r.doc_date or "").startswith(year))
            and (status is None or r.status == status)
        ):
            out.setdefault(r.ref, r)
    return tuple(out.values())


def _candidate_ids(conn: Connection, targets: set[str] | None, bys: set[str] | None) -> set[int]:
    """Ids of the demands that may be of one of `targets` and by one of `bys` (shown names),
    from the indexes: every extracted name each stands for, and issuers for demands by none."""
    found: set[int] | None = None
    if targets is not None:
        names = [n for t in targets for n in actor_changes.extracted_names(conn, t)]
        found = dossier_queries.demand_ids_of(conn, names)
    if bys is not None:
        names = [n for b in bys for n in actor_changes.extracted_names(conn, b)]
        by_ids = dossier_queries.demand_ids_by(conn, names, sorted(bys | set(names)))
        found = by_ids if found is None else found & by_ids
    return found or set()


class GroupCache:
    """Grouped demands of the catalog's current state, per filter (seconds of work at 30,000
    documents, asked again each time the All demands window opens)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: dict[Hashable, tuple[DemandGroup, ...]] = {}
        self._version: Hashable = None

    def get(
        self, version: Hashable, key: Hashable, rows: Callable[[], Sequence[DemandRow]]
    ) -> tuple[DemandGroup, ...]:
        """The groups of `rows()` (asked only when not remembered for this catalog version)."""
        with self._lock:
            if version != self._version:
                self._answers, self._version = {}, version
            if key not in self._answers:
                self._answers[key] = tuple(grouping.group_demands(rows()))
            return self._answers[key]


# -- edits by hand ------------------------------------------------------------------------------


def actor_edit(conn: Connection, op: str, name: str, *args: object) -> edits.Edit:
    if op == "rename":
        change = actor_changes.rename(conn, name, str(args[0]))
    elif op == "retype":
        change = actor_changes.retype(conn, name, str(args[0]))
    elif op == "split":
        parts = args[0]
        assert isinstance(parts, list)
        change = actor_changes.split(conn, name, parts, args[1] if isinstance(args[1], str) else None)
    elif op == "delete":
        change = actor_changes.delete(conn, name)
    else:
        raise ValueError(op)
    return edits.actor_edit(conn, change)


def review_edit(
    conn: Connection,
    ref: str,
    status: str,
    *,
    by: str | None,
    targets: Sequence[str] | None,
    action: str | None,
) -> edits.Edit:
    return edits.review_edit(conn, ref, status, by=by, targets=targets, action=action)


def record(conn: Connection, edit: edits.Edit) -> EditRecord:
    edit_id = edit_history.record(conn, edit.kind, edit.summary, edit.undo)
    return edit_history.entries(conn)[0] if edit_id else EditRecord(0, "", edit.kind, edit.summary)


def history(conn: Connection) -> tuple[EditRecord, ...]:
    return edit_history.entries(conn)


def undo(conn: Connection) -> tuple[EditRecord, list[int]] | None:
    return edits.undo_edit(conn)
