"""The Archive menu's long work: rebuild the search index, extract actors and demands again,
back the archive up to one file, restore a backup into a new folder. Each runs in the
background with a progress dialog and Cancel (app/long_task.py); what it changed is announced
so the window can show it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ..index.archive import Archive
from .long_task import LongTask

BACKUP_FILTER = "Archive backups (*.aab);;All files (*)"


class ArchiveTasks(QObject):
    message = Signal(str)  # a line for the status bar
    changed = Signal()  # the archive's documents were indexed or extracted again: show them anew
    restored = Signal(object)  # Path: a backup was restored there (the window may open it)

    def __init__(self, archive_of: Callable[[], Archive], parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.archive_of = archive_of
        self.parent_widget = parent_widget
        self.reindexing = self._task(self.tr("Rebuilding the search index"), self._reindexed)
        self.reextracting = self._task(self.tr("Extracting actors and demands again"), self._reextracted)
        self.backing_up = self._task(self.tr("Backing up the archive"), self._backed_up)
        self.restoring = self._task(self.tr("Restoring a backup"), self._restored)
        self._backup: Path | None = None
        self._restore_to: Path | None = None

    def _task(self, title: str, done: Callable[[object], None]) -> LongTask:
        task = LongTask(self.parent_widget, title)
        task.finished.connect(done)
        task.failed.connect(lambda message: self._failed(task, message))
        return task

    def _failed(self, task: LongTask, message: str) -> None:
        if task.was_cancelled:  # not an error: say so in the status bar (errors get a box)
            self.message.emit(message)

    # -- index and extraction --------------------------------------------------------------
    def reindex(self) -> LongTask:
        self.reindexing.start(self.archive_of().reindex, writer=True)
        return self.reindexing

    def _reindexed(self, count: object) -> None:
        if self.reindexing.was_cancelled:
            self.message.emit(
                self.tr("Reindex cancelled: the index is completed the next time the archive opens.")
            )
        else:
            self.message.emit(self.tr("Rebuilt the search index of {0} documents").format(count))
        self.changed.emit()

    def reextract(self) -> LongTask:
        self.reextracting.start(self.archive_of().reextract, writer=True)
        return self.reextracting

    def _reextracted(self, count: object) -> None:
        what = (
            self.tr("cancelled after {0} documents")
            if self.reextracting.was_cancelled
            else self.tr("{0} documents")
        )
        self.message.emit(self.tr("Extracted actors and demands again: {0}").format(what.format(count)))
        self.changed.emit()

    # -- backups ---------------------------------------------------------------------------
    def ask_and_back_up(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Back up the archive"),
            f"archive-{dt.date.today().isoformat()}.aab",
            self.tr(BACKUP_FILTER),
        )
        if name:  # the dialog has asked before replacing a file
            self.back_up(Path(name), overwrite=True)

    def back_up(self, path: Path, *, overwrite: bool = False) -> LongTask:
        self._backup = path
        self.backing_up.start(partial(self.archive_of().export_archive, path, overwrite=overwrite))
        return self.backing_up

    def _backed_up(self, _result: object) -> None:
        self.message.emit(self.tr("Backed up the archive to {0}").format(self._backup))

    def ask_and_restore(self) -> None:
        bundle, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Restore a backup"), "", self.tr(BACKUP_FILTER)
        )
        if not bundle:
            return
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Restore into a new, empty folder")
        )
        if folder:
            self.restore(Path(bundle), Path(folder))

    def restore(self, bundle: Path, folder: Path) -> LongTask:
        self._restore_to = folder
        self.restoring.start(partial(Archive.restore_archive, bundle, folder))
        return self.restoring

    def _restored(self, _result: object) -> None:
        self.message.emit(self.tr("Restored the backup into {0}").format(self._restore_to))
        self.restored.emit(self._restore_to)
