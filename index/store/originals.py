"""The originals store: byte-exact copies of imported files, content-addressed by SHA-256.

A file is written to a temporary name outside `originals/`, flushed to disk, then renamed into
place, so `originals/` never holds a partial file; existing files are never rewritten.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from .private import create_file, make_folders

CHUNK = 1024 * 1024
_NAME = re.compile(r"[0-9a-f]{64}(\.[A-Za-z0-9]{1,10})?")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class OriginalsStore:
    def __init__(self, root: Path, scratch: Path) -> None:
        self.root = root
        self.scratch = scratch

    def path_for(self, sha256: str, suffix: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}{suffix.lower()}"

    def find(self, sha256: str) -> Path | None:
        folder = self.root / sha256[:2]
        if not folder.is_dir():
            return None
        for candidate in folder.glob(f"{sha256}*"):
            return candidate
        return None

    def put(self, data: bytes, sha256: str, suffix: str) -> Path:
        """Store `data` (idempotent); returns the stored file's path."""
        existing = self.find(sha256)
        if existing is not None:
            return existing
        target = self.path_for(sha256, suffix)
        make_folders(target.parent)
        make_folders(self.scratch)
        tmp = self.scratch / f"{sha256}.partial"
        with os.fdopen(create_file(tmp), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # Read-only: a guard against anything (us included) modifying an original later.
        os.chmod(tmp, stat.S_IRUSR)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
        return target

    def verify(self, sha256: str) -> tuple[Path | None, str | None]:
        """(the stored file, None) when the original of `sha256` is there and whole, else
        (the file or None, what is wrong: "missing", "changed", "unreadable")."""
        found = self.find(sha256)
        if found is None:
            return None, "missing"
        try:
            return found, None if file_sha256(found) == sha256 else "changed"
        except OSError:
            return found, "unreadable"

    def files(self) -> Iterator[tuple[Path, str | None]]:
        """Every file in the store, with the SHA-256 its name promises (None: a name the store
        never gives)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if not folder.is_dir():
                yield folder, None
                continue
            for path in sorted(folder.iterdir()):
                named = _NAME.fullmatch(path.name) and path.name.startswith(folder.name)
                yield path, path.name[:64] if named else None

    def replace(self, data: bytes, sha256: str, suffix: str) -> Path:
        """Put back an original whose stored copy is damaged (`data` must hash to `sha256`)."""
        if sha256_of(data) != sha256:
            raise ValueError("the data is not the original")
        damaged = self.find(sha256)
        if damaged is not None:
            damaged.unlink()
        return self.put(data, sha256, suffix)

    def clear_scratch(self) -> None:
        """Partial files left by a killed import are useless: remove them on open."""
        if self.scratch.is_dir():
            for leftover in self.scratch.glob("*.partial"):
                leftover.unlink(missing_ok=True)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
