"""Query nodes for words as the index holds them: a word with its forms, and a word alone.

`WordForms` matches the documents holding any form of a word ("evacuating" finds "evacuate",
"evacuation"…) and scores them as one term would be scored if the index held stems: BM25F over
the forms' summed frequency in the document, with the inverse document frequency of the
documents holding any of them. `ExactTerm` is a word in quotes: that word, no other form.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from whoosh import matching, query

from .bulk_postings import doc_frequency, field_lengths, postings_of
from .state import SearcherState

Scores = dict[int, float]


class ExactTerm(query.Term):  # type: ignore[misc]  # whoosh is untyped
    """A word the user quoted: only that word as written."""


class WordForms(query.Term):  # type: ignore[misc]  # whoosh is untyped
    """`text` as the user typed it and `words`, its forms the index holds (see module doc).
    `state` is the open index's caches, set by the engine after parsing."""

    state: SearcherState | None = None

    def __init__(self, fieldname: str, text: str, words: Iterable[str], boost: float = 1.0) -> None:
        super().__init__(fieldname, text, boost=boost)
        self.words = tuple(words)
        self._idf: tuple[Any, float] | None = None  # (top searcher, its idf): once per query

    def idf(self, st: SearcherState, searcher: Any) -> float:
        """The words' idf as one term, over the whole index `searcher` is a segment of."""
        parent = searcher.get_parent()
        if self._idf is None or self._idf[0] is not parent:
            self._idf = (parent, forms_idf(st, parent, self.fieldname, self.btexts()))
        return self._idf[1]

    def __eq__(self, other: object) -> bool:
        return bool(super().__eq__(other)) and self.words == getattr(other, "words", None)

    def __hash__(self) -> int:
        return hash((self.fieldname, self.text, self.boost, self.words))

    def __repr__(self) -> str:
        return f"WordForms({self.fieldname!r}, {self.text!r}, {list(self.words)!r})"

    def _state(self) -> SearcherState:
        return self.state if self.state is not None else SearcherState()

    def btexts(self) -> list[bytes]:
        return [w.encode("utf-8") for w in self.words]

    def terms(self, phrases: bool = False) -> Iterable[tuple[str, str]]:
        for word in self.words:
            yield (self.fieldname, word)

    def estimate_size(self, ixreader: Any) -> int:
        if self.fieldname not in ixreader.schema:
            return 0
        return sum(int(ixreader.doc_frequency(self.fieldname, b)) for b in self.btexts())

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """Whoosh's path (a sort by date, a NOT): the same matches and scores as the bulk one."""
        st = self._state()
        docs = sorted(forms_docs(st, searcher, self.fieldname, self.btexts()))
        if not docs:
            return matching.NullMatcher()
        weighting = (context.weighting if context is not None else None) or searcher.weighting
        if context is not None and context.weighting is None:
            return matching.ListMatcher(docs)
        scores = forms_scores(st, searcher, self.fieldname, self.btexts(), weighting, self.idf(st, searcher))
        m = matching.ListMatcher(docs, weights=[scores[d] for d in docs])
        return matching.WrappingMatcher(m, boost=self.boost) if self.boost != 1.0 else m

    def docs(self, searcher: Any) -> Any:
        return iter(sorted(forms_docs(self._state(), searcher, self.fieldname, self.btexts())))


def forms_docs(st: SearcherState, searcher: Any, fieldname: str, btexts: list[bytes]) -> set[int]:
    """One segment's documents holding any of the words."""
    reader = searcher.reader()
    docs: set[int] = set()
    if fieldname not in searcher.schema:
        return docs
    for btext in btexts:
        if doc_frequency(st, reader, fieldname, btext):
            docs.update(postings_of(st, reader, fieldname, btext)[0])
    return docs


def forms_idf(st: SearcherState, top: Any, fieldname: str, btexts: list[bytes]) -> float:
    """Whoosh's idf (WeightingModel.idf) of the words taken as one term, in the index `top`
    searches: from how many of its documents hold any of them. Each segment's count is
    remembered with the segment: a phrase asks once per segment it scores."""
    key = ("forms " + fieldname, b"\0".join(btexts))

    def holding_in(sub: Any) -> int:
        return st.of(sub.reader()).frequencies.get(key, lambda: len(forms_docs(st, sub, fieldname, btexts)))

    holding = sum(holding_in(sub) for sub, _ in top.leaf_searchers())
    return idf_of(top.doc_count_all(), holding)


def idf_of(doc_count: int, holding: int) -> float:
    """WeightingModel.idf of a term held by `holding` of an index's `doc_count` documents."""
    return math.log(doc_count / (holding + 1)) + 1


def forms_scores(
    st: SearcherState, searcher: Any, fieldname: str, btexts: list[bytes], weighting: Any, idf: float
) -> Scores:
    """Each document of one segment holding any of the words, scored by BM25F as one term whose
    frequency in a document is the sum of the words'."""
    reader = searcher.reader()
    tf: dict[int, float] = {}
    for btext in btexts:
        if not doc_frequency(st, reader, fieldname, btext):
            continue
        docs, weights = postings_of(st, reader, fieldname, btext)
        for d, w in zip(docs, weights, strict=True):
            tf[d] = tf.get(d, 0.0) + w
    if not tf:
        return {}
    if not searcher.schema[fieldname].scorable:
        return tf
    avgfl = searcher.get_parent().avg_field_length(fieldname) or 1
    b = weighting._field_B.get(fieldname, weighting.B)
    k1 = weighting.K1
    lengths = field_lengths(st, reader, fieldname)
    k1_1, one_b = k1 + 1, 1 - b
    return {d: idf * ((w * k1_1) / (w + k1 * (one_b + b * lengths[d] / avgfl))) for d, w in tf.items()}
