"""Term, multi-term, prefix and phrase queries evaluated a segment at a time with dicts and sets.

Whoosh ranks by walking a tree of matchers one document at a time through many Python calls;
for a common word that is most of a search's time. For the query shapes our parser produces
(And/Or of terms, prefixes, phrases and date ranges) this module computes each segment's
docnum → score dict from bulk-read postings instead, reproducing Whoosh's arithmetic exactly:
the BM25F formula term by term, the same matcher tree (`make_weighted_tree` on the same size
estimates, ties kept in order as Whoosh's matchers compare equal), the same choice between a
tree of unions and a preloaded array for an OR, the same boosts. Anything else raises
`Unsupported` and the caller takes Whoosh's own path.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any

from whoosh import query, scoring
from whoosh.util import make_weighted_tree

from .bulk_postings import CachedLengthBM25F, doc_frequency, field_lengths, postings_of, terms_with_prefix
from .date_ranges import ColumnRange
from .forms_query import ExactTerm, WordForms, forms_docs, forms_scores
from .phrases import FastPhrase
from .phrases import _scores as phrase_scores
from .state import SearcherState

Scores = dict[int, float]


class Unsupported(Exception):
    """The query holds something this module does not reproduce; use Whoosh's own path."""


def count_docs(st: SearcherState, searcher: Any, q: query.Query) -> list[int] | None:
    """Every matching global docnum in order (what `docs_for_query` yields), or None."""
    try:
        found: list[int] = []
        for sub, offset in searcher.leaf_searchers():
            st.check_deadline()
            found.extend(d + offset for d in sorted(_docs(st, q, sub)))
        return found
    except Unsupported:
        return None


def top_scored(
    st: SearcherState, searcher: Any, q: query.Query, weighting: Any, allowed: set[int] | None, limit: int
) -> list[tuple[int, float]] | None:
    """The `limit` best (docnum, score) pairs as Whoosh's TopCollector ranks them (score, then
    the lower docnum first), or None when the query or weighting is not reproduced here."""
    if type(weighting) not in (scoring.BM25F, CachedLengthBM25F) or weighting.use_final:
        return None
    try:
        per_segment = [(_scores(st, q, sub, weighting), offset) for sub, offset in searcher.leaf_searchers()]
    except Unsupported:
        return None
    scores: Scores = {}
    for part, offset in per_segment:
        scores.update(part if not offset else {d + offset: s for d, s in part.items()})
    if allowed is not None:
        scores = {d: s for d, s in scores.items() if d in allowed}
    if len(scores) > limit:
        # The limit-th best score, found among bare floats; then only the few at or above it
        # are ranked as (score, lower docnum first) pairs.
        least = heapq.nlargest(limit, scores.values())[-1]
        scores = {d: s for d, s in scores.items() if s >= least}
    ranked = sorted(scores.items(), key=_rank_key)[:limit]
    return ranked


def _rank_key(pair: tuple[int, float]) -> tuple[float, int]:
    return (-pair[1], pair[0])


# -- one segment ----------------------------------------------------------------------------


def _scores(st: SearcherState, q: query.Query, searcher: Any, weighting: Any) -> Scores:
    """docnum → score in one segment. `weighting` None is Whoosh's unscored context: leaf
    scores then come from the searcher's own weighting, preloaded ORs count 1 per document."""
    st.check_deadline()
    kind = type(q)
    if kind is query.Term or kind is ExactTerm:
        return _term(st, q, searcher, weighting)
    if kind is query.Or:
        return _or(st, q, searcher, weighting)
    if kind is query.And:
        return _and(st, q, searcher, weighting)
    if kind is query.Prefix:
        return _prefix(st, q, searcher, weighting)
    if kind is FastPhrase:
        return _phrase(st, q, searcher, weighting)
    if kind is WordForms:
        scores = forms_scores(
            st, searcher, q.fieldname, q.btexts(), weighting or searcher.weighting, q.idf(st, searcher)
        )
        return _boosted(scores, q.boost)
    if kind is ColumnRange:
        return dict.fromkeys(q._docs(st, searcher.reader()), q.boost)
    if q is query.NullQuery:
        return {}
    raise Unsupported(kind.__name__)


