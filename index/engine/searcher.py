"""Searching one state of the index: what `SearchIndex.searcher()` hands the rest of the core.

Whoosh numbers documents by position in its segments (docnums), which change when segments
are merged or a searcher is refreshed; everything that leaves this module speaks catalog
document ids instead, as numpy arrays where there are many. Queries go the fast paths
(terms.py, phrases.py, date_ranges.py) where they can, and Whoosh's own collectors otherwise,
with the same matches and scores either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query, sorting

from ..deadline import Deadline
from ..models import Span
from . import query_parser
from .bulk_postings import fast_weighting, stored_ids, values_of
from .forms_query import WordForms
from .lexicon import Lexicon
from .like import (
    POSTINGS_BUDGET,
    LikeMatch,
    LikeResult,
    WeightedWord,
    doc_frequencies,
    estimated_frequencies,
    holders,
    like_query,
)
from .phrase_spans import phrase_spans
from .phrases import FastPhrase
from .state import SearcherState
from .terms import count_docs, top_scored

MAX_HIGHLIGHT_TERMS = 64  # a prefix or fuzzy term highlights at most this many of its words
SORTS = ("relevance", "date")


@dataclass(frozen=True, eq=False)
class ParsedQuery:
    """A query ready to run against one index (opaque outside the engine)."""

    text: str
    whoosh: query.Query


class EngineSearcher:
    """One state of the index, searched by document id. Not shared between threads without
    the state's lock (`SearcherState.lock`), which every method takes."""

    def __init__(self, searcher: Any, state: SearcherState) -> None:
        self._searcher = searcher
        self._state = state
        self._ids: np.ndarray | None = None  # docnum → document id
        self._order: np.ndarray | None = None  # docnums sorted by document id
        self._lexicon = Lexicon(searcher, state)

    # -- document ids ----------------------------------------------------------------------
    def _doc_ids(self) -> np.ndarray:
        if self._ids is None:
            reader = self._searcher.reader()
            # An index that never held a document has no segment; its reader has no columns.
            # The stored bytes are the id's digits, which int() reads as they are.
            leaves = [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]
            stored = [v for leaf in leaves if leaf.doc_count_all() for v in stored_ids(leaf)]
            ids = np.fromiter((int(v) if v else 0 for v in stored), dtype=np.int64, count=len(stored))
            if reader.has_deletions():
                # A replaced document keeps its old docnum, deleted, beside its new one: only
                # the live one may stand for its id (a filter by id, the hits' spans).
                live = np.zeros(len(ids), dtype=bool)
                live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
                ids[~live] = -1
            self._ids = ids
        return self._ids

    def _docnums(self, doc_ids: np.ndarray) -> np.ndarray:
        """The docnums of those `doc_ids` this index holds."""
        ids = self._doc_ids()
        if self._order is None:
            self._order = np.argsort(ids, kind="stable")
        if not len(ids):
            return np.zeros(0, dtype=np.int64)
        at = np.searchsorted(ids, doc_ids, sorter=self._order).clip(0, len(ids) - 1)
        found = self._order[at]
        result: np.ndarray = found[ids[found] == doc_ids]
        return result

    def doc_count(self) -> int:
        with self._state.lock:
            return int(self._searcher.doc_count())

    @contextmanager
    def bounded(self, deadline: Deadline) -> Iterator[None]:
        """Every call made inside the block works within `deadline` (raising QueryTooSlow when
        it passes); the state's lock is held meanwhile, so no other query's deadline mixes in."""
        with self._state.lock:
            previous, self._state.deadline = self._state.deadline, deadline
            try:
                yield
            finally:
                self._state.deadline = previous

    # -- queries ---------------------------------------------------------------------------
    def parse(self, text: str) -> ParsedQuery:
        """Raises QuerySyntaxError for a query the engine cannot run."""
        with self._state.lock:
            return ParsedQuery(
                text, query_parser.parse(text, self._searcher.schema, self._state, self._lexicon)
            )

    def matching(self, q: ParsedQuery) -> np.ndarray:
        """Every matching document's id."""
        with self._state.lock:
            found = count_docs(self._state, self._searcher, q.whoosh)
            if found is None:
                self._state.check_deadline()  # Whoosh's own matcher cannot stop midway
                found = list(self._searcher.docs_for_query(q.whoosh))
            result: np.ndarray = self._doc_ids()[np.array(found, dtype=np.int64)]
            return result

    def ranked(
        self, q: ParsedQuery, *, allowed: np.ndarray | None, sort: str, limit: int
    ) -> list[tuple[int, float]]:
        """The best `limit` (document id, score) pairs among `allowed` ids (None: all), by
        relevance or by date (newest first)."""
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
        with self._state.lock:
            docnums = None if allowed is None else set(self._docnums(allowed).tolist())
            ids = self._doc_ids()
            return [(int(ids[d]), s) for d, s in self._ranked_docnums(q.whoosh, docnums, sort, limit)]

    def _ranked_docnums(
        self, q: query.Query, allowed: set[int] | None, sort: str, limit: int
    ) -> list[tuple[int, float]]:
        searcher, st = self._searcher, self._state
        weighting = fast_weighting(st, searcher)
        if sort == "relevance":
            top = top_scored(st, searcher, q, weighting, allowed, limit)
            if top is not None:
                return top
        st.check_deadline()  # Whoosh's own collector cannot stop midway
        kwargs: dict[str, object] = {"limit": limit}
        if allowed is not None:
            kwargs["filter"] = allowed
        if sort == "date":
            kwargs.update(sortedby=_newest_first(searcher.schema), reverse=True)
        collector = searcher.collector(**kwargs)
        context = searcher.context(weighting=weighting)
        searcher.search_with_collector(q, collector, context=context)
        return [(r.docnum, r.score or 0.0) for r in collector.results()]

    # -- more like this ----------------------------------------------------------------------
    def doc_frequencies(self, words: Iterable[str]) -> dict[str, int]:
        """How many documents hold each word (as written, lower case) in their text."""
        with self._state.lock:
            return doc_frequencies(self._state, self._searcher, words)

    def estimated_frequencies(self, words: Iterable[str]) -> dict[str, float]:
        """`doc_frequencies` estimated from a sample of the index, for ranking many words at once."""
        with self._state.lock:
            return estimated_frequencies(self._state, self._searcher, words)

    def like(
        self,
        words: Sequence[WeightedWord],
        *,
        limit: int,
        exclude: Iterable[int] = (),
        budget: int = POSTINGS_BUDGET,
    ) -> LikeResult:
        """The best `limit` documents (not in `exclude`) for an OR of the words, each with all its
        forms and boosted by its weight, with the words each one holds. Past the first few,
        words are left out while they would take the query past `budget` postings (like.py)."""
        if not words:
            return LikeResult([], ())
        excluded = set(exclude)
        with self._state.lock:
            q, asked = like_query(words, self._lexicon, self._state, self._searcher, budget)
            ranked = self._ranked_docnums(q, None, "relevance", limit + len(excluded))
            ids = self._doc_ids()
            ranked = [(d, s) for d, s in ranked if int(ids[d]) not in excluded][:limit]
            held = holders(self._state, self._searcher, q, [d for d, _ in ranked])
            matches = [LikeMatch(int(ids[d]), float(s), tuple(asked[i] for i in held[d])) for d, s in ranked]
            return LikeResult(matches, tuple(asked))

    # -- hits ------------------------------------------------------------------------------
    def hit_spans(self, q: ParsedQuery, doc_ids: Sequence[int]) -> dict[int, tuple[Span, ...]]:
        """Where in each document's text the query's body words and phrases occur (stored
        offsets): a phrase is marked where it occurs, never its words alone."""
        with self._state.lock:
            leaves = [leaf for leaf in query_parser.positive_leaves(q.whoosh) if _in_body(leaf)]
            terms = self._body_terms([leaf for leaf in leaves if not isinstance(leaf, FastPhrase)])
            phrases = [leaf for leaf in leaves if isinstance(leaf, FastPhrase)]
            wanted = np.array(list(doc_ids), dtype=np.int64)
            docnums = self._docnums(wanted).tolist()
            spans = self._spans_of(docnums, terms, phrases)
            ids = self._doc_ids()
            found = {int(ids[d]): spans[d] for d in docnums}
            return {doc_id: found.get(doc_id, ()) for doc_id in doc_ids}

    def _body_terms(self, leaves: list[query.Query]) -> list[bytes]:
        """The body terms the leaves look for (prefixes expanded)."""
        terms: list[bytes] = []
        reader = self._searcher.reader()
        field = self._searcher.schema["body"]
        for leaf in leaves:
            if isinstance(leaf, WordForms):
                terms.extend(leaf.btexts())
            elif isinstance(leaf, query.Term):
                terms.append(field.to_bytes(leaf.text))
            elif isinstance(leaf, query.MultiTerm):
                for i, btext in enumerate(leaf._btexts(reader)):
                    if i >= MAX_HIGHLIGHT_TERMS:
                        break
                    terms.append(btext)
        return list(dict.fromkeys(terms))

    def _spans_of(
        self, docnums: list[int], terms: list[bytes], phrases: list[FastPhrase]
    ) -> dict[int, tuple[Span, ...]]:
        """The stored character spans of `terms` and `phrases` in each of `docnums`, read
        segment by segment from the posting blocks holding those documents."""
        spans: dict[int, set[Span]] = {docnum: set() for docnum in docnums}
        decode = self._searcher.schema["body"].format.decode_characters
        for sub, offset in self._searcher.leaf_searchers():
            self._state.check_deadline()
            reader = sub.reader()
            local = [d - offset for d in docnums if offset <= d < offset + reader.doc_count_all()]
            if not local:
                continue
            for btext in terms:
                if ("body", btext) not in reader:  # e.g. a term from a title-only match
                    continue
                for docnum, value in values_of(self._state, reader, "body", btext, local).items():
                    spans[docnum + offset].update((start, end) for _, start, end in decode(value))
            for phrase in phrases:
                groups = phrase.groups(sub)
                if not groups:
                    continue
                for docnum, found in phrase_spans(self._state, reader, groups, phrase.slop, local).items():
                    spans[docnum + offset].update(found)
        return {docnum: tuple(sorted(found)) for docnum, found in spans.items()}

    # -- "did you mean" --------------------------------------------------------------------
    def has_unknown_word(self, q: ParsedQuery) -> bool:
        """Whether a word of the query is in no document, in any form."""
        with self._state.lock:
            return bool(self._unknown_words(q))

    def _unknown_words(self, q: ParsedQuery) -> list[tuple[int, int, str]]:
        """(start, end, word) in the query text of each word no document holds in any form."""
        known: set[tuple[object, object]] = set()
        unknown: dict[tuple[object, object], str] = {}
        for leaf in query_parser.positive_leaves(q.whoosh):
            if not isinstance(leaf, WordForms):
                continue
            where = (getattr(leaf, "startchar", None), getattr(leaf, "endchar", None))
            if leaf.words:
                known.add(where)
            else:
                unknown[where] = str(leaf.text)
        return [
            (start, end, word)
            for (start, end), word in unknown.items()
            if (start, end) not in known and isinstance(start, int) and isinstance(end, int)
        ]

    def suggestion(self, q: ParsedQuery) -> str | None:
        """The query text with each unknown word replaced by the word documents use that it
        most likely misspells, or None when nothing changes."""
        text = q.text
        with self._state.lock:
            edits = []
            for start, end, word in self._unknown_words(q):
                better = self._lexicon.suggestion("body", word)
                if better:
                    edits.append((start, end, _same_case(text[start:end], better)))
        if not edits:
            return None
        for start, end, word in sorted(set(edits), reverse=True):
            text = text[:start] + word + text[end:]
        return text


def _newest_first(schema: Any) -> sorting.FacetType:
    """Dates, newest first, then the undated documents. Whoosh gives a document without a date
    the column's default, the largest number there is, which would put them first."""
    missing = schema["date"].default

    def undated_last(value: int) -> int:
        return -1 if value is None or value == missing else value

    return sorting.TranslateFacet(undated_last, sorting.FieldFacet("date"))


def _in_body(leaf: query.Query) -> bool:
    return getattr(leaf, "fieldname", None) == "body"


def _same_case(typed: str, word: str) -> str:
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word
