"""Scanned PDFs: pages without a text layer read by OCR page by page, blank pages left alone, a
scan too long to read refused before any OCR, and without Tesseract a reason that says so."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from advocacy_archive.index.errors import ImportFailed, NeedsOcr
from advocacy_archive.index.ingest.readers import read_file
from advocacy_archive.index.ingest.readers.limits import MAX_OCR_PAGES
from tests.document_files import make_pdf
from tests.scans import PAGE_ONE_WORD, PAGE_TWO_WORD, joined_pdf, scanned_page, scanned_pdf, speech_paragraphs

TEXT_PAGE = "We call on the Security Council to act on Aleppo."


@pytest.fixture(scope="module")
def paragraphs(corpus: Path) -> list[str]:
    return speech_paragraphs(corpus)


@pytest.fixture(scope="module")
def two_page_scan(paragraphs: list[str]) -> bytes:
    return scanned_pdf([scanned_page(paragraphs[:2]), scanned_page(paragraphs[2:4])])


def test_scanned_pdf_is_read_by_ocr_page_by_page(tesseract: None, two_page_scan: bytes) -> None:
    result = read_file(Path("scan.pdf"), two_page_scan)
    assert result.format == "pdf"
    assert result.ocr_pages == (1, 2)
    assert len(result.page_starts) == 2
    second = result.page_starts[1]
    text = result.text.lower()
    # each word on the page it was printed on, so a hit can be cited by page
    assert 0 <= text.index(PAGE_ONE_WORD) < second
    assert text.index(PAGE_TWO_WORD) > second
    assert "Global security will long be shaped" in result.text
    assert result.warnings == ()


def test_only_the_scanned_page_of_a_mixed_pdf_is_read_by_ocr(tesseract: None, paragraphs: list[str]) -> None:
    data = joined_pdf(make_pdf([TEXT_PAGE]), scanned_pdf([scanned_page(paragraphs[3:4])]))
    result = read_file(Path("mixed.pdf"), data)
    assert result.ocr_pages == (2,)
    assert result.text.startswith(TEXT_PAGE)
    assert PAGE_TWO_WORD in result.text[result.page_starts[1] :].lower()


def test_pdf_of_blank_pages_is_refused_as_having_no_text() -> None:
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("blank.pdf"), make_pdf(["", ""]))
    assert caught.value.reason == "PDF has no text: its pages are blank"


def test_scan_with_more_pages_than_ocr_reads_is_refused_before_reading_any(tesseract: None) -> None:
    # Small pages with a line of type each: found to be scans quickly, never sent to Tesseract.
    page = scanned_page(["Page of a scanned archive box."], size=(400, 560), font_size=20)
    data = scanned_pdf([page] * (MAX_OCR_PAGES + 30))
    started = time.monotonic()
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("archive-box.pdf"), data)
    assert caught.value.reason == (
        f"PDF has {MAX_OCR_PAGES + 30} pages without a text layer; "
        f"OCR reads at most {MAX_OCR_PAGES} scanned pages per file"
    )
    assert time.monotonic() - started < 10  # OCR of 20 pages would take well over 20 s


def test_scan_that_would_outlast_the_time_a_file_may_take_is_refused_after_its_first_page(
    tesseract: None, paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a machine too slow for this scan: the first page shows the rest would not fit.
    monkeypatch.setattr("advocacy_archive.index.ingest.readers.ocr.OCR_SECONDS_PER_FILE", 0.1)
    page = scanned_page(paragraphs[1:2], size=(1654, 700))
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("slow.pdf"), scanned_pdf([page] * 5))
    assert re.fullmatch(
        r"OCR of its 5 pages would take about \d+ s on this machine, more than the 0.1 s one file may take",
        caught.value.reason,
    )


def test_without_tesseract_a_scanned_pdf_says_it_needs_ocr(no_tesseract: None, two_page_scan: bytes) -> None:
    with pytest.raises(NeedsOcr) as caught:
        read_file(Path("scan.pdf"), two_page_scan)
    assert caught.value.reason == "scanned PDF with no text layer (needs OCR): Tesseract OCR is not installed"


def test_without_tesseract_a_mixed_pdf_keeps_its_text_and_names_the_unread_page(
    no_tesseract: None, paragraphs: list[str]
) -> None:
    data = joined_pdf(make_pdf([TEXT_PAGE]), scanned_pdf([scanned_page(paragraphs[3:4])]))
    result = read_file(Path("mixed.pdf"), data)
    assert result.text == TEXT_PAGE + "\n\n"
    assert result.needs_ocr and result.ocr_pages == ()
    assert result.warnings == ("scanned page 2 not read (needs OCR): Tesseract OCR is not installed",)
