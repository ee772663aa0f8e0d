"""The archive: one folder holding the catalog (truth), the originals and the Whoosh index (derived).

`Archive` is the one object the CLI and the desktop app talk to. Reads are safe from any thread
(they are serialised internally and never wait on an import, which writes through its own
connection); writes go through one writer at a time, across processes, guarded by a lock file.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from . import extraction_rules, record_fields
from .dossier import queries as dossier_queries
from .dossier.edits import Edit
from .engine import IndexUnreadable, SearchIndex
from .errors import ArchiveBusy, ArchiveError, ArchiveUnwritable, DocumentNotFound, NotAnArchive
from .export.citation import citation, quotation
from .models import (
    Actor,
    ActorSummary,
    ArchiveStats,
    BatchQuery,
    BatchResult,
    CheckReport,
    Demand,
    DemandGroup,
    DemandRow,
    DiffPiece,
    Document,
    DocumentMarks,
    Dossier,
    EditRecord,
    Hit,
    ImportReport,
    SavedSearch,
    SearchResult,
    SimilarDocuments,
    Version,
)
from .progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from .search import facet_values
from .search.answer_cache import AnswerCache
from .search.facets import FacetColumns
from .search.index_documents import from_catalog
from .search.index_sync import catalog_position, catch_up, is_current, rebuild
from .search.matching import count_after, matching_doc_ids
from .search.results import SearchContext, facet_counts, matched_ids, search
from .search.similar import SIMILAR, similar_documents
from .store import catalog, marks, record_edits, saved_searches
from .store import versions as stored_versions
from .store.demand_rows import rows_of_documents
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
        self._groups = dossier_queries.GroupCache()
        self._extraction_outdated = False  # known once the archive is opened for writing

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, on_progress: OnProgress = no_progress) -> Archive:
        """Open (and with `create`, make, owner-only, if missing) the archive at `path`; repairs
        a missing or stale search index from the catalog, and brings records made by older rules
        up to date (ingest/record/upgrade.py, with progress). Raises ArchiveError with a readable
        message; NotAnArchive, without `create`, for a folder that holds no archive."""
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
        """Open the index, rebuilding or repairing it from the catalog when needed (see
        search/index_sync.py), after bringing records made by older rules up to date. Another
        process holding the writer lock is at work and brings the index up to date itself; a
        read-only archive is repaired in a private copy. An index of an older layout answers
        as it is until `upgrade_index` replaces it."""
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
            if catalog.records_outdated(self._conn):
                # Imported here: the title and date rules cost ~30 ms to import, which an
                # archive opening to search should pay only when its records need them.
                from .ingest.record.upgrade import upgrade_records

                upgrade_records(self._conn, on_progress)
            self._note_extraction_rules()
            self._sketch_stored(on_progress)
            if not self._index.outdated:
                removed = self._index.clean_leftovers()
                if removed:
                    log.info("Removed what a killed writer left in the index: %s", ", ".join(removed))
                catch_up(self._index, self._conn, on_progress=on_progress)
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

    def _note_extraction_rules(self) -> None:
        """Whether the stored actors and demands are the current rules' (an empty archive takes
        the current rules' mark, so that what is imported next is known to be current)."""
        rules = extraction_rules.current()
        if catalog.is_empty(self._conn):
            with catalog.transaction(self._conn):
                catalog.mark_extraction_current(self._conn, rules)
        self._extraction_outdated = catalog.extraction_outdated(self._conn, rules)

    @property
    def extraction_outdated(self) -> bool:
        """The actors and demands were found by the rules of an earlier release: `reextract`
        is due (it keeps the user's edits). Never true of an archive opened read-only."""
        return self._extraction_outdated

    def _catch_up_if_idle(self) -> None:
        """Before a search: if the catalog moved on without the index (a writer killed in
        between, in any process) and nobody is writing now, replay what the index missed, so
        that an open window's next search sees it. One query and a small file when current."""
        if self.readonly or self._index is None or self._index.outdated:
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

    def _sketch_stored(self, on_progress: OnProgress) -> None:
        """Documents stored before versions were detected are sketched once (with progress)."""
        if catalog.meta_get(self._conn, stored_versions.SKETCHES_KEY) == "pending":
            # Imported here: the sketches' modules, and datasketch with SciPy (a second), only
            # when an archive needs them.
            from .ingest.versions import sketch_stored

            sketch_stored(self._conn, on_progress)

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
        all_versions: bool = False,
    ) -> SearchResult:
        """Full-text search. `query` uses the Whoosh syntax (AND/OR/NOT, "phrases", prefix*,
        fuzzy~, title:/issuer:/actor:/target:/by:/note:/date:[A TO B]); an empty query lists
        everything. `filters` narrows by facet values: keys "issuer", "actor", "actor_type",
        "target", "by", "year", "format", and the user's "tag" and "star" ("starred"). `sort` is
        "relevance" or "date" (newest first). Facets in the result count the whole result set;
        `with_facets=False` leaves them out (then ask `facet_counts`). A statement stored in
        several versions is one hit (its best-ranked version, with `Hit.versions`) and counts
        once in the total and the facets, unless `all_versions`.
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
                all_versions=all_versions,
            )

    def facet_counts(
        self,
        query: str,
        *,
        filters: Mapping[str, Sequence[str]] | None = None,
        all_versions: bool = False,
    ) -> dict[str, dict[str, int]]:
        """The facet counts `search(query, filters=filters)` would give (over every match)."""
        self._prepare_facets()
        with self._reading():
            return facet_counts(self._context(), query, filters=filters, all_versions=all_versions)

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

    def all_demands(self, *, target: str | None = None, all_versions: bool = False) -> tuple[DemandRow, ...]:
        """Every demand in the archive (optionally only those made of `target`), newest first;
        a demand that several versions of one statement make is listed once (`DemandRow.versions`
        says how many make it), unless `all_versions`."""
        with self._reading():
            return catalog.all_demands(self._conn, target, all_versions=all_versions)

    def versions(self, doc_id: int) -> tuple[Version, ...]:
        """Every version of the document's statement, earliest first, itself included; () when
        it is its statement's only version."""
        with self._reading():
            statement = stored_versions.statement_of(self._conn, doc_id)
            return stored_versions.versions_of(self._conn, [statement]).get(statement, ())

    def differences(self, doc_id: int, other_id: int) -> tuple[DiffPiece, ...]:
        """What differs between two documents' texts, word by word: pieces in both ("same"),
        only in the first ("removed") or only in the second ("added")."""
        from .text_diff import word_diff  # difflib: only when a reader compares versions

        first, second = self.document(doc_id), self.document(other_id)
        return word_diff(first.text, second.text)

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

    def citation(self, doc_id: int, offset: int | None = None, end: int | None = None) -> str:
        """A citation line: title, issuer, date, the PDF page holding `offset`, where it was
        published (its address, when known) or the original file's name. With `end`, the
        passage `offset:end` quoted before it."""
        doc = self.document(doc_id)
        if offset is not None and end is not None and end > offset:
            return quotation(doc, offset, end)
        return citation(doc, offset)

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
        ocr: bool = True,
    ) -> ImportReport:
        """Import files and folders (recursively). Each document is all-or-nothing. Without
        `ocr`, scans and images are not read by OCR even where Tesseract is installed (they are
        reported as needing it, and a page of text beside a scan is imported)."""
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
                ocr_on=ocr,
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
        with self._writing(replay=False) as conn:
            return self._upgrade_index(conn, on_progress, cancel or NeverCancelled())

    def _upgrade_index(self, conn: catalog.Connection, on_progress: OnProgress, cancel: CancelFlag) -> int:
        """`upgrade_index` under the writer lock."""
        assert self._index is not None
        if not self._index.outdated:
            return 0
        new = self._index.build_beside()
        try:
            added = rebuild(new, conn, on_progress=on_progress, cancel=cancel)
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
        from .ingest.pipeline import reextract

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
                            found = reextract(doc, self.store.find(doc.sha256))
                            catalog.replace_extraction(conn, doc.id, found.actors, found.demands)
                            # an issuer the user corrected stays theirs
                            if found.issuer and "issuer" not in record_edits.edited_fields(conn, doc.id):
                                catalog.set_issuer(conn, doc.id, found.issuer)
                    writer.replace(from_catalog(conn, batch))
                    done += len(batch)
                    on_progress(done, len(ids), "Extracting actors and demands")
                writer.reflect(catalog_position(conn))
            if done == len(ids):
                with catalog.transaction(conn):
                    catalog.mark_extraction_current(conn, extraction_rules.current())
                self._extraction_outdated = False
            return done

    def set_actor_override(self, name: str, *, canonical: str | None = None, type: str | None = None) -> None:
        """Rename/merge and/or retype an actor across the archive; survives re-extraction."""
        if type:
            self.retype_actor(name, type)
        if canonical:
            self.rename_actor(name, canonical)

    # -- dossiers and tracked demands ---------------------------------------------------------
    def dossier(self, name: str, *, quote_documents: int | None = 400) -> Dossier:
        """Everything the archive holds about the actor `name` (the name shown, or any alias it
        is unambiguously known by, whatever the case); quotations from its `quote_documents`
        newest documents (None: all). Raises ActorNotFound, or ArchiveError when the name could
        mean several actors."""
        self._prepare_facets()
        with self._reading():
            return dossier_queries.dossier(self._conn, name, self._co_actors, quote_documents)

    def _co_actors(self, doc_ids: Sequence[int], limit: int) -> dict[str, int]:
        """The actors most often named in these documents, over the facet columns."""
        counts = self._facets.count(np.array(sorted(doc_ids), dtype=np.int64), limit)
        return counts["actor"]

    def actor_list(self, *, type: str | None = None) -> tuple[ActorSummary, ...]:
        """Every actor as the user sees it, most documents first (optionally of one type)."""
        with self._reading():
            return dossier_queries.actor_list(self._conn, type)

    def actor_names(self, name: str) -> tuple[str, ...]:
        """The extracted names the actor shown as `name` stands for (more than one after a
        merge: what a split can part again). Raises ActorNotFound."""
        with self._reading():
            return tuple(dossier_queries.actor_names(self._conn, name))

    def find_actors(self, text: str) -> tuple[str, ...]:
        """The names shown of the actors `text` names, by any alias, whatever the case."""
        with self._reading():
            return tuple(sorted(dossier_queries.actors_named(self._conn, text)))

    def demand_rows(self, doc_id: int, *, include_rejected: bool = True) -> tuple[DemandRow, ...]:
        """A document's demands with their references and review status."""
        with self._reading():
            return dossier_queries.document_demands(self._conn, doc_id, include_rejected)

    def find_demands(
        self,
        *,
        by: str | None = None,
        issuer: str | None = None,
        year: str | None = None,
        target: str | None = None,
        status: str | None = None,
        all_versions: bool = True,
    ) -> tuple[DemandRow, ...]:
        """Demands filtered as the All demands window filters them; names match any alias of an
        actor, whatever the case. `status` "rejected" lists the rejected ones (hidden otherwise).
        Without `all_versions`, a demand several versions of one statement make is one row."""
        with self._reading():
            rows = dossier_queries.find_demands(
                self._conn, by=by, issuer=issuer, year=year, target=target, status=status
            )
            return rows if all_versions else catalog.once_per_statement(self._conn, list(rows))

    def search_demands(
        self, query: str, *, filters: Mapping[str, Sequence[str]] | None = None
    ) -> tuple[DemandRow, ...]:
        """The demands of every document `search(query, filters=filters)` matches."""
        if filters:
            self._prepare_facets()
        with self._reading():
            ids = matched_ids(self._context(), query, filters=filters)
            return tuple(rows_of_documents(self._conn, ids.tolist()))

    def demand_groups(
        self,
        *,
        by: str | None = None,
        issuer: str | None = None,
        year: str | None = None,
        target: str | None = None,
    ) -> tuple[DemandGroup, ...]:
        """Demands asking the same thing of the same target, grouped (largest first)."""

        def rows() -> tuple[DemandRow, ...]:
            with self._reading():
                return dossier_queries.find_demands(
                    self._conn, by=by, issuer=issuer, year=year, target=target
                )

        with self._reading():
            version = version_key(self._conn)
        # grouped outside the read lock: seconds at 30,000 documents, while searches go on
        return self._groups.get(version, (by, issuer, year, target), rows)

    # -- review by hand (each edit recorded in the edit history, undoable) ----------------
    def rename_actor(self, name: str, new_name: str) -> EditRecord:
        """Rename an actor everywhere; renaming onto an existing actor merges the two."""
        return self._edit(lambda conn: dossier_queries.actor_edit(conn, "rename", name, new_name))

    def retype_actor(self, name: str, type: str) -> EditRecord:
        return self._edit(lambda conn: dossier_queries.actor_edit(conn, "retype", name, type))

    def split_actor(self, name: str, names: Sequence[str], new_name: str | None = None) -> EditRecord:
        """Give the extracted `names` an actor stands for (after a merge) their own name again,
        or `new_name`."""
        return self._edit(lambda conn: dossier_queries.actor_edit(conn, "split", name, list(names), new_name))

    def delete_actor(self, name: str) -> EditRecord:
        """Hide an actor everywhere (undo brings it back)."""
        return self._edit(lambda conn: dossier_queries.actor_edit(conn, "delete", name))

    def review_demand(
        self,
        ref: str,
        status: str,
        *,
        by: str | None = None,
        targets: Sequence[str] | None = None,
        action: str | None = None,
    ) -> EditRecord:
        """Confirm, reject (hidden everywhere), correct, or restore ("extracted") the demand
        `ref` ("DOC:OFFSET"). Raises DemandNotFound."""
        return self._edit(
            lambda conn: dossier_queries.review_edit(conn, ref, status, by=by, targets=targets, action=action)
        )

    def edit_history(self) -> tuple[EditRecord, ...]:
        """Every edit by hand, newest first."""
        with self._reading():
            return dossier_queries.history(self._conn)

    def undo_edit(self) -> EditRecord | None:
        """Undo the newest edit not undone yet (None: nothing left to undo)."""
        with self._writing() as conn:
            with catalog.transaction(conn):
                done = dossier_queries.undo(conn)
            if done is None:
                return None
            record, docs = done
            self._reindex_documents(conn, docs)
            return record

    # -- briefings ---------------------------------------------------------------------------
    def export_dossier_briefing(
        self, dossier: Dossier, path: Path, timeline_png: bytes | None, *, period: str = ""
    ) -> list[Path]:
        """Write a dossier as a briefing: `path` as HTML, beside it a DOCX and a CSV per table."""
        from .export.demand_briefing import dossier_briefing, write_briefing

        return write_briefing(dossier_briefing(dossier, timeline_png, period), path)

    def export_group_briefing(self, group: DemandGroup, path: Path, timeline_png: bytes | None) -> list[Path]:
        from .export.demand_briefing import group_briefing, write_briefing

        return write_briefing(group_briefing(group, timeline_png), path)

    def export_demands_briefing(
        self, title: str, rows: Sequence[DemandRow], path: Path, timeline_png: bytes | None
    ) -> list[Path]:
        from .export.demand_briefing import demands_briefing, write_briefing

        return write_briefing(demands_briefing(title, rows, timeline_png), path)

    def _edit(self, make: Callable[[catalog.Connection], Edit]) -> EditRecord:
        with self._writing() as conn:
            with catalog.transaction(conn):
                edit = make(conn)
                record = dossier_queries.record(conn, edit)
            self._reindex_documents(conn, edit.docs)
        return record

    def _reindex_documents(self, conn: catalog.Connection, doc_ids: Sequence[int]) -> None:
        """Index again the documents an edit changed. The catalog committed first and logged
        them (store/change_log.py); the index replays the log, as it would on the next open had
        this process been killed in between."""
        assert self._index is not None
        if doc_ids:
            catch_up(self._index, conn)

    def corrections(self, doc_id: int) -> dict[str, record_edits.RecordEdit]:
        """The user's corrections of a document's record, by field."""
        with self._reading():
            return record_edits.edits_of(self._conn, doc_id)

    def edit_record(self, doc_id: int, values: Mapping[str, str | None]) -> list[str]:
        """Correct a document's title, date, issuer, language or url (record_fields.FIELDS);
        returns the fields that changed. The values are the user's: re-extraction, the record
        upgrade, reindexing and re-import keep them, and backups carry them. Raises
        DocumentNotFound, InvalidRecordValue (a date that is not a date, …)."""
        clean = {name: record_fields.normalised(name, value) for name, value in values.items()}
        with self._writing() as conn:
            if catalog.get_document(conn, doc_id) is None:
                raise DocumentNotFound(doc_id)
            with catalog.transaction(conn):
                changed = record_edits.apply(conn, doc_id, clean, "user")
            self._reindex_documents(conn, [doc_id] if changed else [])
        return changed

    def take_back_edit(self, doc_id: int, field: str) -> bool:
        """Undo the correction of one field of a record: what it replaced comes back."""
        if field not in record_fields.FIELDS:
            raise record_fields.InvalidRecordValue(
                f"{field!r} is not a field of a record; the fields are {', '.join(record_fields.FIELDS)}"
            )
        with self._writing() as conn:
            if catalog.get_document(conn, doc_id) is None:
                raise DocumentNotFound(doc_id)
            with catalog.transaction(conn):
                undone = record_edits.take_back(conn, doc_id, field)
            self._reindex_documents(conn, [doc_id] if undone else [])
        return undone

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
        return self._mark(doc_id, lambda conn: marks.set_note(conn, doc_id, note))

    def _mark(self, doc_id: int, change: Callable[[catalog.Connection], None]) -> DocumentMarks:
        """Apply one change to a document's marks. Tags and stars are facets, read from the
        catalog; a changed note is logged for the index (migration 11), which replays it."""
        with self._writing() as conn:
            if catalog.get_document(conn, doc_id) is None:
                raise DocumentNotFound(doc_id)
            with catalog.transaction(conn):
                change(conn)
            self._reindex_documents(conn, [doc_id])
            return marks.marks_of(conn, doc_id)

    # -- the research desk: saved searches, batch search, exports ---------------------------
    def matching_ids(self, query: str, *, filters: Mapping[str, Sequence[str]] | None = None) -> list[int]:
        """Catalog ids of every document `search(query, filters=filters)` matches (all pages)."""
        if filters:
            self._prepare_facets()
        with self._reading():
            return matching_doc_ids(self._context(), query, filters)

    def facet_values(self, facet: str) -> list[str]:
        """Every value of a facet ("issuer", "actor", "actor_type", "target", "year", "format")
        some document holds."""
        self._prepare_facets()
        with self._reading():
            return facet_values.all_values(self._facets, facet)

    def check_filters(self, filters: Mapping[str, Sequence[str]]) -> None:
        """Raise UnknownFacetValue (listing the valid values, closest first) for a filter value
        no document holds; a search would only say "no results"."""
        if not any(filters.values()):
            return
        self._prepare_facets()
        with self._reading():
            facet_values.check(self._facets, filters)

    @contextmanager
    def _user_data(self) -> Iterator[catalog.Connection]:
        """The catalog connection, for writes of the user's own data that the index does not
        hold (saved searches): a small SQLite transaction, waiting out an import's commit
        rather than refusing while the import holds the writer lock."""
        if self.readonly:
            raise ArchiveUnwritable(f"The archive {self.path} is read-only: nothing can be saved in it.")
        with self._reading():
            yield self._conn

    def saved_searches(self, *, count_new: bool = True) -> tuple[SavedSearch, ...]:
        """The saved searches by name; with `count_new`, each with `new_matches`: documents
        imported since it was last opened that it matches."""
        with self._reading():
            found = saved_searches.all_saved(self._conn)
            last = saved_searches.last_doc_id(self._conn)
        if not count_new:
            return found
        return tuple(self._with_new_matches(saved, last) for saved in found)

    def _with_new_matches(self, saved: SavedSearch, last: int) -> SavedSearch:
        if saved.seen_doc_id >= last:
            return dataclasses.replace(saved, new_matches=0)
        try:
            ids = self.matching_ids(saved.query, filters=saved.filters)
        except ArchiveError as exc:  # a query or filter that no longer applies
            log.info("saved search %r not counted: %s", saved.name, exc)
            return saved
        return dataclasses.replace(saved, new_matches=count_after(ids, saved.seen_doc_id))

    def save_search(
        self,
        name: str,
        query: str,
        *,
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "relevance",
        replace: bool = False,
    ) -> SavedSearch:
        """Save a search under `name` (its matches so far count as seen). Raises
        QuerySyntaxError for a query that cannot be searched, ArchiveError for a name in use
        (unless `replace`)."""
        self.search(query, filters=filters, sort=sort, page_size=1, with_facets=False)  # it must run
        with self._user_data() as conn:
            return saved_searches.add(conn, name, query, dict(filters or {}), sort, replace=replace)

    def rename_saved_search(self, name: str, new_name: str) -> SavedSearch:
        with self._user_data() as conn:
            return saved_searches.rename(conn, name, new_name)

    def delete_saved_search(self, name: str) -> None:
        with self._user_data() as conn:
            saved_searches.delete(conn, name)

    def open_saved_search(self, name: str) -> SavedSearch:
        """The saved search `name`, now marked as opened: its matches are no longer new."""
        with self._user_data() as conn:
            return saved_searches.mark_opened(conn, name)

    def batch_search(
        self,
        queries: Sequence[BatchQuery],
        *,
        filters: Mapping[str, Sequence[str]] | None = None,
        top: int = 3,
        phrases: bool = False,
        on_progress: OnProgress = no_progress,
        cancel: CancelFlag | None = None,
    ) -> BatchResult:
        """Each query's document count and `top` best hits, the same filters applied to all;
        a query that cannot be parsed is reported (BatchRow.error) and the rest still run."""
        from .search.batch import run_batch

        if filters:
            self.check_filters(filters)
        return run_batch(
            self.search,
            queries,
            filters=filters,
            top=top,
            phrases=phrases,
            on_progress=on_progress,
            cancel=cancel,
        )

    @staticmethod
    def read_queries(
        path: Path | None = None, *, text: str = "", column: str | None = None
    ) -> tuple[BatchQuery, ...]:
        """The queries of a batch: one per line of `text` or of a text file, or one column of a
        CSV file (ColumnNeeded lists the columns when it has several and none is named)."""
        from .search import batch_queries

        return (
            batch_queries.from_file(Path(path), column) if path is not None else batch_queries.from_text(text)
        )

    @staticmethod
    def query_columns(path: Path) -> list[str]:
        """The columns of a CSV list of queries (its first row); [] for a text file."""
        from .search import batch_queries

        return batch_queries.columns(Path(path))

    @staticmethod
    def export_batch(result: BatchResult, path: Path, *, hits: bool = False) -> int:
        """A batch search as CSV: its table (a row per query) or, with `hits`, its hits."""
        from .export import batch_csv

        return (batch_csv.write_hits if hits else batch_csv.write_table)(result, Path(path))

    def export_results(
        self,
        path: Path,
        *,
        query: str = "",
        filters: Mapping[str, Sequence[str]] | None = None,
        sort: str = "relevance",
        hits: Sequence[Hit] | None = None,
        on_progress: OnProgress = no_progress,
        cancel: CancelFlag | None = None,
    ) -> int:
        """Search results to `path`: CSV, or a briefing in HTML or DOCX, by the file's suffix;
        `hits` (the selected ones) or else every result of the search. Returns how many were
        written (0 when cancelled: nothing is written then)."""
        from .export import results

        path = Path(path)
        results.check_format(path)
        if hits is None:
            hits = results.all_hits(self.search, query, filters, sort, on_progress=on_progress, cancel=cancel)
        return results.export_hits(
            path, hits, self.document, query=query, filters=filters, on_progress=on_progress, cancel=cancel
        )

    def export_archive(
        self,
        bundle: Path,
        *,
        overwrite: bool = False,
        on_progress: OnProgress = no_progress,
        cancel: CancelFlag | None = None,
    ) -> None:
        """The whole archive as one checksummed backup file (see store/backup.py)."""
        from .store.backup import export_bundle

        export_bundle(self, Path(bundle), overwrite=overwrite, on_progress=on_progress, cancel=cancel)

    @staticmethod
    def restore_archive(
        bundle: Path,
        folder: Path,
        *,
        on_progress: OnProgress = no_progress,
        cancel: CancelFlag | None = None,
    ) -> None:
        """Restore a backup file into `folder`, which must be new or hold no documents."""
        from .store.backup import restore_bundle

        restore_bundle(Path(bundle), Path(folder), on_progress=on_progress, cancel=cancel)

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
            index = self.archive._index
            if self.replay and index is not None and index.outdated:
                # An index of an older layout cannot take this write's documents: it is
                # rebuilt first (the window does this in the background on opening).
                self.archive._upgrade_index(self.conn, no_progress, NeverCancelled())
            elif self.replay and index is not None:
                catch_up(index, self.conn)
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
    if index.outdated:  # answers as it is: an older layout cannot be caught up
        return index
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
    if not path.exists() or (not create and path.is_dir() and not (path / CATALOG).exists()):
        if not create:
            raise NotAnArchive(path)
        try:
            make_folders(path)  # owner-only, parents included: the archive may hold sensitive material
        except OSError as exc:
            raise ArchiveUnwritable(f"Cannot create the archive folder {path}: {exc.strerror}.") from exc
    elif not os.access(path, os.R_OK | os.X_OK):
        raise ArchiveError(f"The archive folder {path} cannot be read (permission denied).")
    if os.access(path, os.W_OK):
        (path / ORIGINALS).mkdir(mode=0o700, exist_ok=True)
