"""Keeping the search index in step with the catalog, the source of truth.

The catalog logs every change to what the index holds (store/change_log.py); the index records,
with each commit, the catalog position its documents reflect (engine/position.py). `catch_up`
replays what the catalog logged after that position, adds the documents the index lacks and
removes those the catalog lacks, then records the catalog's latest position. It runs on every
open that may write, at the start of every write, and after writes that change the catalog
first (actor edits); a process killed between the catalog's commit and the index's is repaired
by the next one, whichever it is.

When the index's position is unknown (no position file, another catalog's, a damaged one), every
document it holds is compared with the catalog's version of it by fingerprint (`stale`): slower
(a few seconds at 30,000 documents), and only then.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from ..engine import IndexPosition, SearchIndex
from ..progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from ..store import catalog, change_log
from .index_documents import from_catalog

log = logging.getLogger(__name__)

PROGRESS_EVERY = 50  # documents between progress reports
POOL_MB = 128


@dataclass(frozen=True)
class SyncReport:
    """What `catch_up` did: documents written (added or replaced) and removed, and whether it
    had to compare the whole index because its position was unknown."""

    written: int = 0
    removed: int = 0
    compared_all: bool = False

    def __bool__(self) -> bool:
        return bool(self.written or self.removed)


def catalog_position(conn: catalog.Connection) -> IndexPosition:
    """The catalog's latest position: what an index in step with it reflects."""
    return IndexPosition(change_log.catalog_id(conn), change_log.head(conn))


def is_current(index: SearchIndex, conn: catalog.Connection) -> bool:
    """Whether the index has recorded the catalog's latest position (cheap: one query and a
    small file; documents added without a position recorded are only found by `catch_up`)."""
    return index.position() == catalog_position(conn)


def catch_up(
    index: SearchIndex,
    conn: catalog.Connection,
    *,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
    compare_all: bool = False,
) -> SyncReport:
    """Make the index hold exactly the catalog's documents, each as the catalog has it now (see
    module doc); `compare_all` compares every document even when the position is known (a
    check). The caller holds the archive's writer lock."""
    target = catalog_position(conn)
    recorded = index.position()
    wanted = catalog.document_ids(conn)
    present = index.indexed_ids()
    # A catalog without a change log (an old one, read-only) gives no position worth recording.
    loggable = bool(target.catalog)
    after = recorded.change if recorded is not None and recorded.catalog == target.catalog else None
    known = loggable and after is not None and after <= target.change and not compare_all
    if known and after is not None:
        changed = changed_documents(conn, after)
    else:
        log.info("the index's position is unknown (%s); comparing every document with the catalog", recorded)
        changed = stale(index, conn, present & wanted)
    missing = wanted - present
    rewrite = sorted((changed & wanted) - missing)
    extra = sorted(present - wanted)
    if not (missing or rewrite or extra):
        if loggable and recorded != target:
            index.record_position(target)
        return SyncReport(compared_all=not known)
    total = len(missing) + len(rewrite)
    done = 0
    cancel = cancel or NeverCancelled()
    with index.writing(pool_mb=POOL_MB) as writer:
        writer.delete(extra)
        for ids, write in ((sorted(missing), writer.add), (rewrite, writer.replace)):
            for doc in from_catalog(conn, ids):
                if cancel.is_set():
                    break
                write([doc])
                done += 1
                if done % PROGRESS_EVERY == 0 or done == total:
                    on_progress(done, total, "Indexing documents")
        if loggable and not cancel.is_set():
            writer.reflect(target)
    if done or extra:
        log.info("index caught up with the catalog: %d written, %d removed", done, len(extra))
    return SyncReport(written=done, removed=len(extra), compared_all=not known)


def rebuild(
    index: SearchIndex,
    conn: catalog.Connection,
    *,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> int:
    """Fill a new, empty index with every catalog document; returns how many were written.
    The position is recorded first (an empty index reflects any): a rebuild cut short leaves an
    index whose missing documents the next `catch_up` adds."""
    target = catalog_position(conn)
    if target.catalog:
        index.record_position(target)
    return catch_up(index, conn, on_progress=on_progress, cancel=cancel).written


def changed_documents(conn: catalog.Connection, after: int) -> set[int]:
    """The documents whose index form may have changed after catalog change `after`."""
    changes = change_log.changed_since(conn, after)
    found = set(changes.doc_ids)
    for name in changes.names:
        found.update(catalog.docs_naming(conn, name))
    return found


def stale(
    index: SearchIndex, conn: catalog.Connection, ids: Iterable[int], on_progress: OnProgress = no_progress
) -> set[int]:
    """Those of `ids` whose version in the index is not the catalog's (by fingerprint), or
    which the index holds only as deleted."""
    held = index.fingerprints()
    wanted = sorted(ids)
    found = {doc_id for doc_id in wanted if doc_id not in held}
    for done, doc in enumerate(from_catalog(conn, wanted), start=1):
        if held.get(doc.doc_id) != doc.fingerprint():
            found.add(doc.doc_id)
        if done % PROGRESS_EVERY == 0 or done == len(wanted):
            on_progress(done, len(wanted), "Comparing the index with the catalog")
    return found


@dataclass(frozen=True)
class Differences:
    """How the index differs from the catalog, found without writing anything."""

    missing: frozenset[int]  # in the catalog, not in the index
    extra: frozenset[int]  # in the index, not in the catalog
    stale: frozenset[int]  # in both, the index holding another version
    behind: bool  # the index has not recorded the catalog's latest position

    def __bool__(self) -> bool:
        return bool(self.missing or self.extra or self.stale)


def differences(
    index: SearchIndex, conn: catalog.Connection, on_progress: OnProgress = no_progress
) -> Differences:
    """Compare every document of the index with the catalog (seconds at 30,000 documents)."""
    wanted = catalog.document_ids(conn)
    present = index.indexed_ids()
    return Differences(
        missing=frozenset(wanted - present),
        extra=frozenset(present - wanted),
        stale=frozenset(stale(index, conn, present & wanted, on_progress)),
        behind=index.position() != catalog_position(conn),
    )
