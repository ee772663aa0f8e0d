"""The archive on disk: catalog, originals, derived index, locking and repair."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import ArchiveBusy
from advocacy_archive.index.store.lock import WriterLock
from advocacy_archive.index.store.migrations import SCHEMA_VERSION


def test_new_archive_has_catalog_originals_and_index_readable_by_owner_only(archive_dir: Path) -> None:
    with Archive.open(archive_dir):
        pass
    assert (archive_dir / "catalog.sqlite").is_file()
    assert (archive_dir / "originals").is_dir()
    assert (archive_dir / "whoosh").is_dir()
    assert stat.S_IMODE(archive_dir.stat().st_mode) == 0o700
    conn = sqlite3.connect(archive_dir / "catalog.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_originals_are_byte_exact_and_content_addressed(archive_dir: Path, seeds: list[Path]) -> None:
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths(seeds, jobs=1)
        for outcome in report.imported:
            stored = archive.original_path(outcome.doc_id)
            assert stored.read_bytes() == Path(outcome.path).read_bytes()
            assert stored.name.startswith(archive.document(outcome.doc_id).sha256)


def test_reimport_of_same_file_or_same_text_under_another_name_adds_nothing(
    archive_dir: Path, seeds: list[Path], tmp_path: Path
) -> None:
    renamed = tmp_path / "renamed copy.txt"
    renamed.write_text(seeds[0].read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    with Archive.open(archive_dir) as archive:
        archive.import_paths(seeds, jobs=1)
        again = archive.import_paths([*seeds, renamed], jobs=1)
        assert not again.imported
        assert len(again.duplicates) == 3
        assert "same text as document" in again.duplicates[-1].reason
        assert archive.stats().documents == 2


def test_deleted_index_is_rebuilt_from_the_catalog_on_open(sample_archive: Archive) -> None:
    path = sample_archive.path
    total = sample_archive.search("Aleppo").total
    sample_archive.close()
    shutil.rmtree(path / "whoosh")
    with Archive.open(path) as reopened:
        assert reopened.search("Aleppo").total == total > 0


def test_index_missing_documents_is_repaired_on_open(sample_archive: Archive) -> None:
    path = sample_archive.path
    total = sample_archive.search("").total
    sample_archive.close()
    conn = sqlite3.connect(path / "catalog.sqlite")
    # A document the index has never seen, as if a crash came between catalog and index.
    conn.execute(
        "INSERT INTO documents (sha256, text_sha256, title, word_count, source_path, original_name, "
        "format, size, text, imported_at) VALUES ('x', 'y', 'Late arrival', 3, 'late.txt', 'late.txt', "
        "'txt', 10, 'zanzibar quokka document', '2024-01-01')"
    )
    conn.commit()
    conn.close()
    with Archive.open(path) as reopened:
        assert reopened.search("").total == total + 1
        assert reopened.search("quokka").total == 1


def test_reindex_rebuilds_the_same_results(sample_archive: Archive) -> None:
    # The import indexed postings analysed in its worker processes; reindex analyses here.
    queries = ("refugees", '"safe passage"', "Aleppo civilians", "title:syria")

    def answers() -> list[list[tuple[int, tuple[tuple[int, int], ...]]]]:
        return [[(h.doc_id, h.hits) for h in sample_archive.search(q, page_size=50).hits] for q in queries]

    before = answers()
    assert sample_archive.reindex() == sample_archive.stats().documents
    assert answers() == before


def test_second_writer_is_told_the_archive_is_in_use(archive_dir: Path, seeds: list[Path]) -> None:
    with Archive.open(archive_dir) as archive:
        other = WriterLock(archive_dir)
        other.acquire()  # what another process importing would hold
        try:
            with pytest.raises(ArchiveBusy, match="in use by another process"):
                archive.import_paths(seeds, jobs=1)
        finally:
            other.release()
        assert archive.import_paths(seeds, jobs=1).imported


def test_import_never_changes_existing_originals(archive_dir: Path, seeds: list[Path]) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths(seeds[:1], jobs=1)
        stored = archive.original_path(1)
        before = (stored.read_bytes(), stored.stat().st_mtime_ns)
        archive.import_paths(seeds, jobs=1)
        assert (stored.read_bytes(), stored.stat().st_mtime_ns) == before
        assert not os.access(stored, os.W_OK) or os.geteuid() == 0


def test_unsupported_and_missing_files_are_reported_with_a_reason(archive_dir: Path, tmp_path: Path) -> None:
    odd = tmp_path / "drawing.svg"
    odd.write_bytes(b"<svg/>")
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths([odd, tmp_path / "missing.txt"], jobs=1)
    reasons = {Path(o.path).name: o.reason for o in report.failed}
    assert "unsupported file type '.svg'" in reasons["drawing.svg"]
    assert "no such file" in reasons["missing.txt"]


def test_import_in_worker_processes_gives_the_same_documents(archive_dir: Path, corpus: Path) -> None:
    files = sorted((corpus / "us-state-dept").glob("*syria*.html"))
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths(files, jobs=2)
        assert len(report.imported) == len(files)
        titles = [archive.document(o.doc_id).title for o in report.imported]
    assert any("Syria" in t for t in titles)


def test_errors_survive_the_trip_back_from_a_worker_process() -> None:
    import pickle

    from advocacy_archive.index.errors import (
        ArchiveBusy,
        DocumentNotFound,
        ImportFailed,
        QuerySyntaxError,
        UnsupportedFormat,
    )

    for error in (
        ImportFailed("a.pdf", "encrypted PDF"),
        UnsupportedFormat("b.jpg", "unsupported"),
        ArchiveBusy(Path("/x"), "pid 1"),
        QuerySyntaxError('"a', 0, "close it"),
        DocumentNotFound(3),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)


def test_user_edits_of_actors_override_extraction_and_survive_reextraction(
    archive_dir: Path, seeds: list[Path]
) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths(seeds, jobs=1)
        doc_id = next(h.doc_id for h in archive.search("title:outrage").hits)
        assert "Government of Syria" in {a.name for a in archive.actors(doc_id)}
        archive.set_actor_override("Government of Syria", canonical="Assad government", type="government")
        archive.set_actor_override("Refugees International", type="other")
        for _ in range(2):  # as edited, and again after extraction runs anew
            names = {a.name: a.type for a in archive.actors(doc_id)}
            assert names.get("Assad government") == "government" and "Government of Syria" not in names
            assert names["Refugees International"] == "other"
            assert any("Assad government" in d.targets for d in archive.demands(doc_id))
            assert archive.search('actor:"Assad government"').total >= 1
            assert archive.search("", filters={"actor": ["Assad government"]}).total >= 1
            assert archive.reextract() == 2


def test_a_rename_made_before_an_import_applies_to_the_documents_it_brings(
    archive_dir: Path, seeds: list[Path]
) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths(seeds[:1])
        # an edit names an actor the archive holds (naming none is an error)
        archive.set_actor_override("Government of Syria", canonical="Assad government")
        report = archive.import_paths(seeds[1:])  # the index is written from the import's own documents
        new = report.imported[0].doc_id
        assert new is not None and "Assad government" in {a.name for a in archive.actors(new)}
        assert new in {h.doc_id for h in archive.search('actor:"Assad government"').hits}
        assert archive.search('target:"Assad government"').total >= 1
        assert archive.search('actor:"Government of Syria"').total == 0


def test_a_closed_archive_refuses_reads_with_a_clear_message(archive_dir: Path) -> None:
    from advocacy_archive.index.errors import ArchiveError

    archive = Archive.open(archive_dir)
    archive.close()
    with pytest.raises(ArchiveError, match="has been closed"):
        archive.search("Aleppo")


def test_archive_on_a_read_only_disk_can_be_searched_but_not_imported_into(
    sample_archive: Archive, tmp_path: Path, seeds: list[Path]
) -> None:
    import subprocess

    from advocacy_archive.index.errors import ArchiveUnwritable

    source = sample_archive.path
    sample_archive.close()
    mounted = tmp_path / "read-only"
    mounted.mkdir()
    bind = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("needs permission to bind-mount a folder read-only")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], check=True)
        with Archive.open(mounted) as archive:
            assert archive.search("Aleppo").total > 0
            with pytest.raises(ArchiveUnwritable, match="read-only"):
                archive.import_paths(seeds, jobs=1)
    finally:
        subprocess.run(["umount", "--lazy", str(mounted)], check=False)  # open index files must not block it


def test_reextraction_keeps_the_issuer_the_file_name_and_page_address_give(
    archive_dir: Path, corpus: Path
) -> None:
    page = corpus / "us-state-dept" / "2021-05-22-yemen-national-day.html"  # signed by the Secretary
    speech = corpus / "un-speeches" / "GBR_71_2016.txt"  # names no delegation in its text
    with Archive.open(archive_dir) as archive:
        archive.import_paths([page, speech], jobs=1)
        for _ in range(2):  # as imported, and after extraction runs anew
            issuers = {h.title: archive.document(h.doc_id).issuer for h in archive.search("").hits}
            assert sorted(issuers.values()) == ["U.S. Department of State", "United Kingdom"]
            assert archive.reextract() == 2
