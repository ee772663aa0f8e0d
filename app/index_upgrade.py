"""An archive indexed by an earlier release is indexed again in the background when opened,
with its progress in the status bar; searches go on meanwhile, answered by the old index until
the new one takes its place (`Archive.upgrade_index`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from ..index.archive import Archive
from .workers import BackgroundTask, run_in_background


class IndexUpgrade(QObject):
    """Starts and reports the upgrade of one window's archive index."""

    finished = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._task: BackgroundTask | None = None
        self._archive: Archive | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done

    def start_if_due(self, archive: Archive) -> bool:
        """Start upgrading `archive`'s index if it is outdated and no upgrade runs."""
        if self.running or not archive.index_outdated:
            return False
        self._archive = archive
        self._task = run_in_background(
            archive.upgrade_index,
            on_success=lambda _count: self._done(archive, self.tr("The search index is up to date.")),
            on_failure=lambda message: self._done(
                archive, self.tr("The search index could not be upgraded: {0}").format(message)
            ),
            on_progress=self._progress,
            parent=self,
            writer=True,
        )
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int, _message: str) -> None:
        percent = done * 100 // total if total else 0
        text = self.tr("Upgrading the search index: {0} of {1} documents ({2} %)").format(
            done, total, percent
        )
        self._window.statusBar().showMessage(text)

    def _done(self, archive: Archive, message: str) -> None:
        if archive is self._archive:
            self._window.statusBar().showMessage(message, 6000)
            self.finished.emit()
