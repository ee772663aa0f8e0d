"""The pieces of the reader that show a document: its metadata header and a text view that
never renders HTML, follows links or loads resources (documents come from the outside world)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import (
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextFormat,
    QTextLength,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..index import dates
from ..index.models import Document, page_ranges


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReaderView", text)


def date_text(doc: Document) -> str:
    """The document's date ("September 2013" for a month), or "undated"; beside an undated one,
    the day its file was last modified, said to be that, since it is only when the file was last
    saved or copied, not when the statement was made."""
    if doc.date_source == "user":
        return _tr("{0} (corrected)").format(dates.display(doc.date))
    if doc.date_source == "metadata-file":
        return _tr("{0} (from the metadata file)").format(dates.display(doc.date))
    if doc.date is None:
        if doc.file_modified:
            return _tr("undated (file modified {0})").format(doc.file_modified)
        return _tr("undated")
    return dates.display(doc.date)


def ocr_note(doc: Document) -> str | None:
    """Said of a text read by OCR (a scan, a photo): its words may not be the page's."""
    if not doc.ocr_pages:
        return None
    return _tr("Text read by OCR ({0}): may contain recognition errors").format(page_ranges(doc.ocr_pages))


def header_html(doc: Document, palette: QPalette) -> str:
    """Title, "issuer · date · place", then format, length, pages and the source file's name,
    and a word of warning when the text was read by OCR."""
    e = html.escape
    byline = " · ".join(e(p) for p in (doc.issuer, date_text(doc), doc.place) if p)
    facts = [doc.format.upper(), _tr("{0} words").format(doc.word_count)]
    if doc.page_count:
        facts.append(_tr("{0} pages").format(doc.page_count))
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    source = e(doc.source_path.replace("\\", "/").rsplit("/", 1)[-1])
    note = ocr_note(doc)
    return (
        f"<div style='font-size:large; font-weight:600'>{e(doc.title)}</div>"
        f"<div>{byline}</div>"
        f"<div style='color:{muted}'>{e(' · '.join(facts))} · "
        f"<span title='{e(doc.source_path)}'>{source}</span></div>"
        + (f"<div style='font-style:italic'>{e(note)}</div>" if note else "")
    )


class PlainTextView(QTextBrowser):
    """A QTextBrowser that never follows links nor loads any resource (no network, no files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.document().setDocumentMargin(18)

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002 - Qt's signature
        return None


def _blank(block: QTextBlock) -> bool:
    return block.isValid() and not block.text().strip()  # str.strip() takes form feeds too


def _page_break_runs(view: QTextBrowser) -> list[tuple[QTextBlock, QTextBlock, QTextBlock]]:
    """(first, break, last) of each run of blank lines holding a form feed."""
    runs = []
    block = view.document().begin()
    while block.isValid():
        if "\f" in block.text() and _blank(block):
            first, last = block, block
            while _blank(first.previous()):
                first = first.previous()
            while _blank(last.next()):
                last = last.next()
            runs.append((first, block, last))
            block = last
        block = block.next()
    return runs


def mark_page_breaks(view: QTextBrowser) -> None:
    """Show a page break of a text file (a form feed on a line of its own, as text taken from PDFs
    carries) as a thin rule instead of the blank lines around it: in UN records a break often cuts
    a sentence, and a gap of several empty lines reads as the end of the speech. Only formats
    change; the text and its offsets stay exactly the file's."""
    for first, page_break, last in _page_break_runs(view):
        block = first
        while True:
            cursor = QTextCursor(block)
            fmt = QTextBlockFormat()
            fmt.setBottomMargin(0)
            if block == page_break:
                fmt.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
                fmt.setTopMargin(4)
                fmt.setBottomMargin(8)
                fmt.setProperty(
                    QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                    QTextLength(QTextLength.Type.PercentageLength, 100),
                )
            else:
                fmt.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            cursor.mergeBlockFormat(fmt)
            if block == last:
                break
            block = block.next()
