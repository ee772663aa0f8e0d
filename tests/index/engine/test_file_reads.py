"""Reads at a given place of an index file (one system call each) return the bytes Whoosh's own
file returns, and leave the file where Whoosh's would be, in a whole file and in a part of one."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from whoosh.filedb.structfile import StructFile

from advocacy_archive.index.engine import file_reads

pytestmark = pytest.mark.skipif(not file_reads.AVAILABLE, reason="no os.pread on this system")

DATA = bytes(range(256)) * 40


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "segment"
    path.write_bytes(DATA)
    return path


def test_reads_and_positions_are_whooshs(path: Path) -> None:
    ours = file_reads.ReadFile(path.open("rb"))
    theirs = StructFile(path.open("rb"))
    for ours_file, theirs_file in ((ours, theirs), (ours.subset(300, 5000), theirs.subset(300, 5000))):
        for position, length in ((0, 4), (17, 300), (4990, 50), (20000, 8), (123, 0)):
            assert ours_file.get(position, length) == theirs_file.get(position, length)
            assert ours_file.tell() == theirs_file.tell()
            assert ours_file.read(7) == theirs_file.read(7)  # a sequential read carries on alike
        assert ours_file.get_uint(40) == theirs_file.get_uint(40)
        assert ours_file.get_array(64, "i", 10) == theirs_file.get_array(64, "i", 10)
    ours.close()
    theirs.close()


def test_pickles_are_read_as_whoosh_reads_them(tmp_path: Path) -> None:
    path = tmp_path / "pickles"
    small, large = (3, 7, 2.5, 0, 1), {"words": ["refugees"] * 500}  # one longer than a first read
    with path.open("wb") as f:
        f.write(b"tag!")
        for item in (small, large, small):
            pickle.dump(item, f, 2)
    size = path.stat().st_size
    ours, theirs = file_reads.ReadFile(path.open("rb")), StructFile(path.open("rb"))
    ours.seek(4)
    theirs.seek(4)
    for ours_file, theirs_file in ((ours, theirs), (ours.subset(4, size - 4), theirs.subset(4, size - 4))):
        assert [ours_file.read_pickle() for _ in range(3)] == [theirs_file.read_pickle() for _ in range(3)]
        assert ours_file.tell() == theirs_file.tell()
        with pytest.raises(EOFError):
            ours_file.read_pickle()
