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
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from . import dates
from .engine import IndexUnreadable, SearchIndex
from .errors import ArchiveBusy, ArchiveError, ArchiveUnwritable, DocumentNotFound
from .models import (
    Actor,
    ArchiveStats,
    Demand,
    DemandRow,
    Document,
    DocumentMarks,
    ImportReport,
    SearchResult,
    SimilarDocuments,
)
from .progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from .search.answer_cache import AnswerCache
from .search.facets import FacetColumns
from .search.index_documents import from_catalog
from .search.index_sync import sync
from .search.results import SearchContext, facet_counts, search
from .search.similar import SIMILAR, similar_documents
from .store import catalog, marks
from .store.facet_table import version_key
from .store.lock import WriterLock
from .store.originals import OriginalsStore

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
        self._index: SearchIndex | None = None
        self._facets = FacetColumns(self._conn, saved=path / WHOOSH, save=not self.readonly)
        self._answers = AnswerCache()

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, on_progress: OnProgress = no_progress) -> Archive:
        """Open (and create, owner-only, if missing) the archive at `path`; repairs a missing or
        stale search index from the catalog, and brings records made by older rules up to date
        (ingest/record/upgrade.py, with progress). Raises ArchiveError with a readable message."""
        path = Path(path).expanduser().absolute()
        _prepare_folder(path, create)
        try:
            archive = cls(path)
        except catalog.DatabaseError as exc:
            raise ArchiveError(f"The catalog in {path} cannot be opened: {exc}") from exc
        _owner_only(path)
        archive._open_index(on_progress)
        return archive

    def _open_index(self, on_progress: OnProgress = no_progress) -> None:
        """Open the index, rebuilding or repairing it from the catalog when needed. Another
        process holding the writer lock is mid-import and will bring the index up to date."""
        if self.readonly:
            self._index = _open_existing(self.path / WHOOSH)
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
            added, removed = sync(self._index, self._conn)
            if added or removed:
                log.info("Index repaired from the catalog: %d added, %d removed", added, removed)
            if catalog.records_outdated(self._conn):
                # Imported here: the title and date rules cost ~30 ms to import, which an
                # archive opening to search should pay only when its records need them.
                from .ingest.record.upgrade import upgrade_records

                upgrade_records(self._conn, self._index, on_progress)
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
        fuzzy~, title:/issuer:/actor:/target:/note:/date:[A TO B]); an empty query lists
        everything. `filters` narrows by facet values: keys "issuer", "actor", "actor_type",
        "target", "year", "format", and the user's "tag" and "star" ("starred"). `sort` is
        "relevance" or "date" (newest first). Facets in the result count the whole result set;
        `with_facets=False` leaves them out (then ask `facet_counts`).
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

    def similar(self, doc_id: int, *, limit: int = SIMILAR) -> SimilarDocuments:
        """The documents most like `doc_id` in content, best first, each with the key terms it
        shares with it; versions of the same statement are left out. Raises DocumentNotFound."""
        with self._reading():
            return similar_documents(self._context(), doc_id, limit)

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

    def marks(self, doc_id: int) -> DocumentMarks:
        """The user's tags, star and note on a document. Raises DocumentNotFound."""
        with self._reading():
            if catalog.get_document(self._conn, doc_id) is None:
                raise DocumentNotFound(doc_id)
            return marks.marks_of(self._conn, doc_id)

    def tags(self) -> dict[str, int]:
        """Every tag in the archive, with the number of documents carrying it, by name."""
        with self._reading():
            return marks.all_tags(self._conn)

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
        parts.append(dates.display(doc.date))
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

    @property
    def index_outdated(self) -> bool:
        """The search index is of an older layout (it still answers): `upgrade_index` is due."""
        return self._index is not None and self._index.outdated and not self.readonly

    def upgrade_index(
        self, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None
    ) -> int:
        """Rebuild an outdated index from the catalog beside the old one, which goes on
        answering searches until the new one takes its place; returns the documents indexed
        (0 when cancelled: the old index stays). The catalog is not changed."""
        cancel = cancel or NeverCancelled()
        with self._writing() as conn:
            assert self._index is not None
            if not self._index.outdated:
                return 0
            new = self._index.build_beside()
            try:
                added, _ = sync(new, conn, on_progress=on_progress, cancel=cancel)
            except BaseException:
                new.discard()
                raise
            if cancel.is_set():
                new.discard()
                return 0
            with self._read_lock:
                self._index = self._index.replace_with(new)
            return added

    def reindex(self, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None) -> int:
        """Rebuild the Whoosh index from the catalog alone; returns the number of documents."""
        with self._writing() as conn, self._read_lock:
            if self._index is not None:
                self._index.close()
            self._index = SearchIndex.create(self.path / WHOOSH)
            added, _ = sync(self._index, conn, on_progress=on_progress, cancel=cancel)
            return added

    def reextract(self, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None) -> int:
        """Run extraction again over every stored text (after the authority file or the rules
        change). User edits of actors are kept: they are applied over whatever is extracted."""
        from .extract import extract

        cancel = cancel or NeverCancelled()
        with self._writing() as conn:
            ids = sorted(catalog.document_ids(conn))
            assert self._index is not None
            done = 0
            with self._index.writing(pool_mb=128) as writer:
                for start in range(0, len(ids), 64):
                    if cancel.is_set():
                        break
                    batch = ids[start : start + 64]
                    with catalog.transaction(conn):
                        for doc in catalog.iter_documents(conn, batch):
                            found = extract(doc.text, title=doc.title)
                            catalog.replace_extraction(conn, doc.id, found.actors, found.demands)
                            if found.issuer:
                                catalog.set_issuer(conn, doc.id, found.issuer)
                    writer.replace(from_catalog(conn, batch))
                    done += len(batch)
                    on_progress(done, len(ids), "Extracting actors and demands")
            return done

    def set_actor_override(self, name: str, *, canonical: str | None = None, type: str | None = None) -> None:
        """Rename/merge or retype an actor across the archive; survives re-extraction."""
        with self._writing() as conn:
            with catalog.transaction(conn):
                catalog.set_actor_override(conn, name, canonical=canonical, type=type)
            assert self._index is not None
            with self._index.writing() as writer:
                writer.replace(from_catalog(conn, catalog.docs_naming(conn, name)))

    # -- the user's marks (user data: kept by reextract, reindex, re-import, backups) -------------
    def tag(self, doc_id: int, *, add: Sequence[str] = (), remove: Sequence[str] = ()) -> DocumentMarks:
        """Add and remove tags of a document (a tag already in the archive under another case
        keeps its spelling). Raises DocumentNotFound, or ArchiveError for an empty tag."""
        return self._mark(doc_id, lambda conn: marks.change_tags(conn, doc_id, add, remove))

    def star(self, doc_id: int, starred: bool = True) -> DocumentMarks:
        """Star a document (or take its star away)."""
        return self._mark(doc_id, lambda conn: marks.set_star(conn, doc_id, starred))

    def set_note(self, doc_id: int, note: str) -> DocumentMarks:
        """Write the user's note on a document ("" removes it); `note:` then finds it."""
        return self._mark(doc_id, lambda conn: marks.set_note(conn, doc_id, note), reindex=True)

    def _mark(
        self, doc_id: int, change: Callable[[catalog.Connection], None], *, reindex: bool = False
    ) -> DocumentMarks:
        """Apply one change to a document's marks; a note goes into the index as well (tags and
        stars are facets, read from the catalog)."""
        with self._writing() as conn:
            if catalog.get_document(conn, doc_id) is None:
                raise DocumentNotFound(doc_id)
            with catalog.transaction(conn):
                change(conn)
            if reindex:
                assert self._index is not None
                with self._index.writing() as writer:
                    writer.replace(from_catalog(conn, [doc_id]))
            return marks.marks_of(conn, doc_id)

    def _writing(self) -> _WriteSession:
        return _WriteSession(self)


class _WriteSession:
    """Holds the writer lock and a dedicated catalog connection for one write operation."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
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
        if isinstance(exc, catalog.OperationalError) and "full" in str(exc):
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
            path.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise ArchiveUnwritable(f"Cannot create the archive folder {path}: {exc.strerror}.") from exc
        # mkdir's mode is filtered by the umask; the archive may hold sensitive material.
        os.chmod(path, 0o700)
    elif not os.access(path, os.R_OK | os.X_OK):
        raise ArchiveError(f"The archive folder {path} cannot be read (permission denied).")
    if os.access(path, os.W_OK):
        (path / ORIGINALS).mkdir(mode=0o700, exist_ok=True)
