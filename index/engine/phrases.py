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

from .bulk_postings import CachedLengthBM25F, Postings, doc_frequency, field_lengths, read_postings
from .forms_query import ExactTerm, forms_docs, idf_of
from .packed_positions import bulk_deltas
from .schema import TEXT_FIELDS
from .state import SearcherState

_COUNT_BYTES = 4  # a posting value starts with the number of positions (whoosh.formats)
_PROTOCOL_2 = b"\x80\x02"
_count = Struct("!I").unpack_from  # whoosh.system.pack_uint


@dataclass(frozen=True)
class PhraseMatches:
    """One segment's documents holding a phrase, and each word's weight in each of them."""

    docs: list[int]
    weights: list[list[float]]  # per word, parallel to docs
    holding: list[int]  # per word, how many of the segment's documents hold any of its terms


class FastPhrase(query.Phrase):  # type: ignore[misc]  # whoosh is untyped
    """A `whoosh.query.Phrase` with the same matches and scores, evaluated faster. The engine
    sets, after parsing, `state` (the open index's caches; None: nothing is remembered) and
    `forms` (each word's forms the index holds, any of which may stand at its place; None: the
    words exactly as given, as Whoosh's own phrase matches them)."""

    state: SearcherState | None = None
    forms: list[tuple[str, ...]] | None = None
    _idfs: tuple[Any, list[float | None]] | None = None  # (top searcher, forms_idfs)

    def _state(self) -> SearcherState:
        return self.state if self.state is not None else SearcherState()

    def normalize(self) -> Any:
        """A quoted single word of a text field asks for that word alone, not its forms."""
        if len(self.words) == 1 and self.fieldname in TEXT_FIELDS:
            term = ExactTerm(self.fieldname, self.words[0], boost=self.boost)
            if self.char_ranges:
                term.startchar, term.endchar = self.char_ranges[0]
            return term
        return super().normalize()

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        groups = self.groups(searcher)
        if groups is None or (context is not None and context.needs_current):
            return super().matcher(searcher, context)  # spans wanted, or an unusual field
        st = self._state()
        found = self._found(st, searcher.reader(), groups)
        if not found.docs:
            return matching.NullMatcher()
        if context is not None and context.weighting is None:  # only counting: no scores
            return matching.ListMatcher(found.docs)
        weighting = (context.weighting if context is not None else None) or searcher.weighting
        scores = _scores(
            st, searcher, self.fieldname, groups, self.forms_idfs(st, searcher), found, weighting
        )
        if scores is None:
            return super().matcher(searcher, context)  # a weighting we cannot reproduce
        m = matching.ListMatcher(found.docs, weights=scores)
        return matching.WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m

    def docs(self, searcher: Any) -> Any:
        """Matching docnums without scoring them (counting a top-level phrase, e.g. actor:"…")."""
        return self.docs_in(self._state(), searcher)

    def docs_in(self, st: SearcherState, searcher: Any) -> Any:
        groups = self.groups(searcher)
        if groups is None:
            return super().docs(searcher)
        return iter(self._found(st, searcher.reader(), groups).docs)

    def forms_idfs(self, st: SearcherState, searcher: Any) -> list[float | None]:
        """Each word's idf as one term standing for all its forms (None: a word of one form,
        scored by its term's own idf). The same in every segment, so worked out once per query
        and index (a query scoring 15 segments used to count the forms' documents in all 15
        for each of them)."""
        parent = searcher.get_parent()
        if self._idfs is None or self._idfs[0] is not parent:
            self._idfs = (parent, self._forms_idfs(st, parent))
        return self._idfs[1]

    def _forms_idfs(self, st: SearcherState, top: Any) -> list[float | None]:
        """`forms_query.forms_idf` of each word of several forms, its documents counted from
        each segment's matches: matching reads every form's postings anyway, and is remembered
        for the scoring that follows, where counting them apart read them all again."""
        wanted = self.forms if self.forms is not None else [(word,) for word in self.words]
        several = [len(forms) > 1 for forms in wanted]
        if not any(several):
            return [None] * len(wanted)
        field = top.schema[self.fieldname]
        holding = [0] * len(wanted)
        for sub, _ in top.leaf_searchers():
            groups = self.groups(sub)
            if groups:
                counts = self._found(st, sub.reader(), groups).holding
            else:  # a word missing from the segment: nothing matches there, count apart
                counts = [
                    len(forms_docs(st, sub, self.fieldname, [field.to_bytes(f) for f in forms]))
                    if many
                    else 0
                    for forms, many in zip(wanted, several, strict=True)
                ]
            holding = [total + n for total, n in zip(holding, counts, strict=True)]
        count = top.doc_count_all()
        return [idf_of(count, n) if many else None for n, many in zip(holding, several, strict=True)]

    def groups(self, searcher: Any) -> list[list[bytes]] | None:
        """For each word, the index terms that may stand at its place in this segment; [] when
        one word has none (nothing can match), None when the field has no positions (then
        Whoosh decides, and explains)."""
        if self.fieldname not in searcher.schema or not self.words:
            return None
        field = searcher.schema[self.fieldname]
        if not field.format or not field.format.supports("positions"):
            return None
        reader = searcher.reader()
        st = self._state()
        wanted = self.forms if self.forms is not None else [(word,) for word in self.words]
        groups = []
        for forms in wanted:
            try:
                btexts = [field.to_bytes(f) for f in forms]
            except ValueError:
                return []
            # which terms the segment holds, remembered: the count, the ranking, the idf and
            # the highlighting each ask
            present = [b for b in btexts if doc_frequency(st, reader, self.fieldname, b)]
            if not present:
                return []
            groups.append(present)
        return groups

    def _found(self, st: SearcherState, reader: Any, groups: list[list[bytes]]) -> PhraseMatches:
        if not groups:
            return PhraseMatches([], [], [])
        st.check_deadline()
        # The count, the ranked page and the next page each ask: remember per segment reader.
        key = (self.fieldname, tuple(map(tuple, groups)), self.slop)
        found: PhraseMatches = st.of(reader).phrases.get(
            key, lambda: find_phrase(reader, self.fieldname, groups, self.slop, st)
        )
        return found


