"""Every document a search matches, as catalog ids, and which of them are new since an id.

A saved search's "new since last opened" needs the whole set of matches, not a page of hits:
it is the set `search()` counts (same parsing, same filters, same cached answer), mapped from
docnums to catalog ids. Catalog ids only grow, so the documents imported after a moment are
those above the highest id of that moment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .results import SearchContext, _filtered, _matched, parse_query


def matching_doc_ids(
    ctx: SearchContext, text: str, filters: Mapping[str, Sequence[str]] | None = None
) -> list[int]:
    """Catalog ids of every document `search(text, filters=filters)` matches, on any page.
    Raises QuerySyntaxError for a broken query."""
    q = parse_query(ctx, text)
    key, allowed = _filtered(ctx, filters)
    # The same cache entry as search(): a saved search just shown costs nothing more.
    matched = ctx.facets.remember(ctx.searcher, ("matched", text, key), lambda: _matched(ctx, q, allowed))
    ids = ctx.facets.doc_ids(ctx.searcher)
    return [ids[docnum] for docnum in matched]


def count_after(doc_ids: Sequence[int], after: int) -> int:
    """How many of `doc_ids` were imported after document `after` (ids only grow)."""
    return sum(1 for doc_id in doc_ids if doc_id > after)
