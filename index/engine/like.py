"""The engine's half of "more like this": how many documents hold each of a document's words, and
the documents that best match a weighted OR of words, with which of the words each one holds.

Which words to ask for is chosen outside the engine (search/key_terms.py) from these counts.
A document holds a few hundred distinct words; the index keeps one term dictionary per segment
(about 15 at 30,000 documents) and each look-up is several small reads of it, so reading every
word's exact count in every segment took 0.1–1.5 s a document (5,000 documents, a busy machine).
`estimated_frequencies` reads the
largest segments only and scales their counts to the index (enough to rank the words), and
`doc_frequencies` reads the exact counts of the few words that might be chosen.

The query is an OR of `WordForms` (a word with every form of it the index holds), each boosted by
its weight, within a budget of postings, ranked by the fast path (terms.py) with Whoosh's BM25F
arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import query

from .bulk_postings import doc_frequency
from .forms_query import WordForms, forms_docs
from .lexicon import Lexicon
from .state import SearcherState

FIELD = "body"
SAMPLE_DOCS = 4000  # documents of the largest segments read for estimated counts
# The query reads every posting of every form of its words: a common word with many forms
# ("administrative" is also "administration", "administrator"…) costs as much as a hundred rare
# ones and weighs less than any of them. Past the first MIN_WORDS, words are left out while they
# would take the query past this many postings. At 30,000 documents (60 drawn at random) this
# kept 95 % of the ten listed and the first in 92 %, and took the p95 from 319 to 82 ms.
POSTINGS_BUDGET = 40_000
MIN_WORDS = 8


@dataclass(frozen=True)
class WeightedWord:
    """A word as the index holds it (lower case), every form of which is asked for, boosted by
    `weight`."""

    word: str
    weight: float


@dataclass(frozen=True)
class LikeMatch:
    """A document matching a weighted OR of words: its score, and the indices (into the words
    asked for, in their order) of the words it holds in some form."""

    doc_id: int
    score: float
    shared: tuple[int, ...]


@dataclass(frozen=True)
class LikeResult:
    """The best matches, best first, and which of the words (their indices) the query asked for:
    the first few, then those within the postings budget."""

    matches: list[LikeMatch]
    asked: tuple[int, ...]


def _leaves(searcher: Any) -> list[tuple[Any, int]]:
    """(segment reader, its first docnum) of each segment."""
    return [(sub.reader(), offset) for sub, offset in searcher.leaf_searchers()]


def doc_frequencies(st: SearcherState, searcher: Any, words: Iterable[str]) -> dict[str, int]:
    """How many documents hold each word (as written) in their body, over every segment
    (deleted documents count until their segment is merged, as in Whoosh's own idf)."""
    leaves = _leaves(searcher)
    found: dict[str, int] = {}
    for word in words:
        btext = word.encode("utf-8")
        found[word] = sum(doc_frequency(st, reader, FIELD, btext) for reader, _ in leaves)
    return found


def estimated_frequencies(st: SearcherState, searcher: Any, words: Iterable[str]) -> dict[str, float]:
    """Each word's document count estimated from the largest segments (at least SAMPLE_DOCS
    documents of them, or all), scaled to the whole index."""
    readers = sorted((reader for reader, _ in _leaves(searcher)), key=lambda r: -r.doc_count_all())
    sample: list[Any] = []
    seen = 0
    for reader in readers:
        if seen >= SAMPLE_DOCS:
            break
        sample.append(reader)
        seen += reader.doc_count_all()
    scale = searcher.doc_count_all() / seen if seen else 0.0
    return {
        word: scale * sum(doc_frequency(st, reader, FIELD, word.encode("utf-8")) for reader in sample)
        for word in words
    }


def like_query(
    words: Sequence[WeightedWord], lexicon: Lexicon, st: SearcherState, searcher: Any, budget: int
) -> tuple[query.Query, list[int]]:
    """An OR of each word with all its forms in the index, boosted by its weight, within the
    postings `budget` (see POSTINGS_BUDGET); and the index, in `words`, of each part."""
    parts: list[query.Query] = []
    asked: list[int] = []
    spent = 0
    for index, weighted in enumerate(words):
        forms = lexicon.forms(FIELD, weighted.word)
        cost = sum(doc_frequencies(st, searcher, forms).values())
        if len(parts) >= MIN_WORDS and spent + cost > budget:
            continue
        node = WordForms(FIELD, weighted.word, forms, boost=weighted.weight)
        node.state = st
        parts.append(node)
        asked.append(index)
        spent += cost
    return query.Or(parts), asked


def holders(
    st: SearcherState, searcher: Any, q: query.Query, docnums: Iterable[int]
) -> dict[int, tuple[int, ...]]:
    """For each of `docnums`, the indices of the query's words it holds (their postings were read
    for the ranking already, and are remembered per segment)."""
    wanted = sorted(set(docnums))
    held: dict[int, list[int]] = {d: [] for d in wanted}
    for sub, offset in searcher.leaf_searchers():
        local = [d - offset for d in wanted if offset <= d < offset + sub.reader().doc_count_all()]
        if not local:
            continue
        for index, node in enumerate(q.subqueries):
            docs = forms_docs(st, sub, FIELD, node.btexts())
            for d in local:
                if d in docs:
                    held[d + offset].append(index)
    return {d: tuple(found) for d, found in held.items()}
