"""One index folder: opened (or created, or rebuilt when of another schema), written through a
`WriterSession`, searched through an `EngineSearcher`.

The index is derived data. It records its schema version beside itself. An index of an older
schema still answers searches (its own schema says how its words were analysed) while a new one
is built beside it (`build_beside`, `replace_with`) — an upgrade that never leaves the user
without search. An index that cannot be opened (Whoosh is not crash-safe on its own), or of a
newer schema, is created empty again and the caller rebuilds it from the catalog. It also
records the catalog position its documents reflect (position.py), and keeps each document's
fingerprint in a column, so that the caller can tell what to replay and check the index
against the catalog.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from whoosh.index import FileIndex
from whoosh.searching import Searcher

from .bulk_postings import terms_with_prefix
from .feeder import IndexFeeder
from .legacy import names_for_old_indexes
from .position import IndexPosition, read_position, write_position
from .schema import INDEX_SCHEMA_VERSION, make_schema
from .searcher import EngineSearcher
from .state import SearcherState
from .storage import FOLDER_MODE, clean_leftovers, storage, write_private
from .writer import POOL_MB, WriterSession

log = logging.getLogger(__name__)

VERSION_FILE = "SCHEMA_VERSION"
# Schema versions whose index this code can still search while their successor is built: 3 (the
# old analyser, read through `names_for_old_indexes`), 6 (7 without the note field, so `note:`
# finds nothing until the upgrade) and 7 (8 with Whoosh's pickled positions: read through the
# field's own format, only slower).
SEARCHABLE_OLD_VERSIONS = ("3", "6", "7")
NEW_SUFFIX, OLD_SUFFIX = ".new", ".old"  # an upgrade's index in the making, and the one it replaces


class IndexUnreadable(Exception):
    """The index folder cannot be opened as it is."""


class SearchIndex:
    """An open index folder (see module doc). Searchers are reused until a commit makes them
    stale; its caches (`SearcherState`) are this index's own."""

    def __init__(
        self,
        ix: Any,
        folder: Path,
        scratch: tempfile.TemporaryDirectory[str] | None = None,
        version: str = INDEX_SCHEMA_VERSION,
    ) -> None:
        self._ix = ix
        self.folder = folder
        self.version = version
        self._scratch = scratch  # a private copy's folder, removed on close
        self._state = SearcherState()
        self._lock = threading.Lock()  # guards the current searcher, not searching
        self._whoosh_searcher: Any = None
        self._searcher: EngineSearcher | None = None

    @property
    def outdated(self) -> bool:
        """An index of an older schema: searchable, but due to be rebuilt (`build_beside`)."""
        return self.version != INDEX_SCHEMA_VERSION

    @classmethod
    def open_or_create(cls, folder: Path) -> tuple[SearchIndex, bool]:
        """Open the index, or create it empty when missing, unreadable or of an unknown schema.
        Returns (index, created) so the caller knows a full rebuild is due. An upgrade cut short
        is finished or forgotten first."""
        _settle_upgrade(folder)
        version = _version(folder)
        if version in SEARCHABLE_OLD_VERSIONS:
            names_for_old_indexes()
        if folder.is_dir() and version in (INDEX_SCHEMA_VERSION, *SEARCHABLE_OLD_VERSIONS):
            try:
                ix = storage(folder).open_index()
                with ix.reader() as reader:
                    reader.doc_count()
                return cls(ix, folder, version=version or ""), False
            except Exception as exc:  # Whoosh raises many kinds on a damaged index
                log.warning("Whoosh index at %s is unreadable (%s); rebuilding from the catalog", folder, exc)
        return cls.create(folder), True

    @classmethod
    def create(cls, folder: Path, *, finished: bool = True) -> SearchIndex:
        """A new, empty index in `folder` (anything there before is removed). Unless
        `finished`, its schema version is written only by `finish()`: an index left half-built
        by a crash is then never taken for a whole one."""
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(mode=FOLDER_MODE, parents=True)
        folder.chmod(FOLDER_MODE)
        ix = storage(folder).create_index(make_schema())
        index = cls(ix, folder)
        if finished:
            index.finish()
        return index

    def finish(self) -> None:
        write_private(self.folder / VERSION_FILE, INDEX_SCHEMA_VERSION.encode())

    def build_beside(self) -> SearchIndex:
        """An empty index of the current schema next to this one, to fill and then swap in with
        `replace_with` while this one goes on answering."""
        return SearchIndex.create(self.folder.with_name(self.folder.name + NEW_SUFFIX), finished=False)

    def discard(self) -> None:
        """Close this index and remove its folder (an upgrade given up)."""
        self.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def replace_with(self, new: SearchIndex) -> SearchIndex:
        """Put the finished index `new` (from `build_beside`) in this one's place, with the
        catalog position it reflects; returns it, opened there. This index is closed."""
        new.finish()
        position = new.position()
        folder = self.folder
        old = folder.with_name(folder.name + OLD_SUFFIX)
        self.close()
        new.close()
        if old.exists():
            shutil.rmtree(old)
        folder.rename(old)
        new.folder.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
        index, _ = SearchIndex.open_or_create(folder)
        if position is not None and index.position() is None:
            index.record_position(position)
        return index

    @classmethod
    def open_existing(cls, folder: Path) -> SearchIndex:
        """Open an index this process may not repair (a read-only archive, or another process
        writing). Raises IndexUnreadable."""
        version = _version(folder) or ""
        if version in SEARCHABLE_OLD_VERSIONS:
            names_for_old_indexes()
        try:
            return cls(storage(folder).open_index(), folder, version=version)
        except Exception as exc:  # Whoosh raises several kinds for a missing or damaged index
            raise IndexUnreadable(str(exc)) from exc

    @classmethod
    def private_copy(cls, folder: Path) -> SearchIndex:
        """A copy of the index in a private temporary folder, to repair where the archive
        itself cannot be written (a read-only disk); removed when closed. Raises
        IndexUnreadable."""
        scratch = tempfile.TemporaryDirectory(prefix="advocacy-index-")
        copy = Path(scratch.name) / "whoosh"
        try:
            shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("*.tmp", "*.partial", "*LOCK"))
            index, _ = cls.open_or_create(copy)
        except BaseException:
            scratch.cleanup()
            raise
        index._scratch = scratch
        return index

    # -- position ----------------------------------------------------------------------------
    def position(self) -> IndexPosition | None:
        """The catalog position every document the index holds reflects, None when unknown."""
        return read_position(self.folder, self._ix.latest_generation())

    def record_position(self, position: IndexPosition) -> None:
        """Record `position` without a commit (nothing needed writing to reach it)."""
        write_position(self.folder, position, self._ix.latest_generation())

    def clean_leftovers(self) -> list[str]:
        """Remove what killed writers left (storage.clean_leftovers); call it only while the
        archive's writer lock is held."""
        return clean_leftovers(self._ix, self.folder)

    # -- writing ---------------------------------------------------------------------------
    def writing(self, pool_mb: int = POOL_MB) -> WriterSession:
        """The one way to change the index: `with index.writing() as w: w.add(...)`."""
        return WriterSession(self._ix, self.folder, pool_mb)

    def feeder(self, commit_every: int) -> IndexFeeder:
        """A writer on a thread of its own, for an import (see feeder.py)."""
        return IndexFeeder(self._ix, self.folder, commit_every)

    # -- reading ---------------------------------------------------------------------------
    def indexed_ids(self) -> set[int]:
        """Every id in the index's lexicon, segment by segment in bulk: checked on every open,
        and Whoosh's merged walk took 300 ms at 30,000 documents."""
        with self._ix.reader() as reader:
            leaves = [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]
            return {int(term) for leaf in leaves for term in terms_with_prefix(leaf, "id", b"")}

    def fingerprints(self) -> dict[int, bytes]:
        """Each live document's fingerprint (IndexDocument.fingerprint), by document id."""
        found: dict[int, bytes] = {}
        with self._ix.reader() as reader:
            if not reader.doc_count_all():
                return found
            ids = reader.column_reader("id", translate=False)
            prints = reader.column_reader("fp")
            for docnum in reader.all_doc_ids():  # live documents only
                found[int(ids[docnum])] = bytes(prints[docnum])
        return found

    def searcher(self) -> EngineSearcher:
        """A searcher of the index as last committed: the same object until a commit (its
        answers and caches stay valid), then a refreshed one that keeps unchanged segments."""
        with self._lock:
            current = self._whoosh_searcher
            if current is None:
                current = self._ix.searcher()
            elif not current.up_to_date():
                if current.doc_count_all():
                    current = self._refreshed(current)
                else:  # Whoosh cannot refresh a searcher over an index that has no segment yet
                    current.close()
                    current = self._ix.searcher()
            if current is not self._whoosh_searcher or self._searcher is None:
                self._whoosh_searcher = current
                self._searcher = EngineSearcher(current, self._state)
            return self._searcher

    def _refreshed(self, current: Any) -> Any:
        """A searcher of the index as now committed, reusing the readers of `current` whose
        segments are unchanged. Not Whoosh's `refresh()`: it reuses the reader of every segment
        whose id is unchanged even when a commit (here or in another process) has deleted
        documents from it since, and adds back the segments a commit merged away, so every
        document replaced by a rename was found twice (57 documents listed as 92)."""
        info = self._ix._read_toc()
        deletions = {segment.segment_id(): segment.deleted_count() for segment in info.segments}
        reader = current.reader()
        leaves = [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]
        keep = [leaf for leaf in leaves if _unchanged(leaf, deletions)]
        fresh = FileIndex._reader(
            self._ix.storage, info.schema, info.segments, info.generation, reuse=_Reusable(keep)
        )
        for leaf in leaves:
            if not any(leaf is kept for kept in keep):
                leaf.close()
        return Searcher(fresh, fromindex=self._ix)

    def close(self) -> None:
        with self._lock:
            if self._whoosh_searcher is not None:
                self._whoosh_searcher.close()
            self._whoosh_searcher = self._searcher = None
            if self._scratch is not None:
                self._scratch.cleanup()
                self._scratch = None


