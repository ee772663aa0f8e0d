"""What the search index holds of a catalog document: the one function that builds it, from a
document in memory (an import) or from the catalog (repair, reindex, re-extraction, edits)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from ..engine import IndexDocument, PreAnalyzed
from ..models import Demand, Document
from ..store import catalog, marks
from ..store.actor_edits import ActorEdits
from ..store.demand_rows import reviewed_demands


def index_document(
    doc: Document,
    actor_names: Iterable[str],
    demands: Iterable[Demand],
    edits: ActorEdits,
    postings: Mapping[str, PreAnalyzed] | None = None,
    note: str = "",
) -> IndexDocument:
    """The index's form of `doc`, naming its actors, and who its demands are by and of, as the
    user edited them. A demand with no speaker is by the document's issuer, as the demand tables
    show it; with the user's note on it."""
    demands = list(demands)
    bys = {edits.by(d.by) or doc.issuer for d in demands}
    return IndexDocument(
        doc_id=doc.id,
        title=doc.title,
        body=doc.text,
        issuer=doc.issuer,
        actors=tuple(edits.names(actor_names)),
        targets=tuple(edits.names(t for d in demands for t in d.targets)),
        bys=tuple(sorted(b for b in bys if b)),
        place=doc.place,
        format=doc.format,
        date=doc.date,
        postings=postings,
        note=note,
    )


def from_catalog(conn: catalog.Connection, ids: Iterable[int]) -> Iterator[IndexDocument]:
    """The index's form of each catalog document in `ids` (missing ids are skipped)."""
    edits = ActorEdits.load(conn)
    wanted = list(ids)
    notes = marks.notes_of(conn, wanted)
    for doc in catalog.iter_documents(conn, wanted):
        names, _ = catalog.actor_names_and_targets(conn, doc.id)
        yield index_document(doc, names, reviewed_demands(conn, doc.id), edits, note=notes.get(doc.id, ""))