def _docs(st: SearcherState, q: query.Query, searcher: Any) -> set[int]:
    """The segment's matching docnums, without scores (Whoosh's unscored context)."""
    st.check_deadline()
    kind = type(q)
    if kind is WordForms:
        return forms_docs(st, searcher, q.fieldname, q.btexts())
    if kind is query.Term or kind is ExactTerm:
        btext = _btext(st, q, searcher)
        return set(postings_of(st, searcher.reader(), q.fieldname, btext)[0]) if btext is not None else set()
    if kind is query.Or or kind is query.And:
        if kind is query.Or and (q.minmatch or q.scale or q.matcher_type != query.Or.AUTO_MATCHER):
            raise Unsupported("Or options")
        parts = [_docs(st, sub, searcher) for sub in q.subqueries]
        if not parts:
            return set()
        return set.union(*parts) if kind is query.Or else set.intersection(*parts)
    if kind is query.Prefix:
        reader = searcher.reader()
        docs: set[int] = set()
        for i, btext in enumerate(_prefix_btexts(st, q, reader)):
            if i % 64 == 0:
                st.check_deadline()
            docs.update(postings_of(st, reader, q.fieldname, btext)[0])
        return docs
    if kind is FastPhrase or kind is ColumnRange:
        return set(q.docs_in(st, searcher))
    if q is query.NullQuery:
        return set()
    raise Unsupported(kind.__name__)


def _btext(st: SearcherState, q: query.Term, searcher: Any) -> bytes | None:
    """The term as index bytes, None when it cannot be in this segment."""
    if q.minquality:
        raise Unsupported("minquality")
    if q.fieldname not in searcher.schema:
        return None
    try:
        btext: bytes = searcher.schema[q.fieldname].to_bytes(q.text)
    except ValueError:
        return None
    return btext if doc_frequency(st, searcher.reader(), q.fieldname, btext) else None


def _term(st: SearcherState, q: query.Term, searcher: Any, weighting: Any) -> Scores:
    btext = _btext(st, q, searcher)
    if btext is None:
        return {}
    scores = term_scores(st, searcher, q.fieldname, btext, weighting or searcher.weighting)
    return _boosted(scores, q.boost)


def term_scores(st: SearcherState, searcher: Any, fieldname: str, btext: bytes, weighting: Any) -> Scores:
    """One term's BM25F score in each document of the segment holding it, as BM25FScorer
    computes it (the same expression, so the same floats)."""
    reader = searcher.reader()
    if not doc_frequency(st, reader, fieldname, btext):
        return {}
    if type(weighting) not in (scoring.BM25F, CachedLengthBM25F):
        raise Unsupported(type(weighting).__name__)
    docs, weights = postings_of(st, reader, fieldname, btext)
    if not searcher.schema[fieldname].scorable:
        return dict(zip(docs, weights, strict=True))  # WeightScorer: the weight itself
    parent = searcher.get_parent()
    idf = parent.idf(fieldname, btext)
    avgfl = parent.avg_field_length(fieldname) or 1
    b = weighting._field_B.get(fieldname, weighting.B)
    k1 = weighting.K1
    lengths = field_lengths(st, reader, fieldname)
    # scoring.bm25 written out (the same operations in the same order, so the same floats):
    # idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
    k1_1, one_b = k1 + 1, 1 - b
    return {
        d: idf * ((w * k1_1) / (w + k1 * (one_b + b * lengths[d] / avgfl)))
        for d, w in zip(docs, weights, strict=True)
    }


def _or(st: SearcherState, q: query.Or, searcher: Any, weighting: Any) -> Scores:
    subs = q.subqueries
    if not subs:
        return {}
    if len(subs) == 1:
        return _scores(st, subs[0], searcher, weighting)  # CompoundQuery.matcher drops the boost
    if q.minmatch or q.scale or q.matcher_type != query.Or.AUTO_MATCHER:
        raise Unsupported("Or options")
    parts = [_scores(st, sub, searcher, weighting) for sub in subs]
    st.check_deadline()
    if len(subs) < query.Or.TOO_MANY_CLAUSES and (len(subs) == 2 or searcher.doc_count_all() > 5000):
        reader = searcher.reader()  # DefaultOr: a tree of UnionMatchers
        sizes = [_size(st, sub, reader) for sub in subs]
        return _boosted(_tree(_union, sizes, parts), q.boost)
    # PreloadedOr: an ArrayUnionMatcher adding each part's score times the boost, in order
    total: Scores = {}
    if weighting is None:
        for part in parts:
            total.update(dict.fromkeys(part, 1.0))
        return total
    boost = q.boost
    for part in parts:
        for d, s in part.items():
            total[d] = total.get(d, 0) + s * boost
    return {d: s for d, s in total.items() if s > 0}


