"""The file formats an archive imports: one table, read by the format registry
(`ingest/readers/`), the importer's folder walk and the window's file dialog alike.

It names formats only and imports no reader, so the window can build its file dialog without
loading the parsers (about a second of imports).
"""

from __future__ import annotations

import shutil
import sys

# suffix → what a person calls it, in the order a file dialog lists them
FORMATS: dict[str, str] = {
    ".txt": "plain text",
    ".md": "Markdown",
    ".html": "web page",
    ".htm": "web page",
    ".pdf": "PDF",
    ".docx": "Word document",
    ".eml": "e-mail message",
    # images, read by OCR (ingest/readers/ocr.py)
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(FORMATS)
IMAGE_SUFFIXES: frozenset[str] = frozenset(s for s, kind in FORMATS.items() if kind == "image")
# Formats taken from e-mail attachments too: attached images are mostly logos and signatures.
DOCUMENT_SUFFIXES: frozenset[str] = SUPPORTED_SUFFIXES - IMAGE_SUFFIXES


def patterns() -> list[str]:
    """Glob patterns for a file dialog: `*.txt`, `*.md`, …"""
    return [f"*{suffix}" for suffix in FORMATS]


# Scanned pages and images are read by Tesseract (ingest/readers/ocr.py), found on PATH or here.
TESSERACT_ENV = "ADVOCACY_TESSERACT"  # the program's path, when it is not on PATH


def ocr_installed() -> bool:
    """Whether Tesseract is there to read scans and images (for a setting to offer OCR)."""
    from .ingest.readers.ocr import installed  # here: the readers import this module

    return installed()


def install_hint() -> str:
    """How to install Tesseract on this platform, in one sentence (README: every platform)."""
    if sys.platform == "darwin":
        how = "with Homebrew: brew install tesseract"
    elif sys.platform == "win32":
        how = (
            "on Windows with the installer from UB Mannheim (github.com/UB-Mannheim/tesseract/wiki), "
            f"then add its folder to PATH or set {TESSERACT_ENV} to its tesseract.exe"
        )
    elif shutil.which("apt-get"):
        how = "on Debian or Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-eng"
    elif shutil.which("dnf"):
        how = "on Fedora: sudo dnf install tesseract tesseract-langpack-eng"
    else:
        how = "with your system's package manager (the package is called tesseract or tesseract-ocr)"
    return f"To install it {how} (the README lists every platform)"
