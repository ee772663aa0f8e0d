"""Facet values as arrays: per facet, which documents hold which values (`Column`); all facets
of a catalog by document id (`IdColumns`), saved beside the Whoosh index so that an archive
opens with its facets ready.

Building the columns from the catalog takes about 1.5 s of Python at 30,000 documents, on the
first facet count after opening, while searches typed meanwhile share the interpreter with it.
Saved, they load in milliseconds. They are derived data, like the index: `whoosh/facets.npz`,
read only when the catalog's change counter (migration 3, kept by triggers, so that every
process's writes count) is the one they were built at, checked for consistency, never unpickled.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np

from index.facet_table import FacetTable

log = logging.getLogger(__name__)

FACETS = ("issuer", "actor", "actor_type", "target", "year", "format")
SINGLE = ("issuer", "year", "format")  # at most one value per document
MULTI = ("actor", "actor_type", "target")  # any number of values per document
SAVED_NAME = "facets.npz"
_FORMAT = 2  # bump when the saved layout or values change: older files are then rebuilt (2: "undated")


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

    def by_docnum(self, doc_ids: Sequence[int]) -> dict[str, Column]:
        """The columns renumbered for a searcher whose docnum d holds document `doc_ids[d]`."""
        wanted = np.array(doc_ids, dtype=np.int64)
        rows = np.searchsorted(self.ids, wanted).clip(0, max(len(self.ids) - 1, 0))
        known = self.ids[rows] == wanted if len(self.ids) else np.zeros(len(wanted), dtype=bool)
        row_of_docnum = np.where(known, rows, -1)
        return {k: c.renumbered(row_of_docnum, len(self.ids)) for k, c in self.columns.items()}

    def values_of(self, facet: str, doc_id: int) -> list[str]:
        """One document's values of one facet (for checking; counting uses the arrays)."""
        row = int(np.searchsorted(self.ids, doc_id))
        if row >= len(self.ids) or self.ids[row] != doc_id:
            return []
        column = self.columns[facet]
        return sorted(column.values[c] for c in column.codes[column.docs == row].tolist())

    # -- saved beside the index -------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write `folder/facets.npz` (atomically, owner-only). Failing to is not an error:
        the columns are built again next time."""
        if self.changes is None:
            return
        arrays: dict[str, np.ndarray] = {
            "format": np.array([_FORMAT, self.changes], dtype=np.int64),
            "ids": self.ids,
        }
        for name, column in self.columns.items():
            text = "\x00".join(column.values).encode("utf-8", "surrogatepass")
            arrays[f"{name}.values"] = np.frombuffer(text, dtype=np.uint8)
            arrays[f"{name}.count"] = np.array([len(column.values)], dtype=np.int64)
            arrays[f"{name}.docs"] = column.docs.astype(np.int32)
            arrays[f"{name}.codes"] = column.codes.astype(np.int32)
        partial = folder / (SAVED_NAME + ".partial")
        try:
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                np.savez(handle, **arrays)  # type: ignore[arg-type]  # numpy stubs: allow_pickle
            os.replace(partial, folder / SAVED_NAME)
        except OSError as exc:  # a read-only or full disk: build them again next time
            log.info("facet columns not saved in %s: %s", folder, exc)
            partial.unlink(missing_ok=True)

    @classmethod
    def load(cls, folder: Path, changes: int | None) -> IdColumns | None:
        """The saved columns if they were built at `changes` and hang together, else None."""
        path = folder / SAVED_NAME
        if changes is None or not path.is_file():
            return None
        try:
            with np.load(path, allow_pickle=False) as saved:
                layout, built_at = saved["format"].tolist()
                if layout != _FORMAT or built_at != changes:
                    return None
                ids = saved["ids"]
                columns = {name: _column(saved, name, len(ids)) for name in FACETS}
        except Exception as exc:  # a damaged file, whatever the damage: build them again
            log.warning("facet columns in %s unreadable (%s); building them again", path, exc)
            return None
        if any(column is None for column in columns.values()) or np.any(np.diff(ids) <= 0):
            log.warning("facet columns in %s inconsistent; building them again", path)
            return None
        return cls(ids, {k: c for k, c in columns.items() if c is not None}, changes)


def _column(saved: Mapping[str, np.ndarray], name: str, rows: int) -> Column | None:
    text = saved[f"{name}.values"].tobytes().decode("utf-8", "surrogatepass")
    count = int(saved[f"{name}.count"][0])
    values = text.split("\x00") if count else []
    docs, codes = saved[f"{name}.docs"], saved[f"{name}.codes"]
    if len(values) != count or len(docs) != len(codes):
        return None
    if len(docs) and (docs.min() < 0 or docs.max() >= rows or codes.min() < 0 or codes.max() >= count):
        return None
    return Column(values, docs, codes)
