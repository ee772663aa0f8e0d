"""Where a phrase occurs in the documents of a results page, for highlighting: from the first
character of its first word to the last of its last, read from the stored offsets.

Only the page's documents are read (`values_of`), and each word's occurrences in a document are
followed as arrays: a phrase's small words ("of", "the") occur hundreds of times in a long
statement, and following them one position at a time through dicts took a quarter of a
phrase query's time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from .bulk_postings import values_of
from .packed_positions import PackedCharacters, characters
from .state import SearcherState

Occurrences = np.ndarray  # three rows: positions (ascending), first characters, ends


def phrase_spans(
    st: SearcherState, reader: Any, groups: Sequence[Sequence[bytes]], slop: int, docnums: list[int]
) -> dict[int, list[tuple[int, int]]]:
    """Where the phrase occurs in each of `docnums` (of this body segment): each word of
    `groups` (any of its terms) 1..slop positions after the one before, as Whoosh's phrase
    matches it; the first character of the chain and the end of its last word."""
    fmt = reader.schema["body"].format
    per_word: list[dict[int, Occurrences]] = []
    for group in groups:
        parts: dict[int, list[Occurrences]] = {}
        for btext in group:
            for docnum, value in values_of(st, reader, "body", btext, docnums).items():
                parts.setdefault(docnum, []).append(_occurrences(fmt, value))
        per_word.append({docnum: _merged(found) for docnum, found in parts.items()})
    spans: dict[int, list[tuple[int, int]]] = {}
    for docnum in docnums:
        if all(docnum in at for at in per_word):
            found = _chains([at[docnum] for at in per_word], slop)
            if found:
                spans[docnum] = found
    return spans


def _occurrences(fmt: Any, value: bytes) -> Occurrences:
    if type(fmt) is PackedCharacters:
        return characters(value)
    decoded = fmt.decode_characters(value)  # an index of schema 7: Whoosh's pickles
    return np.array(decoded, dtype=np.int64).reshape(-1, 3).T


def _merged(found: list[Occurrences]) -> Occurrences:
    """Occurrences of a word's several terms in one document, by position."""
    if len(found) == 1:
        return found[0]
    joined = np.concatenate(found, axis=1)
    merged: Occurrences = joined[:, np.argsort(joined[0], kind="stable")]
    return merged


def _chains(words: list[Occurrences], slop: int) -> list[tuple[int, int]]:
    """From each occurrence of the first word, the nearest occurrence of each next word 1..slop
    positions on; the (first character, last end) of every chain that reaches the last word."""
    first = words[0]
    alive = np.ones(first.shape[1], dtype=bool)
    at, ends = first[0], first[2]
    for word in words[1:]:
        positions = word[0]
        nearest = np.minimum(np.searchsorted(positions, at, side="right"), len(positions) - 1)
        alive &= (positions[nearest] > at) & (positions[nearest] <= at + slop)
        at, ends = positions[nearest], word[2][nearest]
    return list(zip(first[1][alive].tolist(), ends[alive].tolist(), strict=True))
