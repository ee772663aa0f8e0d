"""Fixtures shared by every test: offscreen Qt, the shared corpus, fresh temporary archives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Every test runs offline: any attempt to reach the network fails it (see offline_guard.py).
# The repository root goes on sys.path so the plugin imports under `pytest` as under `python -m pytest`.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
pytest_plugins = ["tests.offline_guard"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ADVOCACY_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The read-only shared corpus (../shared/corpus): real documents nobody on the team wrote."""
    if not CORPUS.is_dir():
        pytest.fail(f"shared corpus not found at {CORPUS}; set ADVOCACY_SHARED")
    return CORPUS


@pytest.fixture(scope="session")
def seeds(corpus: Path) -> list[Path]:
    return sorted((corpus / "seeds").glob("*.txt"))


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    """A path for a fresh archive that does not exist yet."""
    return tmp_path / "archive"


@pytest.fixture
def tesseract() -> None:
    """Tesseract OCR must be installed: the test is skipped where it is not (failed on CI)."""
    from tests.scans import require_tesseract

    require_tesseract()


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This process as on a machine without Tesseract (read files with jobs=1)."""
    from tests.scans import hide_tesseract

    hide_tesseract(monkeypatch, tmp_path)
