"""The benchmark's peer asks tantivy what each kind of our query asks, on real UN speeches: if a
translation were wrong, the agreement figures in RESULTS.md would measure the translation, not
the engines. Skipped where tantivy (the optional `bench` extra) is not installed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("tantivy")

from benchmarks import tantivy_peer  # noqa: E402
from benchmarks.queries import Query  # noqa: E402


@pytest.fixture(scope="module")
def speeches(corpus: Path) -> dict[int, str]:
    files = sorted((corpus / "un-speeches").glob("*.txt"))
    return {i: f.read_text(encoding="utf-8", errors="replace") for i, f in enumerate(files, start=1)}


@pytest.fixture(scope="module")
def peer(speeches: dict[int, str], tmp_path_factory: pytest.TempPathFactory) -> tantivy_peer.TantivySearcher:
    # the catalog rows fts5.catalog_rows yields: id, title, text, issuer, actors, date, format
    rows = [
        (i, text.split("\n", 1)[0][:80], text, "United Nations", "", f"{2000 + i % 3}-09-2{i % 9}", "txt")
        for i, text in speeches.items()
    ]
    folder = tmp_path_factory.mktemp("peer") / "tantivy"
    tantivy_peer.build(folder, rows)
    return tantivy_peer.TantivySearcher(folder)


def holding(speeches: dict[int, str], pattern: str) -> set[int]:
    found = re.compile(pattern, re.IGNORECASE)
    return {i for i, text in speeches.items() if found.search(text)}


def found(peer: tantivy_peer.TantivySearcher, kind: str, words: str, **kw: object) -> set[int]:
    return set(peer.matching(Query(kind, "", "", words=(words,), **kw), limit=1000))  # type: ignore[arg-type]


def test_a_phrase_keeps_its_small_words(peer: tantivy_peer.TantivySearcher, speeches: dict[int, str]) -> None:
    expected = holding(speeches, r"\brules?\W+of\W+laws?\b")
    assert expected and found(peer, "phrase", "rule of law") == expected
    assert found(peer, "phrase", "rule to law") == holding(speeches, r"\brules?\W+to\W+laws?\b")


def test_a_word_finds_its_stemmed_forms_in_title_or_body(
    peer: tantivy_peer.TantivySearcher, speeches: dict[int, str]
) -> None:
    assert found(peer, "term", "negotiations") == holding(speeches, r"\bnegotiat(e|es|ed|ing|ion|ions)\b")


def test_a_fuzzy_term_counts_a_swap_of_two_letters_as_one_edit(
    peer: tantivy_peer.TantivySearcher, speeches: dict[int, str]
) -> None:
    expected = holding(speeches, r"\bhumanitarian\b")
    assert expected and found(peer, "fuzzy", "humanitarain") == expected


def test_a_prefix_matches_the_stems_the_index_holds(
    peer: tantivy_peer.TantivySearcher, speeches: dict[int, str]
) -> None:
    assert found(peer, "prefix", "nucle") == holding(speeches, r"\bnucle")


def test_a_date_range_and_a_facet_filter_narrow_the_matches(peer: tantivy_peer.TantivySearcher) -> None:
    every = found(peer, "term", "peace")
    in_2001 = found(peer, "date", "peace", params=("2001-01-01", "2001-12-31"))
    by_year = found(peer, "facet", "peace", filters={"year": ["2001"]})
    assert in_2001 and in_2001 == by_year and in_2001 < every
    assert all(i % 3 == 1 for i in in_2001)


def test_a_page_has_twenty_hits_and_the_total(peer: tantivy_peer.TantivySearcher) -> None:
    ids, total = peer.search(Query("term", "", "", words=("the",)))
    assert len(ids) == 20 and total == 25
