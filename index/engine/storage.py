"""Whoosh's file storage, made private and tidy: every file and folder the index creates is its
owner's only, whatever the umask, and what a killed writer leaves behind is removed.

Whoosh creates its files with `open()` and its folders and write lock with the process's umask
(0644, 0755; 0666 and 0777 under umask 000): the index holds every document's words, so its
files are created 0600 here, its folders 0700. A writer killed mid-commit leaves its postings
pool folder (`MAIN.tmp`), a half-written table of contents (`_MAIN_<n>.toc.<time>`) and segment
files no table of contents names; `clean_leftovers` removes them (Whoosh itself only does so at
its next commit).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage, ReadOnlyError
from whoosh.filedb.structfile import StructFile
from whoosh.index import TOC, clean_files
from whoosh.util.filelock import FileLock

from . import file_reads

INDEX_NAME = "MAIN"  # Whoosh's default index name: its files are _MAIN_<n>.toc, MAIN_<id>.seg …
FILE_MODE = 0o600
FOLDER_MODE = 0o700


class PrivateStorage(FileStorage):  # type: ignore[misc]  # whoosh is untyped
    """A FileStorage whose files, folders and locks are created owner-only."""

    def create(self) -> PrivateStorage:
        super().create()
        os.chmod(self.folder, FOLDER_MODE)
        return self

    def create_file(self, name: str, excl: bool = False, mode: str = "wb", **kwargs: Any) -> StructFile:
        if self.readonly:
            raise ReadOnlyError
        flags = os.O_CREAT | os.O_RDWR | (os.O_EXCL if excl else os.O_TRUNC)
        fd = os.open(self._fpath(name), flags, FILE_MODE)
        os.fchmod(fd, FILE_MODE)  # O_CREAT leaves an existing file's mode as it was
        return StructFile(os.fdopen(fd, mode), name=name, **kwargs)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        """The file for reading, each read at a given place one system call (file_reads.py)."""
        if not file_reads.AVAILABLE:
            return super().open_file(name, **kwargs)
        return file_reads.ReadFile(open(self._fpath(name), "rb"), name=name, **kwargs)  # noqa: SIM115 (closed by Whoosh)

    def temp_storage(self, name: str | None = None) -> PrivateStorage:
        """The postings pool's scratch folder (Whoosh names it MAIN.tmp)."""
        path = os.path.join(self.folder, name or "scratch.tmp")
        return PrivateStorage(path, supports_mmap=False).create()

    def lock(self, name: str) -> FileLock:
        path = self._fpath(name)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)  # Whoosh's own os.open: 0777
        try:
            os.fchmod(fd, FILE_MODE)
        finally:
            os.close(fd)
        return FileLock(path)


def storage(folder: Path) -> PrivateStorage:
    """Whoosh file storage without mmap. With mmap, Whoosh 2.7 copies every part of a segment
    into a BytesIO when a reader opens (filedb/structfile.BufferFile), so a 10,000-document
    index took 590 ms and 310 MB of RSS to open; without, 4 ms and nothing, and queries read
    through the OS page cache as fast (benchmarks/RESULTS.md)."""
    return PrivateStorage(str(folder), supports_mmap=False)


def write_private(path: Path, data: bytes) -> None:
    """Write a small file beside the index atomically (a temporary name, fsync, rename),
    owner-only."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, path)


def clean_leftovers(ix: Any, folder: Path) -> list[str]:
    """Remove what killed writers left in `folder`: pool folders, partial tables of contents,
    segment files the current table of contents does not name, our own partial files. Only
    call it while no writer can be at work (the archive's writer lock held). Returns the names
    removed."""
    removed: list[str] = []
    for entry in sorted(folder.iterdir()):
        name = entry.name
        leftover = (
            (entry.is_dir() and name.endswith(".tmp"))
            or (name.startswith(f"_{INDEX_NAME}_") and ".toc." in name)
            or name.endswith(".partial")
        )
        if not leftover:
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(name)
    store = ix.storage
    before = set(store.list())
    toc = TOC.read(store, INDEX_NAME)
    clean_files(store, INDEX_NAME, toc.generation, toc.segments)
    removed.extend(sorted(before - set(store.list())))
    return removed
