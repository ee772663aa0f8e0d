"""Finding a key in a segment's term file with a few reads instead of fifty.

Whoosh's `OrderedHashReader.closest_key_pos` binary-searches the term file's index array (each
key's place in the file), reading an index entry, then a key's length, then the key at every
step: three reads of the file per step, some fifty per search, and a search per segment, field
and word when a query's words are looked up with their forms (lexicon.py). Here the index array
is read once per open term file, in one read, and each step reads its key in one; the keys a
search has read are kept with the file (up to `_KEPT_KEYS`), since every search starts down the
same middle keys.
"""

from __future__ import annotations

import struct
import weakref
from bisect import bisect_left
from typing import Any

import numpy as np

# Whoosh's index array types (filetables.OrderedHashReader._read_extras), big-endian as StructFile
_INDEX_DTYPES = {"B": "u1", "H": ">u2", "i": ">i4", "I": ">u4", "q": ">i8"}
_ENTRY_LENGTHS = struct.Struct("!ii").unpack_from  # an entry: key length, value length, key, value
_ENTRY_HEAD = 8
_KEY_GUESS = 56  # bytes read past an entry's lengths in one go: most keys are shorter

_KEPT_KEYS = 4096  # about 100 KB a term file

_positions: weakref.WeakKeyDictionary[Any, np.ndarray] = weakref.WeakKeyDictionary()
_kept: weakref.WeakKeyDictionary[Any, dict[int, bytes]] = weakref.WeakKeyDictionary()


def closest_key_pos(table: Any, key: bytes) -> int | None:
    """`table.closest_key_pos(key)`: the file position of `key` or of the least key above it;
    None when every key is below it."""
    keys = _Keys(table.dbfile, _index_of(table), _kept.setdefault(table, {}))
    at = bisect_left(keys, key)
    return None if at == len(keys) else int(keys.positions[at])


def _index_of(table: Any) -> np.ndarray:
    """Every key's position in the term file, in key order (the table's index array)."""
    found = _positions.get(table)
    if found is None:
        dtype = np.dtype(_INDEX_DTYPES[table.extras["indextype"]])
        data = table.dbfile.get(table.indexbase, table.indexlen * dtype.itemsize)
        found = _positions[table] = np.frombuffer(data, dtype=dtype).astype(np.int64)
    return found


class _Keys:
    """The term file's keys in order, each read when the binary search asks for it."""

    def __init__(self, dbfile: Any, positions: np.ndarray, kept: dict[int, bytes]) -> None:
        self._dbfile = dbfile
        self.positions = positions
        self._kept = kept

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, i: int) -> bytes:
        key = self._kept.get(i)
        if key is None:
            key = self._read(i)
            if len(self._kept) < _KEPT_KEYS:
                self._kept[i] = key
        return key

    def _read(self, i: int) -> bytes:
        pos = int(self.positions[i])
        entry: bytes = self._dbfile.get(pos, _ENTRY_HEAD + _KEY_GUESS)
        (length, _) = _ENTRY_LENGTHS(entry, 0)
        if _ENTRY_HEAD + length > len(entry):
            entry = self._dbfile.get(pos, _ENTRY_HEAD + length)
        return entry[_ENTRY_HEAD : _ENTRY_HEAD + length]