def find_phrase(
    reader: Any,
    fieldname: str,
    groups: Sequence[Sequence[bytes]],
    slop: int = 1,
    st: SearcherState | None = None,
) -> PhraseMatches:
    """The documents where a term of each group occurs in order, each 1..slop positions after
    the previous one: what Whoosh's SpanNear2(ordered=True, mindist=1) accepts of its words.

    Every occurrence is a key `docnum << 32 | position`, so that following a chain of words
    through all candidate documents at once is a few array operations."""
    per_word = [[read_postings(reader, fieldname, btext, st) for btext in group] for group in groups]
    shared = _docs_of(per_word[0])
    for members in per_word[1:]:
        shared = np.intersect1d(shared, _docs_of(members), assume_unique=True)
    if slop == 1 and len(per_word) > 1:
        docs = _adjacent(per_word, shared)
    else:
        docs = _chained(per_word, shared, slop)
    weights = [_group_weights(members, docs) for members in per_word]
    return PhraseMatches(docs.tolist(), weights, [len(_docs_of(members)) for members in per_word])


def _chained(per_word: list[list[Postings]], shared: np.ndarray, slop: int) -> np.ndarray:
    """Documents where the words chain up, each 1..slop positions after the one before."""
    ends = _group_occurrences(per_word[0], shared)
    steps = np.arange(1, slop + 1, dtype=np.int64)
    for members in per_word[1:]:
        if not len(ends):
            break
        following = (ends[:, None] + steps).ravel()
        ends = _distinct(following[np.isin(following, _group_occurrences(members, shared))])
    found: np.ndarray = _distinct(ends >> 32)
    return found


def _adjacent(per_word: list[list[Postings]], shared: np.ndarray) -> np.ndarray:
    """Documents where word i stands at start + i: the rarest word's occurrences give the
    candidate starts, and each next word, rarest first, is decoded only in the documents still
    holding a candidate. A phrase's small words ("of", "the") are in nearly every document;
    their positions are read in the few where the rare words already stand in place."""
    order = sorted(range(len(per_word)), key=lambda i: _occurrence_count(per_word[i], shared))
    starts: np.ndarray | None = None
    docs = shared
    for i in order:
        keys = _group_occurrences(per_word[i], docs)
        keys = keys[(keys & _POSITION_MASK) >= i] - i  # where the phrase would start
        starts = keys if starts is None else starts[np.isin(starts, keys, assume_unique=True)]
        docs = _distinct(starts >> 32)
        if not len(docs):
            break
    return docs


_POSITION_MASK = (1 << 32) - 1


def _distinct(keys: np.ndarray) -> np.ndarray:
    """`np.unique(keys)`: sorted, each once. NumPy 2's unique hashes every key before sorting
    the distinct ones, some 10 times slower than a sort and a look at neighbours on the
    mostly sorted keys of a phrase (a tenth of a phrase's time)."""
    ordered = np.sort(keys)
    keep = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    found: np.ndarray = ordered[keep]
    return found


def _occurrence_count(members: list[Postings], docs: np.ndarray) -> int:
    """How many times the group's terms occur in `docs` (read from the postings' counts,
    without decoding a position)."""
    total = 0
    for postings in members:
        held = np.intersect1d(docs, postings.docs, assume_unique=True)
        at = np.searchsorted(postings.docs, held).tolist()
        total += sum(_count(postings.values[j])[0] for j in at)
    return total


