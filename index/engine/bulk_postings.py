"""Bulk reads of one segment's postings and field lengths, for the fast query paths.

Whoosh walks postings one document at a time through several Python calls, and reads a
document's field length from the segment file on every score. Reading a term's whole posting
list block by block, and every document's field length once per segment reader, turns the
per-document work into list operations. Whoosh-Reloaded is frozen (NOTES.md), so reading its
block attributes is safe; any other matcher type takes the public, slower path.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import columns, scoring
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, W3PerDocReader, W3TermsReader, _lenfield
from whoosh.util.numeric import byte_to_length

from . import posting_lists
from .packed_positions import columns_of
from .state import SearcherState
from .term_index import closest_key_pos

BlockIndex = tuple[list[int], list[int]]  # each block's last docnum, and its offset in the file
# A term's docnums and weights in one segment: compact arrays, at most 12 bytes a posting.
PostingArrays = tuple["array[int]", "array[float]"]
_ENTRY_LENGTHS = struct.Struct("!ii").unpack_from  # whoosh.filedb.filetables._lengths


@dataclass(frozen=True)
class Postings:
    """One term's postings in one segment: ascending docnums, and each one's weight and encoded
    value (for positions: a count, then the deltas, packed in `columns` columns
    (packed_positions.py) or, when 0, pickled as whoosh.formats does)."""

    docs: np.ndarray
    weights: list[float]
    values: list[bytes]
    columns: int = 0

    def nbytes(self) -> int:
        """About what the postings take in memory: each weight a float object, each value a
        bytes object (33 bytes with CPython's header), and a list slot for each."""
        values = 41 * len(self.values) + sum(map(len, self.values))
        return int(self.docs.nbytes) + 32 * len(self.weights) + values


def read_postings(reader: Any, fieldname: str, btext: bytes, st: SearcherState | None = None) -> Postings:
    """Every live document of one segment holding the term (`st`: where the term's look-up and
    its decoded list are remembered: decoding a common word's blocks is a fifth of a phrase)."""
    st = st or SearcherState()
    where = posting_lists.extent(st, reader, fieldname, btext)
    if where is None:
        return _matched_postings(reader, fieldname, btext)
    key = (st.of(reader), fieldname, btext)
    found: Postings | None = st.decoded.get(key)
    if found is None:
        found = _decoded_postings(st, reader, fieldname, btext, where)
        st.decoded.put(key, found, found.nbytes())
    return found


def _decoded_postings(
    st: SearcherState, reader: Any, fieldname: str, btext: bytes, where: posting_lists.Extent
) -> Postings:
    """The term's list read in one piece and its blocks decoded (posting_lists.py)."""
    fixedsize = reader.schema[fieldname].format.fixed_value_size()
    parts, weights, values = [], [], []
    maxids, offsets = [], []
    for offset, header, data in posting_lists.blocks(where):
        ids, block_weights, block_values = posting_lists.decoded(header, data, fixedsize)
        parts.append(ids)
        weights.extend(block_weights)
        values.extend(block_values)
        maxids.append(header[1])
        offsets.append(offset)
    # the blocks' index, for the page's highlights (values_of) once the list is pushed out
    st.of(reader).blocks.get((fieldname, btext), lambda: (maxids, offsets))
    docs = np.concatenate(parts) if parts else np.zeros(0, np.int64)
    docs.flags.writeable = False  # shared by every phrase holding the word
    return Postings(docs, weights, values, columns_of(reader.schema[fieldname]))


def _matched_postings(reader: Any, fieldname: str, btext: bytes) -> Postings:
    """The term's postings through Whoosh's matcher, which skips deleted documents."""
    columns = columns_of(reader.schema[fieldname])
    matcher = reader.postings(fieldname, btext)  # wrapped to skip deleted documents if any
    docs, weights, values = array("i"), [], []
    if type(matcher) is W3LeafMatcher:
        for block in walk_blocks(matcher):
            block._read_ids()
            block._read_weights()
            block._read_values()
            docs.extend(iter(block._ids))  # arrays of other types, tuples, lists
            weights.extend(block._weights)
            values.extend(block._values)
    else:
        while matcher.is_active():
            docs.append(matcher.id())
            weights.append(matcher.weight())
            values.append(matcher.value())
            matcher.next()
    return Postings(np.frombuffer(docs, dtype=np.int32).astype(np.int64), weights, values, columns)


def walk_blocks(matcher: W3LeafMatcher) -> Iterator[W3LeafMatcher]:
    """The matcher at each block of its posting list in turn (its `_read_ids`, `_read_weights`
    and `_read_values` then decode that block), all blocks taken from one read of the list:
    Whoosh reads each block's header in several small reads of the segment file, a fifth of a
    term query's time at 30,000 documents. The matcher is spent afterwards."""
    length = matcher._length[0] if isinstance(matcher._length, tuple) else matcher._length
    for _, info, data in posting_lists.blocks((matcher._postfile, matcher._startoffset, length)):
        matcher._blocklength, matcher._maxid, matcher._maxweight, matcher._compression = info[:4]
        matcher._data = pickle.loads(zlib.decompress(data) if matcher._compression else data)
        matcher._ids = matcher._weights = matcher._values = None
        matcher._i = 0
        yield matcher


def values_of(
    st: SearcherState, reader: Any, fieldname: str, btext: bytes, docnums: Iterable[int]
) -> dict[int, bytes]:
    """The term's posting values in those of `docnums` (of this segment) that hold it, reading
    only the blocks they are in: a snippet needs a few documents' character offsets, and
    skipping through a long posting list to reach them reads every block header on the way."""
    found: dict[int, bytes] = {}
    where = posting_lists.extent(st, reader, fieldname, btext)
    if where is None:  # deletions: Whoosh's walk, which skips them
        matcher = reader.postings(fieldname, btext)
        for docnum in sorted(docnums):
            if matcher.is_active() and matcher.id() < docnum:
                matcher.skip_to(docnum)
            if not matcher.is_active():
                break
            if matcher.id() == docnum:
                found[docnum] = matcher.value()
        return found
    held_list: Postings | None = st.decoded.get((st.of(reader), fieldname, btext))
    if held_list is not None:  # decoded for the phrase's count: no block read again
        return _values_in(held_list, docnums)
    maxids, offsets = _block_index(st, reader, fieldname, btext, where)
    fixedsize = reader.schema[fieldname].format.fixed_value_size()
    current = -1
    for docnum in sorted(docnums):
        block = bisect_left(maxids, docnum)
        if block == len(maxids):
            break
        if block != current:
            ids, _, values = posting_lists.decoded(
                *posting_lists.block_at(where[0], offsets[block]), fixedsize
            )
            held, current = ids.tolist(), block
        at = bisect_left(held, docnum)
        if at < len(held) and held[at] == docnum:
            found[docnum] = values[at]
    return found


def _values_in(postings: Postings, docnums: Iterable[int]) -> dict[int, bytes]:
    """The values of those of `docnums` that the decoded postings hold."""
    wanted = np.array(sorted(docnums), dtype=np.int64)
    at = np.minimum(np.searchsorted(postings.docs, wanted), max(len(postings.docs) - 1, 0))
    held = postings.docs[at] == wanted if len(postings.docs) else np.zeros(len(wanted), bool)
    return {d: postings.values[i] for d, i in zip(wanted[held].tolist(), at[held].tolist(), strict=True)}


def _block_index(
    st: SearcherState, reader: Any, fieldname: str, btext: bytes, where: posting_lists.Extent
) -> BlockIndex:
    """Each block's last docnum and file offset, read once per segment reader and term."""

    def read() -> BlockIndex:
        headers = [(header[1], offset) for offset, header, _ in posting_lists.blocks(where)]
        return [maxid for maxid, _ in headers], [offset for _, offset in headers]

    found: BlockIndex = st.of(reader).blocks.get((fieldname, btext), read)
    return found


def terms_with_prefix(reader: Any, fieldname: str, prefix: bytes) -> list[bytes]:
    """The field's terms starting with `prefix` in one segment, in order: what
    `reader.expand_prefix` yields, from one read of the term file's range instead of several
    small reads per term (a letter of the body lexicon is some 10,000 terms a segment)."""
    entries = term_entries(reader, fieldname, prefix)
    if entries is None:
        return list(reader.expand_prefix(fieldname, prefix)) if fieldname in reader.schema else []
    return list(entries)


def term_entries(reader: Any, fieldname: str, prefix: bytes) -> dict[bytes, bytes] | None:
    """The field's terms starting with `prefix` in one segment, in order, each with its
    TermInfo as the term file stores it (what a look-up of the term reads again, a few small
    reads each); None when the segment's term file is not Whoosh 3's."""
    terms: Any = getattr(reader, "_terms", None)
    if type(terms) is not W3TermsReader or fieldname not in terms._fieldmap:
        return None
    table = terms._tindex
    low = terms._keycoder(fieldname, prefix)
    start = closest_key_pos(table, low)
    if start is None:
        return {}
    high = _after_every_key_starting(low)
    end = closest_key_pos(table, high) if high is not None else None
    data = table.dbfile.get(start, (table.endofdata if end is None else end) - start)
    found, pos, field_bytes = {}, 0, len(low) - len(prefix)
    while pos < len(data):  # entries: key length, value length, key, value (filetables)
        keylen, datalen = _ENTRY_LENGTHS(data, pos)
        value_at = pos + 8 + keylen
        found[data[pos + 8 + field_bytes : value_at]] = data[value_at : value_at + datalen]
        pos = value_at + datalen
    return found


def _after_every_key_starting(prefix: bytes) -> bytes | None:
    """The least key greater than every key starting with `prefix`; None if there is none."""
    stem = prefix.rstrip(b"\xff")
    return stem[:-1] + bytes([stem[-1] + 1]) if stem else None


def field_lengths(st: SearcherState, reader: Any, fieldname: str) -> list[int]:
    """Every document's length in `fieldname` (as Whoosh's scorer sees it), read once per
    segment reader; a refreshed searcher keeps the readers of unchanged segments."""
    per_field = st.of(reader).lengths
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


def stored_ids(reader: Any) -> list[bytes]:
    """Every document's stored `id` in one segment (b"" for none), in docnum order: what iterating
    `column_reader("id", translate=False)` yields, from one read of the column's data instead of
    a read per document (46 → 13 ms at 30,000 documents, on the first search after opening)."""
    column = reader.column_reader("id", translate=False)
    if type(column) is not columns.VarBytesColumn.Reader:
        return list(column)
    lengths, offsets = column._lengths, column._offsets
    data = column._dbfile.get(column._basepos, offsets[-1] + lengths[-1]) if len(lengths) else b""
    return [data[at : at + n] for at, n in zip(offsets, lengths, strict=True)]


class CachedLengthBM25F(scoring.BM25F):  # type: ignore[misc]  # whoosh is untyped
    """BM25F with the same scores, taking field lengths from `field_lengths` instead of one
    read of the segment file per scored document (a third of a term query's time)."""

    def __init__(self, like: scoring.BM25F, st: SearcherState) -> None:
        super().__init__(B=like.B, K1=like.K1)
        self._field_B = dict(like._field_B)
        self._state = st

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if type(scorer) is scoring.BM25FScorer:
            scorer.dfl = field_lengths(self._state, searcher.reader(), fieldname).__getitem__
        return scorer


def fast_weighting(st: SearcherState, searcher: Any) -> Any:
    """The searcher's weighting, with cached field lengths when it is plain BM25F."""
    weighting = searcher.weighting
    return CachedLengthBM25F(weighting, st) if type(weighting) is scoring.BM25F else weighting


# -- remembered per segment reader ------------------------------------------------------------


def doc_frequency(st: SearcherState, reader: Any, fieldname: str, btext: bytes) -> int:
    """`reader.doc_frequency`, remembered per segment reader (0: the term is not there; a
    term stays in the segment's term index while any of its documents does, deleted or not).
    Each look-up is several small reads of the term index file."""
    info = posting_lists.term_info(st, reader, fieldname, btext)
    return int(info.doc_frequency()) if info is not None else 0


def postings_of(st: SearcherState, reader: Any, fieldname: str, btext: bytes) -> PostingArrays:
    found: PostingArrays = st.of(reader).postings.get(
        (fieldname, btext), lambda: _read_arrays(st, reader, fieldname, btext)
    )
    return found


def _read_arrays(st: SearcherState, reader: Any, fieldname: str, btext: bytes) -> PostingArrays:
    """A term's docnums and weights, block by block (no posting values: no positions decoded)."""
    where = posting_lists.extent(st, reader, fieldname, btext)
    if where is not None:
        docs, weights = array("i"), array("d")
        for _, header, data in posting_lists.blocks(where):
            ids, block_weights, _ = posting_lists.decoded(header, data, None)
            docs.extend(ids.tolist())
            weights.extend(iter(block_weights))  # 32-bit floats, or a tuple of floats
        return docs, weights
    matcher = reader.postings(fieldname, btext)
    docs = array("i")
    weights = array("d")  # a weight as Whoosh reads it, a Python float: kept exactly
    if type(matcher) is W3LeafMatcher:
        for block in walk_blocks(matcher):
            block._read_ids()
            block._read_weights()
            docs.extend(iter(block._ids))  # arrays of other types, tuples, lists
            weights.extend(iter(block._weights))
        return docs, weights
    for d, w in _walk(matcher):
        docs.append(d)
        weights.append(w)
    return docs, weights


def _walk(matcher: Any) -> Iterable[tuple[int, float]]:
    while matcher.is_active():
        yield matcher.id(), matcher.weight()
        matcher.next()
