"""The words of a text field as written, across every segment of one searcher: the forms of a
query word, the words a prefix or a fuzzy term stands for, and "did you mean".

Forms and prefixes read one range of each segment's term file (bulk_postings.terms_with_prefix,
remembered per segment reader). Fuzzy terms and suggestions compare the query word with every
word of a similar length: each segment's word list is read once and kept by length with that
segment's caches (state.py: a searcher refreshed after a commit reads only its new segments),
and RapidFuzz's C++ edit distance (restricted Damerau-Levenshtein: a swap of two
neighbouring letters is one edit) compares a word with tens of thousands in milliseconds, where
Whoosh walked the term list with a pure-Python distance in every segment (1.3–3 s a query).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import word_forms
from .bulk_postings import term_entries, terms_with_prefix
from .posting_lists import remember_term_info
from .state import SearcherState

MAX_EDITS = 2  # fuzzy terms and suggestions: more edits than this find unrelated words


class Lexicon:
    """The words of one searcher's text fields (see module doc)."""

    def __init__(self, searcher: Any, state: SearcherState) -> None:
        self._searcher = searcher
        self._state = state

    def _leaves(self) -> list[Any]:
        reader = self._searcher.reader()
        return [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]

    def with_prefix(self, field: str, prefix: str) -> list[str]:
        """The field's words starting with `prefix`, in order."""
        raw = prefix.encode("utf-8")
        found: set[bytes] = set()
        for leaf in self._leaves():
            if field not in leaf.schema:
                continue
            found.update(self._prefix_terms(leaf, field, raw))
        return sorted(b.decode("utf-8", "replace") for b in found if b)

    def _prefix_terms(self, leaf: Any, field: str, raw: bytes) -> Iterable[bytes]:
        """One segment's terms starting with `raw`, remembered per segment reader."""
        entries = self._prefix_entries(leaf, field, raw)
        if entries is None:
            key = ("words " + field, raw)
            return self._state.of(leaf).expansions.get(key, lambda: terms_with_prefix(leaf, field, raw))
        return entries

    def _prefix_entries(self, leaf: Any, field: str, raw: bytes) -> dict[bytes, bytes] | None:
        """One segment's terms starting with `raw` and their stored TermInfos, remembered per
        segment reader (None: a term file of another layout)."""
        return self._state.of(leaf).entries.get((field, raw), lambda: term_entries(leaf, field, raw))

    def _remember_term_infos(self, field: str, raw: bytes, words: Iterable[str]) -> None:
        """The TermInfos of `words` (each starting with `raw`) as read with the prefix's range,
        kept for the query to come: a phrase looks up each of its words' forms in every
        segment, several small reads of the term file each (a tenth of a phrase's time)."""
        for leaf in self._leaves():
            entries = self._prefix_entries(leaf, field, raw) if field in leaf.schema else None
            if entries is None:
                continue
            for word in words:
                btext = word.encode("utf-8")
                if btext.startswith(raw):
                    remember_term_info(self._state, leaf, field, btext, entries.get(btext))

    def forms(self, field: str, word: str) -> list[str]:
        """The field's words that are forms of `word` (word_forms.py), `word` first if present."""
        wanted = word_forms.key(word)
        prefix = word_forms.prefix(word)
        candidates = self.with_prefix(field, prefix)
        forms = [w for w in candidates if word_forms.key(w) == wanted]
        self._remember_term_infos(field, prefix.encode("utf-8"), [*forms, word])
        for irregular in word_forms.irregular_forms(word):
            if irregular not in forms and self.doc_frequency(field, irregular):
                forms.append(irregular)
        if word in forms:
            forms.remove(word)
            forms.insert(0, word)
        return forms

    def doc_frequency(self, field: str, word: str) -> int:
        return int(self._searcher.doc_frequency(field, word))

    def near(self, field: str, word: str, max_edits: int) -> list[tuple[str, int]]:
        """The field's words within `max_edits` edits of `word` (at most MAX_EDITS), with their
        distance, nearest first. Stops with QueryTooSlow once the query's time is up."""
        max_edits = min(max_edits, MAX_EDITS)
        by_length = self._words(field)
        found: dict[str, int] = {}
        for length in range(max(1, len(word) - max_edits), len(word) + max_edits + 1):
            self._state.check_deadline()
            choices = by_length.get(length)
            if not choices:
                continue
            matches = process.extract(word, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None)
            for match, distance, _ in matches:
                found[match] = int(distance)
        return sorted(found.items(), key=lambda pair: (pair[1], pair[0]))

    def _words(self, field: str) -> dict[int, list[str]]:
        """The field's words by length across every segment, each once: segments share most of
        their words (a 30,000-document index holds 12 segments), so comparing with the union
        costs a fraction of comparing with each segment's list in turn. Remembered for this set of
        segments; after a commit it is merged again from the segments' own lists, of which only
        the new segments' are read from disk."""
        segments = tuple((leaf, self._state.of(leaf)) for leaf in self._leaves() if field in leaf.schema)
        key = (field, tuple(caches for _, caches in segments))
        return self._state.lexicons.get(
            key, lambda: _union(self._segment_words(leaf, field) for leaf, _ in segments)
        )

    def _segment_words(self, leaf: Any, field: str) -> dict[int, list[str]]:
        """One segment's words of `field` by length, remembered with the segment."""
        caches = self._state.of(leaf)
        if field not in caches.words:
            grouped: dict[int, list[str]] = {}
            for raw in terms_with_prefix(leaf, field, b""):
                w = raw.decode("utf-8", "replace")
                grouped.setdefault(len(w), []).append(w)
            caches.words[field] = grouped
        return caches.words[field]

    def suggestion(self, field: str, word: str) -> str | None:
        """The word documents use that `word` most likely misspells: fewest edits, then most
        documents; None when nothing is near (or `word` is too short to guess from)."""
        if len(word) < 3:
            return None
        near = [(w, d) for w, d in self.near(field, word, MAX_EDITS) if w != word]
        if not near:
            return None
        fewest = near[0][1]
        ranked = sorted((-self.doc_frequency(field, w), w) for w, d in near if d == fewest)
        return ranked[0][1]


def _union(lists: Iterable[dict[int, list[str]]]) -> dict[int, list[str]]:
    """Words by length, merged from several segments' lists, each word once."""
    merged: dict[int, set[str]] = {}
    for by_length in lists:
        for length, words in by_length.items():
            merged.setdefault(length, set()).update(words)
    return {length: sorted(words) for length, words in merged.items()}
