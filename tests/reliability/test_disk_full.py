"""Full disks and read-only folders: importing fails with one clear message, and the archive
stays as it was (same documents, catalog intact, search unchanged) or, where a batch had
already been stored, whole and consistent.

Errors are injected at each storage layer (originals, catalog, Whoosh) on every machine; when
the tests run as root, a real 2 MB tmpfs is also filled up and remounted read-only.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import random
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import whoosh.writing

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.errors import ArchiveError, ArchiveUnwritable
from advocacy_archive.index.store import catalog
from advocacy_archive.index.store.originals import OriginalsStore
from tests.reliability.archive_checks import (
    assert_consistent,
    corpus_sample,
    integrity_ok,
    originals_whole,
)


def _snapshot(folder: Path) -> tuple[int, list[int], int]:
    with Archive.open(folder) as archive:
        count = archive.stats().documents
        found = sorted(h.doc_id for h in archive.search("government", page_size=1000).hits)
    return count, found, originals_whole(folder)


def _cli_import(folder: Path, files: list[Path]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(["--archive", str(folder), "import", "--quiet", "--jobs", "1", *map(str, files)])
    return status, err.getvalue()


@pytest.fixture
def archive_dir(corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths(corpus_sample(corpus, press=6, state=0, seed=11), jobs=1)
    return folder


@pytest.fixture
def new_files(corpus: Path) -> list[Path]:
    return corpus_sample(corpus, press=8, state=2, seed=12)


def _fail_with(error: BaseException) -> object:
    def fail(*args: object, **kwargs: object) -> None:
        raise error

    return fail


@pytest.mark.parametrize(("code", "words"), [(errno.ENOSPC, "No space left"), (errno.EROFS, "Read-only")])
def test_unwritable_originals_store_fails_clearly_and_changes_nothing(
    archive_dir: Path, new_files: list[Path], monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    before = _snapshot(archive_dir)
    monkeypatch.setattr(OriginalsStore, "put", _fail_with(OSError(code, os.strerror(code))))
    with Archive.open(archive_dir) as archive:
        with pytest.raises(ArchiveUnwritable, match=words) as caught:
            archive.import_paths(new_files, jobs=1)
        assert "\n" not in str(caught.value) and str(archive_dir) in str(caught.value)
        assert archive.search("government", page_size=1000).total == len(before[1])
    status, err = _cli_import(archive_dir, new_files)
    assert status == 2 and err.count("\n") == 1 and words in err, err
    integrity_ok(archive_dir)
    assert _snapshot(archive_dir) == before


def test_full_catalog_fails_clearly_and_rolls_back(
    archive_dir: Path, new_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _snapshot(archive_dir)
    calls = {"n": 0}
    real = catalog.insert_document

    def insert_then_fill_up(*args: object, **kwargs: object) -> int:
        calls["n"] += 1
        if calls["n"] > 2:  # mid-transaction: the first rows of the batch must be rolled back
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog, "insert_document", insert_then_fill_up)
    with Archive.open(archive_dir) as archive, pytest.raises(ArchiveUnwritable, match="disk is full"):
        archive.import_paths(new_files, jobs=1)
    integrity_ok(archive_dir)
    count, found, _ = _snapshot(archive_dir)
    assert (count, found) == before[:2]  # originals stored before the failed transaction may remain
    assert_consistent(archive_dir, random.Random(2))


def test_full_disk_while_committing_the_index_is_repaired_on_open(
    archive_dir: Path, new_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        whoosh.writing.SegmentWriter, "commit", _fail_with(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    )
    with Archive.open(archive_dir) as archive, pytest.raises(ArchiveUnwritable, match="No space left"):
        archive.import_paths(new_files, jobs=1)
    monkeypatch.undo()
    count = assert_consistent(archive_dir, random.Random(3))  # the catalog's documents, all indexed
    assert count >= _snapshot(archive_dir)[0]


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the injected errors above cover the logic")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(disk: Path, leave: int) -> None:
    """Fill the file system of `disk` up, then give `leave` bytes back."""
    filler = disk / "filler"
    # unbuffered: a chunk cut short by the full disk must not linger in a buffer that truncate()
    # and close() would try, and fail, to flush (it did whenever the free space was not a
    # multiple of the chunk)
    with open(filler, "ab", buffering=0) as handle:
        try:
            for _ in range(100_000):  # bounded: 1.6 GB at most
                handle.write(b"\0" * 16384)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        handle.truncate(max(0, handle.tell() - leave))


def test_real_full_disk_fails_clearly_and_the_archive_survives(corpus: Path, tmp_path: Path) -> None:
    files = corpus_sample(corpus, press=120, state=0, seed=3)
    with _tmpfs(tmp_path / "disk", "4m") as disk:
        folder = disk / "archive"
        with Archive.open(folder) as archive:
            assert len(archive.import_paths(files[:10], jobs=1).imported) == 10
            _fill(disk, 200_000)
            with pytest.raises(ArchiveUnwritable, match="No space left|disk is full") as caught:
                archive.import_paths(files[10:], jobs=1)
            assert "\n" not in str(caught.value)
        integrity_ok(folder)
        # Still full: opening, searching and a CLI import must not crash with a traceback.
        with Archive.open(folder) as archive:
            assert archive.search("government").total >= 1
            stored = archive.stats().documents
        _fill(disk, 0)
        status, err = _cli_import(folder, corpus_sample(corpus, press=0, state=10, seed=3))
        assert status == 2 and err.count("\n") == 1, err
        (disk / "filler").unlink()  # room again
        subprocess.run(["mount", "-o", "remount,size=32m", str(disk)], check=True)
        assert assert_consistent(folder, random.Random(4)) >= stored
        with Archive.open(folder) as archive:
            archive.import_paths(files, jobs=1)
        assert assert_consistent(folder, random.Random(5), sample=20) == len(files)


def test_read_only_archive_refuses_imports_clearly_and_keeps_its_documents(
    corpus: Path, tmp_path: Path
) -> None:
    files = corpus_sample(corpus, press=12, state=0, seed=4)
    with _tmpfs(tmp_path / "disk", "8m") as disk:
        folder = disk / "archive"
        with Archive.open(folder) as archive:
            archive.import_paths(files[:8], jobs=1)
        before = originals_whole(folder)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        try:
            with pytest.raises(ArchiveError) as caught:
                with Archive.open(folder) as archive:
                    archive.import_paths(files[8:], jobs=1)
            assert "\n" not in str(caught.value) and str(folder) in str(caught.value)
            status, err = _cli_import(folder, files[8:])
            assert status == 2 and err.count("\n") == 1, err
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert originals_whole(folder) == before
        assert assert_consistent(folder, random.Random(6)) == 8
