"""Permissions: an archive (its folder, catalog, originals, scratch space and lock) and a backup
bundle are readable by their owner only, whatever the umask of the process that made them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.store.backup import export_bundle


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def test_new_archive_and_everything_stored_is_owner_only(corpus: Path, tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "new" / "archive"
    with Archive.open(folder) as archive:
        report = archive.import_paths(sorted((corpus / "seeds").glob("*.txt"))[:2], jobs=1)
        assert report.imported
        export_bundle(archive, tmp_path / "backup.bundle")
    assert _mode(folder) == 0o700
    for name in ("originals", "whoosh"):
        assert _mode(folder / name) == 0o700, name
    for name in ("catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm", "writer.lock"):
        if (folder / name).exists():
            assert _mode(folder / name) == 0o600, (name, oct(_mode(folder / name)))
    if (folder / "tmp").exists():
        assert _mode(folder / "tmp") == 0o700
    originals = [p for p in (folder / "originals").rglob("*")]
    assert any(p.is_file() for p in originals)
    for path in originals:
        expected = 0o700 if path.is_dir() else 0o400
        assert _mode(path) == expected, (path, oct(_mode(path)))
    assert _mode(tmp_path / "backup.bundle") == 0o600


def test_reopening_tightens_a_catalog_left_world_readable(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    Archive.open(folder).close()
    os.chmod(folder / "catalog.sqlite", 0o644)
    Archive.open(folder).close()
    assert _mode(folder / "catalog.sqlite") == 0o600
