"""Phrase queries: exactly the documents holding the words in order, ranked as Whoosh ranks them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from whoosh import query
from whoosh.codec.whoosh3 import W3TermsReader
from whoosh.index import Index

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine import posting_lists
from advocacy_archive.index.engine.phrases import FastPhrase
from advocacy_archive.index.engine.query_parser import parser_for
from advocacy_archive.index.engine.schema import make_schema
from advocacy_archive.index.engine.search_index import storage
from advocacy_archive.index.engine.state import SearcherState

TEXTS = {
    1: "The United Nations met today. Nations united against hunger.",
    2: "Nations united, they said, and only that.",
    3: "The united front of the nations of the south.",
    4: "Human rights are the rights of humans; human   rights again.",
    5: "No weapons of mass destruction were found.",
    6: "Weapons of destruction, masses of them.",
    7: "bye bye bye, said the united nations delegate",
}


def build(folder: Path, texts: dict[int, str]) -> Index:
    folder.mkdir()
    ix = storage(folder).create_index(make_schema())
    writer = ix.writer()
    for doc_id, text in texts.items():
        writer.add_document(id=str(doc_id), title="", body=text, actor="United States ; Senate")
    writer.commit()
    return ix


def ids(ix: Index, q: query.Query) -> set[int]:
    with ix.searcher() as s:
        stored = s.reader().column_reader("id")
        return {int(stored[d]) for d in s.docs_for_query(q)}


def parse(ix: Index, text: str, phrase: type = FastPhrase) -> query.Query:
    parser = parser_for(ix.schema)
    parser.phraseclass = phrase
    return parser.parse(text)


@pytest.fixture
def small_index(tmp_path: Path) -> Index:
    return build(tmp_path / "ix", TEXTS)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ('"united nations"', {1, 7}),
        ('"nations united"', {1, 2}),
        ('"human rights"', {4}),
        ('"weapons of mass destruction"', {5}),
        ('"weapons of destruction"', {6}),  # small words keep their place: not document 5
        ('"bye bye bye"', {7}),
        ('"hunger hunger"', set()),  # one word does not make a repeated phrase
        ('"united front nations"', set()),  # "of the" stand between them
        ('"united front of the nations"', {3}),
        ('"front united"', set()),
        ('"united nations"~4', {1, 3, 7}),
    ],
)
def test_phrase_matches_exactly_the_documents_with_the_words_in_order(
    small_index: Index, phrase: str, expected: set[int]
) -> None:
    assert ids(small_index, parse(small_index, phrase)) == expected


@pytest.mark.parametrize(
    "text", ['"united nations"', '"human rights" OR hunger', '"nations united" nations', '"united nations"~2']
)
def test_phrase_ranking_and_scores_are_whoosh_own(small_index: Index, text: str) -> None:
    with small_index.searcher() as s:
        ours = [(h.docnum, h.score) for h in s.search(parse(small_index, text), limit=None)]
        theirs = [(h.docnum, h.score) for h in s.search(parse(small_index, text, query.Phrase), limit=None)]
    assert ours == theirs and ours


def test_actor_phrase_matches_the_whole_name(small_index: Index) -> None:
    assert ids(small_index, parse(small_index, 'actor:"United States"')) == set(TEXTS)
    assert ids(small_index, parse(small_index, 'actor:"States Senate"')) == set(TEXTS)  # " ; " drops out
    assert ids(small_index, parse(small_index, 'actor:"Senate United"')) == set()


def test_deleted_document_no_longer_matches_a_phrase(small_index: Index) -> None:
    writer = small_index.writer()
    writer.delete_by_term("id", "7")
    writer.commit(merge=False)
    assert ids(small_index, parse(small_index, '"united nations"')) == {1}


def test_phrase_total_counts_every_document_holding_the_phrase(sample_archive: Archive) -> None:
    """Words as written, consecutive: the documents holding exactly those words in a row (the
    phrase's words have no other forms in these documents)."""
    words_of = make_schema()["body"].analyzer
    docs = [sample_archive.document(h.doc_id) for h in sample_archive.search("", page_size=1000).hits]
    phrase = ["the", "international", "community"]

    def holds(text: str) -> bool:
        ts = [t.text for t in words_of(text)]
        return any(ts[i : i + len(phrase)] == phrase for i in range(len(ts)))

    holding = {d.id for d in docs if holds(d.text) or holds(d.title)}
    result = sample_archive.search('"' + " ".join(phrase) + '"', page_size=1000)
    assert result.total == len(holding) > 3
    assert {h.doc_id for h in result.hits} == holding


def test_phrases_of_real_documents_match_as_whoosh_matches(sample_archive: Archive) -> None:
    """Word pairs and triples taken from real texts (positions past 255, long documents), each
    found, scored and ranked as Whoosh's own Phrase does, with and without slop."""
    docs = [sample_archive.document(h.doc_id) for h in sample_archive.search("", page_size=1000).hits]
    words_of = make_schema()["body"].analyzer
    phrases = []
    for doc in docs[:12]:
        words = [t.text for t in words_of(doc.text) if re.fullmatch(r"[a-z]+", t.text)]
        middle = " ".join(words[len(words) // 2 : len(words) // 2 + 3])
        phrases += [f'"{words[-3]} {words[-2]}"', f'"{middle}"~2']
    s = sample_archive._context().searcher._searcher
    for text in phrases:
        q = parser_for(s.schema).parse(text)
        ours = [(h.docnum, h.score) for h in s.search(_with(q, FastPhrase), limit=None)]
        theirs = [(h.docnum, h.score) for h in s.search(_with(q, query.Phrase), limit=None)]
        assert ours == theirs and ours, text


def _with(q: query.Query, phrase: type) -> query.Query:
    """`q` with each phrase made a `phrase`."""
    if isinstance(q, query.Phrase):
        return phrase(q.fieldname, q.words, slop=q.slop, boost=q.boost)
    return q.apply(lambda sub: _with(sub, phrase)) if q.is_leaf() is False else q


def test_a_phrase_word_of_several_forms_scores_alike_in_every_segment(tmp_path: Path) -> None:
    """A word standing for its forms is scored with the idf of all of them, also in a segment
    holding only one: the same documents score the same, in one segment or in two."""
    first = {1: "The United Nations met.", 2: "Nations united against hunger.", 3: "The nation will unite."}
    second = {4: "United nations delegates spoke.", 5: "The united nations of the south."}
    whole = build(tmp_path / "one", first | second)
    split = build(tmp_path / "two", first)
    writer = split.writer()
    for doc_id, text in second.items():
        writer.add_document(id=str(doc_id), title="", body=text)
    writer.commit(merge=False)

    def scores(ix: Index) -> dict[int, float]:
        q = parse(ix, '"united nations"')
        q.subqueries[1].forms = [("united", "unite"), ("nations", "nation")]  # the body's phrase
        with ix.searcher() as s:
            assert len(s.leaf_searchers()) == (2 if ix is split else 1)
            stored = s.reader().column_reader("id")
            return {int(stored[h.docnum]): h.score for h in s.search(q, limit=None)}

    assert scores(split) == pytest.approx(scores(whole)) and set(scores(whole)) == {1, 4, 5}


SHARING_OF = [
    '"weapons of mass destruction"',
    '"masses of them"',
    '"rights of humans"',
    '"front of the nations"',
]


def bound(q: query.Query, st: SearcherState) -> query.Query:
    """`q` with each of its phrases using the caches `st` (as the engine binds them)."""
    phrases = [q] if isinstance(q, FastPhrase) else [sub for sub in q.leaves() if isinstance(sub, FastPhrase)]
    assert phrases
    for phrase in phrases:
        phrase.state = st
    return q


@pytest.mark.parametrize("kept_bytes", [0, 600, 64 * 1024 * 1024])
def test_phrases_sharing_a_word_match_as_whoosh_whatever_lists_are_kept(
    small_index: Index, kept_bytes: int
) -> None:
    """Phrases sharing "of" and "the", asked in turn with room for no decoded list, for one or
    two, or for all: each finds and scores what Whoosh's own Phrase does, and what is kept stays
    within its bound."""
    st = SearcherState(decoded_bytes=kept_bytes)
    with small_index.searcher() as s:
        for text in SHARING_OF * 2:
            ours = bound(parse(small_index, text), st)
            theirs = parse(small_index, text, query.Phrase)
            found = [(h.docnum, h.score) for h in s.search(ours, limit=None)]
            assert found == [(h.docnum, h.score) for h in s.search(theirs, limit=None)] and found, text
            assert st.decoded.held <= kept_bytes
    assert st.decoded.held > 0 or kept_bytes == 0


def test_a_word_shared_by_phrases_is_read_once(small_index: Index, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second phrase holding "of" takes its decoded list from the first: only its own
    other words are read from the postings file."""
    st = SearcherState()
    read: list[int] = []
    reading = posting_lists.blocks

    def counted(where: posting_lists.Extent) -> Any:
        read.append(where[1])
        return reading(where)

    monkeypatch.setattr(posting_lists, "blocks", counted)
    with small_index.searcher() as s:
        first, second = (bound(parse(small_index, text), st) for text in SHARING_OF[:2])
        assert len(s.search(first, limit=None)) == 1
        of = posting_lists.extent(st, s.reader(), "body", b"of")
        assert of is not None and of[1] in read
        read.clear()
        assert len(s.search(second, limit=None)) == 1
        assert read and of[1] not in read


def test_parsing_a_phrase_keeps_its_words_term_infos(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The forms of a phrase's words are found in a range of the term file that holds their
    TermInfos: matching the phrase then looks none of them up again."""
    looked_up: list[bytes] = []
    looking_up = W3TermsReader.term_info

    def counted(self: Any, fieldname: str, btext: bytes) -> Any:
        looked_up.append(btext)
        return looking_up(self, fieldname, btext)

    monkeypatch.setattr(W3TermsReader, "term_info", counted)
    result = sample_archive.search('"international community"', page_size=20)
    assert result.total > 3 and result.hits[0].hits
    assert not [t for t in looked_up if t.startswith((b"internation", b"communit"))]
