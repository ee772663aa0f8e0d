"""The archive: one folder holding the catalog (truth), the originals and the Whoosh index (derived).

`Archive` is the one object the CLI and the desktop app talk to. Reads are safe from any thread
(they are serialised internally and never wait on an import, which writes through its own
connection); writes go through one writer at a time, across processes, guarded by a lock file.
"""

from __future__ import annotations

import errno
import logging
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from .engine import IndexUnreadable, SearchIndex
from .errors import ArchiveBusy, ArchiveError, ArchiveUnwritable, DocumentNotFound
from .models import (
    Actor,
    ArchiveStats,
    CheckReport,
    Demand,
    DemandRow,
    Document,
    ImportReport,
    SearchResult,
)
from .progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from .search.answer_cache import AnswerCache
from .search.facets import FacetColumns
from .search.index_documents import from_catalog
from .search.index_sync import catalog_position, catch_up, is_current, rebuild
from .search.results import SearchContext, facet_counts, search
from .store import catalog
from .store.facet_table import version_key
from .store.lock import WriterLock
from .store.originals import OriginalsStore
from .store.private import make_folders

log = logging.getLogger(__name__)

CATALOG = "catalog.sqlite"
ORIGINALS = "originals"
WHOOSH = "whoosh"
SCRATCH = "tmp"
REEXTRACT_BATCH = 64  # documents per catalog transaction of a re-extraction
_UNWRITABLE = (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT)


