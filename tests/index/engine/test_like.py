"""The engine's half of "more like this" checked against Whoosh itself on a real index: the ranked
OR of weighted words scores as Whoosh's own matchers score it, the words each match is said to
hold are those Whoosh finds it holding, and document counts are Whoosh's."""

from __future__ import annotations

import pytest
from whoosh import query

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine import EngineSearcher, WeightedWord
from advocacy_archive.index.engine.bulk_postings import fast_weighting
from advocacy_archive.index.engine.like import MIN_WORDS, like_query

WORDS = [
    WeightedWord("refugees", 1.0),
    WeightedWord("aleppo", 0.9),
    WeightedWord("ceasefire", 0.7),
    WeightedWord("humanitarian", 0.5),
    WeightedWord("detained", 0.4),
    WeightedWord("nosuchwordanywhere", 0.3),
]


@pytest.fixture
def searcher(sample_archive: Archive) -> EngineSearcher:
    assert sample_archive._index is not None
    return sample_archive._index.searcher()


def test_like_ranks_and_scores_as_whoosh_does(searcher: EngineSearcher) -> None:
    whoosh = searcher._searcher
    q, asked = like_query(WORDS, searcher._lexicon, searcher._state, whoosh, budget=10**9)
    assert asked == list(range(len(WORDS)))
    results = whoosh.search(q, limit=None, terms=False)
    ids = searcher._doc_ids()
    expected = sorted(((r.docnum, r.score) for r in results), key=lambda p: (-p[1], p[0]))
    expected_ids = [(int(ids[d]), s) for d, s in expected]
    assert fast_weighting(searcher._state, whoosh) is not None
    ours = searcher.like(WORDS, limit=len(expected_ids)).matches
    assert [(m.doc_id, m.score) for m in ours] == expected_ids  # the same floats
    assert len(ours) > 10


def test_each_match_holds_exactly_the_words_it_is_said_to(searcher: EngineSearcher) -> None:
    whoosh = searcher._searcher
    ids = searcher._doc_ids()
    holding = []
    for weighted in WORDS:
        forms = searcher._lexicon.forms("body", weighted.word)
        either = query.Or([query.Term("body", form) for form in forms]) if forms else query.NullQuery
        holding.append({int(ids[d]) for d in whoosh.docs_for_query(either)})
    for match in searcher.like(WORDS, limit=40).matches:
        assert match.shared == tuple(i for i, docs in enumerate(holding) if match.doc_id in docs)


def test_excluded_documents_are_never_listed(searcher: EngineSearcher) -> None:
    best = [m.doc_id for m in searcher.like(WORDS, limit=5).matches]
    again = searcher.like(WORDS, limit=5, exclude=best[:2]).matches
    assert not {m.doc_id for m in again} & set(best[:2])
    assert [m.doc_id for m in again][:3] == best[2:]


def test_past_the_first_words_a_query_keeps_within_its_postings_budget(searcher: EngineSearcher) -> None:
    common = [WeightedWord(w, 0.2) for w in ("syria", "government", "nations", "united")]
    words = WORDS + common  # ten words, the last four held by most documents
    everything = searcher.like(words, limit=60, budget=10**9)
    assert everything.asked == tuple(range(10))
    assert {9} & {i for m in everything.matches for i in m.shared}
    frugal = searcher.like(words, limit=60, budget=1)
    assert frugal.asked == tuple(range(MIN_WORDS))  # the first eight are always asked for, no more
    assert max(i for m in frugal.matches for i in m.shared) < MIN_WORDS
    assert frugal.matches[0].doc_id == everything.matches[0].doc_id


def test_document_counts_are_whooshs_and_estimates_scale_a_sample(searcher: EngineSearcher) -> None:
    words = ["refugees", "the", "aleppo", "nosuchwordanywhere"]
    exact = searcher.doc_frequencies(words)
    assert exact == {w: searcher._searcher.doc_frequency("body", w) for w in words}
    assert exact["the"] > exact["aleppo"] > 0 == exact["nosuchwordanywhere"]
    # a small index is its own sample: the estimate is the count
    assert searcher.estimated_frequencies(words) == pytest.approx(exact)
