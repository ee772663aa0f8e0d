"""The Whoosh writer of an import, on a thread of its own.

Adding postings and committing a segment is pure Python and, done between catalog batches,
left the worker processes idle while the index caught up (the last commit alone was a third of
a 1,000-document import). On its own thread it runs while this process waits for the workers.
Documents reach it only after their catalog transaction has committed, so the index never
names a document the catalog lacks; if the process dies, the index is repaired from the
catalog on the next open (search_index.sync).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from whoosh.index import Index
from whoosh.writing import IndexWriter

from ..models import Actor, Demand, Document
from ..store import catalog
from . import search_index
from .search_index import PreAnalyzed

Payload = dict[str, Any]
QUEUED_BATCHES = 3  # batches waiting for the writer before the import waits for it in turn
# Whoosh's postings pool, as it counts it (~96 KB a document): 2,000 documents fit without
# spilling to disk; the import's main process then peaks at ~340 MB.
WRITER_POOL_MB = 256


def payload(
    doc: Document,
    actors: Iterable[Actor],
    demands: Iterable[Demand],
    table: dict[str, tuple[str | None, str | None]],
    postings: Mapping[str, PreAnalyzed] | None,
) -> Payload:
    """The index fields of a stored document, user renames applied as the catalog applies them."""
    names = [catalog.apply_override(a.name, a.type, table)[0] for a in actors]
    targets = [catalog.apply_override(t, "", table)[0] for d in demands for t in d.targets]
    fields = search_index.whoosh_document(doc, names, targets)
    fields.update(postings or {})
    return fields


class IndexFeeder:
    """Adds payloads to the index on a background thread, committing every `commit_every`."""

    def __init__(self, ix: Index, commit_every: int) -> None:
        self._ix = ix
        self._commit_every = commit_every
        self._queue: queue.Queue[list[Payload] | None] = queue.Queue(QUEUED_BATCHES)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def add(self, batch: list[Payload]) -> None:
        """Queue a batch; raises the writer's error, if it met one, so the import stops."""
        self._raise_if_failed()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="index-writer", daemon=True)
            self._thread.start()
        self._queue.put(batch)

    def close(self) -> None:
        """Write and commit everything queued; raises the writer's error, if any."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        self._raise_if_failed()

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _run(self) -> None:
        writer: IndexWriter | None = None
        added = 0
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue  # keep draining so the import thread never blocks on a full queue
            try:
                if writer is None:
                    writer = self._ix.writer(limitmb=WRITER_POOL_MB)
                for fields in batch:
                    writer.add_document(**fields)
                added += len(batch)
                if added >= self._commit_every:
                    # No other reference may outlive the commit: a committed writer still holds
                    # its postings pool, and kept alive it doubled the import's memory.
                    search_index.commit(writer)
                    writer, added = None, 0
            except BaseException as exc:  # reported on the import's thread
                self._error = exc
                _abandon(writer)
                writer = None
        if writer is not None and self._error is None:
            try:
                search_index.commit(writer)
            except BaseException as exc:
                self._error = exc


def _abandon(writer: IndexWriter | None) -> None:
    """Give up an uncommitted writer (and Whoosh's write lock with it)."""
    if writer is not None and not getattr(writer, "is_closed", True):
        writer.cancel()
