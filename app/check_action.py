"""Archive › Check archive…: `Archive.check` from the window, with progress, then what it found.

The check runs on the writer thread (it holds the archive's writer lock, so it waits for this
window's own imports instead of failing on them) with a cancellable progress dialog; its report
opens in a box listing every problem, with a Repair button when something remains that
`check --repair` can fix. Kept apart from window_actions.py so that the menus there can change
without touching this: `install_check_action(window)` adds the action to the window's
"Archive" menu, creating that menu when the window has none.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QProgressDialog, QPushButton, QWidget

from ..index.models import CheckReport
from .messages import show_error
from .workers import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

MENU_TITLE = "&Archive"


def _tr(text: str) -> str:
    return QCoreApplication.translate("check_action", text)


def install_check_action(window: MainWindow) -> QAction:
    """Add "Check archive…" to the window's Archive menu; returns the action."""
    checker = ArchiveChecker(window)
    action = QAction(_tr("&Check archive…"), window)
    action.setObjectName("checkArchiveAction")
    action.setToolTip(_tr("Verify the catalog, every original and the search index"))
    action.triggered.connect(lambda _checked=False: checker.start(repair=False))
    _archive_menu(window).addAction(action)
    window.check_archive = checker  # type: ignore[attr-defined]  # kept alive with the window
    return action


def _archive_menu(window: QMainWindow) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.title().replace("&", "") == MENU_TITLE.replace("&", ""):
            return menu
    menu = QMenu(_tr(MENU_TITLE), window)
    help_menu = next((a for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"), None)
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu, menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


class ArchiveChecker(QObject):
    """Runs one check (or repair) at a time for a window and shows its report."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.report_box: QMessageBox | None = None
        self.last_report: CheckReport | None = None

    def start(self, *, repair: bool) -> BackgroundTask | None:
        if self.task is not None:
            return None
        self.progress = self._progress_dialog(repair)
        archive = self.window.archive
        self.task = run_in_background(
            partial(archive.check, repair=repair),
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self._on_progress,
            parent=self,
            writer=True,
        )
        self.progress.show()
        return self.task

    def _progress_dialog(self, repair: bool) -> QProgressDialog:
        dialog = QProgressDialog(self.window)
        dialog.setObjectName("checkProgressDialog")
        dialog.setWindowTitle(_tr("Repairing the archive") if repair else _tr("Checking the archive"))
        dialog.setLabelText(_tr("Checking the catalog…"))
        cancel = QPushButton(_tr("Cancel"), dialog)
        dialog.setCancelButton(cancel)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # shown with show(): no nested loop
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.canceled.connect(self._cancel)
        return dialog

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        if self.progress is not None:
            self.progress.setLabelText(_tr("Stopping…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.progress is None or (self.task is not None and self.task.cancelled):
            return
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.progress.setLabelText(_tr(message))

    def _close_progress(self) -> None:
        self.task = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, message: str) -> None:
        self._close_progress()
        show_error(self.window, _tr("Cannot check the archive"), message)

    def _finished(self, report: CheckReport) -> None:
        self._close_progress()
        self.last_report = report
        log.info("check: %d problem(s), %d remaining", len(report.problems), len(report.remaining))
        self.report_box = report_box(report, self.window)
        self.report_box.open()
        if report.repair:  # what the window shows may have changed: search again
            self.window.workspace.controller.refresh()


def report_box(report: CheckReport, parent: QWidget) -> QMessageBox:
    """The check's answer: a summary line, every problem in the copyable details, and a Repair
    button when something that can be repaired remains."""
    remaining = report.remaining
    if report.cancelled:
        text = _tr("The check was stopped before the end.")
    elif not report.problems:
        text = _tr("Everything is in order: {0} documents and {1} originals checked.").format(
            report.documents, report.originals
        )
    else:
        text = _tr("{0} problem(s) found, {1} repaired, {2} remaining.").format(
            len(report.problems), len(report.problems) - len(remaining), len(remaining)
        )
    icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning
    box = QMessageBox(icon, _tr("Archive check"), text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("checkReportBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if report.problems:
        box.setDetailedText("\n".join(_line(p.repaired, p.area, p.what, p.remedy) for p in report.problems))
    if any(p.remedy.startswith("check --repair") for p in remaining):
        repair = box.addButton(_tr("Repair"), QMessageBox.ButtonRole.AcceptRole)
        repair.setObjectName("repairButton")
        checker = getattr(parent, "check_archive", None)
        if checker is not None:
            repair.clicked.connect(lambda: checker.start(repair=True))
    return box


def _line(repaired: bool, area: str, what: str, remedy: str) -> str:
    state = _tr("repaired") if repaired else _tr("problem")
    return f"{state} — {area}: {what}" + (f" ({remedy})" if remedy and not repaired else "")
