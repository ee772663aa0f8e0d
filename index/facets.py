"""Facet counts and facet filters over search results, from a cache of per-document values.

Whoosh's own faceting over a multi-valued field takes seconds at 10,000 documents (NOTES.md);
counting from a document → values table built once from the catalog takes milliseconds. The table
is rebuilt when the catalog changes (SQLite's `data_version` tells us, even for another process's
commits); its columns by docnum are rebuilt when the searcher changes (docnums change on refresh).

How the table is read, fast, from the catalog: see index/facet_table.py.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from itertools import chain
from typing import Any, TypeVar, cast

from whoosh.searching import Searcher

from index.facet_table import FacetTable, Prefetch, load_table, version_key

RECENT_ANSWERS = 64
T = TypeVar("T")

FACETS = ("issuer", "actor", "actor_type", "target", "year", "format")
SINGLE = ("issuer", "year", "format")  # at most one value per document
MULTI = ("actor", "actor_type", "target")  # any number of values per document


class FacetCache:
    def __init__(self, conn: sqlite3.Connection, *, prefetch: bool = True) -> None:
        """With `prefetch`, the catalog rows of the table are read at once on a thread of its own
        (with its own connection), so that opening the index and a window overlap with it."""
        self.conn = conn
        self._version: tuple[int, int] | None = None
        self._table = FacetTable(frozenset(), {k: {} for k in SINGLE}, {k: {} for k in MULTI})
        self._prefetch = Prefetch.start(conn) if prefetch else None
        self._searcher_key: object = None
        self._doc_ids: list[int] = []
        # The table's values laid out by docnum for one searcher and one table (see `columns`).
        self._columns: dict[str, list[Any]] = {}
        self._columns_key: tuple[object, object] = (None, None)
        # Recent answers, valid for one searcher and one catalog version (see `remember`).
        self._recent: OrderedDict[Hashable, Any] = OrderedDict()
        self._recent_state: tuple[object, object] = (None, None)

    # -- document values --------------------------------------------------------------
    def table(self) -> FacetTable:
        key = version_key(self.conn)
        if key != self._version:
            prefetched, self._prefetch = self._prefetch, None
            self._table = load_table(self.conn, prefetched.result(key) if prefetched is not None else None)
            self._version = key
        return self._table

    def doc_ids(self, searcher: Searcher) -> list[int]:
        """docnum → catalog document id for this searcher (docnums change on refresh)."""
        if self._searcher_key is not searcher:
            # An index that never held a document has no segment; its reader has no columns.
            reader = searcher.reader()
            # Untranslated, the column gives the stored bytes, which int() reads as they are.
            column = reader.column_reader("id", translate=False) if reader.doc_count_all() else ()
            self._doc_ids = [int(v) if v else 0 for v in column]
            self._searcher_key = searcher
        return self._doc_ids

    def columns(self, searcher: Searcher) -> dict[str, list[Any]]:
        """Each facet's values by docnum: a value or None for single-valued facets, a tuple for
        the others. A document missing from the catalog has none."""
        table = self.table()
        if self._columns_key[0] is not searcher or self._columns_key[1] is not table:
            known = table.documents
            ids = [i if i in known else -1 for i in self.doc_ids(searcher)]
            self._columns = {k: list(map(table.single[k].get, ids)) for k in SINGLE}
            empty: tuple[str, ...] = ()
            for k in MULTI:
                values = table.multi[k]
                self._columns[k] = [values.get(i, empty) for i in ids]
            self._columns_key = (searcher, table)
        return self._columns

    def remember(self, searcher: Searcher, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, or its answer from a small LRU when the same key was asked before of the
        same searcher and the same catalog. Going back to a query, paging and re-sorting then
        skip matching every document and counting facets again."""
        # A commit to the catalog (another process's too) makes every answer stale. Checked
        # without loading the table: a search that shows hits only must not wait for it.
        version = version_key(self.conn)
        if self._recent_state[0] is not searcher or self._recent_state[1] != version:
            self._recent.clear()
            self._recent_state = (searcher, version)
        if key in self._recent:
            self._recent.move_to_end(key)
            return cast(T, self._recent[key])
        answer = compute()
        self._recent[key] = answer
        if len(self._recent) > RECENT_ANSWERS:
            self._recent.popitem(last=False)
        return answer

    # -- counting and filtering ---------------------------------------------------------
    def count(self, searcher: Searcher, docnums: Iterable[int], limit: int) -> dict[str, dict[str, int]]:
        """Per facet, the `limit` most frequent values among `docnums` with their exact counts
        (ties at the cut broken by value, so the answer never depends on the order of rows)."""
        columns = self.columns(searcher)
        matched = docnums if isinstance(docnums, list) else list(docnums)
        out = {}
        for name in FACETS:
            column = columns[name]
            # Counter over a map (and a chain) runs its loop in C: several times faster than
            # updating counters per document at 30,000 matches.
            if name in SINGLE:
                counter = Counter(map(column.__getitem__, matched))
                counter.pop(None, None)
            else:
                counter = Counter(chain.from_iterable(map(column.__getitem__, matched)))
            out[name] = most_common(counter, limit)
        return out

    def docnums_matching(self, searcher: Searcher, filters: Mapping[str, Sequence[str]]) -> set[int] | None:
        """Docnums having every requested facet value, or None when nothing is filtered."""
        active = {k: set(v) for k, v in filters.items() if v}
        if not active:
            return None
        unknown = set(active) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown facet filter(s): {', '.join(sorted(unknown))}")
        columns = self.columns(searcher)
        allowed: set[int] | None = None
        for name, wanted in active.items():
            column = columns[name]
            if name in SINGLE:
                # one value per document: asking for two values of one facet matches nothing
                value = next(iter(wanted)) if len(wanted) == 1 else None
                found = {d for d, v in enumerate(column) if v is not None and v == value}
            else:
                found = {d for d, v in enumerate(column) if v and wanted.issubset(v)}
            allowed = found if allowed is None else allowed & found
        return allowed


def most_common(counter: Counter[str], limit: int) -> dict[str, int]:
    """The `limit` most frequent values, most frequent first; of values tied at the cut, the
    first by value."""
    if len(counter) <= limit:
        return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
    top = counter.most_common(limit)
    cut = top[-1][1]
    above = [kv for kv in top if kv[1] > cut]
    tied = sorted(value for value, n in counter.items() if n == cut)
    return dict(above + [(value, cut) for value in tied[: limit - len(above)]])
