"""Long archive work from the menus (reindex, re-extract, backup, restore, batch search,
exports) with a progress dialog and Cancel, the window staying responsive meanwhile.

`LongTask.start(fn, *args)` runs `fn(*args, on_progress=…, cancel=…)` through `run_in_background`
(on the one writer thread when it writes) and shows a window-modal progress dialog opened without
a nested event loop; `finished` carries the result, `failed` a readable message (also shown in an
error box unless the caller asks otherwise).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from .messages import show_error
from .workers import BackgroundTask, run_in_background

log = logging.getLogger(__name__)


def progress_dialog(
    parent: QWidget | None, name: str, title: str, label: str, cancel_name: str
) -> tuple[QProgressDialog, QPushButton]:
    """A progress dialog with a Cancel button, window-modal and shown with show(): the event
    loop keeps running (no nested exec()). It stays up until its owner closes it, even once
    cancelled, and shows a busy bar until the work says how much there is."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setLabelText(label)
    cancel = QPushButton(dialog.tr("Cancel"), dialog)
    cancel.setAccessibleName(cancel_name)
    dialog.setCancelButton(cancel)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)
    return dialog, cancel


class LongTask(QObject):
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent_widget: QWidget | None, title: str, *, show_errors: bool = True) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.title = title
        self.show_errors = show_errors
        self.task: BackgroundTask | None = None
        self.was_cancelled = False  # the last run was cancelled by the user
        self.dialog: QProgressDialog | None = None
        self._cancel_button: QPushButton | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, fn: Callable[..., Any], *args: Any, writer: bool = False) -> BackgroundTask | None:
        """Run `fn(*args)` with progress and cancel; None when this task is already running."""
        if self.task is not None:
            return None
        self.dialog = self._make_dialog()
        self.task = run_in_background(
            fn,
            *args,
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progress,
            parent=self,
            writer=writer,
        )
        self.dialog.show()
        return self.task

    def cancel(self) -> None:
        if self.task is None:
            return
        self.task.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))
        if self._cancel_button is not None:
            self._cancel_button.setEnabled(False)

    def _make_dialog(self) -> QProgressDialog:
        dialog, self._cancel_button = progress_dialog(
            self.parent_widget,
            "longTaskDialog",
            self.title,
            self.title,
            self.tr("Cancel {0}").format(self.title),
        )
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None:
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        if self.task is not None and not self.task.cancelled:
            label = f"{message}\n{done:,} of {total:,}" if total > 0 else message
            self.dialog.setLabelText(label)

    def _close(self) -> None:
        self.was_cancelled = self.task is not None and self.task.cancelled
        self.task = None
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
            self._cancel_button = None

    def _done(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._close()
        log.warning("%s failed: %s", self.title, message)
        if self.show_errors and not self.was_cancelled:  # a cancel the user asked for is no error
            show_error(self.parent_widget, self.title, message)
        self.failed.emit(message)
