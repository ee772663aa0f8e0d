"""Where things live: the default archive, the sample archive, logs, and bundled resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

from .store.private import make_folders

APP_NAME = "advocacy-archive"
# `advocacy_archive.resources`, named from this module's own package so no spelling can drift.
RESOURCES = __package__.rpartition(".")[0] + ".resources"


def default_archive_dir() -> Path:
    """$ADVOCACY_ARCHIVE, else the platform's per-user data folder."""
    env = os.environ.get("ADVOCACY_ARCHIVE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME)) / "archive"


def sample_archive_dir() -> Path:
    """The sample archive is built on first use in the user's data folder, never in the install."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "sample-archive"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME))


def make_private_folders(path: Path) -> None:
    """Create a folder (and its missing parents) readable by its owner only, whatever the umask."""
    make_folders(path)


def resource_path(*parts: str) -> Path:
    """A file or folder under the bundled `resources/` package (the one way to find them)."""
    ref = resources.files(RESOURCES).joinpath(*parts)
    return Path(str(ref))
