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

from ..engine import EngineSearcher, ParsedQuery
from ..models import Hit, SearchResult
from ..store import catalog, marks
from ..store.facet_table import version_key
from .answer_cache import AnswerCache
from .facets import FacetColumns
from .snippets import make_snippet
from .syntax import check_syntax

SORTS = ("relevance", "date")
FACET_LIMIT = 100
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


def search(
    ctx: SearchContext,
    text: str,
    *,
    filters: Mapping[str, Sequence[str]] | None = None,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = 20,
    with_facets: bool = True,
) -> SearchResult:
    """A page of hits, the total, and (`with_facets`) the facet counts over every match.
    Without facets the answer does not wait for the facet table: a window shows the hits
    first and asks `facet_counts` next."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
    page, page_size = max(1, page), max(1, min(page_size, 1000))
    q = parse_query(ctx, text)
    key, allowed = _filtered(ctx, filters)
    matched = _matched(ctx, q, key, allowed)
    total = len(matched)
    facets = _counts(ctx, text, key, matched) if with_facets else {}
    hits = _page_of_hits(ctx, q, allowed, sort, page, page_size) if total else ()
    suggestion = None
    if text.strip() and (total == 0 or ctx.searcher.has_unknown_word(q)):
        suggestion = _suggestion(ctx, q)
    return SearchResult(
        query=text,
        total=total,
        page=page,
        page_size=page_size,
        sort=sort,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
    )


def facet_counts(
    ctx: SearchContext, text: str, *, filters: Mapping[str, Sequence[str]] | None = None
) -> dict[str, dict[str, int]]:
    """The facet counts of `search(text, filters)`: over every match, not just a page."""
    q = parse_query(ctx, text)
    key, allowed = _filtered(ctx, filters)
    return _counts(ctx, text, key, _matched(ctx, q, key, allowed))


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


def _counts(ctx: SearchContext, text: str, key: FilterKey, matched: np.ndarray) -> dict[str, dict[str, int]]:
    return ctx.remember(("counts", text, key), lambda: ctx.facets.count(matched, FACET_LIMIT))


def _page_of_hits(
    ctx: SearchContext, q: ParsedQuery, allowed: np.ndarray | None, sort: str, page: int, page_size: int
) -> tuple[Hit, ...]:
    ranked = ctx.searcher.ranked(q, allowed=allowed, sort=sort, limit=page * page_size)
    window = ranked[(page - 1) * page_size : page * page_size]
    if not window:
        return ()
    doc_ids = [doc_id for doc_id, _ in window]
    rows = catalog.hit_rows(ctx.conn, doc_ids)
    marked = marks.marks_of_many(ctx.conn, doc_ids)
    spans_of = ctx.searcher.hit_spans(q, doc_ids)
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
                starred=mark.starred if mark else False,
                tags=mark.tags if mark else (),
            )
        )
    return tuple(hits)


def _suggestion(ctx: SearchContext, q: ParsedQuery) -> str | None:
    try:
        return ctx.searcher.suggestion(q)
    except Exception:  # a suggestion is a nicety; never let it break a search
        return None
