"""Bulk reads of one segment's postings and field lengths, for the fast query paths.

Whoosh walks postings one document at a time through several Python calls, and reads a
document's field length from the segment file on every score. Reading a term's whole posting
list block by block, and every document's field length once per segment reader, turns the
per-document work into list operations. Whoosh-Reloaded is frozen (NOTES.md), so reading its
block attributes is safe; any other matcher type takes the public, slower path.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

from whoosh import columns, scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3PerDocReader, _lenfield
from whoosh.util.numeric import byte_to_length

Postings = dict[int, tuple[float, bytes]]  # docnum -> (weight, encoded value)

_LENGTHS: weakref.WeakKeyDictionary[Any, dict[str, list[int]]] = weakref.WeakKeyDictionary()


def read_postings(reader: Any, fieldname: str, btext: bytes) -> Postings:
    """docnum → (weight, value) for every live document of one segment holding the term."""
    matcher = reader.postings(fieldname, btext)  # wrapped to skip deleted documents if any
    if type(matcher) is W3LeafMatcher:
        return dict(_blocks(matcher))
    found: Postings = {}
    while matcher.is_active():
        found[matcher.id()] = (matcher.weight(), matcher.value())
        matcher.next()
    return found


def _blocks(matcher: W3LeafMatcher) -> Iterator[tuple[int, tuple[float, bytes]]]:
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        yield from zip(matcher._ids, zip(matcher._weights, matcher._values, strict=True), strict=True)
        matcher._next_block()


def field_lengths(reader: Any, fieldname: str) -> list[int]:
    """Every document's length in `fieldname` (as Whoosh's scorer sees it), read once per
    segment reader; a refreshed searcher keeps the readers of unchanged segments."""
    per_field = _LENGTHS.setdefault(reader, {})
    if fieldname not in per_field:
        lengths = _column_lengths(reader, fieldname)
        if lengths is None:
            lengths = [reader.doc_field_length(d, fieldname, 1) for d in range(reader.doc_count_all())]
        per_field[fieldname] = lengths
    return per_field[fieldname]


def _column_lengths(reader: Any, fieldname: str) -> list[Any] | None:
    """The lengths column read in one piece: what `doc_field_length(d, fieldname, 1)` returns
    for each document (a one-byte encoded length, None for 0), without a file read per
    document (about 25 ms a field per 2,000-document segment). None for any other layout."""
    perdoc: Any = getattr(reader, "_perdoc", None)
    if type(perdoc) is not W3PerDocReader:
        return None
    count = reader.doc_count_all()
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return [1] * count
    if type(column) is not columns.NumericColumn.Reader or column._fixedlen != 1:
        return None
    stored = column._dbfile.get(column._basepos, min(column._count, count)) if column._count else b""
    lengths: list[Any] = [byte_to_length(b) if b else None for b in stored]
    return lengths + [None] * (count - len(lengths))


class CachedLengthBM25F(scoring.BM25F):  # type: ignore[misc]  # whoosh is untyped
    """BM25F with the same scores, taking field lengths from `field_lengths` instead of one
    read of the segment file per scored document (a third of a term query's time)."""

    def __init__(self, like: scoring.BM25F) -> None:
        super().__init__(B=like.B, K1=like.K1)
        self._field_B = dict(like._field_B)

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if type(scorer) is scoring.BM25FScorer:
            scorer.dfl = field_lengths(searcher.reader(), fieldname).__getitem__
        return scorer


def fast_weighting(searcher: Any) -> Any:
    """The searcher's weighting, with cached field lengths when it is plain BM25F."""
    weighting = searcher.weighting
    return CachedLengthBM25F(weighting) if type(weighting) is scoring.BM25F else weighting
