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
from whoosh import columns, fields, matching, query

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
        lo, hi = _bound(self.start, numbers), _bound(self.end, numbers)
        if lo is not None:
            keep &= numbers > lo if self.startexcl else numbers >= lo
        if hi is not None:
            keep &= numbers < hi if self.endexcl else numbers <= hi
        docs: list[int] = np.flatnonzero(keep).tolist()
        if reader.has_deletions():
            docs = [d for d in docs if not reader.is_deleted(d)]
        return docs


def _bound(value: int | None, numbers: np.ndarray) -> int | None:
    """A range's end as the column's numbers may be compared with (clipped to their type)."""
    if value is None or numbers.dtype.kind not in "iu":
        return value
    limits = np.iinfo(numbers.dtype)
    return min(max(value, int(limits.min)), int(limits.max))


def column_values(st: SearcherState, reader: Any, fieldname: str) -> tuple[np.ndarray, np.ndarray]:
    """Each document's indexed number, and whether it has one (not the field's default), read
    once per segment reader."""
    per_field = st.of(reader).columns
    if fieldname not in per_field:
        default = reader.schema[fieldname].default
        column = reader.column_reader(fieldname, translate=False)
        numbers = _numbers(column, reader.doc_count_all())
        if numbers is None:  # another column type: Whoosh's walk
            numbers = np.array(list(column), dtype=object)
        held = numbers != default
        per_field[fieldname] = (np.where(held, numbers, 0), held)
    found: tuple[np.ndarray, np.ndarray] = per_field[fieldname]
    return found


def _numbers(column: Any, count: int) -> np.ndarray | None:
    """A numeric column's numbers in one read (Whoosh unpacks one per document, 25 ms a
    10,000-document archive's first date query); documents past its end hold its default."""
    if type(column) is not columns.NumericColumn.Reader or column._typecode not in _DTYPES:
        return None
    stored = min(column._count, count)
    data = column._dbfile.get(column._basepos, stored * column._fixedlen) if stored else b""
    dtype = np.dtype(_DTYPES[column._typecode])
    numbers = np.full(count, column._default, dtype=dtype)
    numbers[:stored] = np.frombuffer(data, dtype=dtype.newbyteorder(">"))
    return numbers


_DTYPES = {"b": "i1", "B": "u1", "h": "i2", "H": "u2", "i": "i4", "I": "u4", "q": "i8", "Q": "u8"}


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
