""" "Did you mean": a correction for query words that no document holds, from the body lexicon.

The body field is stemmed, so its lexicon holds stems ("refuge", "polici"). The closest stem
sharing the first letter is found by edit distance, then shown as a word a document really uses:
the stored character offsets of its first occurrence point into that document's text in the
catalog. This replaces Whoosh's `spelling=True`, which indexed every body word a second time and
made indexing about three times slower (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

from whoosh import query
from whoosh.searching import Searcher
from whoosh.support.levenshtein import distance

from .bulk_postings import terms_with_prefix

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


def suggest_text(
    searcher: Searcher,
    conn: sqlite3.Connection,
    doc_ids: Callable[[], list[int]],
    leaves: list[query.Query],
    text: str,
) -> str | None:
    """`text` with each unknown word replaced by its correction, or None when nothing changes.
    `doc_ids()` gives the docnum → catalog id table (only called when a correction is found)."""
    edits: list[tuple[int, int, str]] = []
    for term in unknown_body_terms(searcher, leaves):
        start, end = getattr(term, "startchar", None), getattr(term, "endchar", None)
        stem = closest_stem(searcher, str(term.text))
        if start is None or end is None or stem is None:
            continue
        word = surface_word(searcher, conn, doc_ids(), stem)
        if word:
            edits.append((start, end, _same_case(text[start:end], word)))
    if not edits:
        return None
    for start, end, word in sorted(set(edits), reverse=True):
        text = text[:start] + word + text[end:]
    return text


def closest_stem(searcher: Searcher, stem: str) -> str | None:
    """The body stem nearest to `stem` (fewest edits, then most documents), sharing its first
    letter and of a similar length; None when nothing is within MAX_EDITS."""
    if len(stem) < MIN_WORD:
        return None
    reader = searcher.reader()
    letters = set(stem)
    best_edits, nearest = MAX_EDITS + 1, []
    for word in _words_starting(reader, stem[:1]):
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


_LEXICON: weakref.WeakKeyDictionary[Any, dict[str, list[str]]] = weakref.WeakKeyDictionary()


def _words_starting(reader: Any, letter: str) -> set[str]:
    """The body stems starting with `letter`, read per segment and kept per segment reader: an
    index of many segments is walked one segment at a time (Whoosh's merged walk over all of
    them cost twice as much), and a refreshed searcher keeps its unchanged segments' words."""
    leaves = [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]
    words: set[str] = set()
    for leaf in leaves:
        by_letter = _LEXICON.setdefault(leaf, {})
        if letter not in by_letter:
            stems = terms_with_prefix(leaf, "body", letter.encode("utf-8"))
            by_letter[letter] = [btext.decode("utf-8") for btext in stems]
        words.update(by_letter[letter])
    return words


def surface_word(searcher: Searcher, conn: sqlite3.Connection, doc_ids: list[int], stem: str) -> str | None:
    """The word as written where `stem` first occurs, read from the catalog by stored offsets."""
    matcher = searcher.postings("body", stem)
    if not matcher.is_active():
        return None
    docnum, spans = matcher.id(), matcher.spans()
    if not spans or docnum >= len(doc_ids):
        return None
    start, end = spans[0].startchar, spans[0].endchar
    row = conn.execute(
        "SELECT substr(text, ?, ?) FROM documents WHERE id = ?", (start + 1, end - start, doc_ids[docnum])
    ).fetchone()
    return row[0].lower() if row and row[0] else None


def _same_case(typed: str, word: str) -> str:
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word
