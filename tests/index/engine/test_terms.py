"""Term, multi-word and prefix queries: the documents Whoosh finds, ranked and scored as Whoosh
ranks them, whether evaluated in bulk (index/terms.py) or by Whoosh itself."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from whoosh import query
from whoosh.index import Index
from whoosh.searching import Searcher

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine.bulk_postings import (
    _column_lengths,
    fast_weighting,
    read_postings,
    terms_with_prefix,
)
from advocacy_archive.index.engine.date_ranges import use_columns
from advocacy_archive.index.engine.query_parser import parser_for
from advocacy_archive.index.engine.schema import make_schema
from advocacy_archive.index.engine.search_index import storage
from advocacy_archive.index.engine.searcher import EngineSearcher
from advocacy_archive.index.engine.state import SearcherState
from advocacy_archive.index.engine.terms import count_docs, top_scored
from advocacy_archive.index.errors import QuerySyntaxError

# The caches of the fast paths, shared by the module's tests as an open index shares them.
ST = SearcherState()

WORDS = (
    "refugee refugees refuge asylum detention detainee detained camp border boat sea war peace aid".split()
)


def text_for(n: int) -> str:
    """A deterministic mix: each document holds a different subset of WORDS, some repeated."""
    picked = [w for i, w in enumerate(WORDS) if (n * 7 + i * 3) % (i + 2) == 0]
    return " ".join(picked * (1 + n % 3)) + f" filler{n % 5} statement"


def build(folder: Path, docs: int = 60, segments: int = 4) -> Index:
    """Several segments (as a real archive has), one document deleted."""
    folder.mkdir()
    ix = storage(folder).create_index(make_schema())
    per = docs // segments
    for start in range(0, docs, per):
        writer = ix.writer()
        for n in range(start, min(start + per, docs)):
            writer.add_document(
                id=str(n),
                title="Refugees statement" if n % 9 == 0 else f"Note {n}",
                body=text_for(n) + (" determined deterrence detailed" if n % 6 == 0 else ""),
                actor="Australia ; United Nations" if n % 4 == 0 else "Iraq",
                date=datetime.datetime(2000 + n % 5, 1, 1),
            )
        writer.commit(merge=False)
    writer = ix.writer()
    writer.delete_by_term("id", "13")
    writer.commit(merge=False)
    return ix


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> Index:
    return build(tmp_path_factory.mktemp("terms") / "ix")


def parse(s: Searcher, text: str) -> query.Query:
    return use_columns(parser_for(s.schema).parse(text), s.schema)


def whoosh_ranking(s: Searcher, q: query.Query) -> list[tuple[int, float]]:
    """Whoosh's own scores for every match, best first, ties by docnum (no top-k pruning)."""
    results = s.search(q, limit=None, terms=False)
    return sorted(((r.docnum, r.score) for r in results), key=lambda p: (-p[1], p[0]))


def stored_ids(s: Searcher, docnums: list[int]) -> set[int]:
    column = s.reader().column_reader("id")
    return {int(column[d]) for d in docnums}


QUERIES = [
    "refugees",
    "asylum detention",
    "asylum detention camp",
    "refugees OR asylum OR border",
    "refug*",
    "refug* asylum",
    "det*",
    "det* OR war",
    "title:refugees",
    "actor:australia",
    "actor:australia asylum",
    'actor:"united nations" peace',
    '"asylum detention" war',
    "asylum^2 detention",
    "(refugees OR asylum) AND (war OR peace)",
    "asylum date:[2001-01-01 TO 2002-12-31]",
    "filler3",
    "nosuchword",
    "asylum nosuchword",
]


@pytest.mark.parametrize("text", QUERIES)
def test_ranking_and_scores_are_whoosh_own(ix: Index, text: str) -> None:
    with ix.searcher() as s:
        q = parse(s, text)
        expected = whoosh_ranking(s, q)
        ours = top_scored(ST, s, q, fast_weighting(ST, s), None, 10_000)
        assert ours is not None, "the bulk path should take this query"
        assert ours == expected  # the same floats, not merely close


@pytest.mark.parametrize("text", QUERIES)
def test_counting_finds_what_whoosh_finds(ix: Index, text: str) -> None:
    with ix.searcher() as s:
        q = parse(s, text)
        assert count_docs(ST, s, q) == list(s.docs_for_query(q))


def test_two_words_find_exactly_the_documents_holding_both(ix: Index) -> None:
    with ix.searcher() as s:
        found = stored_ids(s, count_docs(ST, s, parse(s, "asylum detention")) or [])
    both = {n for n in range(60) if {"asylum", "detention"} <= set(text_for(n).split())} - {13}
    assert found == both and both


def test_prefix_finds_every_document_with_a_word_starting_so(ix: Index) -> None:
    with ix.searcher() as s:
        found = stored_ids(s, count_docs(ST, s, parse(s, "refug*")) or [])
    starting = {n for n in range(60) if any(w.startswith("refug") for w in text_for(n).split()) or n % 9 == 0}
    assert found == starting - {13} and found