def _and(st: SearcherState, q: query.And, searcher: Any, weighting: Any) -> Scores:
    subs = q.subqueries
    if not subs:
        return {}
    if len(subs) == 1:
        return _scores(st, subs[0], searcher, weighting)
    reader = searcher.reader()
    parts = [_scores(st, sub, searcher, weighting) for sub in subs]
    sizes = [0 - _size(st, sub, reader) for sub in subs]
    return _boosted(_tree(_intersection, sizes, parts), q.boost)


def _prefix(st: SearcherState, q: query.Prefix, searcher: Any, weighting: Any) -> Scores:
    reader = searcher.reader()
    fieldname = q.fieldname
    if fieldname not in searcher.schema:
        return {}
    btexts = _prefix_btexts(st, q, reader)
    if not btexts:
        return {}
    if len(btexts) == 1:
        return term_scores(st, searcher, fieldname, btexts[0], weighting or searcher.weighting)
    inner = None if q.constantscore else weighting
    terms = query.Or([query.Term(fieldname, b) for b in btexts], boost=q.boost)
    return _or(st, terms, searcher, inner)


def _size(st: SearcherState, q: query.Query, reader: Any) -> int:
    """`q.estimate_size(reader)`, with a prefix's expansion taken from the cache."""
    if type(q) is query.Prefix:
        return sum(doc_frequency(st, reader, q.fieldname, b) for b in _prefix_btexts(st, q, reader))
    if type(q) is WordForms:
        return sum(doc_frequency(st, reader, q.fieldname, b) for b in q.btexts())
    if type(q) in (query.Term, ExactTerm) and q.fieldname in reader.schema:  # Term.estimate_size, remembered
        try:
            btext = reader.schema[q.fieldname].to_bytes(q.text)
        except ValueError:
            return 0
        return doc_frequency(st, reader, q.fieldname, btext)
    if type(q) is FastPhrase and q.words:  # Phrase.estimate_size: its words' least size
        return min(_size(st, query.Term(q.fieldname, word), reader) for word in q.words)
    size: int = q.estimate_size(reader)
    return size


def _prefix_btexts(st: SearcherState, q: query.Prefix, reader: Any) -> list[bytes]:
    def expand() -> list[bytes]:
        try:
            prefix = reader.schema[q.fieldname].to_bytes(q.text)
        except (KeyError, ValueError):
            return []
        found = []
        for i, btext in enumerate(terms_with_prefix(reader, q.fieldname, prefix)):
            if i % 1024 == 0:
                st.check_deadline()
            if btext:
                found.append(btext)
        return found

    key = ("prefix " + q.fieldname, q.text.encode("utf-8", "surrogatepass"))
    return st.of(reader).expansions.get(key, expand)


def _phrase(st: SearcherState, q: FastPhrase, searcher: Any, weighting: Any) -> Scores:
    groups = q.groups(searcher)
    if groups is None:
        raise Unsupported("phrase field without positions")
    found = q._found(st, searcher.reader(), groups)
    if not found.docs:
        return {}
    idfs = q.forms_idfs(st, searcher)
    scores = phrase_scores(st, searcher, q.fieldname, groups, idfs, found, weighting or searcher.weighting)
    if scores is None:
        raise Unsupported("phrase weighting")
    return _boosted(dict(zip(found.docs, scores, strict=True)), q.boost)


# -- combining ------------------------------------------------------------------------------


class _Node:
    """A part in Whoosh's weighted matcher tree. Matchers compare equal and never less than
    one another, so parts of equal size keep their order: so do these."""

    __slots__ = ("scores",)

    def __init__(self, scores: Scores) -> None:
        self.scores = scores

    def __eq__(self, other: object) -> bool:
        return True

    def __lt__(self, other: object) -> bool:
        return False

    __hash__ = None  # type: ignore[assignment]


def _tree(combine: Callable[[Scores, Scores], Scores], sizes: list[int], parts: list[Scores]) -> Scores:
    nodes = [(size, _Node(part)) for size, part in zip(sizes, parts, strict=True)]
    root: _Node = make_weighted_tree(lambda a, b: _Node(combine(a.scores, b.scores)), nodes)
    return root.scores


def _union(a: Scores, b: Scores) -> Scores:
    if len(a) < len(b):
        merged = dict(b)
        for d, s in a.items():
            merged[d] = s + merged[d] if d in merged else s
        return merged
    merged = dict(a)
    for d, s in b.items():
        merged[d] = merged[d] + s if d in merged else s
    return merged


def _intersection(a: Scores, b: Scores) -> Scores:
    if len(b) < len(a):
        return {d: a[d] + s for d, s in b.items() if d in a}
    return {d: s + b[d] for d, s in a.items() if d in b}


def _boosted(scores: Scores, boost: float) -> Scores:
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}
