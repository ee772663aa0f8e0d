"""Image reader (.png, .jpg/.jpeg, .tif/.tiff): a photographed or scanned page, read by OCR.

Each frame of a TIFF is a page (fax and scanner software write multi-page TIFFs); PNG and JPEG
are one page. The image's size is checked from its header before any pixel is decoded, so a
decompression bomb (a small file declaring a gigapixel canvas) is refused with its size; a large
but sane photograph is reduced to what Tesseract needs.
"""

from __future__ import annotations

import io
import math
import warnings
from functools import partial

from PIL import Image, ImageOps, UnidentifiedImageError

from ...models import ReadResult
from . import ocr
from .limits import MAX_IMAGE_PIXELS, MAX_OCR_PAGES, MAX_OCR_PIXELS, Unreadable
from .pdf import join_pages

_FORMATS = ("PNG", "JPEG", "TIFF")  # whatever the suffix says: a .jpg may well be a PNG
_LIMIT = f"{MAX_IMAGE_PIXELS // 1_000_000}-megapixel"


def read_image(data: bytes) -> ReadResult:
    """Read an image's bytes by OCR. Raises Unreadable (not an image, too large, no text found)
    and OcrUnavailable (a valid image, and no Tesseract to read it)."""
    image = _open(data)
    pages = _page_count(image)
    try:
        ocr.require()
    except ocr.OcrUnavailable as exc:
        raise ocr.OcrUnavailable(f"image (needs OCR): {exc}") from exc
    texts = ocr.recognise_pages([partial(_frame, image, index) for index in range(pages)])
    if not any(texts):
        raise Unreadable("OCR found no text in this image")
    text, starts = join_pages(texts)
    return ReadResult(
        text=text,
        format=(image.format or "image").lower(),
        page_starts=starts,
        ocr_pages=tuple(number for number, page in enumerate(texts, start=1) if page),
    )


def _open(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89 M pixels; we refuse from MAX_IMAGE_PIXELS, below, with the size.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=_FORMATS)
    except Image.DecompressionBombError as exc:
        # Pillow refuses above 179 M pixels before we can read the size ourselves.
        raise Unreadable(f"image is larger than the {_LIMIT} limit (a decompression bomb?)") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise Unreadable("not a valid PNG, JPEG or TIFF image") from exc
    _check_size(image)
    return image


def _page_count(image: Image.Image) -> int:
    if image.format != "TIFF":
        return 1  # an animated PNG's frames are an animation, not pages
    pages = int(getattr(image, "n_frames", 1))
    if pages > MAX_OCR_PAGES:
        raise Unreadable(f"TIFF has {pages:,} pages; OCR reads at most {MAX_OCR_PAGES} pages per file")
    return pages


def _check_size(image: Image.Image) -> None:
    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS:
        raise Unreadable(
            f"image is {width:,} × {height:,} pixels, more than the {_LIMIT} limit (a decompression bomb?)"
        )


def _frame(image: Image.Image, index: int) -> tuple[Image.Image, None]:
    image.seek(index)
    return _fit(image), None  # the resolution: Tesseract estimates it from the type


def _fit(image: Image.Image) -> Image.Image:
    """The current frame in grey, upright (a phone's EXIF orientation), within MAX_OCR_PIXELS."""
    _check_size(image)  # each TIFF frame declares its own size
    width, height = image.size
    factor = math.ceil(math.sqrt(width * height / MAX_OCR_PIXELS))
    if factor > 1 and image.format == "JPEG":
        # JPEG decodes at 1/2, 1/4 or 1/8 scale directly: the full canvas is never in memory.
        image.draft("L", (width // factor, height // factor))
    frame = ocr.greyscale(ImageOps.exif_transpose(image))
    factor = math.ceil(math.sqrt(frame.width * frame.height / MAX_OCR_PIXELS))
    return frame.reduce(factor) if factor > 1 else frame
