"""Every document a search matches, as catalog ids, and which of them are new since an id.

A saved search's "new since last opened" needs the whole set of matches, not a page of hits:
it is the set `search()` counts (same parsing, same filters, same cached answer). Catalog ids
only grow, so the documents imported after a moment are those above the highest id of that
moment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .results import SearchContext, matched_ids


def matching_doc_ids(
    ctx: SearchContext, text: str, filters: Mapping[str, Sequence[str]] | None = None
) -> list[int]:
    """Catalog ids of every document `search(text, filters=filters)` matches, on any page.
    Raises QuerySyntaxError for a broken query."""
    # The same cached answer as search(): a saved search just shown costs nothing more.
    return [int(doc_id) for doc_id in matched_ids(ctx, text, filters).tolist()]


def count_after(doc_ids: Sequence[int], after: int) -> int:
    """How many of `doc_ids` were imported after document `after` (ids only grow)."""
    return sum(1 for doc_id in doc_ids if doc_id > after)
