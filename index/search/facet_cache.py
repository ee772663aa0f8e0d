"""Facet counts and facet filters over search results, from a cache of per-document values.

Whoosh's own faceting over a multi-valued field takes seconds at 10,000 documents (NOTES.md);
counting over arrays of each document's values (index/facet_columns.py) takes milliseconds. They
are built again when the catalog changes (SQLite's `data_version` tells us, even for another
process's commits), and renumbered when the searcher changes (docnums change on refresh).

How the values are read, fast, from the catalog: see index/facet_table.py.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

import numpy as np
from whoosh.searching import Searcher

from ..store.facet_table import Prefetch, changes, load_table, table_from_rows, version_key
from .facet_columns import FACETS, Column, IdColumns

RECENT_ANSWERS = 64
T = TypeVar("T")


class FacetCache:
    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        prefetch: bool = True,
        saved: Path | None = None,
        save: bool = False,
    ) -> None:
        """The columns are loaded from `saved` (a folder, see index/facet_columns.py) when they
        were saved there at the catalog's current state; else, with `prefetch`, the catalog rows
        are read at once on a thread of its own (with its own connection), so that opening the
        index and a window overlap with it. With `save`, columns built are saved there."""
        self.conn = conn
        self._saved, self._save = saved, save and saved is not None
        self._version: tuple[int, int] | None = None
        self._by_id = IdColumns(np.zeros(0, dtype=np.int64), {}, None)
        self._building = threading.Lock()  # the columns are built by whichever thread asks first
        self._prefetch = Prefetch.start(conn) if prefetch and not self._load_saved() else None
        self._searcher_key: object = None
        self._doc_ids: list[int] = []
        # The values laid out by docnum for one searcher and one catalog version (`columns`).
        self._columns: dict[str, Column] = {}
        self._columns_key: tuple[object, object] = (None, None)
        # Recent answers, valid for one searcher and one catalog version (see `remember`).
        self._recent: OrderedDict[Hashable, Any] = OrderedDict()
        self._recent_state: tuple[object, object] = (None, None)

    # -- document values --------------------------------------------------------------
    def _load_saved(self) -> bool:
        if self._saved is None:
            return False
        key = version_key(self.conn)  # before the counter: a commit in between makes it stale
        loaded = IdColumns.load(self._saved, changes(self.conn))
        # A catalog put in place by hand could share the counter: its documents must match too.
        count, last = self.conn.execute("SELECT count(*), ifnull(max(id), -1) FROM documents").fetchone()
        if loaded is None or (len(loaded.ids), int(loaded.ids.max(initial=-1))) != (count, last):
            return False
        self._by_id, self._version = loaded, key
        return True

    def prepare(self, key: tuple[int, int]) -> None:
        """Build the columns for catalog version `key` from the rows read ahead, using neither
        the archive's connection nor a searcher: the archive calls this outside its read lock,
        so that searches go on while the first facet count after opening builds the columns
        (1.5 s at 30,000 documents, when none were saved). Without rows read ahead for `key`,
        `id_columns` reads them later."""
        with self._building:
            if key == self._version or self._prefetch is None:
                return
            rows = self._prefetch.result(key)
            if rows is None:
                return
            try:
                table = table_from_rows(rows)
            except ValueError:  # values holding a separator: `id_columns` reads row by row
                return
            self._built(IdColumns.of_table(table, rows.changes), key)

    def id_columns(self) -> IdColumns:
        """The columns of the catalog as it is now, built again when it has changed."""
        key = version_key(self.conn)
        with self._building:
            if key != self._version:
                prefetched = self._prefetch.result(key) if self._prefetch is not None else None
                counter = prefetched.changes if prefetched is not None else changes(self.conn)
                self._built(IdColumns.of_table(load_table(self.conn, prefetched), counter), key)
        return self._by_id

    def _built(self, columns: IdColumns, key: tuple[int, int]) -> None:
        self._by_id, self._version, self._prefetch = columns, key, None
        if self._save and self._saved is not None and self._saved.is_dir():
            columns.save(self._saved)

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
        """Each facet's values by docnum (see `Column`) for this searcher and catalog version.
        A document missing from the catalog has none."""
        by_id = self.id_columns()
        if self._columns_key[0] is not searcher or self._columns_key[1] is not by_id:
            self._columns = by_id.by_docnum(self.doc_ids(searcher))
            self._columns_key = (searcher, by_id)
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
