"""The scanned pages of a PDF: pages without a text layer, rendered (pypdfium2) and read by OCR.

pypdf reads the text layer (pdf.py); the pages it finds empty are rendered here with PDFium, which
ships inside the pypdfium2 wheel (no system library). A page that renders as white paper is blank,
not scanned, and is left alone; the others are read by Tesseract when it is installed, and
otherwise listed, so the import can say which files need it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import partial

import pypdfium2 as pdfium
from PIL import Image

from . import ocr
from .limits import MAX_OCR_PAGES, MAX_OCR_PIXELS, OCR_DPI, Unreadable

_POINTS_PER_INCH = 72
_CHECK_DPI = 50  # enough to tell ink from paper, at a fiftieth of the cost of OCR_DPI
_INK = 160  # a pixel darker than this (0 black … 255 white) is ink, not paper or scanner noise


@dataclass(frozen=True)
class ScanReading:
    """Page texts with the scanned ones filled in. Pages are numbered from 1: `scanned` are those
    without a text layer that show anything, `ocr_pages` those OCR found text on; when OCR is
    unavailable, `unavailable` says why and no scanned page was read."""

    texts: list[str]
    scanned: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()
    unavailable: str = ""

    @property
    def unread_pages(self) -> tuple[int, ...]:
        return self.scanned if self.unavailable else ()


def read_scanned(data: bytes, texts: list[str]) -> ScanReading:
    """Fill in the pages of `texts` that have no text layer by OCR, where they show anything.

    Raises Unreadable when more pages need OCR than a file may have read (MAX_OCR_PAGES)."""
    empty = [index for index, text in enumerate(texts) if not text]
    if not empty:
        return ScanReading(texts)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise Unreadable("the scanned pages could not be rendered for OCR (the PDF is damaged)") from exc
    try:
        scanned = _pages_with_ink(document, empty)
        numbers = tuple(index + 1 for index in scanned)
        if not scanned:
            return ScanReading(texts)
        try:
            ocr.require()
        except ocr.OcrUnavailable as exc:
            return ScanReading(texts, scanned=numbers, unavailable=str(exc))
        filled = list(texts)
        read = ocr.recognise_pages([partial(_render, document, index, OCR_DPI) for index in scanned])
        for index, text in zip(scanned, read, strict=True):
            filled[index] = text
        return ScanReading(filled, scanned=numbers, ocr_pages=tuple(i + 1 for i in scanned if filled[i]))
    finally:
        document.close()


def _pages_with_ink(document: pdfium.PdfDocument, candidates: list[int]) -> list[int]:
    """Of the pages without a text layer, those showing anything; refuses a file with more of
    them than OCR may read, before any is read."""
    found: list[int] = []
    for index in candidates:
        image, _ = _render(document, index, _CHECK_DPI)
        darkest, _lightest = image.getextrema()
        if isinstance(darkest, int | float) and darkest < _INK:
            found.append(index)
        if len(found) > MAX_OCR_PAGES:
            raise Unreadable(
                f"PDF has {len(candidates):,} pages without a text layer; OCR reads at most "
                f"{MAX_OCR_PAGES} scanned pages per file"
            )
    return found


def _render(document: pdfium.PdfDocument, index: int, dpi: int) -> tuple[Image.Image, int | None]:
    """The page in 8-bit grey at `dpi`, or at the lower resolution that keeps it within
    MAX_OCR_PIXELS (a poster-sized page); returns the image and the resolution used."""
    page = document[index]
    width, height = page.get_size()  # in points
    area = max(width * height, 1.0) / _POINTS_PER_INCH**2  # square inches
    dpi = min(dpi, int(math.sqrt(MAX_OCR_PIXELS / area)))
    try:
        bitmap = page.render(scale=dpi / _POINTS_PER_INCH, grayscale=True)
        return bitmap.to_pil(), dpi
    except pdfium.PdfiumError as exc:
        raise Unreadable("a scanned page could not be rendered for OCR") from exc
    finally:
        page.close()
