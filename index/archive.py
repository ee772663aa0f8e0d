"""The archive: one folder holding the catalog (truth), the originals and the Whoosh index (derived).

`Archive` is the one object the CLI and the desktop app talk to. Reads are safe from any thread
(they are serialised internally and never wait on an import, which writes through its own
connection); writes go through one writer at a time, across processes, guarded by a lock file.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from whoosh.index import Index
from whoosh.searching import Searcher

from index import catalog, search_index
from index.errors import ArchiveBusy, ArchiveError, ArchiveUnwritable, DocumentNotFound
from index.facet_table import version_key
from index.facets import FacetCache
from index.lock import WriterLock
from index.models import (
    Actor,
    ArchiveStats,
    Demand,
    DemandRow,
    Document,
    ImportReport,
    SearchResult,
)
from index.originals import OriginalsStore
from index.progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from index.search import SearchContext, facet_counts, search

log = logging.getLogger(__name__)

CATALOG = "catalog.sqlite"
ORIGINALS = "originals"
WHOOSH = "whoosh"
SCRATCH = "tmp"
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
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        self._facets = FacetCache(self._conn, saved=path / WHOOSH, save=not self.readonly)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Archive:
        """Open (and create, owner-only, if missing) the archive at `path`; repairs a missing or
        stale Whoosh index from the catalog. Raises ArchiveError with a readable message."""
        path = Path(path).expanduser().absolute()
        _prepare_folder(path, create)
        try:
            archive = cls(path)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"The catalog in {path} cannot be opened: {exc}") from exc
        _owner_only(path)
        archive._open_index()
        return archive

    def _open_index(self) -> None:
        """Open the index, rebuilding or repairing it from the catalog when needed. Another
        process holding the writer lock is mid-import and will bring the index up to date."""
        if self.readonly:
            self._ix = _open_existing(self.path / WHOOSH)
            return
        lock = WriterLock(self.path)
        try:
            lock.acquire()
        except ArchiveBusy:
            self._ix = _open_existing(self.path / WHOOSH)  # the writer keeps it up to date
            return
        try:
            self.store.clear_scratch()
            self._ix, _ = search_index.open_or_create(self.path / WHOOSH)
            added, removed = search_index.sync(self._ix, self._conn)
            if added or removed:
                log.info("Index repaired from the catalog: %d added, %d removed", added, removed)
        except OSError as exc:
            if exc.errno not in _UNWRITABLE:
                raise
            if self._ix is None:
                raise ArchiveUnwritable(
                    f"Cannot write the search index of {self.path}: {os.strerror(exc.errno)}."
                ) from exc
            # A full disk: searching still works with the index as it is; the next open with
            # room to write repairs it from the catalog.
            log.warning("The search index of %s could not be repaired: %s", self.path, exc.strerror)
        finally:
            lock.release()

    def close(self) -> None:
        with self._read_lock:
            self._closed = True
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
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
        assert self._ix is not None
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        elif not self._searcher.up_to_date():
            if self._searcher.doc_count_all():
                self._searcher = self._searcher.refresh()
            else:  # Whoosh cannot refresh a searcher over an index that has no segment yet
                self._searcher.close()
                self._searcher = self._ix.searcher()
        return SearchContext(self._searcher, self._conn, self._facets)

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
        """Build the facet table, if due, outside the read lock (FacetCache.prepare)."""
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
            conn = self._conn
            by_format = dict(
                conn.execute("SELECT format, COUNT(*) FROM documents GROUP BY format").fetchall()
            )
            first, last = conn.execute("SELECT MIN(date), MAX(date) FROM documents").fetchone()
            return ArchiveStats(
                documents=sum(by_format.values()),
                by_format=by_format,
                actors=conn.execute("SELECT COUNT(DISTINCT name) FROM actors").fetchone()[0],
                demands=conn.execute("SELECT COUNT(*) FROM demands").fetchone()[0],
                issuers=conn.execute("SELECT COUNT(DISTINCT issuer) FROM documents").fetchone()[0],
                first_date=first,
                last_date=last,
                originals_bytes=conn.execute("SELECT COALESCE(SUM(size), 0) FROM documents").fetchone()[0],
                path=str(self.path),
            )

    def is_empty(self) -> bool:
        with self._reading():
            return self._conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

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
        from index.importer import ImportSession

        assert self._ix is not None
        with self._writing() as conn:
            session = ImportSession(
                conn=conn,
                ix=self._ix,
                store=self.store,
                on_progress=on_progress,
                cancel=cancel or NeverCancelled(),
                jobs=jobs,
            )
            return session.run([Path(p) for p in paths])

    def reindex(self, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None) -> int:
        """Rebuild the Whoosh index from the catalog alone; returns the number of documents."""
        with self._writing() as conn, self._read_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            folder = self.path / WHOOSH
            (folder / "SCHEMA_VERSION").unlink(missing_ok=True)  # forces a fresh, empty index
            self._ix, _ = search_index.open_or_create(folder)
            added, _ = search_index.sync(self._ix, conn, on_progress=on_progress, cancel=cancel)
            return added

    def reextract(self, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None) -> int:
        """Run extraction again over every stored text (after the authority file or the rules
        change). User edits of actors are kept: they are applied over whatever is extracted."""
        from index.pipeline import reextract

        cancel = cancel or NeverCancelled()
        with self._writing() as conn:
            ids = sorted(catalog.document_ids(conn))
            assert self._ix is not None
            writer = self._ix.writer(limitmb=128)
            done = 0
            try:
                for start in range(0, len(ids), 64):
                    if cancel.is_set():
                        break
                    batch = ids[start : start + 64]
                    with catalog.transaction(conn):
                        for doc in catalog.iter_documents(conn, batch):
                            found = reextract(doc, self.store.find(doc.sha256))
                            catalog.replace_extraction(conn, doc.id, found.actors, found.demands)
                            if found.issuer:
                                conn.execute(
                                    "UPDATE documents SET issuer = ? WHERE id = ?", (found.issuer, doc.id)
                                )
                    search_index.add_documents(writer, conn, batch, update=True)
                    done += len(batch)
                    on_progress(done, len(ids), "Extracting actors and demands")
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
            return done

    def set_actor_override(self, name: str, *, canonical: str | None = None, type: str | None = None) -> None:
        """Rename/merge or retype an actor across the archive; survives re-extraction."""
        with self._writing() as conn:
            with catalog.transaction(conn):
                catalog.set_actor_override(conn, name, canonical=canonical, type=type)
            ids = [r[0] for r in conn.execute("SELECT DISTINCT doc_id FROM actors WHERE name = ?", (name,))]
            assert self._ix is not None
            writer = self._ix.writer()
            search_index.add_documents(writer, conn, ids, update=True)
            writer.commit()

    def _writing(self) -> _WriteSession:
        return _WriteSession(self)


class _WriteSession:
    """Holds the writer lock and a dedicated catalog connection for one write operation."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.lock = WriterLock(archive.path)
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        if self.archive.readonly:
            raise ArchiveUnwritable(
                f"The archive {self.archive.path} is on a read-only disk or folder: it can be "
                "searched and read, but nothing can be imported into it."
            )
        self.lock.acquire()
        try:
            self.conn = catalog.connect(self.archive.path / CATALOG)
        except BaseException:
            self.lock.release()
            raise
        return self.conn

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        try:
            if self.conn is not None:
                self.conn.close()
        finally:
            self.lock.release()
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT):
            raise ArchiveUnwritable(
                f"Cannot write to the archive {self.archive.path}: {os.strerror(exc.errno)}. "
                "Nothing already in it was changed."
            ) from exc
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise ArchiveUnwritable(
                f"Cannot write to the archive {self.archive.path}: the disk is full. "
                "Nothing already in it was changed."
            ) from exc


def _owner_only(path: Path) -> None:
    """SQLite creates its files with the umask's permissions (often 0644); the catalog holds every
    document's text, so it is made readable by its owner only, whatever the umask."""
    for name in (CATALOG, f"{CATALOG}-wal", f"{CATALOG}-shm"):
        try:
            os.chmod(path / name, 0o600)
        except OSError:  # missing, or a read-only medium: nothing to do
            pass


def _open_existing(folder: Path) -> Index:
    """Open an index this process may not repair (read-only archive, or another writer at work)."""
    try:
        return search_index.storage(folder).open_index()
    except Exception as exc:  # Whoosh raises several kinds for a missing or damaged index
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
            path.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise ArchiveUnwritable(f"Cannot create the archive folder {path}: {exc.strerror}.") from exc
        # mkdir's mode is filtered by the umask; the archive may hold sensitive material.
        os.chmod(path, 0o700)
    elif not os.access(path, os.R_OK | os.X_OK):
        raise ArchiveError(f"The archive folder {path} cannot be read (permission denied).")
    if os.access(path, os.W_OK):
        (path / ORIGINALS).mkdir(mode=0o700, exist_ok=True)
