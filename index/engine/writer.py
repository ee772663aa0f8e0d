"""The one way the index is changed: a `WriterSession`, with the same rules for every write path
(import, reindex, re-extraction, actor and record edits, the replay of catalog changes).

Whoosh allows one writer at a time per index and holds a lock file while it is open. A session
commits when its block ends normally and cancels when it ends with an exception, releasing that
lock either way: a failed commit (a full disk) must not leave this process unable to write to
the index until it restarts. The archive's own writer lock (store/lock.py) already keeps other
processes out, so a session never waits for Whoosh's.

A session told which catalog change its documents bring the index to (`reflect`) records that
position after its commit (position.py), so that the next open replays only what came after.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from whoosh.writing import IndexWriter

from .. import crash_points
from .position import IndexPosition, write_position
from .schema import IndexDocument

# Whoosh's postings pool, as it counts it (~96 KB a document): 2,000 documents fit without
# spilling sorted runs to disk, which took 40 % of the writer's time (benchmarks/RESULTS.md).
POOL_MB = 256


class WriterSession:
    """An open index writer: add, replace or delete documents, then commit (see module doc)."""

    def __init__(self, ix: Any, folder: Path, pool_mb: int = POOL_MB) -> None:
        self._ix = ix
        self._folder = folder
        self._writer: IndexWriter = ix.writer(limitmb=pool_mb)
        self._reflects: IndexPosition | None = None
        # An index of an older layout, still answering while its successor is built, lacks the
        # newer fields (a note): what it cannot hold is left out, and the rebuild adds it.
        self._fields = set(self._writer.schema.names())
        self.added = 0

    def __enter__(self) -> WriterSession:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.cancel()

    def reflect(self, position: IndexPosition) -> None:
        """Once committed, the index reflects the catalog at `position` (recorded then)."""
        self._reflects = position

    def add(self, documents: Iterable[IndexDocument]) -> None:
        """Documents the index does not hold yet."""
        for doc in documents:
            self._writer.add_document(**self._fields_of(doc))
            self.added += 1

    def replace(self, documents: Iterable[IndexDocument]) -> None:
        """Documents the index may hold already: their old versions go."""
        for doc in documents:
            self._writer.update_document(**self._fields_of(doc))
            self.added += 1

    def _fields_of(self, doc: IndexDocument) -> dict[str, object]:
        found = doc.fields()
        if not found.keys() <= self._fields:
            found = {name: value for name, value in found.items() if name in self._fields}
        return found

    def delete(self, doc_ids: Iterable[int]) -> None:
        for doc_id in doc_ids:
            self._writer.delete_by_term("id", str(doc_id))

    def commit(self) -> None:
        """Write everything added, then the position it reflects; on failure the writer is
        cancelled and its lock released."""
        try:
            self._writer.commit()
        except BaseException:
            self._release()
            raise
        crash_points.reached(crash_points.INDEX_COMMITTED)
        if self._reflects is not None:
            write_position(self._folder, self._reflects, self._ix.latest_generation())

    def cancel(self) -> None:
        """Forget everything added since the session began."""
        self._release()

    def _release(self) -> None:
        writer = self._writer
        if getattr(writer, "is_closed", True):
            return
        try:
            writer.cancel()
        except Exception:  # cancelling a half-committed writer can fail: free its lock anyway
            lock = getattr(writer, "writelock", None)
            if lock is not None:
                lock.release()
