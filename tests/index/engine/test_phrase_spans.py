"""A phrase is highlighted from its first word to its last wherever it occurs in a page's
documents: the spans found by following its words as arrays are those a word-by-word walk of
the analysed text finds, with forms, repeated words and slop."""

from __future__ import annotations

import re

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine.phrase_spans import phrase_spans
from advocacy_archive.index.engine.schema import make_schema
from advocacy_archive.index.engine.state import SearcherState

Token = tuple[str, int, int]  # word, first character, end


def tokens(text: str) -> list[Token]:
    analyzer = make_schema()["body"].analyzer
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, positions=True)]


def walked(words: list[Token], groups: list[set[str]], slop: int) -> list[tuple[int, int]]:
    """Each chain from an occurrence of the first group's words, taking the nearest word of
    each next group 1..slop positions on."""
    found = []
    for start, (word, first, end) in enumerate(words):
        if word not in groups[0]:
            continue
        at, last = start, end
        for group in groups[1:]:
            ahead = range(at + 1, min(at + slop + 1, len(words)))
            nxt = next((p for p in ahead if words[p][0] in group), None)
            if nxt is None:
                break
            at, last = nxt, words[nxt][2]
        else:
            found.append((first, last))
    return found


@pytest.mark.parametrize(
    ("groups", "slop"),
    [
        ([{"the"}, {"united"}, {"nations"}], 1),
        ([{"human"}, {"rights", "right"}], 1),
        ([{"of"}, {"the"}], 1),
        ([{"the"}, {"of"}], 3),
        ([{"refugees", "refugee"}, {"and"}, {"the"}], 2),
        ([{"the"}, {"the"}], 4),  # a word repeated: each occurrence starts its own chain
    ],
)
def test_spans_are_those_of_a_walk_through_the_words(
    sample_archive: Archive, groups: list[set[str]], slop: int
) -> None:
    hits = sample_archive.search("", page_size=1000).hits
    docs = {h.doc_id: sample_archive.document(h.doc_id) for h in hits}
    searcher = sample_archive._context().searcher._searcher
    ids = searcher.reader().column_reader("id")
    checked = 0
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        local = list(range(reader.doc_count_all()))
        present = [sorted(w.encode() for w in g if ("body", w.encode()) in reader) for g in groups]
        if not all(present):
            continue
        found = phrase_spans(SearcherState(), reader, present, slop, local)
        for docnum in local:
            text = docs[int(ids[docnum + offset])].text
            expected = walked(tokens(text), groups, slop)
            assert sorted(found.get(docnum, [])) == sorted(expected)
            checked += len(expected)
            assert all(re.match(r"\w", text[s]) for s, _ in expected)
    assert checked > 0
