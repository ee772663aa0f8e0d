"""Checking a whole archive, and repairing what can be repaired from the catalog: `advocacy-archive
check [--repair]` and the window's Archive › Check menu (through `Archive.check`).

In order: the catalog (SQLite's integrity check, and its schema against the one the migrations
make), every original against its SHA-256 name (a changed or missing one is named with the
documents using it; repaired from the file it was imported from when that still holds the same
bytes), the index against the catalog (every document, by fingerprint), the saved facet columns
against the checksum the catalog keeps, and what killed writers left behind. Without `repair`
nothing is changed; with it, the archive's writer lock is held throughout.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .archive import CATALOG, ORIGINALS, SCRATCH, WHOOSH
from .engine import IndexUnreadable, SearchIndex
from .errors import ArchiveError, ArchiveUnwritable
from .models import CheckProblem, CheckReport
from .progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from .search import facet_file
from .search.index_sync import catch_up, differences
from .store import catalog, derived_checksums, schema_check
from .store.facet_table import changes
from .store.lock import WriterLock
from .store.originals import OriginalsStore, file_sha256

BACKUP = "restore a backup (advocacy-archive import-archive)"
SHOWN_IDS = 12  # document ids named in one line at most


@dataclass
class _Check:
    path: Path
    repair: bool
    on_progress: OnProgress
    cancel: CancelFlag
    problems: list[CheckProblem] = field(default_factory=list)
    reextract_due: bool = False
    schema_whole: bool = True  # no table or column missing (any more)

    def found(
        self,
        area: str,
        what: str,
        *,
        repaired: bool = False,
        remedy: str = "",
        doc_ids: tuple[int, ...] = (),
        path: str | None = None,
    ) -> None:
        self.problems.append(CheckProblem(area, what, repaired, "" if repaired else remedy, doc_ids, path))

    # -- the catalog ---------------------------------------------------------------------------
    def schema(self, conn: catalog.Connection) -> bool:
        """SQLite's checks and the schema; False when the documents themselves are unreadable."""
        for line in schema_check.integrity_problems(conn):
            self.found("catalog", f"SQLite's integrity check: {line}", remedy=BACKUP)
        missing = schema_check.missing_parts(conn)
        if not missing:
            return True
        repaired, lost = schema_check.repair_schema(conn, missing) if self.repair else ([], missing)
        for table in sorted({p.table for p in missing}):
            self._schema_line([p for p in missing if p.table == table], repaired)
        self.reextract_due = any(
            p.kind == "table" and p.name in schema_check.DERIVED_TABLES for p in repaired
        )
        self.schema_whole = not any(p.kind in ("table", "column") for p in lost)
        return not any(p.table == "documents" and p.kind in ("table", "column") for p in lost)

    def _schema_line(
        self, parts: list[schema_check.MissingPart], repaired: list[schema_check.MissingPart]
    ) -> None:
        """One line for what one table lacks: itself (with its indexes and triggers), columns,
        or indexes and triggers."""
        table = next((p for p in parts if p.kind == "table"), None)
        columns = [p for p in parts if p.kind == "column"]
        if table is not None:
            what = table.describe() + (" (and its indexes and triggers)" if len(parts) > 1 else "")
        elif columns:
            what = ", ".join(p.describe() for p in columns)
        else:
            what = ", ".join(p.describe() for p in parts) + f" of the table '{parts[0].table}'"
        fixed = all(p in repaired for p in parts)
        lacks = "lacked" if fixed else "lacks"
        remedy = _schema_remedy(table or (columns[0] if columns else parts[0]))
        self.found("catalog", f"the catalog {lacks} {what}", repaired=fixed, remedy=remedy)

    # -- the originals -------------------------------------------------------------------------
    def originals(self, conn: catalog.Connection, store: OriginalsStore) -> int:
        used = catalog.originals_in_use(conn)
        for done, (sha, documents) in enumerate(sorted(used.items()), start=1):
            if self.cancel.is_set():
                break
            found, problem = store.verify(sha)
            if problem is not None:
                self._damaged_original(store, sha, found, problem, documents)
            if done % 50 == 0 or done == len(used):
                self.on_progress(done, len(used), "Checking originals")
        for path, named in store.files():
            if named is None or named not in used:
                kind = "an original no document uses" if named else "a file the store never writes"
                if self.repair:
                    _remove(path)
                self.found(
                    "originals",
                    f"{kind}: {path}",
                    repaired=self.repair,
                    path=str(path),
                    remedy="check --repair removes it",
                )
        return len(used)

    def _damaged_original(
        self,
        store: OriginalsStore,
        sha: str,
        found: Path | None,
        problem: str,
        documents: list[tuple[int, str]],
    ) -> None:
        ids = tuple(doc_id for doc_id, _ in documents)
        name = str(found) if found else f"{store.root}/{sha[:2]}/{sha}…"
        what = {
            "missing": "is missing",
            "changed": "has changed since it was imported (its SHA-256 no longer matches its name)",
            "unreadable": "cannot be read",
        }[problem]
        source = next((Path(src) for _, src in documents if _holds(Path(src), sha)), None)
        repaired = False
        if self.repair and source is not None:
            store.replace(source.read_bytes(), sha, found.suffix if found else source.suffix)
            repaired = True
        self.found(
            "originals",
            f"the original {name} of {_documents(ids)} {what}"
            + (f"; put back from {source}" if repaired else ""),
            repaired=repaired,
            doc_ids=ids,
            path=name,
            remedy=f"check --repair puts it back from {source}" if source else BACKUP,
        )

    # -- the index and the files beside it ---------------------------------------------------------
    def index(self, conn: catalog.Connection) -> None:
        folder = self.path / WHOOSH
        if not self.schema_whole:
            what = "the search index was not compared: the catalog lacks what it is built from"
            self.found("index", what, remedy="check --repair first")
            return
        try:
            index = (
                SearchIndex.open_or_create(folder)[0] if self.repair else SearchIndex.open_existing(folder)
            )
        except IndexUnreadable as exc:
            self.found(
                "index", f"the search index cannot be opened ({exc})", remedy="check --repair rebuilds it"
            )
            return
        try:
            found = differences(index, conn, self.on_progress)
            for ids, what in (
                (found.missing, "lacks"),
                (found.extra, "holds, the catalog does not,"),
                (found.stale, "holds an older version of"),
            ):
                if ids:
                    self.found(
                        "index",
                        f"the search index {what} {_documents(tuple(sorted(ids)))}",
                        repaired=self.repair,
                        doc_ids=tuple(sorted(ids)),
                        remedy="check --repair, or the next open, writes them again",
                    )
            if self.repair:
                left = index.clean_leftovers()
                if left:
                    self.found(
                        "leftovers", f"a killed writer left {', '.join(left)} in {folder}", repaired=True
                    )
                if found or found.behind:
                    catch_up(index, conn, on_progress=self.on_progress, cancel=self.cancel, compare_all=True)
        finally:
            index.close()

    def facets(self, conn: catalog.Connection) -> None:
        saved = self.path / WHOOSH / facet_file.SAVED_NAME
        if not saved.is_file():
            return
        vouched = derived_checksums.expected(conn, facet_file.SAVED_NAME)
        if vouched is None or vouched[0] != changes(conn) or file_sha256(saved) == vouched[1]:
            # Vouched for; or out of date, or never vouched for (written by an older version),
            # which the next facet count sees and builds again: not damage.
            return
        if self.repair:
            saved.unlink()
        self.found(
            "facets",
            f"{saved} is not the file the catalog keeps a checksum of (damaged or replaced); it is not used",
            repaired=self.repair,
            path=str(saved),
            remedy="check --repair removes it",
        )

    def leftovers(self) -> None:
        scratch = self.path / SCRATCH
        partial = sorted(scratch.glob("*.partial")) if scratch.is_dir() else []
        if partial:
            if self.repair:
                for path in partial:
                    _remove(path)
            self.found(
                "leftovers",
                f"{len(partial)} partial file(s) of a killed import in {scratch}",
                repaired=self.repair,
                remedy="check --repair, or the next open, removes them",
            )


