"""Facet values as arrays: per facet, which documents hold which values (`Column`); all facets
of a catalog by document id (`IdColumns`). Saved beside the index by facet_file.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

from ..store.facet_table import STARRED, FacetTable

__all__ = ["FACETS", "MULTI", "SINGLE", "STARRED", "Column", "IdColumns"]

# The user's marks (store/marks.py) are facets too: a document's tags, and STARRED if it has a star.
FACETS = ("issuer", "actor", "actor_type", "target", "by", "year", "format", "tag", "star")
SINGLE = ("issuer", "year", "format", "star")  # at most one value per document
MULTI = ("actor", "actor_type", "target", "by", "tag")  # any number of values per document


class Column:
    """One facet's values over a searcher's docnums, as numpy arrays so that counting the
    values of 30,000 matches is a few vector operations (a Counter over Python lists took 30 ms
    a query there, most of a search). Values are coded by their sorted order, so that ties at
    the cut of a top-N, broken by value, are broken by code. `docs[i]` holds `codes[i]`: one
    entry per (document, value), a document being a row of the table or a row of the table."""

    def __init__(self, values: list[str], docs: np.ndarray, codes: np.ndarray) -> None:
        self.values = values
        self.docs = docs
        self.codes = codes
        self._code: dict[str, int] | None = None  # value → code, made when filtering first asks

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

    def top(
        self, chosen: np.ndarray, limit: int, grouped: tuple[np.ndarray, np.ndarray] | None = None
    ) -> dict[str, int]:
        """The `limit` most frequent values among the docnums marked in `chosen`, most frequent
        first, ties by value. `grouped`: chosen docnums that are versions of one statement, and
        their statements; such a statement counts once under each value."""
        counts = np.bincount(self.codes[chosen[self.docs]], minlength=len(self.values))
        if grouped is not None:
            counts -= self._repeats(*grouped)
        present = np.flatnonzero(counts)
        if len(present) > limit:
            cut = np.partition(counts[present], len(present) - limit)[len(present) - limit]
            present = present[counts[present] >= cut]
        order = present[np.lexsort((present, -counts[present]))][:limit]
        return {self.values[i]: int(counts[i]) for i in order}

    def _repeats(self, rows: np.ndarray, statements: np.ndarray) -> np.ndarray:
        """Per value, how many of those rows' entries repeat a (statement, value) already
        counted. A row's entries are one run of `docs` (it is built in row order)."""
        size = len(self.values)
        starts, ends = np.searchsorted(self.docs, rows), np.searchsorted(self.docs, rows, side="right")
        entries = np.concatenate(
            [np.arange(a, b) for a, b in zip(starts, ends, strict=True)] or [np.zeros(0, int)]
        )
        codes = self.codes[entries].astype(np.int64)
        of = np.repeat(statements, ends - starts)
        distinct = np.unique(of * size + codes) % size
        repeats: np.ndarray = np.bincount(codes, minlength=size) - np.bincount(distinct, minlength=size)
        return repeats

    def holding_all(self, wanted: set[str]) -> set[int]:
        """Docnums holding every value of `wanted` (a single-valued facet: only one can be)."""
        if self._code is None:
            self._code = {v: i for i, v in enumerate(self.values)}
        found: set[int] | None = None
        for value in wanted:
            code = self._code.get(value)
            docs = self.docs[self.codes == code] if code is not None else self.docs[:0]
            found = set(docs.tolist()) if found is None else found & set(docs.tolist())
        return found or set()


@dataclass(frozen=True, eq=False)  # compared by identity: one per catalog version
class IdColumns:
    """Every facet's column over the catalog's documents: row r is document `ids[r]` (ascending).
    `changes` is the catalog's change counter they were built at (None: unknown)."""

    ids: np.ndarray
    columns: dict[str, Column]
    changes: int | None

    @classmethod
    def of_table(cls, table: FacetTable, changes: int | None) -> IdColumns:
        ids = sorted(table.documents)
        columns = {k: Column.single(table.single[k], ids) for k in SINGLE}
        columns.update({k: Column.multi(table.multi[k], ids) for k in MULTI})
        return cls(np.array(ids, dtype=np.int64), columns, changes)

    def rows_of(self, doc_ids: np.ndarray) -> np.ndarray:
        """The rows of those `doc_ids` the columns know (ids are ascending: a binary search)."""
        if not len(self.ids):
            return np.zeros(0, dtype=np.int64)
        rows = np.searchsorted(self.ids, doc_ids).clip(0, len(self.ids) - 1)
        found: np.ndarray = rows[self.ids[rows] == doc_ids]
        return found

    def values_of(self, facet: str, doc_id: int) -> list[str]:
        """One document's values of one facet (for checking; counting uses the arrays)."""
        row = int(np.searchsorted(self.ids, doc_id))
        if row >= len(self.ids) or self.ids[row] != doc_id:
            return []
        column = self.columns[facet]
        return sorted(column.values[c] for c in column.codes[column.docs == row].tolist())