class Archive:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.store = OriginalsStore(path / ORIGINALS, path / SCRATCH)
        self._read_lock = threading.RLock()
        self._closed = False
        # A read-only archive (a read-only disk, a write-protected stick) can still be read.
        self.readonly = not os.access(path, os.W_OK)
        self._conn = catalog.connect(path / CATALOG, readonly=self.readonly)
        self._index: SearchIndex | None = None
        self._facets = FacetColumns(self._conn, saved=path / WHOOSH, save=not self.readonly)
        self._answers = AnswerCache()

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Archive:
        """Open (and create, owner-only, if missing) the archive at `path`; repairs a missing or
        stale Whoosh index from the catalog. Raises ArchiveError with a readable message."""
        path = Path(path).expanduser().absolute()
        _prepare_folder(path, create)
        try:
            archive = cls(path)
        except catalog.DatabaseError as exc:
            raise ArchiveError(f"The catalog in {path} cannot be opened: {exc}") from exc
        _owner_only(path)
        archive._open_index()
        return archive

    def _open_index(self) -> None:
        """Open the index, rebuilding or repairing it from the catalog when needed (see
        search/index_sync.py). Another process holding the writer lock is at work and brings
        the index up to date itself; a read-only archive is repaired in a private copy."""
        if self.readonly:
            self._index = _open_readonly(self.path / WHOOSH, self._conn)
            return
        lock = WriterLock(self.path)
        try:
            lock.acquire()
        except ArchiveBusy:
            self._index = _open_existing(self.path / WHOOSH)  # the writer keeps it up to date
            return
        try:
            self.store.clear_scratch()
            self._index, _ = SearchIndex.open_or_create(self.path / WHOOSH)
            removed = self._index.clean_leftovers()
            if removed:
                log.info("Removed what a killed writer left in the index: %s", ", ".join(removed))
            catch_up(self._index, self._conn)
        except OSError as exc:
            if exc.errno not in _UNWRITABLE:
                raise
            if self._index is None:
                raise ArchiveUnwritable(
                    f"Cannot write the search index of {self.path}: {os.strerror(exc.errno)}."
                ) from exc
            # A full disk: searching still works with the index as it is; the next open with
            # room to write repairs it from the catalog.
            log.warning("The search index of %s could not be repaired: %s", self.path, exc.strerror)
        finally:
            lock.release()

    def _catch_up_if_idle(self) -> None:
        """Before a search: if the catalog moved on without the index (a writer killed in
        between, in any process) and nobody is writing now, replay what the index missed, so
        that an open window's next search sees it. One query and a small file when current."""
        if self.readonly or self._index is None:
            return
        with self._reading():
            if is_current(self._index, self._conn):
                return
        lock = WriterLock(self.path)
        try:
            lock.acquire()
        except ArchiveBusy:  # a writer at work catches the index up itself
            return
        try:
            conn = catalog.connect(self.path / CATALOG)
            try:
                if self._index is not None:
                    catch_up(self._index, conn)
            finally:
                conn.close()
        except OSError as exc:  # a full disk: the search answers from the index as it is
            log.warning("The search index of %s could not catch up: %s", self.path, exc)
        finally:
            lock.release()

    def close(self) -> None:
        with self._read_lock:
            self._closed = True
            if self._index is not None:
                self._index.close()
            self._conn.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------
    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Serialise reads on the shared connection and searcher; refuse them once closed."""
        with self._read_lock:
            if self._closed:
                raise ArchiveError(f"The archive {self.path} has been closed.")
            yield

    def _context(self) -> SearchContext:
        assert self._index is not None
        return SearchContext(self._index.searcher(), self._conn, self._facets, self._answers)

    def search(
        self,
        query: str,
        *,
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "relevance",
        page: int = 1,
        page_size: int = 20,
        with_facets: bool = True,
    ) -> SearchResult:
        """Full-text search. `query` uses the Whoosh syntax (AND/OR/NOT, "phrases", prefix*,
        fuzzy~, title:/issuer:/actor:/target:/date:[A TO B]); an empty query lists everything.
        `filters` narrows by facet values: keys "issuer", "actor", "actor_type", "target",
        "year", "format". `sort` is "relevance" or "date" (newest first). Facets in the result
        count the whole result set; `with_facets=False` leaves them out (then ask `facet_counts`).
        Raises QuerySyntaxError for a broken query."""
        self._catch_up_if_idle()
        if with_facets or filters:
            self._prepare_facets()
        with self._reading():
            return search(
                self._context(),
                query,
                filters=filters,
                sort=sort,
                page=page,
                page_size=page_size,
                with_facets=with_facets,
            )

    def facet_counts(
        self, query: str, *, filters: Mapping[str, Sequence[str]] | None = None
    ) -> dict[str, dict[str, int]]:
        """The facet counts `search(query, filters=filters)` would give (over every match)."""
        self._prepare_facets()
        with self._reading():
            return facet_counts(self._context(), query, filters=filters)

    def _prepare_facets(self) -> None:
        """Build the facet columns, if due, outside the read lock (FacetColumns.prepare)."""
        with self._reading():
            key = version_key(self._conn)
        self._facets.prepare(key)

    def document(self, doc_id: int) -> Document:
        with self._reading():
            doc = catalog.get_document(self._conn, doc_id)
        if doc is None:
            raise DocumentNotFound(doc_id)
        return doc

    def actors(self, doc_id: int) -> tuple[Actor, ...]:
        with self._reading():
            return catalog.get_actors(self._conn, doc_id)

    def demands(self, doc_id: int) -> tuple[Demand, ...]:
        with self._reading():
            return catalog.get_demands(self._conn, doc_id)

    def all_demands(self, *, target: str | None = None) -> tuple[DemandRow, ...]:
        """Every demand in the archive (optionally only those made of `target`), newest first."""
        with self._reading():
            return catalog.all_demands(self._conn, target)

    def original_path(self, doc_id: int) -> Path:
        """The byte-exact stored original of a document (never modify it)."""
        doc = self.document(doc_id)
        found = self.store.find(doc.sha256)
        if found is None:
            raise ArchiveError(f"The original of document {doc_id} is missing from {self.store.root}.")
        return found

    def citation(self, doc_id: int, offset: int | None = None) -> str:
        """A citation line: title, issuer, date, and the PDF page holding `offset`."""
        doc = self.document(doc_id)
        parts = [f"“{doc.title}”"]
        if doc.issuer:
            parts.append(doc.issuer)
        if doc.date:
            parts.append(doc.date)
        page = doc.page_at(offset if offset is not None else 0)
        if page is not None:
            parts.append(f"p. {page}")
        parts.append(f"({Path(doc.source_path).name})")
        return ", ".join(parts[:-1]) + " " + parts[-1]

    def stats(self) -> ArchiveStats:
        with self._reading():
            return catalog.stats(self._conn, str(self.path))

    def is_empty(self) -> bool:
        with self._reading():
            return catalog.is_empty(self._conn)

    # -- writing (one writer at a time; raises ArchiveBusy) -------------------------------
    def import_paths(
        self,
        paths: Sequence[Path | str],
        *,
        on_progress: OnProgress = no_progress,
        cancel: CancelFlag | None = None,
        jobs: int = 0,
    ) -> ImportReport:
        """Import files and folders (recursively). Each document is all-or-nothing."""
        # Imported here, not at the top: the readers and extraction (trafilatura, lxml, pypdf …)
        # take about a second to import, which a window opening to search should not pay.
        from .ingest.importer import ImportSession

        assert self._index is not None
        with self._writing() as conn:
            session = ImportSession(
                conn=conn,
                index=self._index,
                store=self.store,
                on_progress=on_progress,
                cancel=cancel or NeverCancelled(),
                jobs=jobs,
            )
            return session.run([Path(p) for p in paths])

    def reindex(self, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None) -> int:
        """Rebuild the Whoosh index from the catalog alone; returns the number of documents."""
        with self._writing(replay=False) as conn, self._read_lock:
            if self._index is not None:
                self._index.close()
            self._index = SearchIndex.create(self.path / WHOOSH)
            return rebuild(self._index, conn, on_progress=on_progress, cancel=cancel)

    def reextract(self, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None) -> int:
        """Run extraction again over every stored text (after the authority file or the rules
        change). User edits of actors are kept: they are applied over whatever is extracted.
        The catalog commits batch by batch, the index once at the end; killed in between, the
        index replays the committed batches on the next open."""
        from .extract import extract

        cancel = cancel or NeverCancelled()
        with self._writing() as conn:
            ids = sorted(catalog.document_ids(conn))
            assert self._index is not None
            done = 0
            with self._index.writing(pool_mb=128) as writer:
                for start in range(0, len(ids), REEXTRACT_BATCH):
                    if cancel.is_set():
                        break
                    batch = ids[start : start + REEXTRACT_BATCH]
                    with catalog.transaction(conn):
                        for doc in catalog.iter_documents(conn, batch):
                            found = extract(doc.text, title=doc.title)
                            catalog.replace_extraction(conn, doc.id, found.actors, found.demands)
                            if found.issuer:
                                catalog.set_issuer(conn, doc.id, found.issuer)
                    writer.replace(from_catalog(conn, batch))
                    done += len(batch)
                    on_progress(done, len(ids), "Extracting actors and demands")
                writer.reflect(catalog_position(conn))
            return done

    def set_actor_override(self, name: str, *, canonical: str | None = None, type: str | None = None) -> None:
        """Rename/merge or retype an actor across the archive; survives re-extraction. The
        catalog commits first; the index then replays the change (the documents naming the
        actor), as it would on the next open had this process been killed in between."""
        with self._writing() as conn:
            with catalog.transaction(conn):
                catalog.set_actor_override(conn, name, canonical=canonical, type=type)
            assert self._index is not None
            catch_up(self._index, conn)

    def check(
        self, *, repair: bool = False, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None
    ) -> CheckReport:
        """Verify the whole archive — the catalog, every original against its SHA-256 name, the
        index against the catalog, the saved facet columns — and with `repair` fix what the
        catalog can (see check.py). Raises ArchiveBusy while another process writes."""
        from .check import check_archive

        return check_archive(self.path, repair=repair, on_progress=on_progress, cancel=cancel)

    def _writing(self, *, replay: bool = True) -> _WriteSession:
        return _WriteSession(self, replay)


class _WriteSession:
    """Holds the writer lock and a dedicated catalog connection for one write operation."""

    def __init__(self, archive: Archive, replay: bool = True) -> None:
        self.archive = archive
        self.replay = replay  # catch the index up first (not for a rebuild)
        self.lock = WriterLock(archive.path)
        self.conn: catalog.Connection | None = None

    def __enter__(self) -> catalog.Connection:
        if self.archive.readonly:
            raise ArchiveUnwritable(
                f"The archive {self.archive.path} is on a read-only disk or folder: it can be "
                "searched and read, but nothing can be imported into it."
            )
        self.lock.acquire()
        try:
            self.conn = catalog.connect(self.archive.path / CATALOG)
            # Whatever a killed writer left the index missing is replayed before this write:
            # a write that records its own position must start from the catalog's latest.
            if self.replay and self.archive._index is not None:
                catch_up(self.archive._index, self.conn)
        except BaseException as exc:
            if self.conn is not None:
                self.conn.close()
            self.lock.release()
            _raise_unwritable(self.archive.path, exc)
            raise
        return self.conn

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        try:
            if self.conn is not None:
                self.conn.close()
        finally:
            self.lock.release()
        if exc is not None:
            _raise_unwritable(self.archive.path, exc)


def _raise_unwritable(path: Path, exc: BaseException) -> None:
    """Raise ArchiveUnwritable for a full or read-only disk; other errors are left as they are."""
    if isinstance(exc, OSError) and exc.errno in _UNWRITABLE:
        raise ArchiveUnwritable(
            f"Cannot write to the archive {path}: {os.strerror(exc.errno)}. "
            "Nothing already in it was changed."
        ) from exc
    if isinstance(exc, catalog.OperationalError) and "full" in str(exc):
        raise ArchiveUnwritable(
            f"Cannot write to the archive {path}: the disk is full. Nothing already in it was changed."
        ) from exc


def _owner_only(path: Path) -> None:
    """SQLite creates its files with the umask's permissions (often 0644); the catalog holds every
    document's text, so it is made readable by its owner only, whatever the umask."""
    for name in (CATALOG, f"{CATALOG}-wal", f"{CATALOG}-shm"):
        try:
            os.chmod(path / name, 0o600)
        except OSError:  # missing, or a read-only medium: nothing to do
            pass


