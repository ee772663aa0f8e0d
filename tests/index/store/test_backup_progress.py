"""Backups from the window and the CLI: progress while they run, cancel that leaves nothing, and
an existing backup file never replaced unless asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import ArchiveError, Cancelled


class Counting:
    def __init__(self, stop_after: int | None = None) -> None:
        self.seen: list[tuple[int, int, str]] = []
        self.stop_after = stop_after

    def __call__(self, done: int, total: int, message: str) -> None:
        self.seen.append((done, total, message))

    def is_set(self) -> bool:
        return self.stop_after is not None and len(self.seen) >= self.stop_after


def test_a_backup_reports_progress_per_original_and_restores_the_same_documents(
    sample_archive: Archive, tmp_path: Path
) -> None:
    progress = Counting()
    bundle = tmp_path / "backup.aab"
    sample_archive.export_archive(bundle, on_progress=progress)
    documents = sample_archive.stats().documents
    assert progress.seen[-1][:2] == (documents, documents)
    restoring = Counting()
    Archive.restore_archive(bundle, tmp_path / "restored", on_progress=restoring)
    assert restoring.seen and restoring.seen[-1][0] == restoring.seen[-1][1]
    with Archive.open(tmp_path / "restored") as restored:
        assert restored.stats().documents == documents


def test_an_existing_backup_file_is_kept_unless_replacing_is_allowed(
    sample_archive: Archive, tmp_path: Path
) -> None:
    bundle = tmp_path / "backup.aab"
    bundle.write_bytes(b"last week's backup")
    with pytest.raises(ArchiveError, match="already exists"):
        sample_archive.export_archive(bundle)
    assert bundle.read_bytes() == b"last week's backup"
    sample_archive.export_archive(bundle, overwrite=True)
    assert bundle.stat().st_size > 10_000


def test_a_cancelled_backup_or_restore_leaves_nothing_behind(sample_archive: Archive, tmp_path: Path) -> None:
    tmp_path = tmp_path / "backups"
    tmp_path.mkdir()
    bundle = tmp_path / "backup.aab"
    with pytest.raises(Cancelled):
        sample_archive.export_archive(bundle, on_progress=(flag := Counting(stop_after=5)), cancel=flag)
    assert list(tmp_path.iterdir()) == []
    sample_archive.export_archive(bundle)
    target = tmp_path / "restored"
    with pytest.raises(Cancelled):
        Archive.restore_archive(bundle, target, on_progress=(flag := Counting(stop_after=5)), cancel=flag)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.aab"]
