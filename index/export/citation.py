"""Citations: the one way a document, or a passage of it, is cited (the reader's "Copy
citation", briefings, CSV exports, the CLI).

A citation names the title, issuer, date, the page of a PDF holding the passage, and the
address the statement was published at (when known) or the original file's name, so a colleague
can find the statement again without the archive.
"""

from __future__ import annotations

from pathlib import PurePath

from .. import dates
from ..models import Document

MAX_QUOTE_CHARS = 2000  # a quotation, not the whole document


def _file_name(source_path: str) -> str:
    # Windows paths as well as POSIX ones: an archive may be restored on another system.
    return PurePath(source_path.replace("\\", "/")).name


def pages_of(doc: Document, start: int, end: int | None = None) -> str | None:
    """ "p. 3" or "pp. 3–4" for a passage of a paged document; None for other formats."""
    first = doc.page_at(start)
    if first is None:
        return None
    last = doc.page_at(max(start, (end or start) - 1))
    return f"p. {first}" if last in (None, first) else f"pp. {first}–{last}"


def citation(doc: Document, start: int | None = None, end: int | None = None) -> str:
    """“Title”, Issuer, 2016-12-13, p. 3 (file.pdf) — the page is the one holding `start`
    (the pages from `start` to `end` for a passage)."""
    parts = [f"“{doc.title}”"]
    if doc.issuer:
        parts.append(doc.issuer)
    parts.append(dates.display(doc.date))
    pages = pages_of(doc, start or 0, end)
    if pages is not None:
        parts.append(pages)
    return ", ".join(parts) + f" ({doc.url or _file_name(doc.source_path)})"


def quotation(doc: Document, start: int, end: int) -> str:
    """The passage `start:end` as a quotation on one line, followed by its citation."""
    start, end = max(0, start), min(len(doc.text), end)
    passage = " ".join(doc.text[start:end].split())
    if len(passage) > MAX_QUOTE_CHARS:
        passage = passage[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    if not passage:
        return citation(doc, start)
    return f"“{passage}” — {citation(doc, start, end)}"
