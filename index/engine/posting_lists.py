"""A term's posting list read straight from a segment's postings file, block by block.

Whoosh reaches a posting list through `reader.postings()`: a look-up of the term in the term
index, then a matcher that reads the list's tag and its first block's header a few bytes at a
time, and decodes each block's docnums through a generator. A phrase asks that of every form of
every word in every segment, for the count, and again for the page's highlights. Here a term is
looked up once per segment reader (its TermInfo gives the document frequency and where its list
lies), a list is read in one piece and its blocks decoded as Whoosh decodes them
(W3LeafMatcher._read_ids, _read_weights, _read_values). In a segment with deleted documents
(which Whoosh's matcher skips) or for a term whose one posting Whoosh keeps in the term index,
`extent` says None and the caller takes Whoosh's matcher.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterator
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import W3TermInfo, W3TermsReader
from whoosh.reading import TermNotFound

from .state import SearcherState

Extent = tuple[Any, int, int]  # the postings file, the list's offset and length
Header = tuple[Any, ...]  # a block's count, last docnum, max weight, compression, lengths
_BLOCK_SIZE = struct.Struct("!i").unpack_from  # whoosh.system.pack_int
_TAG = 4  # a posting list starts with a 4-byte tag (WHOOSH3_HEADER_MAGIC)


def term_info(st: SearcherState, reader: Any, fieldname: str, btext: bytes) -> Any | None:
    """The term's TermInfo in one segment (None: not there), remembered per segment reader."""

    def look_up() -> Any | None:
        try:
            return reader.term_info(fieldname, btext)
        except TermNotFound:
            return None

    return st.of(reader).terminfos.get((fieldname, btext), look_up)


def remember_term_info(
    st: SearcherState, reader: Any, fieldname: str, btext: bytes, stored: bytes | None
) -> None:
    """Keep the term's TermInfo as the term file stores it (None: the segment lacks the term),
    read with its neighbours in a range of the file (bulk_postings.term_entries)."""
    st.of(reader).terminfos.get((fieldname, btext), lambda: W3TermInfo.from_bytes(stored) if stored else None)


def extent(st: SearcherState, reader: Any, fieldname: str, btext: bytes) -> Extent | None:
    """Where the term's posting list lies, when it can be read here (see module doc)."""
    terms: Any = getattr(reader, "_terms", None)
    if type(terms) is not W3TermsReader or reader.has_deletions():
        return None
    info = term_info(st, reader, fieldname, btext)
    if info is None or info.is_inlined():
        return None
    offset, length = info.extent()
    if isinstance(length, tuple):  # as W3LeafMatcher finds it in some TermInfos
        length = length[0]
    return terms._postfile, offset, length


def blocks(where: Extent) -> Iterator[tuple[int, Header, bytes]]:
    """Each block of the list as (its offset in the file, its header, its data), from one read."""
    postfile, offset, length = where
    start = offset + _TAG
    listed = postfile.get(start, offset + length - start)
    at = 0
    while at < len(listed):  # a block: its signed length (negative: the last), header, data
        (size,) = _BLOCK_SIZE(listed, at)
        end = at + 4 + abs(size)
        block = io.BytesIO(listed[at + 4 : end])
        header = pickle.load(block)
        yield start + at, header, block.read()
        if size < 0:
            return
        at = end


def block_at(postfile: Any, offset: int) -> tuple[Header, bytes]:
    """The header and data of the block at `offset` (one of `blocks`' offsets)."""
    (size,) = _BLOCK_SIZE(postfile.get(offset, 4))
    block = io.BytesIO(postfile.get(offset + 4, abs(size)))
    header = pickle.load(block)
    return header, block.read()


def decoded(header: Header, data: bytes, fixedsize: int | None) -> tuple[np.ndarray, Any, Any]:
    """A block's docnums, weights and values, as Whoosh's matcher reads them: docnums stored as
    deltas, weights as None (all 1.0) or one float for all (read back as 32-bit floats), values
    of a fixed size (the format's `fixed_value_size()`) joined in one string."""
    count, compression = header[0], header[3]
    ids, weights, values = pickle.loads(zlib.decompress(data) if compression else data)
    docs: np.ndarray = np.cumsum(np.array(ids, dtype=np.int64))
    if weights is None:
        weights = array("f", [1.0]) * count
    elif isinstance(weights, float):
        weights = array("f", [weights]) * count
    if fixedsize == 0:
        values = (None,) * count
    elif fixedsize is not None and fixedsize > 0:
        values = tuple(values[i : i + fixedsize] for i in range(0, len(values), fixedsize))
    return docs, weights, values
