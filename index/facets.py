"""Facet counts and facet filters over search results, from a cache of per-document values.

Whoosh's own faceting over a multi-valued field takes seconds at 10,000 documents (NOTES.md);
counting from a document → values table built once from the catalog takes milliseconds. The cache
is rebuilt when the catalog changes (SQLite's `data_version` tells us, even for another process's
commits) and the docnum → document id table when the searcher changes.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from whoosh.searching import Searcher

from index import catalog

FACETS = ("issuer", "actor", "actor_type", "target", "year", "format")


@dataclass(frozen=True)
class DocFacets:
    issuer: tuple[str, ...]
    actor: tuple[str, ...]
    actor_type: tuple[str, ...]
    target: tuple[str, ...]
    year: tuple[str, ...]
    format: tuple[str, ...]


class FacetCache:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._version: tuple[int, int] | None = None
        self._values: dict[int, DocFacets] = {}
        self._searcher_key: object = None
        self._doc_ids: list[int] = []

    # -- document values --------------------------------------------------------------
    def values(self) -> dict[int, DocFacets]:
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        total_changes = self.conn.total_changes
        if (version, total_changes) != self._version:
            self._values = _load(self.conn)
            self._version = (version, total_changes)
        return self._values

    def doc_ids(self, searcher: Searcher) -> list[int]:
        """docnum → catalog document id for this searcher (docnums change on refresh)."""
        if self._searcher_key is not searcher:
            # An index that never held a document has no segment; its reader has no columns.
            reader = searcher.reader()
            column = reader.column_reader("id") if reader.doc_count_all() else ()
            self._doc_ids = [int(v) if v else 0 for v in column]
            self._searcher_key = searcher
        return self._doc_ids

    # -- counting and filtering ---------------------------------------------------------
    def count(self, searcher: Searcher, docnums: Iterable[int], limit: int) -> dict[str, dict[str, int]]:
        values = self.values()
        ids = self.doc_ids(searcher)
        counters: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
        for docnum in docnums:
            facets = values.get(ids[docnum])
            if facets is None:
                continue
            for name in FACETS:
                counters[name].update(getattr(facets, name))
        return {name: dict(counter.most_common(limit)) for name, counter in counters.items()}

    def docnums_matching(self, searcher: Searcher, filters: Mapping[str, Sequence[str]]) -> set[int] | None:
        """Docnums having every requested facet value, or None when nothing is filtered."""
        active = {k: set(v) for k, v in filters.items() if v}
        if not active:
            return None
        unknown = set(active) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown facet filter(s): {', '.join(sorted(unknown))}")
        values = self.values()
        ids = self.doc_ids(searcher)
        allowed = set()
        for docnum, doc_id in enumerate(ids):
            facets = values.get(doc_id)
            if facets is not None and all(wanted <= set(getattr(facets, k)) for k, wanted in active.items()):
                allowed.add(docnum)
        return allowed


def _load(conn: sqlite3.Connection) -> dict[int, DocFacets]:
    table = catalog.overrides(conn)
    docs, actors, targets = catalog.facet_rows(conn)
    names: dict[int, dict[str, str]] = {}
    for doc_id, name, type_ in actors:
        name, type_ = catalog.apply_override(name, type_, table)
        names.setdefault(doc_id, {})[name] = type_
    aimed: dict[int, set[str]] = {}
    for doc_id, raw in targets:
        for target in json.loads(raw):
            aimed.setdefault(doc_id, set()).add(catalog.apply_override(target, "", table)[0])
    out = {}
    for doc_id, issuer, date, fmt in docs:
        held = names.get(doc_id, {})
        out[doc_id] = DocFacets(
            issuer=(issuer,) if issuer else (),
            actor=tuple(held),
            actor_type=tuple(set(held.values())),
            target=tuple(sorted(aimed.get(doc_id, ()))),
            year=(date[:4],) if date else (),
            format=(fmt,),
        )
    return out
