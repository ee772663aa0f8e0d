""" "Did you mean": the nearest body word (fewest edits, then most documents), as before it was sped up."""

from __future__ import annotations

import pytest
from whoosh.searching import Searcher
from whoosh.support.levenshtein import distance

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine.search_index import storage
from advocacy_archive.index.engine.state import SearcherState
from advocacy_archive.index.engine.suggest import MAX_EDITS, closest_stem


def reference(searcher: Searcher, stem: str) -> str | None:
    """Every stem with the same first letter compared by edit distance, then document count."""
    reader = searcher.reader()
    best = None
    for btext in reader.expand_prefix("body", stem[:1]):
        word = btext.decode()
        if word == stem or abs(len(word) - len(stem)) > MAX_EDITS:
            continue
        edits = distance(word, stem, limit=MAX_EDITS + 1)
        if edits <= MAX_EDITS:
            key = (edits, -reader.doc_frequency("body", word), word)
            best = key if best is None or key < best else best
    return best[2] if best else None


@pytest.mark.parametrize(
    "typo", ["alepo", "civilan", "srebrenca", "goverment", "sirya", "humanitarain", "qzxv"]
)
def test_suggestion_is_the_nearest_and_most_common_word(sample_archive: Archive, typo: str) -> None:
    with storage(sample_archive.path / "whoosh").open_index().searcher() as searcher:
        assert closest_stem(SearcherState(), searcher, typo) == reference(searcher, typo)


def test_misspelt_query_suggests_the_word_the_documents_use(sample_archive: Archive) -> None:
    assert sample_archive.search("Alepo").suggestion == "Aleppo"