class _Reusable:
    """Readers Whoosh may reuse for a new state of the index (`SearchIndex._refreshed`): the
    `reuse` argument of FileIndex._reader, which asks for these two methods."""

    def __init__(self, readers: list[Any]) -> None:
        self._readers = readers

    def __bool__(self) -> bool:
        return bool(self._readers)

    def leaf_readers(self) -> list[tuple[Any, int]]:
        return [(reader, 0) for reader in self._readers]

    def segments(self) -> list[Any]:
        return [reader.segment() for reader in self._readers]


def _unchanged(leaf: Any, deletions: dict[str, int]) -> bool:
    """Whether a segment reader still reads its segment as committed: the segment is in the
    index with as many deleted documents (deletions only grow, so the same ones)."""
    segment = leaf.segment()
    return segment is not None and deletions.get(segment.segment_id()) == segment.deleted_count()


def _version(folder: Path) -> str | None:
    version_file = folder / VERSION_FILE
    return version_file.read_text().strip() if version_file.is_file() else None


def _settle_upgrade(folder: Path) -> None:
    """After a crash during `replace_with`: a finished new index takes the missing index's
    place; an unfinished one, and the old one it replaced, are removed."""
    new = folder.with_name(folder.name + NEW_SUFFIX)
    old = folder.with_name(folder.name + OLD_SUFFIX)
    if not folder.exists() and _version(new) == INDEX_SCHEMA_VERSION:
        new.rename(folder)
    for leftover in (new, old):
        if leftover.exists() and (folder.exists() or leftover is old):
            shutil.rmtree(leftover, ignore_errors=True)
