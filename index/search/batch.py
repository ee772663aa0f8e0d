"""Batch search: many queries with the same facet filters, each answered by its document count
and its best few hits. A query that cannot be parsed is reported with its line and the rest
still run.

Each query is one ordinary search without facet counts (the part of a search that costs the
most at 30,000 documents), so a list of a few hundred names takes seconds, with progress and a
cancel checked between queries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..errors import QuerySyntaxError
from ..models import BatchQuery, BatchResult, BatchRow, SearchResult
from ..progress import CancelFlag, NeverCancelled, OnProgress, no_progress

Search = Callable[..., SearchResult]
DEFAULT_TOP = 3
PHRASE_QUOTES = str.maketrans({'"': " ", "“": " ", "”": " "})


def as_phrase(text: str) -> str:
    """A line taken literally, as one phrase: names are not query syntax ("Smith AND Co")."""
    words = text.translate(PHRASE_QUOTES).split()
    return f'"{" ".join(words)}"' if words else ""


def run_batch(
    search: Search,
    queries: Sequence[BatchQuery],
    *,
    filters: Mapping[str, Sequence[str]] | None = None,
    top: int = DEFAULT_TOP,
    phrases: bool = False,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> BatchResult:
    """Run every query through `search` (Archive.search). With `phrases`, each line is searched
    as one exact phrase instead of in the query syntax."""
    cancel = cancel or NeverCancelled()
    wanted = {k: tuple(v) for k, v in (filters or {}).items() if v}
    rows: list[BatchRow] = []
    for done, query in enumerate(queries):
        if cancel.is_set():
            return BatchResult(tuple(rows), wanted, cancelled=True)
        rows.append(_one(search, query, wanted, top, phrases))
        on_progress(done + 1, len(queries), query.text)
    return BatchResult(tuple(rows), wanted)


def _one(
    search: Search, query: BatchQuery, filters: Mapping[str, Sequence[str]], top: int, phrases: bool
) -> BatchRow:
    text = as_phrase(query.text) if phrases else query.text
    try:
        result = search(text, filters=dict(filters), page_size=max(1, top), with_facets=False)
    except QuerySyntaxError as exc:
        where = f" (at character {exc.position + 1})" if exc.position is not None else ""
        return BatchRow(query.line, query.text, error=f"{exc.hint}{where}")
    return BatchRow(query.line, query.text, total=result.total, hits=result.hits[:top])
