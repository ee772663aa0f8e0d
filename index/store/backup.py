"""Backups: a whole archive in one self-contained bundle file, and restoring it elsewhere.

A bundle is a tar file holding `catalog.sqlite` (a consistent snapshot taken with SQLite's online
backup API, so an export works while the archive is being searched or imported into), the
originals its documents point to (`originals/ab/<sha256>.<suffix>`), and last `manifest.json`
with the size and SHA-256 of every other member. The Whoosh index is derived data and is left
out; a restore rebuilds it. A restore checks every member against the manifest before anything
is moved into place, so a damaged or tampered bundle changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import tarfile
import tempfile
from pathlib import Path
from typing import IO

from ..archive import CATALOG, ORIGINALS, SCRATCH, WHOOSH, Archive
from ..errors import ArchiveError, ArchiveUnwritable, Cancelled
from ..progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from .lock import WriterLock
from .private import create_file, make_folders
from .schema_check import damage_summary, missing_parts

BUNDLE_FORMAT = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024
# The only member names a bundle may hold: nothing absolute, no "..", no links.
_MEMBER = re.compile(r"catalog\.sqlite|originals/[0-9a-f]{2}/[0-9a-f]{64}(\.[A-Za-z0-9]{1,10})?")
# What an archive folder that holds no documents may contain, and be restored over.
_EMPTY_ARCHIVE_NAMES = {
    CATALOG,
    f"{CATALOG}-wal",
    f"{CATALOG}-shm",
    ORIGINALS,
    WHOOSH,
    SCRATCH,
    "writer.lock",
}


# -- export -------------------------------------------------------------------------------


def export_bundle(
    archive: Archive,
    bundle: Path,
    *,
    overwrite: bool = False,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> None:
    """Write `archive` to the single file `bundle` (replaced atomically if it exists and
    `overwrite` allows). Cancelling (checked between originals) leaves no file and raises
    Cancelled."""
    bundle = Path(bundle).expanduser().absolute()
    if bundle.exists() and not overwrite:
        raise ArchiveError(f"{bundle} already exists; choose another name or allow replacing it.")
    cancel = cancel or NeverCancelled()
    partial = bundle.with_name(bundle.name + ".partial")
    snapshots = f".{bundle.name}.snapshot-"
    for leftover in bundle.parent.glob(snapshots + "*"):  # of an export of this bundle killed before
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        with tempfile.TemporaryDirectory(prefix=snapshots, dir=bundle.parent) as scratch:
            snapshot = Path(scratch) / CATALOG
            _snapshot_catalog(archive.path / CATALOG, snapshot)
            manifest: dict[str, dict[str, object]] = {}
            # a backup is as private as the archive
            with os.fdopen(create_file(partial), "wb") as raw, tarfile.open(fileobj=raw, mode="w") as tar:
                manifest[CATALOG] = _add(tar, snapshot, CATALOG)
                shas = _referenced_originals(snapshot)
                for done, (sha, ids) in enumerate(shas.items(), 1):
                    if cancel.is_set():
                        raise Cancelled("The backup was cancelled; no file was written.")
                    found = archive.store.find(sha)
                    if found is None:
                        raise _unrestorable(
                            f"The original {sha} of {_named(ids)} is missing from {archive.store.root}"
                        )
                    name = f"{ORIGINALS}/{sha[:2]}/{found.name}"
                    manifest[name] = _add(tar, found, name)
                    # Verified as written: a bundle holding it could never be restored.
                    if manifest[name]["sha256"] != sha:
                        raise _unrestorable(
                            f"The original {found} of {_named(ids)} has changed since it was imported"
                        )
                    on_progress(done, len(shas), "Writing the backup")
                body = json.dumps({"format": BUNDLE_FORMAT, "members": manifest}, indent=1).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mode = len(body), 0o600
                tar.addfile(info, io.BytesIO(body))
                tar.close()
                raw.flush()
                os.fsync(raw.fileno())
        os.replace(partial, bundle)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveUnwritable(f"Cannot write the backup {bundle}: {exc.strerror or exc}.") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _snapshot_catalog(source: Path, target: Path) -> None:
    """A consistent copy even while another connection or process writes (SQLite backup API)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    os.close(create_file(target))  # owner-only before SQLite opens it (its journal takes its mode)
    dst = sqlite3.connect(target)
    try:
        src.execute("PRAGMA busy_timeout = 10000")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()


