"""The single entry point: supported suffixes, size limits, and only ImportFailed ever escapes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from advocacy_archive.index.errors import ImportFailed, UnsupportedFormat
from advocacy_archive.index.formats import SUPPORTED_SUFFIXES
from advocacy_archive.index.ingest.readers import read_file
from advocacy_archive.index.ingest.readers.limits import MAX_FILE_BYTES


def test_supported_suffixes_are_the_seven_formats_and_images() -> None:
    documents = {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".eml"}
    assert SUPPORTED_SUFFIXES == documents | {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def test_suffix_is_matched_case_insensitively(tmp_path: Path) -> None:
    path = tmp_path / "STATEMENT.TXT"
    path.write_text("We call for a ceasefire.\n", encoding="utf-8")
    assert read_file(path).format == "txt"


@pytest.mark.parametrize("name", ["report.exe", "scan.bmp", "README"])
def test_other_suffixes_are_unsupported_with_a_reason(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(UnsupportedFormat) as caught:
        read_file(path)
    assert "not supported" in caught.value.reason
    assert "\n" not in caught.value.reason


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk, but stat() says 25 MB + 1
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFailed, match="file is larger than the 25 MB limit"):
        read_file(path)


def test_given_bytes_over_the_size_limit_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="25 MB limit"):
        read_file(tmp_path / "huge.html", b"<p>x</p>" * (MAX_FILE_BYTES // 8 + 1))


def test_missing_file_gives_a_reason_not_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="cannot read the file"):
        read_file(tmp_path / "gone.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_gives_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ImportFailed, match="cannot read the file"):
        read_file(path)


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
def test_random_bytes_never_escape_as_a_library_error(tmp_path: Path, suffix: str) -> None:
    rng = __import__("random").Random(suffix)
    data = bytes(rng.randrange(256) for _ in range(4096))
    with pytest.raises(ImportFailed) as caught:
        read_file(tmp_path / f"noise{suffix}", data)
    reason = caught.value.reason
    assert reason and "\n" not in reason and len(reason) < 120
