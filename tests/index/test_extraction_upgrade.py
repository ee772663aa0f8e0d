"""An archive whose actors and demands an earlier release found says so, and is brought up to
date by extracting again (the sample archive at once, on opening)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy_archive.index import archive as archive_module
from advocacy_archive.index import extraction_rules
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.ingest import sample


def _as_if_an_earlier_release_extracted(path: Path) -> None:
    """What an archive built before this release looks like: another rules fingerprint (or
    none at all), and findings the current rules would not make (here: no demands)."""
    conn = sqlite3.connect(path / "catalog.sqlite")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM meta WHERE key = 'extraction_rules'")
    conn.execute("DELETE FROM demands")
    conn.commit()
    conn.close()


def _demand_count(archive: Archive) -> int:
    return archive.stats().demands


def test_a_new_archive_and_what_it_imports_are_current(archive_dir: Path, seeds: list[Path]) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths(seeds, jobs=1)
    with Archive.open(archive_dir) as archive:
        assert not archive.extraction_outdated


def test_an_earlier_releases_findings_are_flagged_until_extracted_again(
    sample_archive: Archive,
) -> None:
    path, demands = sample_archive.path, _demand_count(sample_archive)
    assert demands > 0
    sample_archive.close()
    _as_if_an_earlier_release_extracted(path)
    with Archive.open(path) as archive:
        assert archive.extraction_outdated and _demand_count(archive) == 0
        archive.reextract()
        assert not archive.extraction_outdated
        assert _demand_count(archive) == demands
    with Archive.open(path) as archive:
        assert not archive.extraction_outdated


class _CancelAfterFirstBatch:
    def __init__(self) -> None:
        self.asked = 0

    def is_set(self) -> bool:
        self.asked += 1
        return self.asked > 1


def test_a_cancelled_extraction_leaves_the_archive_flagged(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "REEXTRACT_BATCH", 16)  # the sample holds 63 documents
    path = sample_archive.path
    sample_archive.close()
    _as_if_an_earlier_release_extracted(path)
    with Archive.open(path) as archive:
        assert archive.reextract(cancel=_CancelAfterFirstBatch()) == 16
        assert archive.extraction_outdated
    with Archive.open(path) as archive:
        assert archive.extraction_outdated


def test_the_command_line_says_how_to_bring_an_outdated_archive_up_to_date(sample_archive: Archive) -> None:
    path = sample_archive.path
    sample_archive.close()
    _as_if_an_earlier_release_extracted(path)
    command = [sys.executable, "-m", "advocacy_archive.app", "--archive", str(path)]
    stats = subprocess.run([*command, "stats"], capture_output=True, text=True, timeout=300)
    assert stats.returncode == 0 and "advocacy-archive reextract" in stats.stderr
    again = subprocess.run([*command, "reextract"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    stats = subprocess.run([*command, "stats"], capture_output=True, text=True, timeout=300)
    assert stats.returncode == 0 and "reextract" not in stats.stderr


def test_the_sample_archive_shows_what_the_installed_rules_find(
    sample_archive: Archive, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    demands = _demand_count(sample_archive)
    sample_archive.close()
    folder = tmp_path / "user-data" / "sample-archive"
    shutil.copytree(sample_archive.path, folder)
    _as_if_an_earlier_release_extracted(folder)
    monkeypatch.setattr(sample, "sample_archive_dir", lambda: folder)
    with sample.open_sample_archive() as archive:
        assert not archive.extraction_outdated
        assert _demand_count(archive) == demands


def test_an_entry_added_to_the_authority_file_makes_the_rules_another_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    authority = tmp_path / "authority"
    shutil.copytree(extraction_rules.resource_path("authority"), authority)
    monkeypatch.setattr(extraction_rules, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    extraction_rules.current.cache_clear()
    try:
        before = extraction_rules.current()
        extraction_rules.current.cache_clear()
        assert extraction_rules.current() == before  # the same files: the same rules
        with (authority / "additions.tsv").open("a", encoding="utf-8") as additions:
            additions.write("Kiribati Red Cross Society\tngo\n")
        extraction_rules.current.cache_clear()
        assert extraction_rules.current() != before
    finally:
        extraction_rules.current.cache_clear()
