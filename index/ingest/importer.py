"""Import: files and folders in, documents out, each one all-or-nothing.

Reading and extraction run in a small process pool (both cores, bounded time and memory per
file); this process alone writes: the original first (atomic rename), then the catalog row and
its extraction results in one transaction (batched for speed), then the Whoosh index, which is
derived: each index commit records the catalog position it reflects, and what a crash cuts
short is replayed from the catalog's change log on the next open.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
import stat
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..engine import IndexDocument, SearchIndex
from ..engine.feeder import IndexFeeder
from ..errors import ImportFailed, NeedsOcr
from ..formats import SUPPORTED_SUFFIXES
from ..models import Document, ImportOutcome, ImportReport
from ..progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from ..search.index_documents import index_document
from ..search.index_sync import catalog_position, catch_up
from ..store import catalog, record_edits
from ..store.actor_edits import ActorEdits
from ..store.originals import OriginalsStore, sha256_of
from . import metadata_file
from .metadata_file import Metadata, is_metadata_file
from .pipeline import Analysed, analyse_bounded, analyse_safely, init_worker
from .readers.email import nested_messages
from .readers.limits import MAX_EMAIL_DEPTH, MAX_FILE_BYTES
from .record.file_names import modification_date
from .versions import link

log = logging.getLogger(__name__)

BATCH = 64  # documents per catalog transaction
IN_FLIGHT_BYTES = 64 * 2**20  # files handed to workers and not yet stored, at most
# Documents per Whoosh segment. Each segment costs every query a pass, but one segment's postings
# must fit the writer's pool (engine/writer.py POOL_MB): past it, Whoosh spills sorted runs to
# disk one pickle at a time, which took 40 % of the writer's time (5,000 per segment, 64 MB).
# Whoosh counts that pool low: with the words as written indexed beside their forms, 2,000
# documents held the importing process at 439 MB (5,000 mixed documents), 1,000 at 303 MB, for
# 60 against 68 documents/s in the same run (benchmarks/RESULTS.md).
INDEX_COMMIT_EVERY = 1000


@dataclass
class Job:
    """One file on its way in: where it came from, its bytes, and its parent e-mail if any."""

    path: Path
    data: bytes
    sha256: str
    label: str
    parent_id: int | None = None
    depth: int = 0  # e-mails it is attached in (0: a file of its own)


@dataclass
class ImportSession:
    conn: catalog.Connection
    index: SearchIndex
    store: OriginalsStore
    on_progress: OnProgress = no_progress
    cancel: CancelFlag = field(default_factory=NeverCancelled)
    jobs: int = 0
    ocr_on: bool = True  # scans read by OCR (when Tesseract is installed); off, they are reported
    outcomes: list[ImportOutcome] = field(default_factory=list)
    _pending: list[tuple[Job, Analysed]] = field(default_factory=list)
    _writes: dict[str, Future[Path]] = field(default_factory=dict)  # originals being written, by sha
    _originals_thread: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "originals"))
    _attachment_queue: deque[Job] = field(default_factory=deque)
    _feeder: IndexFeeder | None = None
    _done: int = 0
    _total: int = 0
    # what metadata files beside the imported files say (ingest/metadata_file.py), and the
    # documents already in the archive they correct
    _metadata: Metadata = field(default_factory=lambda: Metadata({}, [], []))
    _corrected: dict[int, dict[str, str | None]] = field(default_factory=dict)

    # -- the loop -------------------------------------------------------------------------
    def run(self, paths: Sequence[Path]) -> ImportReport:
        self._metadata = metadata_file.collect(Path(p) for p in paths if Path(p).exists())
        for problem in self._metadata.problems:
            self._outcome(problem.where, "failed", f"metadata row not used: {problem.reason}")
        files = list(expand_paths(paths, self.outcomes))
        self._total = len(files)
        self.on_progress(0, self._total, "Starting import")
        cancelled = False
        try:
            for job, result in self._analysed(files):
                self._accept(job, result)
                if job.parent_id is None:
                    self._tick(job.label)
                if self.cancel.is_set():
                    cancelled = True
                    break
            self._flush()
        finally:
            self._originals_thread.shutdown(wait=True)
            if self._feeder is not None:
                self._feeder.close()
        self._correct_existing()
        return ImportReport(outcomes=tuple(self.outcomes), cancelled=cancelled)

    def _correct_existing(self) -> None:
        """Documents already in the archive that a metadata file names get its values too."""
        if not self._corrected:
            return
        with catalog.transaction(self.conn):
            for doc_id, values in self._corrected.items():
                record_edits.apply(self.conn, doc_id, values, "metadata-file")
        catch_up(self.index, self.conn)  # the change log names the corrected documents

    def _analysed(self, files: list[Path]) -> Iterator[tuple[Job, Analysed | ImportFailed]]:
        """Yield each new file's analysis in input order; duplicates are settled without reading."""
        jobs = (job for job in (self._job(p) for p in files) if job is not None)
        workers = self.jobs or min(2, os.cpu_count() or 1)
        if workers <= 1:
            for job in jobs:
                yield job, analyse_safely(str(job.path), job.data, self.ocr_on)
                yield from self._attachments()
            return
        pool = _Pool(workers, self.ocr_on)
        try:
            window: deque[tuple[Job, Future[Analysed | ImportFailed]]] = deque()
            held = 0  # bytes of the files in the window
            for job in jobs:
                if self.cancel.is_set():
                    break
                window.append((job, pool.submit(job)))
                held += len(job.data)
                # Keep more than a catalog batch in flight: while this process stores and indexes
                # a batch of 64, the workers go on reading instead of idling (12.6 → 18.7 docs/s).
                while len(window) > BATCH + workers * 4 or held > IN_FLIGHT_BYTES:
                    done = pool.settle(*window.popleft())
                    held -= len(done[0].data)
                    yield done
                    yield from self._attachments(pool)
            while window and not self.cancel.is_set():
                yield pool.settle(*window.popleft())
                yield from self._attachments(pool)
        finally:
            pool.shutdown()

    def _attachments(self, pool: _Pool | None = None) -> Iterator[tuple[Job, Analysed | ImportFailed]]:
        """E-mail attachments become their own documents, read once the message is stored
        (so their parent's id is known), in the pool like any other file."""
        while self._attachment_queue:
            job = self._attachment_queue.popleft()
            yield (
                pool.settle(job, pool.submit(job))
                if pool
                else (job, analyse_safely(str(job.path), job.data, self.ocr_on))
            )

    def _tick(self, label: str) -> None:
        self._done += 1
        self.on_progress(self._done, self._total, label)

    # -- one file -------------------------------------------------------------------------
    def _job(self, path: Path) -> Job | None:
        label = str(path)
        try:
            data = _read_whole(path)
        except ImportFailed as exc:
            self._outcome(label, "failed", exc.reason)
            self._tick(label)
            return None
        except OSError as exc:
            self._outcome(label, "failed", f"cannot read the file ({exc.strerror or exc})")
            self._tick(label)
            return None
        sha = sha256_of(data)
        existing = catalog.find_by_sha(self.conn, sha)
        twin = None if existing else self._pending_twin(sha=sha)
        if existing and self._metadata.of(path):
            self._corrected[existing] = self._metadata.of(path)
        if existing or twin:
            where = (
                f"already in the archive as document {existing}" if existing else f"the same file as {twin}"
            )
            self._outcome(label, "duplicate", where, existing)
            self._tick(label)
            return None
        return Job(path=path, data=data, sha256=sha, label=label)

    def _pending_twin(self, *, sha: str = "", text_sha: str = "") -> str | None:
        """The file in this import, not stored yet, with the same bytes or the same text."""
        for job, analysed in self._pending:
            if job.sha256 == sha or analysed.text_sha256 == text_sha:
                return job.label
        return None

    def _accept(self, job: Job, result: Analysed | ImportFailed) -> None:
        if isinstance(result, ImportFailed):
            self._outcome(job.label, "failed", result.reason, needs_ocr=isinstance(result, NeedsOcr))
            return
        existing = catalog.find_by_text_sha(self.conn, result.text_sha256)
        twin = None if existing else self._pending_twin(text_sha=result.text_sha256)
        if existing and job.parent_id is None and self._metadata.of(job.path):
            self._corrected[existing] = self._metadata.of(job.path)
        if existing or twin:
            self._outcome(
                job.label,
                "duplicate",
                f"same text as {f'document {existing}' if existing else twin}",
                existing,
            )
            return
        self._pending.append((job, result))
        # The original is written (and fsynced) on a thread while the batch fills up: fsync
        # waits for the disk without holding the GIL, so that wait no longer adds to the import.
        self._writes[job.sha256] = self._originals_thread.submit(
            self.store.put, job.data, job.sha256, job.path.suffix
        )
        if len(self._pending) >= BATCH or job.path.suffix.lower() == ".eml":
            self._flush()

    def _flush(self) -> None:
        """Store the pending documents: originals, then one catalog transaction, then the index."""
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        for job, _ in batch:  # every original on disk before the catalog names it
            self._writes.pop(job.sha256).result()
        stored: list[tuple[Job, Analysed, Document]] = []
        statements: dict[int, int | None] = {}
        with catalog.transaction(self.conn):
            for job, analysed in batch:
                doc = build_document(job, analysed)
                doc_id = catalog.insert_document(self.conn, doc, analysed.text_sha256, job.path.name)
                catalog.replace_extraction(
                    self.conn, doc_id, analysed.extraction.actors, analysed.extraction.demands
                )
                known = self._metadata.of(job.path) if job.parent_id is None else {}
                if known:
                    record_edits.apply(self.conn, doc_id, known, "metadata-file")
                    doc = replace(doc, **known)  # type: ignore[arg-type]  # fields of Document
                statements[doc_id] = link(self.conn, doc_id, doc.text, analysed.sketch)
                stored.append((job, analysed, replace(doc, id=doc_id)))
        for job, analysed, doc in stored:
            read = analysed.read
            self._outcome(
                job.label,
                "imported",
                "; ".join(read.warnings),
                doc.id,
                needs_ocr=read.needs_ocr,
                version_of=statements[doc.id],
            )
            self._queue_attachments(job, analysed, doc.id)
        self._index_stored(stored)

    def _queue_attachments(self, job: Job, analysed: Analysed, doc_id: int) -> None:
        for attachment in analysed.read.attachments:
            path = job.path.parent / attachment.name
            sha = sha256_of(attachment.data)
            label = f"{job.label} → {attachment.name}"
            if path.suffix.lower() == ".eml" and job.depth + 1 > MAX_EMAIL_DEPTH:
                self._outcome(label, "skipped", _too_deep(attachment.data))
                continue
            existing = catalog.find_by_sha(self.conn, sha)
            if existing:
                self._outcome(label, "duplicate", f"already in the archive as document {existing}", existing)
                continue
            self._attachment_queue.append(
                Job(
                    path=path,
                    data=attachment.data,
                    sha256=sha,
                    label=label,
                    parent_id=doc_id,
                    depth=job.depth + 1,
                )
            )

    def _index_stored(self, stored: list[tuple[Job, Analysed, Document]]) -> None:
        """Hand stored documents to the index writer's thread, with the workers' postings."""
        if self._feeder is None:
            self._feeder = self.index.feeder(INDEX_COMMIT_EVERY)
        edits = ActorEdits.load(self.conn)
        # The batch brings the index to the catalog's position after its transaction: this
        # import is the only writer (the writer lock), and began from an index in step.
        documents = [_index_document(doc, analysed, edits) for _, analysed, doc in stored]
        self._feeder.add(documents, reflects=catalog_position(self.conn))

    def _outcome(
        self,
        path: str,
        status: str,
        reason: str = "",
        doc_id: int | None = None,
        *,
        needs_ocr: bool = False,
        version_of: int | None = None,
    ) -> None:
        self.outcomes.append(
            ImportOutcome(
                path=path,
                status=status,
                reason=reason,
                doc_id=doc_id,
                needs_ocr=needs_ocr,
                version_of=version_of,
            )
        )


