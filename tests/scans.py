"""Scanned pages made here: real statements typeset onto an image, as a scanner or a phone
delivers them (pixels only, no text layer), and wrapped as image-only PDFs, TIFFs, PNGs, JPEGs.

The text comes from a UN General Debate speech of the shared corpus (CC0), so OCR is tried on
real prose, not on words chosen to be easy.
"""

from __future__ import annotations

import io
import os
import shutil
import textwrap
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter

DPI = 200  # a common scanner setting; an A4 page is then 1654 × 2339 pixels
A4 = (1654, 2339)
SPEECH = "JOR_68_2013.txt"  # Jordan, General Debate 2013
# Words the tests search for: each in one paragraph of the speech only, and in no other test file.
PAGE_ONE_WORD = "blueprint"  # in paragraph 2
PAGE_TWO_WORD = "interfaith"  # in paragraph 4


def speech_paragraphs(corpus: Path) -> list[str]:
    """The speech's paragraphs, each on one line (the file breaks lines inside them)."""
    text = (corpus / "un-speeches" / SPEECH).read_text(encoding="utf-8")
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def scanned_page(paragraphs: list[str], size: tuple[int, int] = A4, font_size: int = 34) -> Image.Image:
    """Black type on white paper, about 12 pt at DPI, with margins: a clean scan of a page."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=font_size)
    margin = size[0] // 10
    columns = int((size[0] - 2 * margin) / (font_size * 0.5))
    y = margin
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, columns):
            draw.text((margin, y), line, font=font, fill=0)
            y += int(font_size * 1.4)
        y += font_size
    return page


def scanned_pdf(pages: list[Image.Image]) -> bytes:
    """An image-only PDF, one scanned image per page, as scanner software writes it."""
    out = io.BytesIO()
    pages[0].save(out, format="PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return out.getvalue()


def image_file(page: Image.Image, format: str, **options: object) -> bytes:  # noqa: A002
    out = io.BytesIO()
    page.save(out, format=format, **options)
    return out.getvalue()


def joined_pdf(*pdfs: bytes) -> bytes:
    """The pages of several PDFs in one file (a text page followed by a scanned one, say)."""
    writer = PdfWriter()
    for data in pdfs:
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def require_tesseract() -> None:
    """Skip a test that needs Tesseract where it is missing, with how to get it; on CI, fail."""
    from advocacy_archive.index.ingest.readers.ocr import tesseract_command

    if tesseract_command() is not None:
        return
    reason = "Tesseract OCR is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: .ci/run installs it, so CI must have it")
    pytest.skip(reason)


def path_without_tesseract(tmp_path: Path) -> str:
    """A PATH as on this machine without Tesseract: only the package managers the install hint
    looks for."""
    bin_dir = tmp_path / "bin-without-tesseract"
    bin_dir.mkdir(exist_ok=True)
    for tool in ("apt-get", "dnf", "brew"):
        found = shutil.which(tool)
        if found and not (bin_dir / tool).exists():
            (bin_dir / tool).symlink_to(found)
    return str(bin_dir)


def hide_tesseract(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This process as on a machine without Tesseract. Imports must then read in this process
    (jobs=1): worker processes keep the environment their fork server started with."""
    monkeypatch.setenv("PATH", path_without_tesseract(tmp_path))
    monkeypatch.delenv("ADVOCACY_TESSERACT", raising=False)
