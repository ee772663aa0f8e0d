"""Reads of the index's files at a given place in one system call each (`os.pread`).

Whoosh reads its segment files in many small pieces at given places (`StructFile.get`): a term's
entry, a posting list's header, the keys of a binary search in the term index. Without mmap
(storage.py says why) each such read went through four Python layers, a seek and a buffered read
of 8 KB: at 10,000 documents a phrase query made some 6,000 of them, a fifth of its time. Here a
read at a given place is one `os.pread` of just the bytes asked for, and the file's position is
left where the seek and read would have left it, so Whoosh's sequential reads that follow are
unchanged. A pickle read where the file stands (a posting block's header, read at every block a
query visits) is likewise read in one piece and unpickled from memory, where `pickle.load` on
the file read it a few bytes at a time. Where the system has no `pread` (Windows), Whoosh's own
files are used.
"""

from __future__ import annotations

import io
import os
import pickle
from typing import Any, BinaryIO

from whoosh.filedb.compound import SubFile
from whoosh.filedb.structfile import StructFile

AVAILABLE = hasattr(os, "pread")
_PICKLE_GUESS = 256  # bytes read for a pickle in one go: a block header is some 40


class _PositionalReads(StructFile):  # type: ignore[misc]  # whoosh is untyped
    """`read_pickle` through `get` (see module doc); `get` is the subclass's."""

    def read_pickle(self) -> Any:
        start = self.tell()
        size = _PICKLE_GUESS
        while True:
            chunk = self.get(start, size)
            data = io.BytesIO(chunk)
            try:
                found = pickle.load(data)
            except Exception:  # noqa: BLE001 (a pickle cut short fails in several ways: read on)
                if len(chunk) < size:  # the whole rest of the file: truly damaged
                    raise
                size *= 16
                continue
            self.seek(start + data.tell())
            return found


class ReadFile(_PositionalReads):
    """A whole index file opened for reading (see module doc); its parts (a compound segment's
    files) read the same way."""

    def __init__(self, fileobj: BinaryIO, name: str | None = None, onclose: Any = None) -> None:
        super().__init__(fileobj, name=name, onclose=onclose)
        self._fd = fileobj.fileno()

    def get(self, position: int, length: int) -> bytes:
        data = os.pread(self._fd, length, position)
        self.file.seek(position + len(data))
        return data

    def subset(self, offset: int, length: int, name: str | None = None) -> StructFile:
        return PartFile(SubFile(self.file, offset, length), self._fd, name=name or self._name)


class PartFile(_PositionalReads):
    """One file inside a compound segment file: `length` bytes from `offset` (a SubFile)."""

    def __init__(self, part: SubFile, fd: int, name: str | None = None) -> None:
        super().__init__(part, name=name)
        self._fd = fd

    def get(self, position: int, length: int) -> bytes:
        part = self.file
        size = max(0, min(length, part._length - position))  # as SubFile.read clips it
        part._pos = position + size
        return os.pread(self._fd, size, part._offset + position) if size else b""
