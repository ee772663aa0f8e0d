"""Builders for real PDF, DOCX and e-mail files, written with the formats' own rules or libraries."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import docx


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(pages: list[str], info: dict[str, str] | None = None) -> bytes:
    """A minimal valid PDF, written by hand: one Helvetica text line per page (empty = no text)."""
    objects: list[str] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for pid, text in zip(page_ids, pages, strict=True):
        stream = f"BT /F1 12 Tf 72 720 Td {_pdf_string(text)} Tj ET" if text else ""
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {pid + 1} 0 R >>"
        )
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
    info_ref = ""
    if info:
        entries = " ".join(f"/{key} {_pdf_string(value)}" for key, value in info.items())
        objects.append(f"<< {entries} >>")
        info_ref = f" /Info {len(objects)} 0 R"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, title: str = "") -> bytes:
    """A DOCX written by python-docx, the way Word users' files arrive."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.core_properties.title = title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_member(data: bytes, name: str, write: Callable[[zipfile.ZipFile], None]) -> bytes:
    """The same zip without member `name`, then `write` adds what it likes (a new `name`)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item, source.read(item.filename))
        write(target)
    return out.getvalue()


def replace_member(data: bytes, name: str, content: bytes) -> bytes:
    """The same zip with one member's content replaced (or added)."""
    return with_member(data, name, lambda target: target.writestr(name, content))
