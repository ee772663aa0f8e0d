"""Facet counts and facet filters over search results, from arrays of each document's values.

Whoosh's own faceting over a multi-valued field takes seconds at 10,000 documents (NOTES.md);
counting over arrays of each document's values (facet_columns.py) takes milliseconds. The
arrays are built again when the catalog changes (SQLite's `data_version` tells us, even for
another process's commits); an archive opens with them ready when they were saved beside the
index at the catalog's current state (facet_file.py). Reading the values from the catalog, and
reading them ahead on a thread: store/facet_table.py.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from ..store import catalog, derived_checksums
from ..store.facet_table import Prefetch, changes, load_table, table_from_rows, version_key
from . import facet_file
from .facet_columns import FACETS, IdColumns


class FacetColumns:
    """The facet columns of one catalog, as they are now (see module doc)."""

    def __init__(
        self,
        conn: catalog.Connection,
        *,
        prefetch: bool = True,
        saved: Path | None = None,
        save: bool = False,
    ) -> None:
        """The columns are loaded from `saved` (a folder) when they were saved there at the
        catalog's current state; else, with `prefetch`, the catalog rows are read at once on a
        thread of its own, so that opening the index and a window overlap with it. With `save`,
        columns built are saved there."""
        self.conn = conn
        self._saved, self._save = saved, save and saved is not None
        # read here, on the opener's thread: `prepare` builds on another thread, outside the read
        # lock, and must not touch the connection (two threads on one sqlite3 connection crashed
        # the process in `PRAGMA database_list`)
        self._catalog = derived_checksums.catalog_path(conn) if self._save else None
        self._version: tuple[int, int] | None = None
        self._by_id = IdColumns(np.zeros(0, dtype=np.int64), {}, None)
        self._building = threading.Lock()  # the columns are built by whichever thread asks first
        self._prefetch = Prefetch.start(conn) if prefetch and not self._load_saved() else None

    def _load_saved(self) -> bool:
        if self._saved is None:
            return False
        key = version_key(self.conn)  # before the counter: a commit in between makes it stale
        vouched = derived_checksums.expected(self.conn, facet_file.SAVED_NAME)
        loaded = facet_file.load(self._saved, changes(self.conn), vouched)
        # A catalog put in place by hand could share the counter: its documents must match too.
        count, last = catalog.counts(self.conn)
        if loaded is None or (len(loaded.ids), int(loaded.ids.max(initial=-1))) != (count, last):
            return False
        self._by_id, self._version = loaded, key
        return True

    def prepare(self, key: tuple[int, int]) -> None:
        """Build the columns for catalog version `key` from the rows read ahead, using no
        connection: the archive calls this outside its read lock, so that searches go on while
        the first facet count after opening builds the columns (1.5 s at 30,000 documents, when
        none were saved). Without rows read ahead for `key`, `id_columns` reads them later."""
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
            if key != self._version and self._by_id.changes is not None:
                # A commit that changed nothing the facets show (a checksum recorded, a note)
                # leaves the change counter alone: the columns stay as they are.
                if changes(self.conn) == self._by_id.changes and self._prefetch is None:
                    self._version = key
            if key != self._version:
                prefetched = self._prefetch.result(key) if self._prefetch is not None else None
                counter = prefetched.changes if prefetched is not None else changes(self.conn)
                self._built(IdColumns.of_table(load_table(self.conn, prefetched), counter), key)
        return self._by_id

    def _built(self, columns: IdColumns, key: tuple[int, int]) -> None:
        self._by_id, self._version, self._prefetch = columns, key, None
        if self._save and self._saved is not None and self._saved.is_dir():
            path = self._catalog
            if path is not None:
                name = facet_file.SAVED_NAME
                facet_file.save(
                    columns, self._saved, lambda n, sha: derived_checksums.record(path, name, n, sha)
                )

    # -- counting and filtering ---------------------------------------------------------
    def count(
        self, doc_ids: np.ndarray, limit: int, *, shared: tuple[np.ndarray, np.ndarray] | None = None
    ) -> dict[str, dict[str, int]]:
        """Per facet, the `limit` most frequent values among the documents `doc_ids` with their
        exact counts (ties at the cut broken by value, so the answer never depends on order).
        `shared`: those of `doc_ids` that are versions of one statement with another of them,
        and their statements; a statement then counts once under a value, however many of its
        versions hold it."""
        columns = self.id_columns()
        chosen = np.zeros(len(columns.ids), dtype=bool)
        chosen[columns.rows_of(doc_ids)] = True
        grouped = None if shared is None or not len(shared[0]) else _statement_rows(columns, *shared)
        return {name: columns.columns[name].top(chosen, limit, grouped) for name in FACETS}

    def ids_matching(self, filters: Mapping[str, Sequence[str]]) -> np.ndarray | None:
        """The ids of documents having every requested facet value, ascending; None when
        nothing is filtered."""
        active = {k: set(v) for k, v in filters.items() if v}
        if not active:
            return None
        unknown = set(active) - set(FACETS)
        if unknown:
            raise ValueError(f"unknown facet filter(s): {', '.join(sorted(unknown))}")
        columns = self.id_columns()
        rows: set[int] | None = None
        for name, wanted in active.items():
            found = columns.columns[name].holding_all(wanted)
            rows = found if rows is None else rows & found
        ordered = np.array(sorted(rows or ()), dtype=np.int64)
        result: np.ndarray = columns.ids[ordered]
        return result


def _statement_rows(
    columns: IdColumns, ids: np.ndarray, statements: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The rows of the columns holding `ids` (those it knows), and their statements."""
    at = np.searchsorted(columns.ids, ids).clip(0, max(len(columns.ids) - 1, 0))
    known = columns.ids[at] == ids if len(columns.ids) else np.zeros(len(ids), dtype=bool)
    return at[known], statements[known]
