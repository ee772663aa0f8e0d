"""PDF files: the text layer page by page, page offsets, metadata, and clear refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from advocacy_archive.index.errors import ImportFailed
from advocacy_archive.index.ingest.readers import read_file
from tests.document_files import make_pdf

PAGES = [
    "We call on the Security Council to act on Aleppo.",
    "Humanitarian corridors must open now.",
    "Signed: Refugees International",
]


def _encrypted(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pages_are_joined_and_their_starts_recorded(tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_pdf(PAGES))
    result = read_file(path)
    assert result.format == "pdf"
    assert result.text == "\n\n".join(PAGES)
    assert len(result.page_starts) == 3
    for start, page in zip(result.page_starts, PAGES, strict=True):
        assert result.text[start:].startswith(page)


def test_title_author_and_date_come_from_pdf_metadata(tmp_path: Path) -> None:
    info = {
        "Title": "Outrage on Aleppo",
        "Author": "Refugees International",
        "CreationDate": "D:20161213093000Z",
    }
    result = read_file(tmp_path / "s.pdf", make_pdf(PAGES, info))
    assert result.title == "Outrage on Aleppo"
    assert result.author == "Refugees International"
    assert result.issuer_hint == "Refugees International"
    assert (result.date, result.date_source) == ("2016-12-13", "pdf-metadata")


def test_word_processor_file_name_is_not_taken_as_title(tmp_path: Path) -> None:
    result = read_file(tmp_path / "s.pdf", make_pdf(PAGES, {"Title": "Microsoft Word - draft3.docx"}))
    assert result.title is None


def test_pdf_without_metadata_has_no_date(tmp_path: Path) -> None:
    result = read_file(tmp_path / "s.pdf", make_pdf(PAGES))
    assert (result.title, result.date, result.date_source) == (None, None, None)


def test_password_protected_pdf_is_refused_as_encrypted(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        read_file(tmp_path / "locked.pdf", _encrypted(make_pdf(PAGES), user_password="letmein"))
    assert caught.value.reason == "encrypted PDF"


def test_pdf_encrypted_only_against_copying_is_read(tmp_path: Path) -> None:
    result = read_file(tmp_path / "no-copy.pdf", _encrypted(make_pdf(PAGES), user_password=""))
    assert "Humanitarian corridors must open now." in result.text


def test_blank_page_is_not_taken_for_a_scan_and_is_warned_of(tmp_path: Path) -> None:
    result = read_file(tmp_path / "mixed.pdf", make_pdf([PAGES[0], ""]))
    assert result.text.startswith(PAGES[0])
    assert result.warnings == ("1 of 2 pages have no text layer",)
    assert result.ocr_pages == () and not result.needs_ocr


def test_truncated_pdf_is_refused_with_a_reason(tmp_path: Path) -> None:
    data = make_pdf(PAGES)
    with pytest.raises(ImportFailed) as caught:
        read_file(tmp_path / "cut.pdf", data[:120])
    assert "PDF" in caught.value.reason


def test_random_bytes_named_pdf_are_not_a_pdf(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="not a valid PDF"):
        read_file(tmp_path / "noise.pdf", bytes(range(256)) * 8)


def test_too_many_pages_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("advocacy_archive.index.ingest.readers.pdf.MAX_PDF_PAGES", 2)
    with pytest.raises(ImportFailed, match="3 pages, more than the 2-page limit"):
        read_file(tmp_path / "book.pdf", make_pdf(PAGES))


def test_too_much_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("advocacy_archive.index.ingest.readers.pdf.MAX_TEXT_CHARS", 60)
    with pytest.raises(ImportFailed, match="character limit"):
        read_file(tmp_path / "long.pdf", make_pdf(PAGES))
