"""Date ranges (date:[2001-01-01 TO 2001-12-31]) answered from the date column.

Whoosh turns a range over a DATETIME field into an OR of many tiered terms and opens a posting
list for each (about 140 ms a query at 10,000 documents). The field is sortable, so every
document's date is also in a column: one pass over it per segment reader, then a comparison
per segment, over an array. Matches and scores are those of Whoosh's range (a constant score,
the boost).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from whoosh import fields, matching, query

from .state import SearcherState


class ColumnRange(query.NumericRange):  # type: ignore[misc]  # whoosh is untyped
    """A constant-score NumericRange over a sortable DATETIME field, matched from its column.
    `state` is the open index's caches, set by the engine after parsing (None: none kept)."""

    state: SearcherState | None = None

    def _state(self) -> SearcherState:
        return self.state if self.state is not None else SearcherState()

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        if context is not None and context.needs_current:
            return super().matcher(searcher, context)
        docs = self._docs(self._state(), searcher.reader())
        return matching.ListMatcher(docs, all_weights=self.boost) if docs else matching.NullMatcher()

    def docs(self, searcher: Any) -> Any:
        return self.docs_in(self._state(), searcher)

    def docs_in(self, st: SearcherState, searcher: Any) -> Any:
        return iter(self._docs(st, searcher.reader()))

    # A conjunction orders its parts by these; Whoosh's own would open every tiered term.
    def estimate_size(self, ixreader: Any) -> int:
        return len(self._docs(self._state(), ixreader))

    def estimate_min_size(self, ixreader: Any) -> int:
        return len(self._docs(self._state(), ixreader))

    def _docs(self, st: SearcherState, reader: Any) -> list[int]:
        """The segment's documents within the range, remembered per segment reader: the count,
        the ranking and a conjunction's size estimates each ask."""
        if not reader.doc_count_all():  # an index that never held a document has no column
            return []
        key = (self.fieldname, self.start, self.end, self.startexcl, self.endexcl)
        found: list[int] = st.of(reader).ranges.get(key, lambda: self._within(st, reader))
        return found

    def _within(self, st: SearcherState, reader: Any) -> list[int]:
        numbers, held = column_values(st, reader, self.fieldname)
        keep = held.copy()
        lo, hi = _bound(self.start), _bound(self.end)
        if lo is not None:
            keep &= numbers > lo if self.startexcl else numbers >= lo
        if hi is not None:
            keep &= numbers < hi if self.endexcl else numbers <= hi
        docs: list[int] = np.flatnonzero(keep).tolist()
        if reader.has_deletions():
            docs = [d for d in docs if not reader.is_deleted(d)]
        return docs


_INT64 = np.iinfo(np.int64)


def _bound(value: int | None) -> int | None:
    """A range's end as a column number may be compared with (the column is int64)."""
    return None if value is None else min(max(value, _INT64.min), _INT64.max)


def column_values(st: SearcherState, reader: Any, fieldname: str) -> tuple[np.ndarray, np.ndarray]:
    """Each document's indexed number, and whether it has one, read once per segment reader."""
    per_field = st.of(reader).columns
    if fieldname not in per_field:
        field = reader.schema[fieldname]
        column = [None if v == field.default else v for v in reader.column_reader(fieldname, translate=False)]
        numbers = np.array([0 if v is None else v for v in column], dtype=np.int64)
        held = np.array([v is not None for v in column], dtype=bool)
        per_field[fieldname] = (numbers, held)
    found: tuple[np.ndarray, np.ndarray] = per_field[fieldname]
    return found


def use_columns(q: query.Query, schema: fields.Schema) -> query.Query:
    """`q` with every constant-score range over a sortable DATETIME field made a ColumnRange."""

    def swap(node: query.Query) -> query.Query:
        ranges = (query.NumericRange, query.DateRange)
        if type(node) in ranges and node.constantscore and _has_date_column(schema, node.fieldname):
            return ColumnRange(
                node.fieldname, node.start, node.end, node.startexcl, node.endexcl, boost=node.boost
            )
        return node

    return q.accept(swap)


def _has_date_column(schema: fields.Schema, fieldname: str) -> bool:
    field = schema[fieldname] if fieldname in schema else None
    return isinstance(field, fields.DATETIME) and field.column_type is not None
