"""An actor's dossier: everything the archive holds about it, from indexed catalog look-ups
(store/dossier_queries.py) and a read of the text around its mentions for quotations.

Demands it made are those whose speaker it is, or with no speaker in a document it issued (as
the demand tables show them); demands made of it are those naming it as a target. Both come with
the user's reviews and actor edits applied; rejected demands are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from ..models import DemandRow, Dossier, DossierDocument, Quote
from ..store import actor_changes, dossier_queries
from ..store.catalog import Connection
from ..store.demand_rows import rows_of_demands
from .quotes import quotations
from .timeline import timeline

CO_ACTORS = 25
# Quotations are read from the text around the actor's mentions in its newest documents: reading
# every text of an actor named in 20,000 documents takes seconds (benchmarks/dossier.py).
QUOTE_DOCUMENTS = 400
# The actors most often named in some documents: {name: documents}, at most `limit` of them (the
# archive counts them over its facet columns, in milliseconds).
CoActors = Callable[[Sequence[int], int], dict[str, int]]


def dossier(
    conn: Connection, name: str, co_actors: CoActors, quote_documents: int | None = QUOTE_DOCUMENTS
) -> Dossier:
    """The dossier of the actor shown as `name`; raises ActorNotFound. Quotations come from its
    `quote_documents` newest documents (None: all)."""
    names = actor_changes.require(conn, name)
    documents = _newest_first(dossier_queries.documents_naming(conn, names))
    by, of = _demands(conn, name, names)
    dates = sorted(d.date for d in documents if d.date)
    return Dossier(
        name=name,
        type=actor_changes.shown_type(conn, names),
        aliases=_aliases(conn, names),
        names=tuple(names),
        documents=tuple(documents),
        demands_by=by,
        demands_of=of,
        quotes=tuple(_quotes(conn, names, documents[:quote_documents])),
        quotes_from=min(len(documents), quote_documents or len(documents)),
        co_actors=_co_actors(name, documents, co_actors),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        timeline=timeline((d.date for d in documents), (r.doc_date for r in by), (r.doc_date for r in of)),
    )


class _Dated(Protocol):
    @property
    def doc_id(self) -> int: ...

    @property
    def date(self) -> str | None: ...


T = TypeVar("T", bound=_Dated)


def _newest_first(items: Iterable[T]) -> list[T]:
    """Newest first, undated last, by document id within a date, keeping the order within a
    document (two stable sorts, in C: a sort key per item cost 0.4 s at 10,000 documents)."""
    by_id = sorted(items, key=lambda item: item.doc_id)
    return sorted(by_id, key=lambda item: item.date or "", reverse=True)


def _aliases(conn: Connection, names: list[str]) -> tuple[tuple[str, int], ...]:
    counts = dossier_queries.aliases(conn, names)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def _demands(
    conn: Connection, name: str, names: list[str]
) -> tuple[tuple[DemandRow, ...], tuple[DemandRow, ...]]:
    by_ids = dossier_queries.demand_ids_by(conn, names, sorted({name, *names}))
    of_ids = dossier_queries.demand_ids_of(conn, names)
    rows = rows_of_demands(conn, by_ids | of_ids)
    seen: set[str] = set()
    by, of = [], []
    ordered = sorted(rows, key=lambda r: (r.doc_id, r.demand.start))
    for row in sorted(ordered, key=lambda r: r.doc_date or "", reverse=True):
        if row.ref in seen:
            continue
        seen.add(row.ref)
        if row.by == name:
            by.append(row)
        if name in row.demand.targets:
            of.append(row)
    return tuple(by), tuple(of)


def _quotes(conn: Connection, names: list[str], documents: list[DossierDocument]) -> list[Quote]:
    about = {d.doc_id: d for d in documents}
    spans = dossier_queries.mentions(conn, names, list(about))
    found: list[Quote] = []
    for doc_id, text, pages in dossier_queries.texts(conn, sorted(spans)):
        doc = about.get(doc_id)
        if doc is None:
            continue
        for start, end in quotations(text, spans[doc_id]):
            page = _page(pages, start)
            found.append(
                Quote(
                    doc_id=doc_id,
                    title=doc.title,
                    issuer=doc.issuer,
                    date=doc.date,
                    text=text[start:end].strip().rstrip(","),
                    start=start,
                    end=end,
                    page=page,
                    citation=citation(doc.title, doc.issuer, doc.date, page),
                )
            )
    return _newest_first(found)


def _page(page_starts: tuple[int, ...], offset: int) -> int | None:
    if not page_starts:
        return None
    return max(1, sum(1 for s in page_starts if s <= offset))


def citation(title: str, issuer: str | None, date: str | None, page: int | None) -> str:
    """“Title”, Issuer, 2016-12-14, p. 3 — as a press officer would cite it."""
    parts = [f"“{title}”", issuer, date, f"p. {page}" if page else None]
    return ", ".join(p for p in parts if p)


def _co_actors(name: str, documents: list[DossierDocument], count: CoActors) -> tuple[tuple[str, int], ...]:
    found = count([d.doc_id for d in documents], CO_ACTORS + 1)
    found.pop(name, None)
    return tuple(sorted(found.items(), key=lambda item: (-item[1], item[0].casefold()))[:CO_ACTORS])
