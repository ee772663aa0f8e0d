"""How the app tells people about problems: the log file, error dialogs and the status bar.

Every user-facing error goes through `show_error`, so dialogs look alike and their details are
always copyable. Unexpected exceptions are logged with their traceback and shown, never lost.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from ..index.locations import log_dir, make_private_folders

log = logging.getLogger(__name__)

LOG_FILE_NAME = "advocacy-archive.log"
_LOG_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
# Open message boxes without a parent would be garbage-collected at once; keep them until closed.
_open_boxes: set[QMessageBox] = set()


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to a rotating file (1 MB × 3) in the user's log folder; returns the log file's path.

    Calling it again does not add a second handler for the same file.
    """
    folder = directory or log_dir()
    make_private_folders(folder)  # logs quote queries and file names: owner-only
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = _PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files created owner-only, whatever the umask (rotated ones keep that mode)."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed: TextIOWrapper
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(fd, 0o600)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """Show a readable error; `details` go in the copyable "Show Details…" box.

    The box is window-modal but opened without a nested event loop, so background work and
    tests keep running; it deletes itself when closed.
    """
    log.warning("%s: %s", title, message)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("errorMessageBox")
    box.setAccessibleName(title)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def open_error_boxes() -> tuple[QMessageBox, ...]:
    """Error boxes currently shown (for tests and for closing them on exit)."""
    return tuple(_open_boxes)


def _active_window() -> QWidget | None:
    return QApplication.activeWindow()


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("Unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    message = tr(
        "Something went wrong: {error}\n\nThe problem has been written to the log file. "
        "If it happens again, please report it with the details below."
    ).format(error=str(exc) or exc_type.__name__)
    show_error(_active_window(), tr("Unexpected error"), message, details)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    # Never touch widgets from another thread: log it; the worker reports failures itself.
    log.error(
        "Unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def install_excepthook() -> None:
    """Log and show every unexpected exception instead of crashing silently."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def status(window: QWidget | None, text: str, timeout_ms: int = 5000) -> None:
    """Show an expected, passing message in the window's status bar (or log it if there is none)."""
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)
    else:
        log.info("%s", text)