def _docs_of(members: list[Postings]) -> np.ndarray:
    if len(members) == 1:
        return members[0].docs
    found: np.ndarray = _distinct(np.concatenate([p.docs for p in members]))
    return found


def _group_occurrences(members: list[Postings], docs: np.ndarray) -> np.ndarray:
    """Occurrences in `docs` of any of the group's terms, as sorted keys."""
    if len(members) == 1:
        return _occurrences(members[0], docs)
    parts = [_occurrences(p, np.intersect1d(docs, p.docs, assume_unique=True)) for p in members]
    found: np.ndarray = _distinct(np.concatenate(parts))
    return found


def _group_weights(members: list[Postings], docs: np.ndarray) -> list[float]:
    """Each document's weight of the group: the sum of its terms' weights there."""
    if len(members) == 1:
        return _pick(members[0].weights, np.searchsorted(members[0].docs, docs))
    total = np.zeros(len(docs), dtype=np.float64)
    for p in members:
        held = np.isin(docs, p.docs, assume_unique=True)
        at = np.searchsorted(p.docs, docs[held])
        total[held] += np.array(p.weights, dtype=np.float64)[at]
    weights: list[float] = total.tolist()
    return weights


def _pick(items: list[float], at: np.ndarray) -> list[float]:
    return [items[i] for i in at.tolist()]


def _occurrences(postings: Postings, docs: np.ndarray) -> np.ndarray:
    """The term's occurrences in `docs` (all of which hold it) as `docnum << 32 | position`."""
    if not len(docs):
        return np.zeros(0, dtype=np.int64)
    values = [postings.values[i] for i in np.searchsorted(postings.docs, docs).tolist()]
    counts, flat = bulk_deltas(values, postings.columns) if postings.columns else _deltas(values)
    # positions are running sums of deltas within each document: one cumulative sum, less
    # what it had reached where each document begins
    running = np.cumsum(flat)
    starts = np.cumsum(counts) - counts
    positions = running - np.repeat(running[starts] - flat[starts], counts)
    keys: np.ndarray = np.repeat(docs, counts) << 32 | positions
    return keys


def _deltas(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """The number of positions in each value, and all their deltas in a row (an index of
    schema 7 or older, whose positions Whoosh pickled).

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
    groups: list[list[bytes]],
    idfs: list[float | None],
    found: PhraseMatches,
    weighting: Any,
) -> list[float] | None:
    """Each document's score as Whoosh's phrase matcher gives it: the words' BM25F scores
    added in the order of its binary intersection tree. None for any other weighting.
    Computed over arrays with `scoring.bm25`'s operations in its order: the same floats. A word
    standing for several forms is scored as one term, of idf `idfs[i]` (forms_query.py)."""
    lengths = field_lengths(st, searcher.reader(), fieldname)
    fl = np.array([lengths[d] for d in found.docs], dtype=np.float64)
    per_word = []
    for group, forms_idf_, weights in zip(groups, idfs, found.weights, strict=True):
        parameters = _bm25f_parameters(searcher, weighting, fieldname, group[0], forms_idf_)
        if parameters is None:
            return None
        idf, avgfl, b, k1 = parameters
        tf = np.array(weights, dtype=np.float64)
        per_word.append(idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl))))
    summed: list[float] = _tree_sum(per_word).tolist()
    return summed


def _bm25f_parameters(
    searcher: Any, weighting: Any, fieldname: str, btext: bytes, idf: float | None
) -> tuple[float, float, float, float] | None:
    """The idf (`idf` when given), average field length, B and K1 that `weighting.scorer` gives
    a BM25FScorer of the term, without making one: its set-up also looks the term up in the
    segment's term file, for a best score the phrase does not use. None for another scorer."""
    if type(weighting) not in (scoring.BM25F, CachedLengthBM25F) or not searcher.schema[fieldname].scorable:
        scorer = weighting.scorer(searcher, fieldname, btext)
        if type(scorer) is not scoring.BM25FScorer:
            return None
        return idf if idf is not None else scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    parent = searcher.get_parent()  # as BM25FScorer: global statistics from the top searcher
    return (
        idf if idf is not None else parent.idf(fieldname, btext),
        parent.avg_field_length(fieldname) or 1,
        weighting._field_B.get(fieldname, weighting.B),
        weighting.K1,
    )


def _tree_sum(columns: list[np.ndarray]) -> np.ndarray:
    """`make_binary_tree(add, columns)`, element by element."""
    if len(columns) == 1:
        return columns[0]
    half = len(columns) // 2
    total: np.ndarray = _tree_sum(columns[:half]) + _tree_sum(columns[half:])
    return total
