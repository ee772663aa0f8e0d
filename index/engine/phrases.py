"""Phrase queries matched over arrays of positions, instead of Whoosh's spans.

Whoosh matches a phrase by building a Span object for every position of every word in every
document holding all the words, and does it again for each pass over the results (the count,
then the ranked page): at 10,000 documents "human rights" took about 0.5 s. `FastPhrase` reads
the words' posting lists in bulk, keeps the documents where the positions chain up (all
candidates at once, with numpy), and scores them as Whoosh does (the sum of the words' BM25F scores,
which is what its phrase matcher reports), so matches and scores are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pickle import loads
from struct import Struct
from typing import Any

import numpy as np
from whoosh import matching, query, scoring

from .bulk_postings import Postings, field_lengths, read_postings
from .state import SearcherState

_COUNT_BYTES = 4  # a posting value starts with the number of positions (whoosh.formats)
_PROTOCOL_2 = b"\x80\x02"
_count = Struct("!I").unpack_from  # whoosh.system.pack_uint


@dataclass(frozen=True)
class PhraseMatches:
    """One segment's documents holding a phrase, and each word's weight in each of them."""

    docs: list[int]
    weights: list[list[float]]  # per word, parallel to docs


class FastPhrase(query.Phrase):  # type: ignore[misc]  # whoosh is untyped
    """A `whoosh.query.Phrase` with the same matches and scores, evaluated faster. `state` is
    the open index's caches, set by the engine after parsing (None: nothing is remembered)."""

    state: SearcherState | None = None

    def _state(self) -> SearcherState:
        return self.state if self.state is not None else SearcherState()

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        btexts = self._btexts(searcher)
        if btexts is None or (context is not None and context.needs_current):
            return super().matcher(searcher, context)  # spans wanted, or an unusual field
        st = self._state()
        found = self._found(st, searcher.reader(), btexts)
        if not found.docs:
            return matching.NullMatcher()
        if context is not None and context.weighting is None:  # only counting: no scores
            return matching.ListMatcher(found.docs)
        weighting = (context.weighting if context is not None else None) or searcher.weighting
        scores = _scores(st, searcher, self.fieldname, btexts, found, weighting)
        if scores is None:
            return super().matcher(searcher, context)  # a weighting we cannot reproduce
        m = matching.ListMatcher(found.docs, weights=scores)
        return matching.WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m

    def docs(self, searcher: Any) -> Any:
        """Matching docnums without scoring them (counting a top-level phrase, e.g. actor:"…")."""
        return self.docs_in(self._state(), searcher)

    def docs_in(self, st: SearcherState, searcher: Any) -> Any:
        btexts = self._btexts(searcher)
        if btexts is None:
            return super().docs(searcher)
        return iter(self._found(st, searcher.reader(), btexts).docs)

    def _btexts(self, searcher: Any) -> list[bytes] | None:
        """The phrase's words as index terms; [] when one is absent (nothing can match), None
        when the field has no positions (then Whoosh decides, and explains)."""
        if self.fieldname not in searcher.schema or not self.words:
            return None
        field = searcher.schema[self.fieldname]
        if not field.format or not field.format.supports("positions"):
            return None
        reader = searcher.reader()
        try:
            btexts = [field.to_bytes(word) for word in self.words]
        except ValueError:
            return []
        return btexts if all((self.fieldname, b) in reader for b in btexts) else []

    def _found(self, st: SearcherState, reader: Any, btexts: list[bytes]) -> PhraseMatches:
        if not btexts:
            return PhraseMatches([], [])
        st.check_deadline()
        # The count, the ranked page and the next page each ask: remember per segment reader.
        key = (self.fieldname, tuple(btexts), self.slop)
        found: PhraseMatches = st.of(reader).phrases.get(
            key, lambda: find_phrase(reader, self.fieldname, btexts, self.slop)
        )
        return found


