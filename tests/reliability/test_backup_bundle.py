"""Backups (index/backup.py): a bundle restores to the same archive, is refused when damaged,
truncated, unsafe or aimed at an archive that holds documents, and can be taken while the
archive is being searched and imported into."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import random
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.errors import ArchiveError
from advocacy_archive.index.store.backup import export_bundle, restore_bundle
from tests.reliability.archive_checks import assert_consistent, corpus_sample

QUERIES = ["government", "human rights", '"prime minister"', "title:statement", "release OR detain*", ""]


@pytest.fixture(scope="module")
def source(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("backup") / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths(
            [
                *sorted((corpus / "seeds").glob("*.txt"))[:6],
                *corpus_sample(corpus, press=6, state=4, seed=21),
            ],
            jobs=1,
        )
        yield archive


@pytest.fixture(scope="module")
def bundle(source: Archive, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bundles") / "archive.bundle"
    export_bundle(source, path)
    return path


def _answers(archive: Archive) -> list[tuple[int, list[tuple[int, str]]]]:
    out = []
    for query in QUERIES:
        result = archive.search(query, page_size=100)
        out.append((result.total, [(hit.doc_id, hit.title) for hit in result.hits]))
    return out


def _rewrite(
    bundle: Path,
    target: Path,
    change: dict[str, bytes],
    extra: dict[str, bytes] | None = None,
    keep_manifest: bool = True,
) -> None:
    """A copy of `bundle` with members' bytes replaced (manifest untouched) or added (and listed)."""
    with tarfile.open(bundle) as src, tarfile.open(target, "w") as dst:
        manifest = json.loads(src.extractfile(src.getmember("manifest.json")).read())  # type: ignore[union-attr]
        for name, data in (extra or {}).items():
            manifest["members"][name] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            info = tarfile.TarInfo(name)
            info.size = len(data)
            dst.addfile(info, io.BytesIO(data))
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "manifest.json":
                data = json.dumps(manifest).encode() if keep_manifest else data
            data = change.get(member.name, data)
            info = tarfile.TarInfo(member.name)
            info.size = len(data)
            dst.addfile(info, io.BytesIO(data))


def test_round_trip_restores_the_same_documents_and_search_results(
    source: Archive, bundle: Path, tmp_path: Path
) -> None:
    restore_bundle(bundle, tmp_path / "restored")
    with Archive.open(tmp_path / "restored") as restored:
        assert _answers(restored) == _answers(source)
        assert restored.stats().documents == source.stats().documents
        for hit in source.search("", page_size=100).hits:
            assert restored.document(hit.doc_id) == source.document(hit.doc_id)
            original = source.original_path(hit.doc_id).read_bytes()
            assert restored.original_path(hit.doc_id).read_bytes() == original
    assert_consistent(tmp_path / "restored", random.Random(1))


def test_cli_export_and_import_archive_round_trip(source: Archive, tmp_path: Path) -> None:
    out = tmp_path / "cli.bundle"
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["--archive", str(source.path), "export-archive", str(out)]) == 0
        assert main(["--archive", str(tmp_path / "restored"), "import-archive", str(out)]) == 0
    with Archive.open(tmp_path / "restored") as restored:
        assert _answers(restored) == _answers(source)
    assert out.stat().st_mode & 0o077 == 0, "a backup must be readable by its owner only"


def test_restoring_into_an_archive_with_documents_is_refused(source: Archive, bundle: Path) -> None:
    before = _answers(source)
    with pytest.raises(ArchiveError, match="already holds documents|not empty"):
        restore_bundle(bundle, source.path)
    assert _answers(source) == before


def test_restoring_into_an_empty_archive_is_allowed(source: Archive, bundle: Path, tmp_path: Path) -> None:
    Archive.open(tmp_path / "empty").close()
    restore_bundle(bundle, tmp_path / "empty")
    with Archive.open(tmp_path / "empty") as restored:
        assert _answers(restored) == _answers(source)


