"""Sending results on: the shown search's results (all, or the selected ones) to CSV or to a
briefing in HTML or Word, and the open document to a PDF or a printer with its highlights,
actors and demands.

Results are written by the archive (`Archive.export_results`) in the background with progress
and Cancel; the document's page is laid out by Qt on the GUI thread (app/document_print.py).
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ..index.models import Hit
from .document_print import document_html, print_to, write_pdf
from .long_task import LongTask
from .workers import run_in_background

if TYPE_CHECKING:
    from .workspace import Workspace

log = logging.getLogger(__name__)

RESULT_FILTERS = "CSV table (*.csv);;HTML briefing (*.html);;Word briefing (*.docx)"


class Exporter(QObject):
    """The window's exports; `done` carries a line for the status bar."""

    done = Signal(str)

    def __init__(self, workspace: Workspace, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.workspace = workspace
        self.parent_widget = parent_widget
        self.task = LongTask(parent_widget, self.tr("Exporting results"))
        self.task.finished.connect(self._exported)
        self._target: Path | None = None
        self.printer: QPrinter | None = None

    # -- results ---------------------------------------------------------------------------
    def ask_and_export(self, *, selected: bool) -> None:
        hits = self.workspace.results.selected_hits() if selected else None
        if selected and not hits:
            self.done.emit(self.tr("Select results first (Ctrl+click, Shift+click)."))
            return
        name, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export results"), self._default_name(), self.tr(RESULT_FILTERS)
        )
        if name:
            self.export_to(_with_suffix(Path(name), chosen), hits=hits)

    def _default_name(self) -> str:
        query = "".join(ch if ch.isalnum() else "-" for ch in self.workspace.controller.query).strip("-")
        return f"briefing-{query[:40] or 'all'}.docx"

    def export_to(self, path: Path, *, hits: list[Hit] | None = None) -> LongTask:
        """Write the shown search's results (or `hits`) to `path`, in the background."""
        c = self.workspace.controller
        self._target = path
        work = partial(
            self.workspace.archive.export_results,
            path,
            query=c.query,
            filters=c.filters(),
            sort=c.sort,
            hits=hits,
        )
        self.task.start(work)
        return self.task

    def _exported(self, count: int) -> None:
        if count:
            self.done.emit(self.tr("Exported {0} results to {1}").format(count, self._target))
        else:
            self.done.emit(self.tr("Export cancelled; nothing was written."))

    # -- the open document -----------------------------------------------------------------
    def ask_and_write_pdf(self) -> None:
        parts = self.workspace.open_parts
        if parts is None:
            self.done.emit(self.tr("Open a document first."))
            return
        stem = "".join(ch if ch.isalnum() else "-" for ch in parts[0].title[:50]).strip("-") or "document"
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export document as PDF"), f"{stem}.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.write_pdf(_with_suffix(Path(name), "(*.pdf)"))

    def write_pdf(self, path: Path) -> None:
        """The open document as a PDF; `done` says when it is written."""
        self._with_page(lambda page, title: self._pdf_written(page, title, path))

    def _pdf_written(self, page: str, title: str, path: Path) -> None:
        try:
            write_pdf(page, title, path)
        except OSError as exc:  # QPdfWriter itself reports nothing; the file check below does
            self.done.emit(self.tr("Could not write {0}: {1}").format(path, exc))
            return
        if path.is_file() and path.stat().st_size:
            self.done.emit(self.tr("Wrote {0}").format(path))
        else:
            self.done.emit(self.tr("Could not write {0}").format(path))

    def ask_and_print(self) -> QPrintDialog | None:
        if self.workspace.open_parts is None:
            self.done.emit(self.tr("Open a document first."))
            return None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self.printer, self.parent_widget)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._print_chosen)
        # shown, not exec()'d: window-modal without a nested event loop
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _print_chosen(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.print_on(self.printer)

    def print_on(self, printer: QPrinter | None) -> None:
        if printer is not None:
            self._with_page(lambda page, title: self._printed(page, title, printer))

    def _printed(self, page: str, title: str, printer: QPrinter) -> None:
        print_to(page, title, printer)
        self.done.emit(self.tr("Sent “{0}” to the printer").format(title))

    def _with_page(self, then: object) -> None:
        """Ask the archive for the document's citation (background), then lay out its page."""
        parts = self.workspace.open_parts
        if parts is None:
            return
        doc, actors, demands = parts
        hits = self.workspace.reader.hits()

        def cited(citation: str) -> None:
            page = document_html(doc, citation, hits, actors, demands)
            then(page, doc.title)  # type: ignore[operator]

        run_in_background(
            self.workspace.archive.citation,
            doc.id,
            hits[0][0] if hits else None,
            on_success=cited,
            on_failure=self.done.emit,
            parent=self,
        )


def _with_suffix(path: Path, chosen_filter: str) -> Path:
    """The name as typed, or with the suffix of the chosen file type when it has none."""
    if path.suffix:
        return path
    for suffix in (".csv", ".html", ".docx", ".pdf"):
        if f"*{suffix}" in chosen_filter:
            return path.with_suffix(suffix)
    return path
