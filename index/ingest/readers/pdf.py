"""PDF reader: the text layer page by page (pypdf), with where each page begins in the text.

Pages without a text layer are scanned pages: read by OCR when Tesseract is installed
(scanned_pages.py), and otherwise named in the result, so the import can say the file needs it.
"""

from __future__ import annotations

import io
import logging
import re
from datetime import datetime

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from ...models import ReadResult, page_ranges
from ..metadata import looks_like_organisation
from .limits import MAX_PDF_PAGES, MAX_TEXT_CHARS, Unreadable
from .ocr import OcrUnavailable
from .scanned_pages import ScanReading, read_scanned
from .text import normalise_newlines

log = logging.getLogger(__name__)

PAGE_SEPARATOR = "\n\n"
# Titles that word processors write on their own are file names, not the statement's title.
_MACHINE_TITLE = re.compile(
    r"^(?:microsoft (?:word|powerpoint) - .*|untitled.*|.*\.(?:docx?|pdf|rtf|odt|indd|qxd))$",
    re.IGNORECASE,
)


def _open(data: bytes) -> PdfReader:
    # Readers tolerate junk before the header (mail gateways add some), but not its absence.
    if b"%PDF-" not in data[:1024]:
        raise Unreadable("not a valid PDF (no PDF header)")
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # Many PDFs are "encrypted" with an empty user password only to forbid copying or
        # printing; they open without asking anyone, so we read them too.
        try:
            if not reader.decrypt(""):
                raise Unreadable("encrypted PDF")
        except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
            raise Unreadable("encrypted PDF") from exc
    return reader


def _page_texts(reader: PdfReader) -> list[str]:
    count = len(reader.pages)
    if count > MAX_PDF_PAGES:
        raise Unreadable(f"PDF has {count:,} pages, more than the {MAX_PDF_PAGES:,}-page limit")
    texts: list[str] = []
    total = 0
    for page in reader.pages:
        text = normalise_newlines(page.extract_text() or "").strip()
        total += len(text) + len(PAGE_SEPARATOR)
        if total > MAX_TEXT_CHARS:
            raise Unreadable(f"PDF text is longer than the {MAX_TEXT_CHARS:,}-character limit")
        texts.append(text)
    return texts


def join_pages(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    """Join page texts with a blank line; return the text and each page's starting offset."""
    starts: list[int] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(texts), tuple(starts)


def _info(reader: PdfReader) -> tuple[str | None, str | None, str | None]:
    """(title, author, ISO date) from the document information dictionary, where usable."""
    try:
        meta = reader.metadata
        if meta is None:
            return None, None, None
        title = (meta.title or "").strip() or None
        author = (meta.author or "").strip() or None
        created: datetime | None = meta.creation_date or meta.modification_date
    except Exception as exc:  # malformed metadata must not cost us the text
        log.debug("unreadable PDF metadata: %s", exc)
        return None, None, None
    if title and _MACHINE_TITLE.match(title):
        title = None
    return title, author, created.date().isoformat() if created else None


def read_pdf(data: bytes) -> ReadResult:
    """Read a PDF's bytes. Raises Unreadable (encrypted, no text at all, over a limit) and
    OcrUnavailable (only scanned pages, and no Tesseract to read them)."""
    reader = _open(data)
    layer = _page_texts(reader)
    scans, problem = _scanned(data, layer)
    texts = scans.texts
    if not any(texts):
        if scans.unread_pages:
            raise OcrUnavailable(f"scanned PDF with no text layer (needs OCR): {scans.unavailable}")
        if scans.scanned:
            raise Unreadable("scanned PDF with no text layer, and OCR found no text on its pages")
        raise Unreadable("PDF has no text: its pages are blank")
    text, starts = join_pages(texts)
    if len(text) > MAX_TEXT_CHARS:
        raise Unreadable(f"PDF text is longer than the {MAX_TEXT_CHARS:,}-character limit")
    title, author, date = _info(reader)
    return ReadResult(
        text=text,
        format="pdf",
        title=title,
        date=date,
        date_source="pdf-metadata" if date else None,
        issuer_hint=author if author and looks_like_organisation(author) else None,
        author=author,
        page_starts=starts,
        warnings=_warnings(texts, scans, problem),
        ocr_pages=scans.ocr_pages,
        needs_ocr=bool(scans.unread_pages),
    )


def _scanned(data: bytes, layer: list[str]) -> tuple[ScanReading, str]:
    """The pages without a text layer read by OCR; a problem reading them costs the file only
    when it has no text layer at all (returned as the second item otherwise)."""
    try:
        return read_scanned(data, layer), ""
    except OcrUnavailable:
        raise
    except Unreadable as exc:
        if not any(layer):
            raise
        return ScanReading(layer), str(exc)


def _warnings(texts: list[str], scans: ScanReading, problem: str) -> tuple[str, ...]:
    warnings = []
    if scans.unread_pages:
        pages = page_ranges(scans.unread_pages)
        warnings.append(f"scanned {pages} not read (needs OCR): {scans.unavailable}")
    if problem:
        warnings.append(f"scanned pages were not read: {problem}")
    empty = sum(1 for t in texts if not t) - len(scans.unread_pages)
    if empty and not problem:
        warnings.append(f"{empty} of {len(texts)} pages have no text layer")
    return tuple(warnings)