def _original_member(bundle: Path) -> str:
    with tarfile.open(bundle) as tar:
        return next(m.name for m in tar.getmembers() if m.name.startswith("originals/"))


def test_a_flipped_byte_in_an_original_is_refused_naming_it(bundle: Path, tmp_path: Path) -> None:
    name = _original_member(bundle)
    with tarfile.open(bundle) as tar:
        data = bytearray(tar.extractfile(name).read())  # type: ignore[union-attr]
    data[len(data) // 2] ^= 0x01
    damaged = tmp_path / "damaged.bundle"
    _rewrite(bundle, damaged, {name: bytes(data)})
    with pytest.raises(ArchiveError, match=f"checksum of {name}"):
        restore_bundle(damaged, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["damaged.bundle"], "staging files were left behind"


def test_a_damaged_catalog_is_refused(bundle: Path, tmp_path: Path) -> None:
    with tarfile.open(bundle) as tar:
        data = bytearray(tar.extractfile("catalog.sqlite").read())  # type: ignore[union-attr]
    data[5000] ^= 0xFF
    damaged = tmp_path / "damaged.bundle"
    _rewrite(bundle, damaged, {"catalog.sqlite": bytes(data)})
    with pytest.raises(ArchiveError, match="checksum of catalog.sqlite"):
        restore_bundle(damaged, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.02])
def test_a_truncated_bundle_is_refused(bundle: Path, tmp_path: Path, keep: float) -> None:
    data = bundle.read_bytes()
    cut = tmp_path / "cut.bundle"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ArchiveError, match="cannot be restored"):
        restore_bundle(cut, tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


def test_a_file_that_is_no_bundle_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bundle"
    junk.write_bytes(random.Random(3).randbytes(10_000))
    with pytest.raises(ArchiveError, match="not an archive bundle|cannot be restored"):
        restore_bundle(junk, tmp_path / "restored")


@pytest.mark.parametrize(
    "name",
    [
        "../escaped.txt",
        "/tmp/absolute.txt",
        "originals/../../escaped.txt",
        "whoosh/_MAIN_1.toc",
        "originals/ab/evil.sh",
    ],
)
def test_member_names_that_escape_or_are_unexpected_are_refused(
    bundle: Path, tmp_path: Path, name: str
) -> None:
    evil = tmp_path / "evil.bundle"
    _rewrite(bundle, evil, {}, extra={name: b"#!/bin/sh\necho owned\n"})
    with pytest.raises(ArchiveError, match="unexpected or unsafe member"):
        restore_bundle(evil, tmp_path / "deep" / "restored")
    assert not (tmp_path / "escaped.txt").exists() and not (tmp_path / "deep" / "escaped.txt").exists()
    assert not Path("/tmp/absolute.txt").exists()


def test_export_while_searching_and_importing_gives_a_consistent_bundle(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    with Archive.open(folder) as archive:
        archive.import_paths(corpus_sample(corpus, press=5, state=0, seed=31), jobs=1)
        stop = threading.Event()
        failures: list[BaseException] = []

        def search_until_stopped() -> None:
            try:
                while not stop.is_set():
                    archive.search("government")
            except BaseException as exc:  # reported below, in the test's thread
                failures.append(exc)

        searcher = threading.Thread(target=search_until_stopped)
        importer = threading.Thread(
            target=lambda: archive.import_paths(corpus_sample(corpus, press=30, state=0, seed=32), jobs=1)
        )
        searcher.start()
        importer.start()
        try:
            export_bundle(archive, tmp_path / "busy.bundle")
        finally:
            importer.join(timeout=120)
            stop.set()
            searcher.join(timeout=60)
        assert not importer.is_alive() and not searcher.is_alive() and not failures, failures
    restore_bundle(tmp_path / "busy.bundle", tmp_path / "restored")
    assert assert_consistent(tmp_path / "restored", random.Random(4)) >= 5
