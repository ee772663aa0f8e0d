"""The index writer of an import, on a thread of its own.

Adding postings and committing a segment is pure Python and, done between catalog batches,
left the worker processes idle while the index caught up (the last commit alone was a third of
a 1,000-document import). On its own thread it runs while this process waits for the workers.
Documents reach it only after their catalog transaction has committed, each batch with the
catalog position it brings the index to, recorded after each commit; if the process dies, the
next open replays the catalog's changes after the last recorded position.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Any

from .position import IndexPosition
from .schema import IndexDocument
from .writer import WriterSession

QUEUED_BATCHES = 3  # batches waiting for the writer before the import waits for it in turn

_Batch = tuple[list[IndexDocument], IndexPosition | None]


class IndexFeeder:
    """Adds documents to the index on a background thread, committing every `commit_every`
    (each commit is a segment: fewer segments make queries faster, but one segment's postings
    must fit the writer's pool)."""

    def __init__(self, ix: Any, folder: Path, commit_every: int) -> None:
        self._ix = ix
        self._folder = folder
        self._commit_every = commit_every
        self._queue: queue.Queue[_Batch | None] = queue.Queue(QUEUED_BATCHES)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def add(self, batch: list[IndexDocument], reflects: IndexPosition | None = None) -> None:
        """Queue a batch, which brings the index to catalog position `reflects`; raises the
        writer's error, if it met one, so the import stops."""
        self._raise_if_failed()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="index-writer", daemon=True)
            self._thread.start()
        self._queue.put((batch, reflects))

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
        session: WriterSession | None = None
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # keep draining so the import thread never blocks on a full queue
            batch, reflects = item
            try:
                if session is None:
                    session = WriterSession(self._ix, self._folder)
                session.add(batch)
                if reflects is not None:
                    session.reflect(reflects)
                if session.added >= self._commit_every:
                    # No other reference may outlive the commit: a committed writer still holds
                    # its postings pool, and kept alive it doubled the import's memory.
                    session.commit()
                    session = None
            except BaseException as exc:  # reported on the import's thread
                self._error = exc
                if session is not None:
                    session.cancel()
                session = None
        if session is not None and self._error is None:
            try:
                session.commit()
            except BaseException as exc:
                self._error = exc
