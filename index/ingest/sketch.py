"""A statement's similarity sketch: MinHash over word shingles (datasketch), split into the bands
that locality-sensitive hashing looks up, so that versions of one statement are found among
all stored documents by a few indexed lookups rather than by comparing texts pairwise.

The text is reduced to its lower-cased words (letters and digits; punctuation, quotation marks,
line breaks and spacing drop out, and with them most of what a scrape or a PDF's text layer
varies), and links and e-mail addresses are dropped (page footers and navigation carry them).
Shingles are runs of `SHINGLE_WORDS` words, hashed with a stable CRC (never Python's `hash`, which
differs between processes) and combined in numpy: building a sketch costs 2–6 ms for a
1,000-word release, in the import's worker processes.

`BANDS` × `ROWS` = `NUM_PERM`: two documents become candidates when all `ROWS` values of one band
agree, which happens with probability 1 - (1 - J^4)^32 for a Jaccard similarity J of their
shingle sets: 0.87 at J = 0.5, 0.99 at J = 0.6, 0.23 at J = 0.3 (ingest/versions.py confirms
each candidate, so the loose end costs a little time, never a wrong version).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from functools import cache

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS, ROWS = 32, 4
SEED = 1
# Below this many words a text is not sketched: a handful of shingles estimates nothing, and
# short texts (a cover e-mail, "Attachments: …") are alike without being one statement.
MIN_WORDS = 25
MAX_WORDS = 50_000  # a very long text is sketched from its first words (bounded time and memory)

_DROPPED = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_MULTIPLIER = np.uint32(1_000_003)


@dataclass(frozen=True)
class Sketch:
    """A text's MinHash values (`NUM_PERM` unsigned 32-bit integers, as bytes) and the keys of
    its LSH bands (signed 64-bit, to be stored as SQLite integers)."""

    values: bytes
    bands: tuple[int, ...]


def statement_words(text: str) -> list[str]:
    """The words a sketch and a comparison of versions read: lower-cased, links and addresses
    dropped, punctuation and line breaks gone."""
    return _WORD.findall(_DROPPED.sub(" ", text).lower())


def sketch(text: str) -> Sketch | None:
    """The text's sketch, or None for a text too short to compare (MIN_WORDS)."""
    words = statement_words(text)[:MAX_WORDS]
    if len(words) < MIN_WORDS:
        return None
    minhash = _minhash_class()(
        num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme="affine32", hashfunc=int
    )
    minhash.update_batch(_shingles(words).tolist())
    values = np.asarray(minhash.hashvalues, dtype=np.uint32)
    return Sketch(values.tobytes(), band_keys(values))


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """One key per band: the band's number and values, hashed to a signed 64-bit integer."""
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return tuple(keys)


def estimated_similarity(a: bytes, b: bytes) -> float:
    """The Jaccard similarity of two texts' shingle sets, estimated from their sketches: the
    share of MinHash values they agree on (what datasketch's `MinHash.jaccard` computes)."""
    left, right = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    if len(left) != len(right) or not len(left):
        return 0.0
    return float(np.count_nonzero(left == right)) / len(left)


def _shingles(words: list[str]) -> np.ndarray:
    """The distinct hashes of every run of SHINGLE_WORDS words (a polynomial of the words'
    CRCs, modulo 2^32: datasketch's affine32 scheme mixes its input before permuting it)."""
    codes = {word: zlib.crc32(word.encode("utf-8")) for word in set(words)}
    hashed = np.fromiter(map(codes.__getitem__, words), dtype=np.uint32, count=len(words))
    count = len(hashed) - SHINGLE_WORDS + 1
    shingles = hashed[:count].copy()
    for offset in range(1, SHINGLE_WORDS):
        shingles = shingles * _MULTIPLIER + hashed[offset : offset + count]
    return np.unique(shingles)


def preload_sketches() -> None:
    """Import datasketch and draw the permutations (in the import pool's fork server, so that
    each worker starts with them)."""
    _permutations()


@cache
def _minhash_class() -> type:
    """datasketch, imported on first use: it imports SciPy (about a second), which only the
    import's workers and an archive's upgrade need, never a search."""
    from datasketch import MinHash

    minhash: type = MinHash
    return minhash


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The permutations for SEED, generated once per process (datasketch draws them per MinHash)."""
    first = _minhash_class()(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    permutations: tuple[np.ndarray, np.ndarray] = first.permutations
    return permutations
