"""Demands as the user sees them: read from the catalog, the user's reviews applied
(store/reviews.py), then the user's actor edits (store/actor_edits.py), each with the reference
a review names it by (`DOC:OFFSET`) and its review status. Rejected demands are left out unless
asked for.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from ..models import Demand, DemandRow
from .actor_edits import ActorEdits
from .reviews import Review, Reviewed, all_reviews, apply_reviews, reviews_of

DEMAND_COLUMNS = "m.by_name, m.targets, m.target_spans, m.action, m.kind, m.sentence, m.start, m.end"
_DOC_COLUMNS = "d.id, d.title, d.date, d.issuer, d.text_sha256"
ROWS_OF_IDS = (
    f"SELECT {_DOC_COLUMNS}, {DEMAND_COLUMNS} FROM json_each(?) w "
    "JOIN demands m ON m.id = w.value JOIN documents d ON d.id = m.doc_id "
    "ORDER BY d.date DESC, d.id, m.start"
)


def raw_demand(row: tuple) -> Demand:  # type: ignore[type-arg]
    """A demand as extracted (no edits, no review)."""
    by, targets, spans, action, kind, sentence, start, end = row
    return Demand(
        by=by,
        # most demands name no target: skip the JSON parser for those (120,000 rows at 30,000)
        targets=tuple(json.loads(targets)) if targets != "[]" else (),
        target_spans=tuple((int(s), int(e)) for s, e in json.loads(spans)) if spans != "[]" else (),
        action=action,
        kind=kind,
        sentence=sentence,
        start=start,
        end=end,
    )


def demand_ref(doc_id: int, demand: Demand) -> str:
    return f"{doc_id}:{demand.start}"


def _row(doc: tuple, reviewed: Reviewed, edits: ActorEdits) -> DemandRow:  # type: ignore[type-arg]
    d = reviewed.demand
    shown = (
        d
        if not edits
        else Demand(
            by=edits.by(d.by),
            targets=tuple(edits.names(d.targets)),
            target_spans=d.target_spans,
            action=d.action,
            kind=d.kind,
            sentence=d.sentence,
            start=d.start,
            end=d.end,
        )
    )
    return DemandRow(
        doc_id=doc[0],
        doc_title=doc[1],
        doc_date=doc[2],
        issuer=doc[3],
        demand=shown,
        ref=demand_ref(doc[0], d),
        status=reviewed.status,
    )


def _rows_of_doc(
    doc: tuple,  # type: ignore[type-arg]
    demands: list[Demand],
    reviews: list[Review],
    edits: ActorEdits,
    include_rejected: bool,
) -> Iterator[DemandRow]:
    for reviewed in apply_reviews(doc[4], demands, reviews):
        if include_rejected or reviewed.status != "rejected":
            yield _row(doc, reviewed, edits)


def document_rows(
    conn: sqlite3.Connection, doc_id: int, *, include_rejected: bool = False
) -> list[DemandRow]:
    """One document's demands, in text order."""
    doc = conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents d WHERE d.id = ?", (doc_id,)).fetchone()
    if doc is None:
        return []
    rows = conn.execute(
        f"SELECT {DEMAND_COLUMNS} FROM demands m WHERE m.doc_id = ? ORDER BY m.start", (doc_id,)
    )
    demands = [raw_demand(r) for r in rows]
    edits = ActorEdits.load(conn)
    return list(_rows_of_doc(doc, demands, reviews_of(conn, doc[4]), edits, include_rejected))


def archive_rows(conn: sqlite3.Connection, *, include_rejected: bool = False) -> list[DemandRow]:
    """Every demand of the archive, newest document first, in text order within one."""
    edits = ActorEdits.load(conn)
    reviews = all_reviews(conn)
    sql = (
        f"SELECT {_DOC_COLUMNS}, {DEMAND_COLUMNS} FROM demands m JOIN documents d ON d.id = m.doc_id "
        "ORDER BY d.date DESC, d.id, m.start"
    )
    return list(_grouped_rows(conn, conn.execute(sql), reviews, edits, include_rejected))


ROWS_OF_DOCUMENTS = (
    f"SELECT {_DOC_COLUMNS}, {DEMAND_COLUMNS} FROM json_each(?) w "
    "JOIN documents d ON d.id = w.value JOIN demands m ON m.doc_id = d.id "
    "ORDER BY d.date DESC, d.id, m.start"
)


