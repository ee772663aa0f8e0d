"""Scans and images through a real import into a real archive: read by OCR in the worker
processes, found by a word only OCR read, cited by page, marked as OCR text in the catalog; and
on a machine without Tesseract, the import names the files that need it and how to install it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.formats import install_hint
from advocacy_archive.index.store import catalog
from advocacy_archive.index.store.migrations import MIGRATIONS
from tests.document_files import make_pdf
from tests.scans import (
    PAGE_ONE_WORD,
    PAGE_TWO_WORD,
    image_file,
    joined_pdf,
    path_without_tesseract,
    scanned_page,
    scanned_pdf,
    speech_paragraphs,
)


@pytest.fixture
def inbox(tmp_path: Path, corpus: Path, seeds: list[Path]) -> Path:
    """A folder as a user might import it: a statement, a two-page scan, a photographed page and
    a PDF whose second page is scanned."""
    paragraphs = speech_paragraphs(corpus)
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(seeds[0], folder / seeds[0].name)
    pages = [scanned_page(paragraphs[:2]), scanned_page(paragraphs[2:4])]
    (folder / "jordan-scan.pdf").write_bytes(scanned_pdf(pages))
    (folder / "photo.png").write_bytes(image_file(scanned_page(paragraphs[1:2], size=(1654, 700)), "PNG"))
    text_page = make_pdf(["Statement on the humanitarian situation, continued overleaf."])
    (folder / "mixed.pdf").write_bytes(joined_pdf(text_page, scanned_pdf([scanned_page(paragraphs[6:7])])))
    return folder


def _ocr_here(*args: object, **kwargs: object) -> str:
    raise AssertionError("OCR ran in the importing process, not in a worker")


def test_scan_is_read_by_ocr_in_the_workers_and_found_by_a_word_only_ocr_read(
    tesseract: None, inbox: Path, archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Worker processes start from a fork server, untouched by this patch of the importing
    # process: should OCR run here (where the window's import thread lives), its file fails.
    monkeypatch.setattr("advocacy_archive.index.ingest.readers.ocr.recognise", _ocr_here)
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths([inbox])
        assert len(report.imported) == 4 and not report.failed, report.outcomes
        assert not report.needs_ocr

        found = archive.search(PAGE_TWO_WORD)
        assert found.total == 1
        hit = found.hits[0]
        doc = archive.document(hit.doc_id)
        assert Path(doc.source_path).name == "jordan-scan.pdf"
        assert (doc.ocr_pages, doc.text_source, doc.page_count) == ((1, 2), "ocr", 2)
        assert doc.page_at(hit.hits[0][0]) == 2  # the word was printed on page 2
        assert ", p. 2 (jordan-scan.pdf)" in archive.citation(doc.id, hit.hits[0][0])

        sources = {Path(archive.document(o.doc_id).source_path).name: o.doc_id for o in report.imported}
        assert archive.document(sources["mixed.pdf"]).ocr_pages == (2,)
        assert archive.document(sources["mixed.pdf"]).text_source == "mixed"
        assert archive.document(sources["photo.png"]).format == "png"
        assert {h.doc_id for h in archive.search(PAGE_ONE_WORD).hits} == {doc.id, sources["photo.png"]}
        statement = next(i for name, i in sources.items() if name.endswith(".txt"))
        assert archive.document(statement).text_source == "text"

    with Archive.open(archive_dir) as reopened:  # kept in the catalog
        assert reopened.document(doc.id).ocr_pages == (1, 2)


def _cli(archive: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "advocacy_archive.app", "--archive", str(archive), "--create", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def test_cli_import_without_tesseract_names_the_files_and_how_to_install_it_then_reads_them(
    tesseract: None, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "archive"
    without = {**os.environ, "PATH": path_without_tesseract(tmp_path)}
    without.pop("ADVOCACY_TESSERACT", None)
    done = _cli(archive, "import", str(inbox), env=without)
    assert done.returncode == 0, done.stderr
    err = done.stderr
    assert "Imported: 2   duplicates skipped: 0   failed or skipped: 2" in err
    assert (
        "jordan-scan.pdf: scanned PDF with no text layer (needs OCR): Tesseract OCR is not installed" in err
    )
    assert "photo.png: image (needs OCR): Tesseract OCR is not installed" in err
    assert "partly" in err and "mixed.pdf: scanned page 2 not read (needs OCR)" in err
    monkeypatch.setenv("PATH", without["PATH"])  # the hint names this machine's package manager
    advice = "3 file(s) are scans or images whose text needs OCR, and Tesseract OCR is not installed."
    assert f"{advice} {install_hint()}, then import the files that failed again." in err
    monkeypatch.undo()

    # Tesseract installed: importing the folder again reads the files that failed.
    again = _cli(archive, "import", str(inbox))
    assert "Imported: 2   duplicates skipped: 2   failed or skipped: 0" in again.stderr, again.stderr
    results = json.loads(_cli(archive, "search", PAGE_TWO_WORD, "--json").stdout)["results"]
    assert len(results) == 1
    shown = json.loads(_cli(archive, "show", str(results[0]["id"]), "--json").stdout)
    assert (shown["ocr_pages"], shown["text_source"], shown["page_count"]) == ([1, 2], "ocr", 2)


def test_an_import_with_ocr_turned_off_lists_the_scans_and_the_next_import_reads_them(
    tesseract: None, inbox: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    done = _cli(archive, "import", "--no-ocr", str(inbox))
    assert done.returncode == 0, done.stderr
    err = done.stderr
    assert "Imported: 2   duplicates skipped: 0   failed or skipped: 2" in err
    turned_off = "OCR is turned off for this import"
    assert f"jordan-scan.pdf: scanned PDF with no text layer (needs OCR): {turned_off}" in err
    assert "photo.png: image (needs OCR): OCR is turned off for this import" in err
    assert "3 file(s) are scans or images whose text needs OCR, which was turned off (--no-ocr)." in err
    assert "not installed" not in err  # Tesseract is there: no advice to install it
    assert json.loads(_cli(archive, "search", PAGE_TWO_WORD, "--json").stdout)["results"] == []

    again = _cli(archive, "import", str(inbox))
    assert "Imported: 2   duplicates skipped: 2   failed or skipped: 0" in again.stderr, again.stderr
    assert len(json.loads(_cli(archive, "search", PAGE_TWO_WORD, "--json").stdout)["results"]) == 1


def test_catalog_from_before_ocr_gains_the_mark_and_its_documents_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    old = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        old.executescript(script)
        old.execute(f"PRAGMA user_version = {number}")
    old.execute(
        "INSERT INTO documents (sha256, text_sha256, title, word_count, source_path, original_name, "
        "format, size, text, imported_at) VALUES ('a', 'b', 'Old', 1, 'old.pdf', 'old.pdf', 'pdf', 1, "
        "'Old text', '2024-01-01')"
    )
    old.commit()
    old.close()
    conn = catalog.connect(path)
    doc = catalog.get_document(conn, 1)
    assert doc is not None and doc.ocr_pages == () and doc.text_source == "text"