def find_phrase(reader: Any, fieldname: str, btexts: Sequence[bytes], slop: int = 1) -> PhraseMatches:
    """The documents where the terms occur in order, each 1..slop positions after the previous
    one: what Whoosh's SpanNear2(ordered=True, mindist=1) accepts.

    Every occurrence is a key `docnum << 32 | position`, so that following a chain of words
    through all candidate documents at once is a few array operations."""
    per_word = [read_postings(reader, fieldname, btext) for btext in btexts]
    shared = per_word[0].docs
    for postings in per_word[1:]:
        shared = np.intersect1d(shared, postings.docs, assume_unique=True)
    ends = _occurrences(per_word[0], shared)
    steps = np.arange(1, slop + 1, dtype=np.int64)
    for postings in per_word[1:]:
        if not len(ends):
            break
        following = (ends[:, None] + steps).ravel()
        ends = np.unique(following[np.isin(following, _occurrences(postings, shared))])
    docs = np.unique(ends >> 32)
    weights = [_pick(postings.weights, np.searchsorted(postings.docs, docs)) for postings in per_word]
    return PhraseMatches(docs.tolist(), weights)


def _pick(items: list[float], at: np.ndarray) -> list[float]:
    return [items[i] for i in at.tolist()]


def _occurrences(postings: Postings, docs: np.ndarray) -> np.ndarray:
    """The term's occurrences in `docs` (all of which hold it) as `docnum << 32 | position`."""
    if not len(docs):
        return np.zeros(0, dtype=np.int64)
    values = [postings.values[i] for i in np.searchsorted(postings.docs, docs).tolist()]
    counts, flat = _deltas(values)
    # positions are running sums of deltas within each document: one cumulative sum, less
    # what it had reached where each document begins
    running = np.cumsum(flat)
    starts = np.cumsum(counts) - counts
    positions = running - np.repeat(running[starts] - flat[starts], counts)
    keys: np.ndarray = np.repeat(docs, counts) << 32 | positions
    return keys


def _deltas(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """The number of positions in each value, and all their deltas in a row.

    A value is a count, then a pickle (protocol 2) of one list: of position deltas, or of
    (delta, startchar, length) for a Characters field (whoosh.formats). The pickles' bodies
    joined between one MARK and one LIST opcode make a single pickle of all the lists, loaded in
    one call instead of one per document. (A body's memo slots are its own: it puts each before
    it gets it, so the bodies' reuse of slots is harmless.)"""
    counts = np.fromiter((_count(v)[0] for v in values), dtype=np.int64, count=len(values))
    if not all(v.startswith(_PROTOCOL_2, _COUNT_BYTES) for v in values):
        lists = [_load(v[_COUNT_BYTES:]) for v in values]
    else:
        body = _COUNT_BYTES + len(_PROTOCOL_2)
        bodies = b"".join(v[body:-1] if v.endswith(b".") else v[body:] for v in values)
        lists = loads(_PROTOCOL_2 + b"(" + bodies + b"l.")
    items = chain.from_iterable(lists)
    if any(lists) and isinstance(next(filter(None, lists))[0], tuple):
        flat = np.fromiter(chain.from_iterable(items), dtype=np.int64, count=3 * int(counts.sum()))[::3]
    else:
        flat = np.fromiter(items, dtype=np.int64, count=int(counts.sum()))
    return counts, flat


def _load(data: bytes) -> Any:
    if not data.endswith(b"."):  # the writer may drop the pickle's final STOP opcode
        data += b"."
    return loads(data)


def _scores(
    st: SearcherState,
    searcher: Any,
    fieldname: str,
    btexts: list[bytes],
    found: PhraseMatches,
    weighting: Any,
) -> list[float] | None:
    """Each document's score as Whoosh's phrase matcher gives it: the words' BM25F scores
    added in the order of its binary intersection tree. None for any other weighting.
    Computed over arrays with `scoring.bm25`'s operations in its order: the same floats."""
    lengths = field_lengths(st, searcher.reader(), fieldname)
    fl = np.array([lengths[d] for d in found.docs], dtype=np.float64)
    per_word = []
    for btext, weights in zip(btexts, found.weights, strict=True):
        scorer = weighting.scorer(searcher, fieldname, btext)
        if type(scorer) is not scoring.BM25FScorer:
            return None
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        tf = np.array(weights, dtype=np.float64)
        per_word.append(idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl))))
    summed: list[float] = _tree_sum(per_word).tolist()
    return summed


def _tree_sum(columns: list[np.ndarray]) -> np.ndarray:
    """`make_binary_tree(add, columns)`, element by element."""
    if len(columns) == 1:
        return columns[0]
    half = len(columns) // 2
    total: np.ndarray = _tree_sum(columns[:half]) + _tree_sum(columns[half:])
    return total
