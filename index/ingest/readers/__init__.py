"""The format readers behind one entry point: `read_file(path)` → ReadResult.

Every failure, whatever library it comes from, leaves here as ImportFailed with a one-line reason
a person can act on; no parser exception reaches the importer or the desktop app. A file that
needs OCR while Tesseract is not installed leaves as NeedsOcr, so the import can say so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ...errors import ImportFailed, NeedsOcr, UnsupportedFormat
from ...formats import DOCUMENT_SUFFIXES, IMAGE_SUFFIXES, SUPPORTED_SUFFIXES
from ...models import ReadResult
from .docx import read_docx
from .email import read_email
from .html import read_html
from .image import read_image
from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARS, Unreadable
from .ocr import OcrUnavailable
from .pdf import read_pdf
from .text import read_text

__all__ = ["read_file"]

log = logging.getLogger(__name__)

_READERS: dict[str, Callable[[bytes], ReadResult]] = {
    ".txt": lambda data: read_text(data, ".txt"),
    ".md": lambda data: read_text(data, ".md"),
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".eml": lambda data: read_email(data, DOCUMENT_SUFFIXES),
    **dict.fromkeys(IMAGE_SUFFIXES, read_image),
}
assert set(_READERS) == SUPPORTED_SUFFIXES, "every format of index/formats.py has its reader"
# What the user sees when a library fails in a way we did not foresee.
_DAMAGED: dict[str, str] = {
    ".pdf": "not a valid PDF (the file is damaged or truncated)",
    ".docx": "not a valid DOCX (the document is damaged)",
    ".eml": "not a valid e-mail message",
    ".html": "the HTML page could not be read",
    ".htm": "the HTML page could not be read",
    **dict.fromkeys(IMAGE_SUFFIXES, "the image could not be read (the file is damaged or truncated)"),
}
_MB = 1024 * 1024


def _load(path: Path, data: bytes | None) -> bytes:
    too_big = f"file is larger than the {MAX_FILE_BYTES // _MB} MB limit"
    if data is None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ImportFailed(path, too_big)  # checked before reading it into memory
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFailed(path, f"cannot read the file ({exc.strerror or exc})") from exc
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(path, too_big)
    if not data.strip():
        raise ImportFailed(path, "empty file")
    return data


def read_file(path: Path, data: bytes | None = None) -> ReadResult:
    """Read one file (its bytes may be given when the caller already holds them).

    Raises UnsupportedFormat for a suffix we do not read, ImportFailed for anything unreadable.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        kind = f"{suffix} files" if suffix else "files without a suffix"
        raise UnsupportedFormat(path, f"{kind} are not supported")
    data = _load(path, data)
    try:
        result = reader(data)
    except OcrUnavailable as exc:
        raise NeedsOcr(path, str(exc)) from exc
    except Unreadable as exc:
        raise ImportFailed(path, str(exc)) from exc
    except RecursionError as exc:  # deeply nested PDF objects or markup
        raise ImportFailed(path, "the file is nested too deeply to read") from exc
    except Exception as exc:
        log.warning("reading %s failed", path, exc_info=True)
        raise ImportFailed(path, _DAMAGED.get(suffix, "the file could not be read")) from exc
    if len(result.text) > MAX_TEXT_CHARS:
        raise ImportFailed(path, f"text is longer than the {MAX_TEXT_CHARS:,}-character limit")
    return result
