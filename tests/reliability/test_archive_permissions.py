"""Permissions: everything an archive, its backups and its logs create — folders (parents
included), the catalog, originals, the index's every file and lock, the saved facet columns,
scratch space — is readable by its owner only, whatever the umask of the process that made it."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.store.backup import export_bundle, restore_bundle


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def _open_to_others(root: Path) -> list[str]:
    """Every folder and file under `root` (itself included) that is not owner-only."""
    found = []
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if _mode(path) & 0o077:
            found.append(f"{path.relative_to(root.parent)} {oct(_mode(path))}")
    return found


def test_everything_an_archive_its_backups_and_logs_create_is_owner_only(
    corpus: Path, tmp_path: Path, umask: int
) -> None:
    made = tmp_path / "made"  # everything below is created by the archive
    folder = made / "deep" / "new" / "archive"
    with Archive.open(folder) as archive:
        report = archive.import_paths(sorted((corpus / "seeds").glob("*.txt"))[:3], jobs=1)
        assert report.imported
        name = next(iter(archive.facet_counts("")["actor"]))  # saves the facet columns
        archive.set_actor_override(name, canonical="Renamed For Permissions")
        archive.reindex()
        archive.facet_counts("")
        (made / "backups").mkdir(mode=0o700)
        export_bundle(archive, made / "backups" / "backup.aab")
        archive.check(repair=True)
    restore_bundle(made / "backups" / "backup.aab", made / "restored" / "here" / "archive")
    from advocacy_archive.app.messages import setup_logging

    log_file = setup_logging(made / "logs" / "nested")
    logging.getLogger("advocacy_archive.tests").info("a line for the log")
    for handler in logging.getLogger().handlers[:]:
        if getattr(handler, "baseFilename", None) == str(log_file):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert log_file.is_file() and (folder / "whoosh" / "facets.npz").is_file()
    assert (folder / "whoosh" / "POSITION").is_file()
    assert not _open_to_others(made), _open_to_others(made)
    originals = [p for p in (folder / "originals").rglob("*") if p.is_file()]
    assert originals and all(_mode(p) == 0o400 for p in originals)


def test_reopening_tightens_a_catalog_left_world_readable(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    Archive.open(folder).close()
    os.chmod(folder / "catalog.sqlite", 0o644)
    Archive.open(folder).close()
    assert _mode(folder / "catalog.sqlite") == 0o600


def test_with_whooshs_own_storage_the_index_is_open_to_others(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guarantee broken on purpose: Whoosh's FileStorage under umask 000."""
    from whoosh.filedb.filestore import FileStorage

    from advocacy_archive.index.engine import search_index

    monkeypatch.setattr(search_index, "storage", lambda folder: FileStorage(str(folder), supports_mmap=False))
    previous = os.umask(0)
    try:
        with Archive.open(tmp_path / "archive") as archive:
            archive.import_paths(sorted((corpus / "seeds").glob("*.txt"))[:1], jobs=1)
    finally:
        os.umask(previous)
    assert any("whoosh" in line for line in _open_to_others(tmp_path / "archive"))
