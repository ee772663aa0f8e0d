"""The file formats an archive imports: one table, read by the format registry
(`ingest/readers/`), the importer's folder walk and the window's file dialog alike.

It names formats only and imports no reader, so the window can build its file dialog without
loading the parsers (about a second of imports).
"""

from __future__ import annotations

# suffix → what a person calls it, in the order a file dialog lists them
FORMATS: dict[str, str] = {
    ".txt": "plain text",
    ".md": "Markdown",
    ".html": "web page",
    ".htm": "web page",
    ".pdf": "PDF",
    ".docx": "Word document",
    ".eml": "e-mail message",
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(FORMATS)


def patterns() -> list[str]:
    """Glob patterns for a file dialog: `*.txt`, `*.md`, …"""
    return [f"*{suffix}" for suffix in FORMATS]
