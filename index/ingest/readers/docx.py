"""DOCX reader: paragraphs and tables in document order (python-docx), title and date from the
core properties, after checking the zip container is not built to exhaust memory.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from ...models import ReadResult
from ..metadata import looks_like_organisation
from .limits import (
    DOCX_XML_PREFIX_BYTES,
    MAX_DOCX_COMPRESSION_RATIO,
    MAX_DOCX_UNCOMPRESSED_BYTES,
    MIN_RATIO_CHECK_BYTES,
    Unreadable,
)

_DECLARATION = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(r"<[A-Za-z_]")  # the first element: no declaration can follow it


def check_container(data: bytes) -> None:
    """Refuse zip bombs and XML entity tricks before any XML parser sees the file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise Unreadable("not a valid DOCX (zip archive is corrupt)") from exc
    with archive:
        members = archive.infolist()
        # zipfile never returns more than a member's declared size, so the declared sizes bound
        # what python-docx can decompress.
        if sum(m.file_size for m in members) > MAX_DOCX_UNCOMPRESSED_BYTES:
            raise Unreadable("DOCX expands to more than 200 MB")
        for member in members:
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > MIN_RATIO_CHECK_BYTES and ratio > MAX_DOCX_COMPRESSION_RATIO:
                raise Unreadable(f"DOCX looks like a zip bomb (a part expands {ratio:,.0f}×)")
        for member in members:
            _check_xml_head(archive, member)


def _check_xml_head(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    try:
        with archive.open(member) as stream:
            head = stream.read(DOCX_XML_PREFIX_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: a member encrypted with a zip password.
        raise Unreadable("not a valid DOCX (zip archive is corrupt)") from exc
    text = _as_text(head)
    if not text.lstrip().startswith("<"):
        return  # images and other binary parts: nothing an XML parser will read
    root = _ROOT_START.search(text)
    prolog = text[: root.start()] if root else text
    if _DECLARATION.search(prolog):
        raise Unreadable("XML entity declarations are not allowed in DOCX")
    if root is None and len(head) == DOCX_XML_PREFIX_BYTES:
        # A prolog this long is padding meant to push a declaration past our check.
        raise Unreadable("not a valid DOCX (an XML part has an oversized header)")


def _as_text(head: bytes) -> str:
    # XML may be UTF-16; a declaration spelled in UTF-16 must not slip past a byte search.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        encoding = "utf-16-be" if head.startswith(b"\xfe\xff") or head[:1] == b"\x00" else "utf-16-le"
        return head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return head.decode("latin-1")


def _blocks(document: DocxDocument) -> Iterator[str]:
    """Paragraphs and tables in reading order; a table is one block, one line per row."""
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
        elif isinstance(block, Table):
            text = "\n".join(_table_lines(block))
        else:
            continue
        if text:
            yield text


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            # A merged cell is returned once per grid column it spans; show it once.
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            yield "\t".join(cells)


def _properties(document: DocxDocument) -> tuple[str | None, str | None, str | None]:
    props = document.core_properties
    title = (props.title or "").strip() or None
    author = (props.author or "").strip() or None
    when = props.created or props.modified
    return title, author, when.date().isoformat() if when else None


def read_docx(data: bytes) -> ReadResult:
    """Read a DOCX file's bytes. Raises Unreadable (corrupt, hostile, or no text)."""
    check_container(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError) as exc:
        raise Unreadable("not a valid DOCX (no Word document inside the zip)") from exc
    # A blank line between paragraphs, as in the plain-text statements.
    text = "\n\n".join(_blocks(document))
    if not text:
        raise Unreadable("the document contains no text")
    title, author, date = _properties(document)
    return ReadResult(
        text=text,
        format="docx",
        title=title,
        date=date,
        date_source="docx-metadata" if date else None,
        issuer_hint=author if author and looks_like_organisation(author) else None,
        author=author,
    )
