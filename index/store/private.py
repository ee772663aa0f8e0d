"""Files and folders created readable by their owner only, whatever the process's umask.

An archive holds every document's text and original; its backups and logs as much. `mkdir` and
`open` apply the umask to the mode asked for, and create missing parent folders with the umask's
default (0777 under umask 000): here every folder created, parents included, is 0700 and every
file 0600 from the moment it exists.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_folders(path: Path) -> None:
    """Create `path` and any missing parents, each owner-only (existing ones are left alone)."""
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # made meanwhile by someone else: theirs to keep as it is
            continue
        os.chmod(folder, FOLDER_MODE)


def create_file(path: Path, *, exclusive: bool = False) -> int:
    """Open `path` for writing, created (or truncated) owner-only; returns the descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags, FILE_MODE)
    os.fchmod(fd, FILE_MODE)
    return fd