def rows_of_documents(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> list[DemandRow]:
    """Every demand of these documents, newest document first."""
    wanted = set(doc_ids)
    edits, reviews = ActorEdits.load(conn), all_reviews(conn)
    rows = conn.execute(ROWS_OF_DOCUMENTS, (json.dumps(sorted(wanted)),))
    # (the documents of kept reviews come along: only those asked for stay)
    return [r for r in _grouped_rows(conn, rows, reviews, edits, False) if r.doc_id in wanted]


def rows_of_demands(
    conn: sqlite3.Connection, demand_ids: Iterable[int], *, include_rejected: bool = False
) -> list[DemandRow]:
    """The demands with these catalog ids, plus every demand of the documents the user reviewed
    (a review may have changed who a demand is by or of): the caller keeps those it wants."""
    edits = ActorEdits.load(conn)
    reviews = all_reviews(conn)
    # The ids as one JSON parameter, not a temporary table: writing one would open a
    # transaction on the archive's read connection, which would then read an old snapshot.
    rows = [
        r for r in conn.execute(ROWS_OF_IDS, (json.dumps(sorted(set(demand_ids))),)) if r[4] not in reviews
    ]
    out = list(_grouped_rows(conn, rows, {}, edits, include_rejected))
    for sha in reviews:
        for doc_id in (r[0] for r in conn.execute("SELECT id FROM documents WHERE text_sha256 = ?", (sha,))):
            out.extend(document_rows(conn, doc_id, include_rejected=include_rejected))
    return out


def _grouped_rows(
    conn: sqlite3.Connection,
    rows: Iterable[tuple],  # type: ignore[type-arg]
    reviews: dict[str, list[Review]],
    edits: ActorEdits,
    include_rejected: bool,
) -> Iterator[DemandRow]:
    """Rows of (document columns, demand columns), one document's contiguous, as DemandRows."""
    doc: tuple | None = None  # type: ignore[type-arg]
    demands: list[Demand] = []
    seen: set[str] = set()
    for row in rows:
        if doc is None or row[0] != doc[0]:
            if doc is not None:
                yield from _rows_of_doc(doc, demands, reviews.get(doc[4], []), edits, include_rejected)
            doc, demands = row[:5], []
            seen.add(row[4])
        demands.append(raw_demand(row[5:]))
    if doc is not None:
        yield from _rows_of_doc(doc, demands, reviews.get(doc[4], []), edits, include_rejected)
    # documents whose every demand re-extraction lost, but which hold a kept review
    for sha in set(reviews) - seen:
        for (doc_id,) in conn.execute("SELECT id FROM documents WHERE text_sha256 = ?", (sha,)).fetchall():
            yield from document_rows(conn, doc_id, include_rejected=include_rejected)


def reviewed_demands(conn: sqlite3.Connection, doc_id: int) -> list[Demand]:
    """A document's demands with the user's reviews applied, rejected ones left out, names as
    extracted (for the index, which applies the actor edits itself)."""
    doc = conn.execute("SELECT text_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if doc is None:
        return []
    rows = conn.execute(
        f"SELECT {DEMAND_COLUMNS} FROM demands m WHERE m.doc_id = ? ORDER BY m.start", (doc_id,)
    )
    demands = [raw_demand(r) for r in rows]
    reviewed = apply_reviews(doc[0], demands, reviews_of(conn, doc[0]))
    return [r.demand for r in reviewed if r.status != "rejected"]


def find_reviewed(conn: sqlite3.Connection, doc_id: int, start: int) -> tuple[DemandRow, Reviewed] | None:
    """The demand of a document beginning at `start` (rejected ones too), as shown and as reviewed."""
    doc = conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents d WHERE d.id = ?", (doc_id,)).fetchone()
    if doc is None:
        return None
    rows = conn.execute(
        f"SELECT {DEMAND_COLUMNS} FROM demands m WHERE m.doc_id = ? ORDER BY m.start", (doc_id,)
    )
    edits = ActorEdits.load(conn)
    for reviewed in apply_reviews(doc[4], [raw_demand(r) for r in rows], reviews_of(conn, doc[4])):
        if reviewed.demand.start == start:
            return _row(doc, reviewed, edits), reviewed
    return None
