"""Positions stored as packed integers, so that a phrase decodes all its candidate documents'
positions with one numpy call.

Whoosh's `Positions` and `Characters` formats store a posting's positions as a pickled list of
deltas: matching a phrase then costs one `pickle.loads` per candidate document and word, and a
small word of a phrase ("of", "on") is in nearly every document (at 30,000 documents that was a
fifth of a phrase query's time). The formats here hold the same numbers as flat little-endian
uint32 columns after Whoosh's 4-byte count (so the frequency and weight read as before):

    count | position deltas                                   (PackedPositions)
    count | position deltas | start − previous end | lengths  (PackedCharacters)

Deltas, as Whoosh stores them, keep the numbers small, which the posting blocks' zlib squeezes.
Every reader of a value goes through the field's format (Whoosh's spans, highlighting, merging),
except `bulk_deltas`, which the phrase matcher calls only for a field of these formats.
"""

from __future__ import annotations

import struct
from itertools import accumulate
from typing import Any

import numpy as np
from whoosh import fields, formats
from whoosh.system import pack_uint, unpack_uint

_COUNT_BYTES = 4  # whoosh.system.pack_uint, big-endian
_WORD = 4  # bytes of one packed number
_U32 = np.dtype("<u4")


def _pack(numbers: list[int]) -> bytes:
    return struct.pack(f"<{len(numbers)}I", *numbers)  # a negative delta raises: never silent


def _numbers(value: bytes) -> tuple[int, ...]:
    return struct.unpack_from(f"<{(len(value) - _COUNT_BYTES) // _WORD}I", value, _COUNT_BYTES)


class PackedPositions(formats.Positions):  # type: ignore[misc]  # whoosh is untyped
    """Whoosh's Positions (see module doc); the same postings, packed."""

    COLUMNS = 1

    def encode(self, poslist: list[int]) -> bytes:
        deltas = [pos - before for before, pos in zip([0, *poslist], poslist, strict=False)]
        count: bytes = pack_uint(len(deltas))
        return count + _pack(deltas)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        count = unpack_uint(valuestring[:_COUNT_BYTES])[0]
        return list(accumulate(_numbers(valuestring)[:count]))


class PackedCharacters(formats.Characters):  # type: ignore[misc]  # whoosh is untyped
    """Whoosh's Characters (see module doc); the same postings, packed in three columns."""

    COLUMNS = 3

    def encode(self, poslist: list[tuple[int, int, int]]) -> bytes:
        moves, gaps, lengths = [], [], []
        posbase = charbase = 0
        for pos, startchar, endchar in poslist:
            moves.append(pos - posbase)
            gaps.append(startchar - charbase)
            lengths.append(endchar - startchar)
            posbase, charbase = pos, endchar
        count: bytes = pack_uint(len(moves))
        return count + _pack(moves + gaps + lengths)

    def decode_characters(self, valuestring: bytes) -> list[tuple[int, int, int]]:
        numbers = _numbers(valuestring)
        count = len(numbers) // 3
        found = []
        endchar = 0
        positions = accumulate(numbers[:count])
        for pos, gap, length in zip(positions, numbers[count : 2 * count], numbers[2 * count :], strict=True):
            startchar = endchar + gap
            endchar = startchar + length
            found.append((pos, startchar, endchar))
        return found

    def decode_positions(self, valuestring: bytes) -> list[int]:
        numbers = _numbers(valuestring)
        return list(accumulate(numbers[: len(numbers) // 3]))


def packed(field: Any) -> Any:
    """`field` (a TEXT field with positions) storing them packed; its boost kept."""
    if not isinstance(field.format, formats.Positions):
        raise ValueError(f"{field!r} has no positions to pack")
    kind = PackedCharacters if isinstance(field.format, formats.Characters) else PackedPositions
    field.format = kind(field_boost=field.format.field_boost)
    return field


def columns_of(field: fields.FieldType) -> int:
    """How many packed columns the field's values hold; 0 when they are Whoosh's pickles."""
    fmt = field.format
    return fmt.COLUMNS if type(fmt) in (PackedPositions, PackedCharacters) else 0


def bulk_deltas(values: list[bytes], columns: int) -> tuple[np.ndarray, np.ndarray]:
    """The number of positions in each packed value, and all their position deltas in a row:
    every value joined and read as one array, the deltas picked out by index."""
    words = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // _WORD
    counts = (words - 1) // columns
    numbers = np.frombuffer(b"".join(values), dtype=_U32)
    first = np.cumsum(words) - words + 1  # each value's first delta, past its count
    before = np.cumsum(counts) - counts  # deltas of the values before it
    at = np.repeat(first - before, counts) + np.arange(int(counts.sum()), dtype=np.int64)
    deltas: np.ndarray = numbers[at].astype(np.int64)
    return counts, deltas


def characters(value: bytes) -> np.ndarray:
    """One PackedCharacters value's positions, first characters and ends, as three rows."""
    numbers = np.frombuffer(value, dtype=_U32, offset=_COUNT_BYTES).astype(np.int64).reshape(3, -1)
    ends = np.cumsum(numbers[1] + numbers[2])  # each start is the previous end plus its gap
    found: np.ndarray = np.stack([np.cumsum(numbers[0]), ends - numbers[2], ends])
    return found
