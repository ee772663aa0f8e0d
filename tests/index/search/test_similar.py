"""More like this: documents most similar in content, with the key terms they share as the reason,
and versions of the same statement left out. On the sample archive (UN General Debate speeches of
2013 and 2016 by the same states, State Department releases, two NGO statements)."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine import SMALL_WORDS, indexed_words, word_key
from advocacy_archive.index.errors import DocumentNotFound
from advocacy_archive.index.search.key_terms import key_terms

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "sample" / "documents"


def ids_by_name(archive: Archive) -> dict[str, int]:
    found = archive.search("", page_size=1000)
    return {Path(archive.document(h.doc_id).source_path).name: h.doc_id for h in found.hits}


def test_a_states_speech_of_another_year_comes_first(sample_archive: Archive) -> None:
    ids = ids_by_name(sample_archive)
    pairs = [
        (ids[name], ids[name.replace("_68_2013", "_71_2016")])
        for name in ids
        if name.endswith("_68_2013.txt") and name.replace("_68_2013", "_71_2016") in ids
    ]
    assert len(pairs) >= 10
    first = [sample_archive.similar(a).documents[0].doc_id == b for a, b in pairs]
    first += [sample_archive.similar(b).documents[0].doc_id == a for a, b in pairs]
    # Speeches of one state three years apart share their subjects (its neighbours, its wars):
    # most find each other first among 60 documents on overlapping subjects.
    assert sum(first) >= 0.75 * len(first), first


def test_each_reason_is_a_key_term_found_in_both_documents(sample_archive: Archive) -> None:
    ids = ids_by_name(sample_archive)
    doc_id = ids["2021-07-21-counselor-chollets-trip-to-ukraine.html"]
    found = sample_archive.similar(doc_id)
    assert found.documents and doc_id not in [d.doc_id for d in found.documents]
    mine = {word_key(w) for w in indexed_words(sample_archive.document(doc_id).text)}
    for similar in found.documents:
        assert similar.shared_terms, similar
        theirs = {word_key(w) for w in indexed_words(sample_archive.document(similar.doc_id).text)}
        for term in similar.shared_terms:
            assert term in found.key_terms
            assert word_key(term) in mine and word_key(term) in theirs, (term, similar.title)
    assert found.documents[0].title == "Counselor Chollet’s Travel to Ukraine and Poland"


def test_the_best_matches_come_first_with_their_scores(sample_archive: Archive) -> None:
    found = sample_archive.similar(ids_by_name(sample_archive)["SYR_71_2016.txt"], limit=5)
    assert len(found.documents) == 5
    scores = [d.score for d in found.documents]
    assert scores == sorted(scores, reverse=True)
    assert found.documents[0].title == "Syria, General Debate, 68th session, 2013"


def test_key_terms_are_telling_words_with_their_forms_counted_once(sample_archive: Archive) -> None:
    doc = sample_archive.document(ids_by_name(sample_archive)["GBR_71_2016.txt"])
    with sample_archive._reading():
        terms = key_terms(doc.text, sample_archive._index.searcher())
    assert len(terms) == 25
    words = [t.word for t in terms]
    assert not set(words) & SMALL_WORDS
    assert not any(w.isdigit() for w in words)
    assert len({word_key(w) for w in words}) == len(words)  # "refugee" and "refugees" are one
    assert all(2 <= t.documents for t in terms)  # a word no other document holds finds none
    assert [t.weight for t in terms] == sorted((t.weight for t in terms), reverse=True)


def test_versions_of_the_same_statement_are_left_out(sample_archive: Archive, tmp_path: Path) -> None:
    original = SAMPLE / "un-speeches" / "GBR_71_2016.txt"
    text = original.read_text(encoding="utf-8")
    edited = tmp_path / "uk-speech-as-delivered.md"  # re-issued: a note on top, a sentence cut
    sentences = text.split(". ")
    edited.write_text(
        "Check against delivery\n\n" + ". ".join(sentences[:5] + sentences[6:]), encoding="utf-8"
    )
    report = sample_archive.import_paths([edited], jobs=1)
    version = report.imported[0].doc_id
    ids = ids_by_name(sample_archive)
    found = sample_archive.similar(ids["GBR_71_2016.txt"])
    assert version in found.versions
    assert version not in [d.doc_id for d in found.documents]
    assert len(found.documents) == 10
    back = sample_archive.similar(version)
    assert ids["GBR_71_2016.txt"] in back.versions


def test_releases_from_one_template_are_similar_not_versions(sample_archive: Archive) -> None:
    ids = ids_by_name(sample_archive)
    found = sample_archive.similar(
        ids["2021-07-27-u-s-special-envoy-for-yemen-lenderkings-travel-to-saudi-arabia-2.html"]
    )
    trips = [d for d in found.documents[:5] if "Lenderking" in d.title]
    assert len(trips) >= 3 and not found.versions
    assert all("lenderking" in d.shared_terms for d in trips)


def test_an_unknown_document_is_refused(sample_archive: Archive) -> None:
    with pytest.raises(DocumentNotFound):
        sample_archive.similar(99_999)
