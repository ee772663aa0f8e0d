"""Facet counts and facet filters over search results, from a cache of per-document values.

Whoosh's own faceting over a multi-valued field takes seconds at 10,000 documents (NOTES.md);
counting from a document → values table built once from the catalog takes milliseconds. The table
is rebuilt when the catalog changes (SQLite's `data_version` tells us, even for another process's
commits); its columns by docnum are rebuilt when the searcher changes (docnums change on refresh).

How the table is read, fast, from the catalog: see index/facet_table.py.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from itertools import chain
from typing import Any, TypeVar, cast

import numpy as np
from whoosh.searching import Searcher

from index.facet_table import FacetTable, Prefetch, load_table, table_from_rows, version_key

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
        self._building = threading.Lock()  # the table is built by whichever thread asks first
        self._by_id: dict[str, Column] = {}  # the table's columns by row (`_ids`: row → id)
        self._ids = np.zeros(0, dtype=np.int64)
        self._searcher_key: object = None
        self._doc_ids: list[int] = []
        # The table's values laid out by docnum for one searcher and one table (see `columns`).
        self._columns: dict[str, Column] = {}
        self._columns_key: tuple[object, object] = (None, None)
        # Recent answers, valid for one searcher and one catalog version (see `remember`).
        self._recent: OrderedDict[Hashable, Any] = OrderedDict()
        self._recent_state: tuple[object, object] = (None, None)

    # -- document values --------------------------------------------------------------
    def prepare(self, key: tuple[int, int]) -> None:
        """Build the table for catalog version `key` from the rows read ahead, using neither the
        archive's connection nor a searcher: the archive calls this outside its read lock, so
        that searches go on while the first facet count after opening builds the table (1.5 s
        at 30,000 documents). Without rows read ahead for `key`, `table` reads them later."""
        with self._building:
            if key == self._version or self._prefetch is None:
                return
            rows = self._prefetch.result(key)
            if rows is None:
                return
            try:
                table = table_from_rows(rows)
            except ValueError:  # values holding a separator: `table` reads row by row
                return
            self._set_table(table, key)

    def table(self) -> FacetTable:
        key = version_key(self.conn)
        with self._building:
            if key != self._version:
                prefetched = self._prefetch.result(key) if self._prefetch is not None else None
                self._set_table(load_table(self.conn, prefetched), key)
        return self._table

    def _set_table(self, table: FacetTable, key: tuple[int, int]) -> None:
        ids = sorted(table.documents)
        by_id = {k: Column.single(table.single[k], ids) for k in SINGLE}
        by_id.update({k: Column.multi(table.multi[k], ids) for k in MULTI})
        self._table, self._by_id, self._ids = table, by_id, np.array(ids, dtype=np.int64)
        self._version, self._prefetch = key, None

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

    def columns(self, searcher: Searcher) -> dict[str, Column]:
        """Each facet's values by docnum (see `Column`) for this searcher and table: the table's
        columns by document id, renumbered. A document missing from the catalog has none."""
        table = self.table()
        if self._columns_key[0] is not searcher or self._columns_key[1] is not table:
            ids = np.array(self.doc_ids(searcher), dtype=np.int64)
            rows = np.searchsorted(self._ids, ids).clip(0, max(len(self._ids) - 1, 0))
            known = self._ids[rows] == ids if len(self._ids) else np.zeros(len(ids), dtype=bool)
            row_of_docnum = np.where(known, rows, -1)
            rows_now = len(self._ids)
            self._columns = {k: c.renumbered(row_of_docnum, rows_now) for k, c in self._by_id.items()}
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
        matched = np.fromiter(docnums, dtype=np.int64)
        chosen = np.zeros(len(self.doc_ids(searcher)), dtype=bool)
        chosen[matched] = True
        return {name: columns[name].top(chosen, limit) for name in FACETS}

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
            found = columns[name].holding_all(wanted)
            allowed = found if allowed is None else allowed & found
        return allowed


class Column:
    """One facet's values over a searcher's docnums, as numpy arrays so that counting the
    values of 30,000 matches is a few vector operations (a Counter over Python lists took 30 ms
    a query there, most of a search). Values are coded by their sorted order, so that ties at
    the cut of a top-N, broken by value, are broken by code. `docs[i]` holds `codes[i]`: one
    entry per (document, value), a document being a row of the table or a docnum."""

    def __init__(self, values: list[str], docs: np.ndarray, codes: np.ndarray) -> None:
        self.values = values
        self.docs = docs
        self.codes = codes
        self._code = {v: i for i, v in enumerate(values)}

    @classmethod
    def single(cls, by_id: Mapping[int, str], ids: Sequence[int]) -> Column:
        return cls.multi({i: (v,) for i, v in by_id.items()}, ids)

    @classmethod
    def multi(cls, by_id: Mapping[int, tuple[str, ...]], ids: Sequence[int]) -> Column:
        # maps and chains: loops in C (610,000 actor names at 30,000 documents)
        empty: tuple[str, ...] = ()
        held = [by_id.get(i, empty) for i in ids]
        values = sorted(set(chain.from_iterable(held)))
        code = {v: i for i, v in enumerate(values)}
        sizes = np.fromiter(map(len, held), dtype=np.int64, count=len(held))
        docs = np.repeat(np.arange(len(ids), dtype=np.int32), sizes)
        codes = np.fromiter(map(code.__getitem__, chain.from_iterable(held)), dtype=np.int32, count=len(docs))
        return cls(values, docs, codes)

    def renumbered(self, row_of_docnum: np.ndarray, rows: int) -> Column:
        """This column of a table of `rows` rows as a column of docnums (-1: a docnum of no row)."""
        docnum_of_row = np.full(rows, -1, dtype=np.int64)
        docnums = np.flatnonzero(row_of_docnum >= 0)
        docnum_of_row[row_of_docnum[docnums]] = docnums
        moved = docnum_of_row[self.docs]
        kept = moved >= 0
        return Column(self.values, moved[kept], self.codes[kept])

    def top(self, chosen: np.ndarray, limit: int) -> dict[str, int]:
        """The `limit` most frequent values among the docnums marked in `chosen`, most frequent
        first, ties by value."""
        counts = np.bincount(self.codes[chosen[self.docs]], minlength=len(self.values))
        present = np.flatnonzero(counts)
        if len(present) > limit:
            cut = np.partition(counts[present], len(present) - limit)[len(present) - limit]
            present = present[counts[present] >= cut]
        order = present[np.lexsort((present, -counts[present]))][:limit]
        return {self.values[i]: int(counts[i]) for i in order}

    def holding_all(self, wanted: set[str]) -> set[int]:
        """Docnums holding every value of `wanted` (a single-valued facet: only one can be)."""
        found: set[int] | None = None
        for value in wanted:
            code = self._code.get(value)
            docs = self.docs[self.codes == code] if code is not None else self.docs[:0]
            found = set(docs.tolist()) if found is None else found & set(docs.tolist())
        return found or set()
