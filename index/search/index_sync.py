"""Keeping the search index in step with the catalog, the source of truth: on every open the
set of indexed documents is compared with the catalog's, and what differs is repaired."""

from __future__ import annotations

from ..engine import SearchIndex
from ..progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from ..store import catalog
from .index_documents import from_catalog

PROGRESS_EVERY = 50  # documents between progress reports


def sync(
    index: SearchIndex,
    conn: catalog.Connection,
    *,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> tuple[int, int]:
    """Make the index hold exactly the catalog's documents; returns (added, removed)."""
    cancel = cancel or NeverCancelled()
    wanted = catalog.document_ids(conn)
    present = index.indexed_ids()
    missing = sorted(wanted - present)
    extra = sorted(present - wanted)
    if not missing and not extra:
        return 0, 0
    added = 0
    with index.writing(pool_mb=128) as writer:
        writer.delete(extra)
        for doc in from_catalog(conn, missing):
            if cancel.is_set():
                break
            writer.add([doc])
            added += 1
            if added % PROGRESS_EVERY == 0 or added == len(missing):
                on_progress(added, len(missing), "Indexing documents")
    return added, len(extra)