class _Pool:
    """A process pool that survives a worker dying (a crash in a C parser, the memory cap):
    the pool is replaced and each file that was in flight is tried once more before it is
    reported, so one hostile file never costs its neighbours. If worker processes cannot be
    started at all, files are read in this process rather than not at all."""

    MAX_RESTARTS = 8
    _FAILURES = (BrokenProcessPool, OSError, RuntimeError)

    def __init__(self, workers: int, ocr_on: bool = True) -> None:
        self.workers = workers
        self.ocr_on = ocr_on
        self._restarts = 0
        self._executor: ProcessPoolExecutor | None = self._new()

    def _new(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([f"{__package__}.worker_preload"])
        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=context, initializer=init_worker, initargs=(os.getpid(),)
        )

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._restarts += 1
        self._executor = None
        if self._restarts <= self.MAX_RESTARTS:
            try:
                self._executor = self._new()
            except self._FAILURES as exc:
                log.warning("Cannot start import worker processes (%s); reading in this process", exc)

    def submit(self, job: Job) -> Future[Analysed | ImportFailed]:
        for _ in range(2):
            if self._executor is None:
                break
            try:
                return self._executor.submit(analyse_bounded, str(job.path), job.data, self.ocr_on)
            except self._FAILURES:
                self._restart()
        done: Future[Analysed | ImportFailed] = Future()
        done.set_result(analyse_safely(str(job.path), job.data, self.ocr_on))
        return done

    def settle(
        self, job: Job, future: Future[Analysed | ImportFailed]
    ) -> tuple[Job, Analysed | ImportFailed]:
        try:
            return job, future.result()
        except BrokenProcessPool:
            try:
                return job, self.submit(job).result()
            except BrokenProcessPool:
                return job, ImportFailed(job.path, "the reader process crashed on this file")

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)