def test_a_page_is_the_best_documents_of_the_allowed_ones(ix: Index) -> None:
    with ix.searcher() as s:
        q = parse(s, "asylum OR border")
        allowed = set(range(0, 60, 2))
        expected = [p for p in whoosh_ranking(s, q) if p[0] in allowed][:5]
        assert top_scored(ST, s, q, fast_weighting(ST, s), allowed, 5) == expected


@pytest.mark.parametrize("text", ["asylum NOT detention", "asylum~", "refu?ee"])
def test_other_queries_are_left_to_whoosh(ix: Index, text: str) -> None:
    with ix.searcher() as s:
        q = parse(s, text)
        assert top_scored(ST, s, q, fast_weighting(ST, s), None, 10) is None
        assert count_docs(ST, s, q) is None


def test_field_lengths_read_in_bulk_are_those_whoosh_scores_with(ix: Index) -> None:
    with ix.searcher() as s:
        for sub, _ in s.leaf_searchers():
            reader = sub.reader()
            for name in ("title", "body", "actor", "issuer", "id"):
                expected = [reader.doc_field_length(d, name, 1) for d in range(reader.doc_count_all())]
                assert _column_lengths(reader, name) == expected


def test_an_empty_date_is_a_query_error_not_a_crash(sample_archive: Archive) -> None:
    with pytest.raises(QuerySyntaxError, match="a date must look like"):
        sample_archive.search('date:""')


@pytest.fixture(scope="module")
def big_ix(tmp_path_factory: pytest.TempPathFactory) -> Index:
    # Whoosh unions the words of an OR differently in a segment of more than 5,000 documents
    # (as after a rebuild, which writes one segment): the bulk path must follow it there too.
    return build(tmp_path_factory.mktemp("terms-big") / "ix", docs=5_200, segments=1)


@pytest.mark.parametrize(
    "text", ["refugees OR asylum OR border", "refug*", "det* OR war", "asylum detention camp"]
)
def test_large_segments_rank_as_whoosh_does(big_ix: Index, text: str) -> None:
    with big_ix.searcher() as s:
        assert max(sub.doc_count_all() for sub, _ in s.leaf_searchers()) > 5_000
        q = parse(s, text)
        assert top_scored(ST, s, q, fast_weighting(ST, s), None, 10_000) == whoosh_ranking(s, q)
        assert count_docs(ST, s, q) == list(s.docs_for_query(q))


@pytest.mark.parametrize(
    ("field", "prefix"),
    [("body", b"det"), ("body", b"d"), ("body", b""), ("body", b"zz"), ("body", b"\xff"), ("title", b"re")],
)
def test_a_prefix_expands_to_the_terms_whoosh_lists(ix: Index, field: str, prefix: bytes) -> None:
    with ix.searcher() as s:
        for sub, _ in s.leaf_searchers():
            reader = sub.reader()
            assert terms_with_prefix(reader, field, prefix) == list(reader.expand_prefix(field, prefix))
        assert terms_with_prefix(s.reader(), "nosuchfield", prefix) == []


def test_snippet_offsets_read_from_blocks_are_whoosh_spans(sample_archive: Archive, tmp_path: Path) -> None:
    """Every document's character spans of common words (long posting lists, many blocks), in
    an index with a deletion too (then Whoosh's own walk skips the deleted posting)."""
    check_spans(sample_archive._context().searcher._searcher, [b"refugees", b"government", b"nosuchword"])
    ix = build(tmp_path / "deleted")
    with ix.searcher() as s:
        check_spans(s, [b"asylum", b"detention", b"nosuchword"])
    with build(tmp_path / "long", docs=1200, segments=2).searcher() as s:  # lists of many blocks
        check_spans(s, [b"refugees", b"statement", b"aid"])


def check_spans(s: Searcher, terms: list[bytes]) -> None:
    docnums = list(range(0, s.doc_count_all(), 3))
    expected = {d: set() for d in docnums}
    for btext in terms:
        if ("body", btext) not in s.reader():
            continue
        m = s.postings("body", btext)
        while m.is_active():
            if m.id() in expected:
                expected[m.id()].update((sp.startchar, sp.endchar) for sp in m.spans())
            m.next()
    assert EngineSearcher(s, SearcherState())._spans_of(docnums, terms, []) == {
        d: tuple(sorted(v)) for d, v in expected.items()
    }
    assert any(expected.values())


LONG_LISTS = [("body", b"refugees"), ("body", b"statement"), ("title", b"note"), ("body", b"aid")]


def test_posting_lists_read_in_one_piece_are_whoosh_own(tmp_path: Path) -> None:
    """Docnums, weights and values of long posting lists (many blocks, compressed) as Whoosh's
    matcher walks them one posting at a time, in segments with and without deletions."""
    s = build(tmp_path / "long", docs=1200, segments=2).searcher()
    checked = 0
    for sub, _ in s.leaf_searchers():
        reader = sub.reader()
        for field, btext in LONG_LISTS:
            if (field, btext) not in reader:
                continue
            m = reader.postings(field, btext)
            walked = []
            while m.is_active():
                walked.append((m.id(), m.weight(), m.value()))
                m.next()
            bulk = read_postings(reader, field, btext)
            assert list(zip(bulk.docs.tolist(), bulk.weights, bulk.values, strict=True)) == walked
            checked += len(walked)
    s.close()
    assert checked > 2000