def _referenced_originals(snapshot: Path) -> dict[str, list[int]]:
    """Each original the catalog names → the documents using it."""
    conn = sqlite3.connect(snapshot)
    try:
        found: dict[str, list[int]] = {}
        for sha, doc_id in conn.execute("SELECT sha256, id FROM documents ORDER BY sha256, id"):
            found.setdefault(sha, []).append(doc_id)
        return found
    finally:
        conn.close()


def _unrestorable(problem: str) -> ArchiveError:
    return ArchiveError(
        f"{problem}; the backup was not written, since it could not be restored. "
        "`advocacy-archive check` lists every damaged original; `check --repair` puts back those "
        "whose source files still hold them."
    )


def _named(ids: list[int]) -> str:
    shown = ", ".join(map(str, ids[:10])) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
    return f"document{'s' if len(ids) > 1 else ''} {shown}"


def _add(tar: tarfile.TarFile, path: Path, name: str) -> dict[str, object]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
        handle.seek(0)
        info = tarfile.TarInfo(name)
        info.size, info.mode = size, 0o600
        tar.addfile(info, handle)
    return {"size": size, "sha256": digest.hexdigest()}


# -- restore ------------------------------------------------------------------------------


def restore_bundle(
    bundle: Path,
    archive_dir: Path,
    *,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> None:
    """Restore `bundle` into `archive_dir`, which must not exist or hold no documents.
    Raises ArchiveError naming the problem (not a bundle, truncated, a checksum that does not
    match, an unsafe member name) before anything is moved into place; cancelling (checked
    between members) changes nothing either and raises Cancelled."""
    bundle = Path(bundle).expanduser().absolute()
    archive_dir = Path(archive_dir).expanduser().absolute()
    _refuse_non_empty(archive_dir)
    make_folders(archive_dir.parent)
    staging = Path(tempfile.mkdtemp(prefix=f".{archive_dir.name}-restore-", dir=archive_dir.parent))
    # (staging sits beside the archive: the same file system, so moving it in is a rename)
    try:
        _unpack_verified(bundle, staging, on_progress, cancel or NeverCancelled())
        _check_catalog(staging / CATALOG, bundle)
        _move_into_place(staging, archive_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    Archive.open(archive_dir).close()  # rebuilds the Whoosh index from the restored catalog


def _refuse_non_empty(folder: Path) -> None:
    if not folder.exists():
        return
    if not folder.is_dir():
        raise ArchiveError(f"{folder} is a file, not an archive folder.")
    names = {p.name for p in folder.iterdir()}
    originals = folder / ORIGINALS
    stored = originals.is_dir() and any(p.is_file() for p in originals.rglob("*"))
    if names - _EMPTY_ARCHIVE_NAMES or stored:
        raise ArchiveError(f"Cannot restore into {folder}: it is not empty. Choose a new folder.")
    if CATALOG in names:
        conn = sqlite3.connect(f"file:{folder / CATALOG}?mode=ro", uri=True)
        try:
            has_documents = conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None
        except sqlite3.DatabaseError:
            has_documents = True  # an unreadable catalog is not ours to overwrite
        finally:
            conn.close()
        if has_documents:
            raise ArchiveError(
                f"Cannot restore into {folder}: it already holds documents. Choose a new folder."
            )


def _damaged(bundle: Path, problem: str) -> ArchiveError:
    return ArchiveError(f"The backup {bundle} cannot be restored: {problem}. Nothing was changed.")


def _unpack_verified(bundle: Path, staging: Path, on_progress: OnProgress, cancel: CancelFlag) -> None:
    """Copy every member into `staging`, checking names, sizes and checksums on the way."""
    try:
        tar = tarfile.open(bundle, mode="r:")
    except FileNotFoundError as exc:
        raise ArchiveError(f"There is no backup file {bundle}.") from exc
    except (tarfile.TarError, OSError) as exc:
        raise _damaged(bundle, "it is not an archive bundle") from exc
    with tar:
        try:
            members = tar.getmembers()
            manifest = _manifest(bundle, tar, members)
            seen: set[str] = set()
            for done, member in enumerate(members, 1):
                if cancel.is_set():
                    raise Cancelled("The restore was cancelled; nothing was changed.")
                on_progress(done, len(members), "Checking and unpacking the backup")
                if member.name == MANIFEST:
                    continue
                expected = manifest.get(member.name)
                if expected is None or not _MEMBER.fullmatch(member.name) or not member.isfile():
                    raise _damaged(bundle, f"it holds an unexpected or unsafe member {member.name!r}")
                if member.name in seen:
                    raise _damaged(bundle, f"it holds {member.name!r} twice")
                seen.add(member.name)
                source = tar.extractfile(member)
                assert source is not None  # a regular file, checked above
                _copy_checked(bundle, source, staging / member.name, member.name, expected)
        except (tarfile.TarError, EOFError, OSError) as exc:
            raise _damaged(bundle, f"it is truncated or damaged ({exc})") from exc
    missing = sorted(set(manifest) - seen)
    if missing:
        raise _damaged(bundle, f"{len(missing)} member(s) of its manifest are missing, e.g. {missing[0]}")


def _manifest(
    bundle: Path, tar: tarfile.TarFile, members: list[tarfile.TarInfo]
) -> dict[str, dict[str, object]]:
    found = [m for m in members if m.name == MANIFEST and m.isfile()]
    if len(found) != 1:
        raise _damaged(bundle, "it has no manifest (is it truncated?)")
    handle = tar.extractfile(found[0])
    try:
        data = json.loads(handle.read() if handle else b"")
    except ValueError as exc:
        raise _damaged(bundle, "its manifest is damaged") from exc
    known = isinstance(data, dict) and data.get("format") == BUNDLE_FORMAT
    if not known or not isinstance(data.get("members"), dict):
        raise _damaged(bundle, "its manifest is of an unknown format")
    members_: dict[str, dict[str, object]] = data["members"]
    if CATALOG not in members_:
        raise _damaged(bundle, "it holds no catalog")
    return members_


def _copy_checked(
    bundle: Path, source: IO[bytes], target: Path, name: str, expected: dict[str, object]
) -> None:
    make_folders(target.parent)
    limit = expected.get("size")
    digest = hashlib.sha256()
    size = 0
    with os.fdopen(create_file(target, exclusive=True), "wb") as out:
        for chunk in iter(lambda: source.read(CHUNK), b""):
            size += len(chunk)
            if not isinstance(limit, int) or size > limit:
                raise _damaged(bundle, f"{name} is larger than its manifest says")
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if size != limit or digest.hexdigest() != expected.get("sha256"):
        raise _damaged(bundle, f"the checksum of {name} does not match (the file is corrupted)")
    if name.startswith(f"{ORIGINALS}/") and not Path(name).name.startswith(digest.hexdigest()):
        raise _damaged(bundle, f"the original {name} does not hold the content its name promises")
    os.chmod(target, 0o400 if name.startswith(f"{ORIGINALS}/") else 0o600)


def _check_catalog(path: Path, bundle: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            conn.execute("SELECT COUNT(*) FROM documents").fetchone()
            lacking = [p for p in missing_parts(conn) if p.kind in ("table", "column")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(bundle, f"its catalog is not readable ({exc})") from exc
    if not ok:
        raise _damaged(bundle, "its catalog fails SQLite's integrity check")
    if lacking:
        raise _damaged(bundle, damage_summary(lacking))


def _move_into_place(staging: Path, folder: Path) -> None:
    if not folder.exists():
        os.chmod(staging, 0o700)
        os.replace(staging, folder)
        staging.mkdir()  # the caller removes it
        return
    lock = WriterLock(folder)
    with lock:  # an empty archive: replace its catalog and (empty) originals, drop its index
        for name in (f"{CATALOG}-wal", f"{CATALOG}-shm"):
            (folder / name).unlink(missing_ok=True)
        shutil.rmtree(folder / WHOOSH, ignore_errors=True)
        shutil.rmtree(folder / ORIGINALS, ignore_errors=True)
        if (staging / ORIGINALS).exists():
            os.replace(staging / ORIGINALS, folder / ORIGINALS)
        os.replace(staging / CATALOG, folder / CATALOG)