def _too_deep(data: bytes) -> str:
    inside = nested_messages(data)
    holding = f", with the {inside} e-mail(s) inside it," if inside else ""
    return (
        f"an e-mail nested more than {MAX_EMAIL_DEPTH} levels deep{holding} was not imported "
        f"(attached e-mails are imported {MAX_EMAIL_DEPTH} levels deep)"
    )


def _index_document(doc: Document, analysed: Analysed, edits: ActorEdits) -> IndexDocument:
    found = analysed.extraction
    return index_document(doc, (a.name for a in found.actors), found.demands, edits, analysed.postings)


def build_document(job: Job, analysed: Analysed) -> Document:
    read, meta, extraction = analysed.read, analysed.meta, analysed.extraction
    return Document(
        id=0,
        sha256=job.sha256,
        title=analysed.title.text,
        title_source=analysed.title.source,
        issuer=extraction.issuer or read.issuer_hint,
        date=analysed.date.value,
        date_source=analysed.date.source,
        place=meta.place,
        language=meta.language,
        word_count=meta.word_count,
        source_path=str(job.path),
        format=read.format,
        text=read.text,
        page_starts=read.page_starts,
        ocr_pages=read.ocr_pages,
        parent_id=job.parent_id,
        imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        size=len(job.data),
        text_repairs=analysed.text_repairs,
        file_modified=_file_modified(job) if analysed.date.value is None else None,
    )


