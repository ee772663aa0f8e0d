"""A document on paper or in a PDF: its header and citation, its text with the search hits and
the demand sentences highlighted, then its actors and its demands. Qt lays the pages out
(QTextDocument) and writes the PDF (QPdfWriter) or drives the printer (QPrinter).

Every piece of the document is escaped into the page: a statement is text, never markup.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..index.models import Actor, Demand, Document
from .document_view import date_text
from .models.actors import type_label

Span = tuple[int, int]
HIT, DEMAND = "#fde68a", "#dbeafe"  # print colours: readable in black and white too


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentPrint", text)


def marked_text(text: str, hits: Sequence[Span], demands: Sequence[Span]) -> str:
    """The text escaped, hits in bold on yellow, demand sentences on pale blue."""
    cuts = {0, len(text)}
    for start, end in (*hits, *demands):
        cuts.update((max(0, start), min(len(text), end)))
    points = sorted(cuts)
    pieces = []
    for start, end in zip(points, points[1:], strict=False):
        piece = html.escape(text[start:end])
        in_hit = any(s <= start and end <= e for s, e in hits)
        in_demand = any(s <= start and end <= e for s, e in demands)
        if in_hit:
            piece = f"<span style='background:{HIT}; font-weight:bold'>{piece}</span>"
        elif in_demand:
            piece = f"<span style='background:{DEMAND}'>{piece}</span>"
        pieces.append(piece)
    return "".join(pieces)


def document_html(
    doc: Document, citation: str, hits: Sequence[Span], actors: Sequence[Actor], demands: Sequence[Demand]
) -> str:
    e = html.escape
    byline = " · ".join(e(p) for p in (doc.issuer, date_text(doc), doc.place) if p)
    body = marked_text(doc.text, hits, [(d.start, d.end) for d in demands])
    parts = [
        f"<h1 style='font-size:16pt'>{e(doc.title)}</h1>",
        f"<p>{byline}</p>",
        f"<p style='color:#555'>{e(citation)}</p>",
        f"<p style='color:#555'>{e(_legend(hits, demands))}</p>",
        f"<div style='white-space:pre-wrap; font-size:10.5pt'>{body}</div>",
    ]
    if actors:
        parts.append(f"<h2 style='font-size:13pt'>{e(_tr('Actors'))}</h2>")
        by_type: dict[str, list[Actor]] = defaultdict(list)
        for actor in actors:
            by_type[actor.type].append(actor)
        for kind, named in sorted(by_type.items()):
            listed = ", ".join(
                f"{e(a.name)} ({len(a.mentions)})" for a in sorted(named, key=lambda a: a.name)
            )
            parts.append(f"<p><b>{e(type_label(kind))}:</b> {listed}</p>")
    if demands:
        parts.append(f"<h2 style='font-size:13pt'>{e(_tr('Demands'))}</h2><ol>")
        for d in demands:
            who = e(d.by or "?")
            whom = e(", ".join(d.targets) or "—")
            parts.append(
                f"<li><b>{who} → {whom}:</b> {e(d.action)}<br><i>“{e(' '.join(d.sentence.split()))}”</i></li>"
            )
        parts.append("</ol>")
    return "<html><body style='font-family:serif'>" + "".join(parts) + "</body></html>"


def _legend(hits: Sequence[Span], demands: Sequence[Demand]) -> str:
    notes = []
    if hits:
        notes.append(_tr("{0} search hits in bold on yellow").format(len(hits)))
    if demands:
        notes.append(_tr("{0} demand sentences on blue").format(len(demands)))
    return "; ".join(notes)


def text_document(page_html: str, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setHtml(page_html)
    return document


def _a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18)
        )
    )


def write_pdf(page_html: str, title: str, path: Path) -> None:
    """Lay the page out on A4 and write it as a PDF file."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Advocacy Archive")
    _a4(writer)
    text_document(page_html, title).print_(writer)
    del writer  # the file is complete once the writer is gone


def print_to(page_html: str, title: str, printer: QPagedPaintDevice) -> None:
    """Print the page on `printer` (a QPrinter the print dialog set up)."""
    text_document(page_html, title).print_(printer)