def _open_readonly(folder: Path, conn: catalog.Connection) -> SearchIndex:
    """The index of an archive this process cannot write (a read-only disk): as it is when it
    is in step with the catalog, else repaired in a private temporary copy."""
    index = _open_existing(folder)
    try:
        if is_current(index, conn):
            return index
    except catalog.DatabaseError:  # a catalog older than the change log: compare it whole
        pass
    index.close()
    log.info("The read-only index in %s is behind its catalog; searching a repaired copy", folder)
    try:
        copy = SearchIndex.private_copy(folder)
    except (OSError, IndexUnreadable) as exc:
        log.warning("cannot repair a copy of %s (%s); searching it as it is", folder, exc)
        return _open_existing(folder)
    catch_up(copy, conn)
    return copy


def _open_existing(folder: Path) -> SearchIndex:
    """Open an index this process may not repair (read-only archive, or another writer at work)."""
    try:
        return SearchIndex.open_existing(folder)
    except IndexUnreadable as exc:
        raise ArchiveError(
            f"The search index in {folder} cannot be opened ({exc}); open the archive again "
            "when it is writable and no other import is running, and it will be rebuilt."
        ) from exc


def _prepare_folder(path: Path, create: bool) -> None:
    if path.exists() and not path.is_dir():
        raise ArchiveError(f"{path} is a file, not an archive folder.")
    if not path.exists():
        if not create:
            raise ArchiveError(f"There is no archive at {path}.")
        try:
            make_folders(path)  # owner-only, parents included: the archive may hold sensitive material
        except OSError as exc:
            raise ArchiveUnwritable(f"Cannot create the archive folder {path}: {exc.strerror}.") from exc
    elif not os.access(path, os.R_OK | os.X_OK):
        raise ArchiveError(f"The archive folder {path} cannot be read (permission denied).")
    if os.access(path, os.W_OK):
        (path / ORIGINALS).mkdir(mode=0o700, exist_ok=True)
