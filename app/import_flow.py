"""Importing files into the archive from the desktop: choose or drop files, watch progress, read
the summary.

`ImportController.start(paths)` runs `Archive.import_paths` on the writer thread, shows a
cancellable progress dialog while the event loop keeps running, then the `ImportSummaryDialog`.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget

from ..index.formats import patterns
from ..index.models import ImportReport
from .long_task import progress_dialog
from .messages import show_error
from .workers import BackgroundTask, run_in_background

if TYPE_CHECKING:  # imported when an import finishes: a starting window does not need it
    from .import_summary import ImportSummaryDialog

__all__ = ["ImportController", "choose_files", "choose_folder", "drop_paths"]

log = logging.getLogger(__name__)

_MAX_LABEL = 70


def _tr(text: str) -> str:
    return QCoreApplication.translate("import_flow", text)


def name_filter() -> str:
    return _tr("Statements ({patterns});;All files (*)").format(patterns=" ".join(patterns()))


def choose_files(parent: QWidget | None) -> list[Path]:
    names, _selected = QFileDialog.getOpenFileNames(parent, _tr("Import files"), "", name_filter())
    return [Path(name) for name in names]


def choose_folder(parent: QWidget | None) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, _tr("Import a folder"))
    return Path(name) if name else None


def drop_paths(mime_data: QMimeData | None) -> list[Path]:
    """Local files and folders carried by a drag-and-drop; web links and the like are ignored."""
    if mime_data is None or not mime_data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime_data.urls() if url.isLocalFile() and url.toLocalFile()]


def _elide(message: str) -> str:
    # Long file names would widen the progress dialog on every update.
    if len(message) <= _MAX_LABEL:
        return message
    half = (_MAX_LABEL - 1) // 2
    return message[:half] + "…" + message[-half:]


class ImportController(QObject):
    """Runs one import at a time for a window. `finished` carries the ImportReport."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, archive: Any, parent_widget: QWidget | None, *, show_summary: bool = True) -> None:
        super().__init__(parent_widget)
        self.archive = archive
        self.parent_widget = parent_widget
        self.show_summary = show_summary
        self.ocr = True  # scans read by OCR (the window sets it from the user's settings)
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.summary_dialog: ImportSummaryDialog | None = None
        self._cancel_button: QPushButton | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, paths: list[Path]) -> BackgroundTask | None:
        """Start importing `paths` (files and folders); returns None if an import is running."""
        if self.task is not None:
            log.info("Import requested while another is running; ignored")
            return None
        if not paths:
            return None
        log.info("Importing %d path(s): %s", len(paths), ", ".join(map(str, paths[:5])))
        self.progress_dialog = self._make_progress_dialog()
        self.task = run_in_background(
            partial(self.archive.import_paths, ocr=self.ocr),
            list(paths),
            on_success=self._on_finished,
            on_failure=self._on_failed,
            on_progress=self._on_progress,
            parent=self,
            writer=True,
        )
        self.progress_dialog.show()
        return self.task

    def cancel(self) -> None:
        """Stop after the current document; what was imported so far stays in the archive."""
        if self.task is None:
            return
        self.task.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Cancelling after the current file…"))
        if self._cancel_button is not None:
            self._cancel_button.setEnabled(False)

    def _make_progress_dialog(self) -> QProgressDialog:
        dialog, self._cancel_button = progress_dialog(
            self.parent_widget,
            "importProgressDialog",
            self.tr("Importing"),
            self.tr("Looking for files…"),
            self.tr("Cancel the import"),
        )
        dialog.setAccessibleName(self.tr("Import progress"))
        dialog.setMinimumWidth(480)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _on_progress(self, done: int, total: int, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        if self.task is not None and self.task.cancelled:
            return  # keep saying "Cancelling…"
        # The core reports the path it just handled; the file name is what a person recognises.
        name = _elide(Path(message).name if "/" in message or "\\" in message else message)
        if total > 0:
            label = self.tr("Processed {done} of {total} files\n{name}").format(
                done=done, total=total, name=name
            )
        else:
            label = name
        dialog.setLabelText(label)

    def _close_progress(self) -> None:
        self.task = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
            self._cancel_button = None

    def _on_finished(self, report: ImportReport) -> None:
        self._close_progress()
        log.info(
            "Import done: %d imported, %d duplicates, %d failed, cancelled=%s",
            len(report.imported),
            len(report.duplicates),
            len(report.failed),
            report.cancelled,
        )
        if self.show_summary:
            from .import_summary import ImportSummaryDialog

            self.summary_dialog = ImportSummaryDialog(report, self.parent_widget)
            self.summary_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.summary_dialog.destroyed.connect(self._forget_summary)
            self.summary_dialog.open()
        self.finished.emit(report)

    def _forget_summary(self) -> None:
        self.summary_dialog = None

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        show_error(self.parent_widget, self.tr("Import failed"), message)
        self.failed.emit(message)
