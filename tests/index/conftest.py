"""Fixtures for the core: archives built from real documents of the shared corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "documents"


@pytest.fixture(scope="session")
def sample_archive_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample documents imported once per test session (copied per test)."""
    folder = tmp_path_factory.mktemp("template") / "archive"
    with Archive.open(folder) as archive:
        report = archive.import_paths([SAMPLE])
        assert not report.failed, report.failed
    return folder


@pytest.fixture
def sample_archive(sample_archive_template: Path, tmp_path: Path) -> Archive:
    folder = tmp_path / "sample-archive"
    shutil.copytree(sample_archive_template, folder)
    archive = Archive.open(folder)
    yield archive
    archive.close()
