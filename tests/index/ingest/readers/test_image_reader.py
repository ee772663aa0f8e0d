"""Images (.png, .jpg/.jpeg, .tif/.tiff): read by OCR, a TIFF page by page; decompression bombs
refused from their header; without Tesseract or its language data, a reason that says so."""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from advocacy_archive.index.errors import ImportFailed, NeedsOcr
from advocacy_archive.index.ingest.readers import read_file
from advocacy_archive.index.ingest.readers.limits import MAX_OCR_PAGES
from tests.scans import PAGE_ONE_WORD, PAGE_TWO_WORD, image_file, scanned_page, speech_paragraphs


@pytest.fixture(scope="module")
def paragraphs(corpus: Path) -> list[str]:
    return speech_paragraphs(corpus)


@pytest.fixture(scope="module")
def half_page(paragraphs: list[str]) -> Image.Image:
    """The paragraph holding PAGE_ONE_WORD, on the top half of a page."""
    return scanned_page(paragraphs[1:2], size=(1654, 700))


@pytest.mark.parametrize(
    ("name", "format", "options"),
    [("photo.png", "PNG", {}), ("photo.jpg", "JPEG", {"quality": 80}), ("fax.tif", "TIFF", {})],
)
def test_image_is_read_by_ocr_as_one_page(
    tesseract: None, half_page: Image.Image, name: str, format: str, options: dict[str, object]
) -> None:
    result = read_file(Path(name), image_file(half_page, format, **options))
    assert result.format == format.lower()
    assert PAGE_ONE_WORD in result.text.lower()
    assert result.ocr_pages == (1,)
    assert result.page_starts == (0,)


def test_multi_page_tiff_is_read_page_by_page(tesseract: None, paragraphs: list[str]) -> None:
    pages = [scanned_page(paragraphs[1:2], size=(1654, 700)), scanned_page(paragraphs[3:4], size=(1654, 700))]
    data = image_file(pages[0], "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    result = read_file(Path("fax.tiff"), data)
    assert result.ocr_pages == (1, 2)
    second = result.page_starts[1]
    assert result.text.lower().index(PAGE_ONE_WORD) < second < result.text.lower().index(PAGE_TWO_WORD)


def test_transparent_png_is_read_as_type_on_white_paper(tesseract: None, half_page: Image.Image) -> None:
    # Black type whose background is transparent: taken as it stands, black on "black".
    ink = Image.new("RGBA", half_page.size, (0, 0, 0, 0))
    ink.putalpha(half_page.point(lambda v: 255 - v))
    result = read_file(Path("cut-out.png"), image_file(ink, "PNG"))
    assert PAGE_ONE_WORD in result.text.lower()


def test_photo_larger_than_ocr_needs_is_reduced_and_read(tesseract: None, paragraphs: list[str]) -> None:
    # 7,000 × 7,000 pixels (49 M) with type scaled to match: reduced to a quarter before OCR.
    page = scanned_page(paragraphs[1:2], size=(7000, 7000), font_size=130)
    started = time.monotonic()
    result = read_file(Path("big-photo.jpg"), image_file(page, "JPEG", quality=70))
    assert PAGE_ONE_WORD in result.text.lower()
    assert time.monotonic() - started < 30


def _png(width: int, height: int, rows: bool) -> bytes:
    """A grey PNG declaring width × height; with `rows`, really holding them (all white, so the
    file stays small: a decompression bomb), else only the header."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    pack = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * width
    body = b"".join(pack.compress(row) for _ in range(height)) if rows else b""
    body += pack.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_with_its_size_before_decoding() -> None:
    bomb = _png(10_000, 10_000, rows=True)  # 100 M pixels in about 100 KB
    assert len(bomb) < 1_000_000
    started = time.monotonic()
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("bomb.png"), bomb)
    assert caught.value.reason == (
        "image is 10,000 × 10,000 pixels, more than the 80-megapixel limit (a decompression bomb?)"
    )
    assert time.monotonic() - started < 2


def test_gigapixel_image_is_refused_from_its_header() -> None:
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("huge.png"), _png(40_000, 40_000, rows=False))
    assert caught.value.reason == "image is larger than the 80-megapixel limit (a decompression bomb?)"


def test_tiff_with_more_pages_than_ocr_reads_is_refused() -> None:
    page = Image.new("L", (64, 64), 255)
    data = image_file(page, "TIFF", save_all=True, append_images=[page] * MAX_OCR_PAGES)
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("box.tif"), data)
    assert (
        caught.value.reason
        == f"TIFF has {MAX_OCR_PAGES + 1} pages; OCR reads at most {MAX_OCR_PAGES} pages per file"
    )


def test_image_without_text_is_refused_with_that_reason(tesseract: None) -> None:
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("white.png"), image_file(Image.new("L", (800, 600), 255), "PNG"))
    assert caught.value.reason == "OCR found no text in this image"


def test_file_that_is_not_an_image_says_so() -> None:
    with pytest.raises(ImportFailed) as caught:
        read_file(Path("photo.jpg"), b"<html>not a picture</html>")
    assert caught.value.reason == "not a valid PNG, JPEG or TIFF image"


def test_without_tesseract_an_image_says_it_needs_ocr(no_tesseract: None, half_page: Image.Image) -> None:
    with pytest.raises(NeedsOcr) as caught:
        read_file(Path("photo.png"), image_file(half_page, "PNG"))
    assert caught.value.reason == "image (needs OCR): Tesseract OCR is not installed"


def test_language_without_installed_data_is_named(
    tesseract: None, monkeypatch: pytest.MonkeyPatch, half_page: Image.Image
) -> None:
    monkeypatch.setenv("ADVOCACY_OCR_LANGUAGES", "eng+zzz")
    with pytest.raises(NeedsOcr) as caught:
        read_file(Path("photo.png"), image_file(half_page, "PNG"))
    assert caught.value.reason == (
        "image (needs OCR): Tesseract has no language data for zzz (e.g. tesseract-ocr-zzz)"
    )
