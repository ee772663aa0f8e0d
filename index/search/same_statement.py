"""Which documents are versions of one statement (the same text re-issued, edited a little,
saved in another format or forwarded in an e-mail): "more like this" leaves them out, since
they are the same document rather than similar ones.

The import links the versions it finds (store/versions.py), and "more like this" leaves those
out first (similar.py); the text comparison here catches what the import did not link (a
statement quoted whole in an e-mail, a version past the import's comparisons). Two texts are
versions when most of their runs of four words are the same (resemblance of word 4-shingles,
Broder 1997), or when nearly all of the shorter one's runs are in the longer one (a statement
quoted whole with a few lines around it). Documents on the same subject share words but seldom
runs of four; a version re-formatted as a web page or PDF keeps them, whatever furniture is
added. Over 150 documents of a 5,000-document archive, the same joint release of two ministers
scored 0.85 and an updated release 0.78; templated releases of one office (a vessel intercepted,
a grant to a town) scored 0.3–0.67, but one pair differing only in the town's name and the sum
0.89: text alone cannot tell those apart, which the import's alignment does (ingest/version_match.py)."""

from __future__ import annotations

from collections.abc import Sequence

from ..engine import indexed_words
from ..store import catalog

SHINGLE = 4  # words in a run
RESEMBLANCE = 0.75  # shared runs / all runs of the two: versions at or above
CONTAINED = 0.9  # runs of the shorter text found in the longer: a statement quoted whole


def versions_among(conn: catalog.Connection, text: str, candidates: Sequence[int]) -> set[int]:
    """Those of `candidates` (document ids) that are versions of the statement `text` is."""
    if not candidates:
        return set()
    mine = shingles_of(text)
    texts = catalog.texts(conn, list(candidates))
    return {doc_id for doc_id, other in texts.items() if same_statement(mine, shingles_of(other))}


def shingles_of(text: str) -> frozenset[int]:
    """The text's runs of SHINGLE words (as the index holds them), hashed."""
    words = indexed_words(text)
    if len(words) < SHINGLE:
        return frozenset([hash(tuple(words))]) if words else frozenset()
    return frozenset(hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def same_statement(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two texts, as their shingles, are versions of one statement."""
    if not a or not b:
        return False
    shared = len(a & b)
    return shared >= RESEMBLANCE * len(a | b) or shared >= CONTAINED * min(len(a), len(b))
