"""Start the desktop app: `run_app(archive_dir)` is what the CLI calls.

Screenshot mode (`screenshot=path`) runs a search, opens the first result, renders the window
offscreen-safe and saves a PNG without entering the event loop, for docs and CI.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QApplication

from ..index.archive import Archive
from ..index.errors import ArchiveError
from .appearance import apply_appearance
from .main_window import MainWindow
from .messages import install_excepthook, setup_logging, show_error
from .opening_progress import OpeningProgress
from .settings import APPLICATION, ORGANIZATION
from .workers import wait_for_all

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1400, 900)
SEARCH_WAIT_MS = 60_000  # --query/--open-first wait at most this long for the search to answer


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Advocacy Archive")
    apply_appearance(app)
    return app


def _open_archive(app: QApplication, archive_dir: Path, *, interactive: bool) -> Archive | None:
    progress = OpeningProgress()  # shown only when an older archive is brought up to date
    try:
        return Archive.open(archive_dir, on_progress=progress)
    except ArchiveError as exc:
        log.error("cannot open archive %s: %s", archive_dir, exc)
        if interactive:
            box = show_error(None, QCoreApplication.translate("main", "Cannot open the archive"), str(exc))
            box.finished.connect(app.quit)
            app.exec()
        else:
            print(f"Cannot open the archive: {exc}", file=sys.stderr)
        return None
    finally:
        progress.close()


def run_app(
    archive_dir: Path,
    *,
    query: str | None = None,
    open_first: bool = False,
    screenshot: Path | None = None,
) -> int:
    app = _application()
    setup_logging()
    install_excepthook()
    archive = _open_archive(app, Path(archive_dir), interactive=screenshot is None)
    if archive is None:
        return 1
    window = MainWindow(archive)
    if screenshot is not None:
        window.resize(*SCREENSHOT_SIZE)  # the same picture whatever the user's saved layout
    window.show()
    if query is not None:
        window.workspace.search(query)
    if open_first or screenshot is not None:
        wait_for_search(window)
        window.workspace.open_first_result()
    try:
        if screenshot is not None:
            return save_screenshot(window, Path(screenshot))
        return app.exec()
    finally:
        # no pool thread may still be reading when the archive closes
        wait_for_all(cancel=True)
        archive.close()


def wait_for_search(window: MainWindow, timeout_ms: int = SEARCH_WAIT_MS) -> bool:
    """Process events until the window's search and its facet counts have answered (both run
    in the background), and the counts are drawn."""
    controller = window.workspace.controller
    deadline = QDeadlineTimer(timeout_ms)
    while controller.facets_pending and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    window.workspace.facets.flush()
    return not controller.busy


def save_screenshot(window: MainWindow, path: Path) -> int:
    """Let layouts and the text document settle, then grab the window. No closeEvent: a
    screenshot run must not overwrite the user's saved window layout."""
    for _ in range(10):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    window.hide()
    window.deleteLater()
    if not ok:
        print(f"Could not write the screenshot {path}", file=sys.stderr)
        return 1
    return 0
