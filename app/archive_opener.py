"""Opening an archive without the window waiting on it.

`Archive.open` may repair the search index from the catalog, bring records made by older rules up
to date and read the facet values: seconds on a large archive. It runs on a pool thread, with
its progress in a dialog; the window (or, at start-up, the event loop) goes on meanwhile. A
folder that holds no archive comes back as NotAnArchive, for the caller to offer making one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..index.archive import Archive
from ..index.errors import ArchiveError, NotAnArchive
from ..index.progress import CancelFlag, OnProgress, no_progress
from .long_task import LongTask


def open_archive(
    path: Path, create: bool, *, on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None
) -> Archive | NotAnArchive:
    """`Archive.open` for a pool thread: NotAnArchive is an answer here, not a failure."""
    try:
        return Archive.open(path, create=create, on_progress=on_progress)
    except NotAnArchive as exc:
        return exc


class ArchiveOpener(QObject):
    """Opens archives for one window; `opened` carries the Archive, `not_an_archive` the path of
    a folder holding none, `failed` a readable message (already shown in an error box)."""

    opened = Signal(object)
    not_an_archive = Signal(object)
    failed = Signal(str)

    def __init__(self, parent_widget: QWidget | None, *, show_errors: bool = True) -> None:
        super().__init__(parent_widget)
        self._task = LongTask(parent_widget, self.tr("Opening the archive"), show_errors=show_errors)
        self._task.finished.connect(self._answered)
        self._task.failed.connect(self.failed)
        self._path: Path | None = None

    @property
    def running(self) -> bool:
        return self._task.running

    def start(self, path: Path, *, create: bool = True) -> bool:
        """Open `path` in the background; False when an opening is already under way."""
        self._path = path
        return self._task.start(open_archive, path, create) is not None

    def _answered(self, result: object) -> None:
        if isinstance(result, NotAnArchive):
            self.not_an_archive.emit(self._path)
        elif isinstance(result, Archive):
            if self._task.was_cancelled:  # the user gave up waiting: it is not wanted
                result.close()
            else:
                self.opened.emit(result)


def open_before_the_window(path: Path) -> Archive:
    """At start-up, before any window: open `path` on a pool thread with a progress dialog, the
    event loop running meanwhile. Raises what Archive.open raises."""
    loop = QEventLoop()
    answer: list[object] = []

    def answered(found: object) -> None:
        answer.append(found)
        loop.quit()

    opener = ArchiveOpener(None, show_errors=False)  # the caller reports a failure itself
    opener.opened.connect(answered)
    opener.not_an_archive.connect(lambda where: answered(NotAnArchive(where)))
    opener.failed.connect(lambda message: answered(_Failed(message)))
    opener.start(path)
    if not answer:
        loop.exec()
    QCoreApplication.processEvents()
    found = answer[0]
    if isinstance(found, _Failed | NotAnArchive):
        raise found
    assert isinstance(found, Archive)
    return found


class _Failed(ArchiveError):
    """Opening failed; the message is the core's own."""