def check_archive(
    path: Path | str,
    *,
    repair: bool = False,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> CheckReport:
    """Check the archive at `path` (see module doc); with `repair`, fix what can be fixed.
    Raises ArchiveError when there is no archive there, ArchiveBusy when another process is
    writing to it."""
    path = Path(path).expanduser().absolute()
    if not (path / CATALOG).is_file():
        raise ArchiveError(f"There is no archive at {path}.")
    writable = os.access(path, os.W_OK)
    if repair and not writable:
        raise ArchiveUnwritable(
            f"The archive {path} is on a read-only disk or folder: it cannot be repaired."
        )
    run = _Check(path, repair, on_progress, cancel or NeverCancelled())
    lock = WriterLock(path)
    if writable:
        lock.acquire()
    try:
        try:
            conn = catalog.connect(path / CATALOG, readonly=not writable, whole=False)
        except catalog.DatabaseError as exc:
            raise ArchiveError(f"The catalog of {path} cannot be read at all ({exc}); {BACKUP}.") from exc
        try:
            if not run.schema(conn):
                return _report(run, conn, 0)
            originals = run.originals(conn, OriginalsStore(path / ORIGINALS, path / SCRATCH))
            if not run.cancel.is_set():
                run.index(conn)
                run.facets(conn)
                run.leftovers()
            report = _report(run, conn, originals)
        finally:
            conn.close()
    finally:
        lock.release()
    if run.reextract_due and not run.cancel.is_set():
        from .archive import Archive

        with Archive.open(path) as archive:
            archive.reextract(on_progress=on_progress, cancel=cancel)
    return report


def _report(run: _Check, conn: catalog.Connection, originals: int) -> CheckReport:
    try:
        documents = len(catalog.document_ids(conn))
    except catalog.DatabaseError:
        documents = 0
    return CheckReport(
        path=str(run.path),
        documents=documents,
        originals=originals,
        problems=tuple(run.problems),
        repair=run.repair,
        cancelled=run.cancel.is_set(),
    )


def _schema_remedy(part: schema_check.MissingPart) -> str:
    if part.kind in ("index", "trigger"):
        return "check --repair, or the next open, recreates it"
    if part.kind == "column" or part.table == "documents":
        return BACKUP
    if part.table in schema_check.DERIVED_TABLES:
        return "check --repair recreates it and extracts actors and demands again"
    if part.table == "actor_overrides":
        return f"check --repair recreates it empty (your actor edits are lost: {BACKUP} to keep them)"
    return "check --repair recreates it"


def _holds(path: Path, sha: str) -> bool:
    try:
        return path.is_file() and file_sha256(path) == sha
    except OSError:
        return False


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _documents(ids: tuple[int, ...]) -> str:
    shown = ", ".join(str(i) for i in ids[:SHOWN_IDS])
    more = f" and {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else ""
    return f"document{'s' if len(ids) > 1 else ''} {shown}{more}"
