"""Search: one function that the CLI and the desktop app both call.

The engine finds and ranks documents by id; snippets come from the character offsets it stores
(never from re-analysing a document), and the text and record of each hit from the catalog.
Facet counts come from arrays of each document's values (facets.py), because Whoosh's own
faceting over multi-valued fields costs seconds (see NOTES.md).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np

from ..deadline import Deadline
from ..engine import EngineSearcher, ParsedQuery
from ..models import Hit, SearchResult, Version
from ..store import catalog, marks
from ..store import versions as stored_versions
from ..store.facet_table import version_key
from .answer_cache import AnswerCache
from .facets import FacetColumns
from .snippets import make_snippet
from .statements import Shared, StatementMap
from .syntax import check_syntax

SORTS = ("relevance", "date")
FACET_LIMIT = 100
# The longest one search may take before it is stopped with a readable QueryTooSlow: long
# enough for any query of the README's syntax at 30,000 documents (typically 0.05–0.5 s;
# benchmarks/RESULTS.md), short enough that searches queued behind one never wait long.
QUERY_SECONDS = 2.0
T = TypeVar("T")


@dataclass
class SearchContext:
    """What a search needs: a searcher of the index, the catalog, its facet columns, and the
    recent answers (valid for that searcher and the catalog's current state)."""

    searcher: EngineSearcher
    conn: catalog.Connection
    facets: FacetColumns
    answers: AnswerCache

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, or its answer from the recent answers."""
        return self.answers.remember(self.searcher, version_key(self.conn), key, compute)

    def statements(self) -> StatementMap:
        """Which documents are versions of which statement, as the catalog is now."""
        return self.remember(("statements",), lambda: StatementMap.load(self.conn))


def search(
    ctx: SearchContext,
    text: str,
    *,
    filters: Mapping[str, Sequence[str]] | None = None,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = 20,
    with_facets: bool = True,
    all_versions: bool = False,
) -> SearchResult:
    """A page of hits, the total, and (`with_facets`) the facet counts over every match.
    Without facets the answer does not wait for the facet table: a window shows the hits
    first and asks `facet_counts` next. A statement stored in several versions is one hit, its
    best-ranked version, and counts once, unless `all_versions`."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
    page, page_size = max(1, page), max(1, min(page_size, 1000))
    deadline = Deadline(QUERY_SECONDS, text)
    with ctx.searcher.bounded(deadline):
        q = parse_query(ctx, text)
        key, allowed = _filtered(ctx, filters)
        matched = _matched(ctx, q, key, allowed)
        shared = None if all_versions else ctx.statements().shared(matched)
        total = len(matched) - (shared.spare if shared else 0)
        facets = _counts(ctx, text, key, matched, shared) if with_facets else {}
        deadline.check()
        hits = _page_of_hits(ctx, q, allowed, sort, page, page_size, shared) if total else ()
        suggestion = _suggestion(ctx, q, total) if text.strip() else None
    return SearchResult(
        query=text,
        total=total,
        page=page,
        page_size=page_size,
        sort=sort,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        all_versions=all_versions,
    )


def facet_counts(
    ctx: SearchContext,
    text: str,
    *,
    filters: Mapping[str, Sequence[str]] | None = None,
    all_versions: bool = False,
) -> dict[str, dict[str, int]]:
    """The facet counts of `search(text, filters)`: over every match, not just a page."""
    with ctx.searcher.bounded(Deadline(QUERY_SECONDS, text)):
        q = parse_query(ctx, text)
        key, allowed = _filtered(ctx, filters)
        matched = _matched(ctx, q, key, allowed)
        shared = None if all_versions else ctx.statements().shared(matched)
        return _counts(ctx, text, key, matched, shared)


def matched_ids(
    ctx: SearchContext, text: str, filters: Mapping[str, Sequence[str]] | None = None
) -> np.ndarray:
    """Every document id `search(text, filters=filters)` matches, on any page."""
    q = parse_query(ctx, text)
    key, allowed = _filtered(ctx, filters)
    return _matched(ctx, q, key, allowed)


def parse_query(ctx: SearchContext, text: str) -> ParsedQuery:
    """Raises QuerySyntaxError, with a position and a hint where it can."""
    check_syntax(text)
    return ctx.searcher.parse(text)


FilterKey = tuple[tuple[str, tuple[str, ...]], ...]


def _filtered(
    ctx: SearchContext, filters: Mapping[str, Sequence[str]] | None
) -> tuple[FilterKey, np.ndarray | None]:
    """The filters as a cache key, and the ids they allow (None: no filter)."""
    wanted = filters or {}
    key = tuple(sorted((k, tuple(sorted(v))) for k, v in wanted.items() if v))
    allowed = ctx.remember(("allowed", key), lambda: ctx.facets.ids_matching(wanted))
    return key, allowed


def _matched(ctx: SearchContext, q: ParsedQuery, key: FilterKey, allowed: np.ndarray | None) -> np.ndarray:
    """Every matching document id the filters allow."""

    def compute() -> np.ndarray:
        found = ctx.searcher.matching(q)
        return found if allowed is None else found[np.isin(found, allowed)]

    return ctx.remember(("matched", q.text, key), compute)


def _counts(
    ctx: SearchContext, text: str, key: FilterKey, matched: np.ndarray, shared: Shared | None
) -> dict[str, dict[str, int]]:
    """Facet counts over `matched`; with `shared`, a statement counts once under each value."""

    def compute() -> dict[str, dict[str, int]]:
        versions = None if shared is None else (shared.ids, shared.statements)
        return ctx.facets.count(matched, FACET_LIMIT, shared=versions)

    return ctx.remember(("counts", text, key, shared is None), compute)


def _page_of_hits(
    ctx: SearchContext,
    q: ParsedQuery,
    allowed: np.ndarray | None,
    sort: str,
    page: int,
    page_size: int,
    shared: Shared | None,
) -> tuple[Hit, ...]:
    # Collapsing drops at most the spare versions among the matches: ranking that many more
    # always leaves a full page of statements.
    spare = shared.spare if shared else 0
    ranked = ctx.searcher.ranked(q, allowed=allowed, sort=sort, limit=page * page_size + spare)
    if spare:
        ranked = ctx.statements().collapse(ranked)
    window = ranked[(page - 1) * page_size : page * page_size]
    if not window:
        return ()
    doc_ids = [doc_id for doc_id, _ in window]
    rows = catalog.hit_rows(ctx.conn, doc_ids)
    marked = marks.marks_of_many(ctx.conn, doc_ids)
    spans_of = ctx.searcher.hit_spans(q, doc_ids)
    versions = _versions(ctx, doc_ids)
    hits = []
    for doc_id, score in window:
        title, issuer, date, fmt, text = rows[doc_id]
        spans = spans_of[doc_id]
        mark = marked.get(doc_id)
        hits.append(
            Hit(
                doc_id=doc_id,
                title=title,
                issuer=issuer,
                date=date,
                format=fmt,
                score=round(float(score), 4),
                snippet=make_snippet(text, spans),
                hits=spans,
                versions=versions.get(doc_id, ()),
                starred=mark.starred if mark else False,
                tags=mark.tags if mark else (),
            )
        )
    return tuple(hits)


def _versions(ctx: SearchContext, doc_ids: list[int]) -> dict[int, tuple[Version, ...]]:
    """The versions of each document's statement, for those on the page that have any."""
    statements = ctx.statements()
    ids = np.array(doc_ids, dtype=np.int64)
    with_versions = ids[np.isin(ids, statements.ids)]
    if not len(with_versions):
        return {}
    of = dict(zip(with_versions.tolist(), statements.of(with_versions).tolist(), strict=True))
    found = stored_versions.versions_of(ctx.conn, sorted(set(of.values())))
    return {doc_id: found[s] for doc_id, s in of.items() if s in found}


def _suggestion(ctx: SearchContext, q: ParsedQuery, total: int) -> str | None:
    """'Did you mean', when nothing matched or a word is in no document."""
    try:
        if total and not ctx.searcher.has_unknown_word(q):
            return None
        return ctx.searcher.suggestion(q)
    except Exception:  # a nicety (out of time, say): never let it break a search that answered
        return None
