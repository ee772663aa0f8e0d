""" "Did you mean": a correction for query words that no document holds, from the body lexicon.

The body field is stemmed, so its lexicon holds stems ("refuge", "polici"). The closest stem
sharing the first letter is found by edit distance, then shown as a word a document really uses:
the stored character offsets of its first occurrence point into that document's text, which the
caller reads from the catalog. This replaces Whoosh's `spelling=True`, which indexed every body
word a second time and made indexing about three times slower (benchmarks/RESULTS.md).
"""

from __future__ import annotations

from typing import Any

from whoosh import query
from whoosh.searching import Searcher
from whoosh.support.levenshtein import distance

from .bulk_postings import terms_with_prefix
from .state import SearcherState

MAX_EDITS = 2
MIN_WORD = 3  # shorter words have too many neighbours to guess from


def unknown_body_terms(searcher: Searcher, leaves: list[query.Query]) -> list[query.Term]:
    """The plain body terms of a query that no document contains."""
    reader = searcher.reader()
    return [
        leaf
        for leaf in leaves
        if isinstance(leaf, query.Term)
        and leaf.fieldname == "body"
        and reader.doc_frequency("body", leaf.text) == 0
    ]


def closest_stem(st: SearcherState, searcher: Searcher, stem: str) -> str | None:
    """The body stem nearest to `stem` (fewest edits, then most documents), sharing its first
    letter and of a similar length; None when nothing is within MAX_EDITS."""
    if len(stem) < MIN_WORD:
        return None
    reader = searcher.reader()
    letters = set(stem)
    best_edits, nearest = MAX_EDITS + 1, []
    for word in _words_starting(st, reader, stem[:1]):
        if abs(len(word) - len(stem)) > MAX_EDITS or word == stem:
            continue
        # Each edit adds or removes at most one distinct letter: a cheap bound that skips
        # most of the lexicon before the (pure Python) edit distance.
        if len(letters.difference(word)) > MAX_EDITS or len(set(word) - letters) > MAX_EDITS:
            continue
        edits = distance(word, stem, limit=MAX_EDITS + 1)
        if edits < best_edits:
            best_edits, nearest = edits, [word]
        elif edits == best_edits:
            nearest.append(word)
    # Document frequencies cost a lookup in every segment: only for the nearest words.
    ranked = sorted((-reader.doc_frequency("body", word), word) for word in nearest)
    return ranked[0][1] if ranked else None


def _words_starting(st: SearcherState, reader: Any, letter: str) -> set[str]:
    """The body stems starting with `letter`, read per segment and kept per segment reader: an
    index of many segments is walked one segment at a time (Whoosh's merged walk over all of
    them cost twice as much), and a refreshed searcher keeps its unchanged segments' words."""
    leaves = [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]
    words: set[str] = set()
    for leaf in leaves:
        by_letter = st.of(leaf).lexicon
        if letter not in by_letter:
            stems = terms_with_prefix(leaf, "body", letter.encode("utf-8"))
            by_letter[letter] = [btext.decode("utf-8") for btext in stems]
        words.update(by_letter[letter])
    return words


def first_occurrence(searcher: Searcher, stem: str) -> tuple[int, int, int] | None:
    """Where `stem` first occurs: (docnum, start, end) in that document's text, from the stored
    character offsets; None when no document holds it."""
    matcher = searcher.postings("body", stem)
    if not matcher.is_active():
        return None
    docnum, spans = matcher.id(), matcher.spans()
    if not spans:
        return None
    return docnum, spans[0].startchar, spans[0].endchar