def _file_modified(job: Job) -> str | None:
    """The day the file was last modified, offered beside an undated document (an attachment
    has no file of its own)."""
    if job.parent_id is not None:
        return None
    try:
        return modification_date(job.path.stat().st_mtime)
    except OSError:
        return None


def expand_paths(paths: Sequence[Path], outcomes: list[ImportOutcome]) -> Iterator[Path]:
    """Files under `paths` in a stable order; unsupported and unreadable ones are reported."""
    seen: set[Path] = set()
    for root in paths:
        root = Path(root)
        if root.is_dir():
            candidates = _walk(root, outcomes)
        elif root.exists():
            candidates = iter([root])
        else:
            outcomes.append(ImportOutcome(str(root), "failed", "no such file or folder"))
            continue
        for path in candidates:
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            if is_metadata_file(path):
                continue  # read before the import (ingest/metadata_file.py), not a document
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                kind = f"'{path.suffix}'" if path.suffix else "without an extension"
                outcomes.append(ImportOutcome(str(path), "skipped", f"unsupported file type {kind}"))
                continue
            yield path


def _walk(root: Path, outcomes: list[ImportOutcome]) -> Iterator[Path]:
    def report(error: OSError) -> None:
        outcomes.append(
            ImportOutcome(str(error.filename), "failed", f"cannot read the folder ({error.strerror})")
        )

    # followlinks=False: a symlink loop in a folder must not send the walk round for ever.
    for folder, dirs, names in os.walk(root, onerror=report, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.is_file():
                yield path
            elif path.is_symlink():
                outcomes.append(ImportOutcome(str(path), "failed", _link_reason(path)))


# What a path that is not a regular file is, for the report (reading a pipe or a device never ends).
_KINDS = (
    (stat.S_ISCHR, "a device (such as /dev/zero), not a file"),
    (stat.S_ISBLK, "a disk device, not a file"),
    (stat.S_ISFIFO, "a named pipe, not a file"),
    (stat.S_ISSOCK, "a socket, not a file"),
    (stat.S_ISDIR, "a folder, not a file"),
)
READ_ATTEMPTS = 3
RECENT_NS = 2_000_000_000  # a file modified this recently may still be being written
SETTLE_SECONDS = 0.01


def _kind(mode: int) -> str:
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def _link_reason(path: Path) -> str:
    try:
        target = path.stat()
    except OSError:
        return "a link to nothing readable (its target is missing or loops)"
    return f"a link to {_kind(target.st_mode)}; it was not read"


def _version(info: os.stat_result) -> tuple[int, int, int]:
    return info.st_ino, info.st_size, info.st_mtime_ns


def _settled(path: Path, data: bytes, seen: os.stat_result) -> bool:
    """For a file written to moments ago: unchanged after a pause longer than a tick of the
    clock behind modification times (a few milliseconds: writes within one tick share a time),
    in its times and in its bytes."""
    time.sleep(SETTLE_SECONDS)
    later = path.stat()
    return _version(later) == _version(seen) and path.read_bytes() == data


def _read_whole(path: Path) -> bytes:
    """The file's bytes as one version: read again if it changed while being read (size,
    modification time or identity differ before and after), refused if it keeps changing.
    Raises ImportFailed (or OSError for an unreadable file)."""
    for _ in range(READ_ATTEMPTS):
        before = path.stat()
        if not stat.S_ISREG(before.st_mode):
            raise ImportFailed(path, f"{_kind(before.st_mode)}; it was not read")
        if before.st_size > MAX_FILE_BYTES:
            raise ImportFailed(path, f"file is larger than the {MAX_FILE_BYTES // 2**20} MB limit")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
            after = os.fstat(handle.fileno())
        if _version(before) != _version(after) or len(data) != after.st_size:
            continue
        if time.time_ns() - after.st_mtime_ns < RECENT_NS and not _settled(path, data, after):
            continue
        return data
    raise ImportFailed(
        path, "the file kept changing while it was being read; import it again when it is finished"
    )
