"""Search finds every form of a word and never a wrong one, prefixes and fuzzy terms match words
as written, phrases keep their small words, and a phrase is highlighted where it occurs — on the
real statements of the sample archive, checked against a plain reading of their texts."""

from __future__ import annotations

import re

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import QuerySyntaxError


def holding(archive: Archive, pattern: str) -> set[int]:
    """The documents whose title or text matches `pattern` (a regex, case-insensitive)."""
    found = set()
    for hit in archive.search("", page_size=1000).hits:
        doc = archive.document(hit.doc_id)
        if re.search(pattern, doc.title + "\n" + doc.text, re.I):
            found.add(doc.id)
    return found


def found(archive: Archive, query: str) -> set[int]:
    result = archive.search(query, page_size=1000)
    return {hit.doc_id for hit in result.hits}


def test_any_form_finds_the_documents_of_every_form(sample_archive: Archive) -> None:
    forms = holding(sample_archive, r"\bevacua(te|ted|ting|tion|tions)\b")
    assert len(forms) > len(holding(sample_archive, r"\bevacuating\b"))
    for query in ("evacuating", "evacuation", "evacuate"):
        assert found(sample_archive, query) == forms, query


def test_plural_and_irregular_forms_are_one_word(sample_archive: Archive) -> None:
    assert (
        found(sample_archive, "child")
        == found(sample_archive, "children")
        == holding(sample_archive, r"\b(child|children)\b")
    )
    assert found(sample_archive, "woman") == holding(sample_archive, r"\b(woman|women)\b")


def test_a_quoted_word_finds_that_word_alone(sample_archive: Archive) -> None:
    assert found(sample_archive, '"universal"') == holding(sample_archive, r"\buniversal\b")
    assert found(sample_archive, "universal") == holding(sample_archive, r"\buniversal(ly|ity)?\b")
    assert not found(sample_archive, '"universal"') & (
        holding(sample_archive, r"\buniversity\b") - holding(sample_archive, r"\buniversal")
    )


def test_a_prefix_matches_the_words_as_written(sample_archive: Archive) -> None:
    assert found(sample_archive, "accountab*") == holding(sample_archive, r"\baccountab\w*")
    assert found(sample_archive, "detain*") == holding(sample_archive, r"\bdetain\w*")
    assert found(sample_archive, "accountab*")


def test_a_fuzzy_word_counts_a_swap_as_one_edit(sample_archive: Archive) -> None:
    humanitarian = holding(sample_archive, r"\bhumanitarian\b")
    assert humanitarian and found(sample_archive, "humanitarain~") >= humanitarian


def test_more_than_two_edits_are_refused_with_what_to_write(sample_archive: Archive) -> None:
    """`word~9` would match nearly every short word: the query says how far a word may differ."""
    with pytest.raises(QuerySyntaxError, match=r"at most 2 letters: write aleppo~2"):
        sample_archive.search("aleppo~9")


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("humanitarain", "humanitarian"), ("guantanmo", "guantanamo"), ("Srebrenca", "Srebrenica")],
)
def test_did_you_mean_offers_the_word_documents_use(sample_archive: Archive, typo: str, meant: str) -> None:
    result = sample_archive.search(typo)
    assert result.total == 0
    assert result.suggestion == meant


def test_a_phrase_keeps_its_small_words(sample_archive: Archive) -> None:
    # any form of each word, in their places: "rights of return" too
    assert found(sample_archive, '"right of return"') == holding(sample_archive, r"\brights? of returns?\b")
    assert not found(sample_archive, '"right to return"') & (
        holding(sample_archive, r"\bright of return\b") - holding(sample_archive, r"\bright to return\b")
    )


def test_a_phrase_is_highlighted_where_it_occurs_not_its_words_alone(sample_archive: Archive) -> None:
    result = sample_archive.search('"humanitarian access"', page_size=1000)
    assert result.total
    for hit in result.hits:
        text = sample_archive.document(hit.doc_id).text
        assert hit.hits, hit.title
        assert all(text[s:e].lower().split() == ["humanitarian", "access"] for s, e in hit.hits)
        assert (
            "<b>humanitarian access</b>" in hit.snippet.lower() or "humanitarian" not in hit.snippet.lower()
        )


def test_small_words_beside_others_do_not_narrow_a_search(sample_archive: Archive) -> None:
    assert found(sample_archive, "the refugees of Syria") == found(sample_archive, "refugees Syria")
