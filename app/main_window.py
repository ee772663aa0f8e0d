"""The main window: toolbar and menus, the welcome page or the workspace, imports (menus and
drag-and-drop), switching archives, and remembering the window's layout between runs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget

from ..index.archive import Archive
from ..index.errors import ArchiveError
from ..index.locations import resource_path, sample_archive_dir
from ..index.models import ArchiveStats, ImportReport
from .about import show_about
from .check_action import install_check_action
from .import_flow import ImportController, choose_files, choose_folder, drop_paths
from .messages import show_error
from .settings import Settings
from .welcome import WelcomeView
from .window_actions import build_actions
from .workers import run_in_background
from .workspace import Workspace

if TYPE_CHECKING:  # imported when first opened: a window starting to search does not need it
    from .demands_view import AllDemandsWindow

log = logging.getLogger(__name__)

STATUS_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, archive: Archive, settings: Settings | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.settings = settings or Settings()
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.welcome = WelcomeView(self)
        self.workspace = Workspace(archive, self.settings, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.importer = self._make_importer()
        self.all_demands: AllDemandsWindow | None = None
        self.actions_ = build_actions(
            self,
            {
                "import_files": self.import_files,
                "import_folder": self.import_folder,
                "open_archive": self.choose_archive,
                "quit": self.close,
                "show_actors": lambda on: self.workspace.set_panel_visible("actors", on),
                "show_demands": lambda on: self.workspace.set_panel_visible("demands", on),
                "all_demands": lambda: self.show_all_demands(""),
                "about": lambda: show_about(self, self.archive.path),
            },
        )
        install_check_action(self)  # Archive › Check archive… (its own module: check_action.py)
        self.workspace.search_bar.install_shortcut(self)
        self.workspace.message.connect(self.status)
        self.workspace.all_demands_requested.connect(self.show_all_demands)
        self.welcome.import_files_requested.connect(self.import_files)
        self.welcome.import_folder_requested.connect(self.import_folder)
        self.welcome.open_sample_requested.connect(self.open_sample)
        self._restore()
        self._update_page()

    # -- pages and status ------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("Advocacy Archive — {0}").format(self.archive.path))

    def _update_page(self) -> None:
        self._update_title()
        empty = self.archive.is_empty()
        self.stack.setCurrentWidget(self.welcome if empty else self.workspace)
        for action in (self.actions_.show_actors, self.actions_.show_demands, self.actions_.all_demands):
            action.setEnabled(not empty)
        if not empty:
            self.workspace.controller.refresh()
        self._update_status()

    def _update_status(self) -> None:
        """The archive's figures in the status bar, counted on the read pool after the search
        the window opens with was submitted: they take tens of milliseconds at 10,000
        documents, which the first results should not wait for."""
        archive = self.archive
        run_in_background(
            archive.stats,
            on_success=lambda stats: self._show_stats(archive, stats),
            on_failure=lambda message: self._stats_failed(archive, message),
            parent=self,
        )

    def _stats_failed(self, archive: Archive, message: str) -> None:
        if archive is self.archive:  # not merely the archive just closed by a switch
            log.warning("archive figures not counted: %s", message)

    def _show_stats(self, archive: Archive, stats: ArchiveStats) -> None:
        if archive is not self.archive:  # another archive was opened meanwhile
            return
        span = f"{stats.first_date} – {stats.last_date}" if stats.first_date else ""
        text = self.tr("{0} documents · {1} actors · {2} demands").format(
            stats.documents, stats.actors, stats.demands
        )
        self.statusBar().showMessage(f"{text}   {span}".strip())

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # -- importing -------------------------------------------------------------------------
    def _make_importer(self) -> ImportController:
        importer = ImportController(self.archive, self)
        importer.finished.connect(self._import_finished)
        importer.failed.connect(self.status)
        return importer

    def import_files(self) -> None:
        paths = choose_files(self)
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = choose_folder(self)
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> None:
        self.importer.start(paths)

    def _import_finished(self, report: ImportReport) -> None:
        self.status(
            self.tr("Imported {0} documents ({1} already present, {2} failed)").format(
                len(report.imported), len(report.duplicates), len(report.failed)
            )
        )
        self._update_page()  # new documents show up at once: the search runs again
        if self.all_demands is not None and self.all_demands.isVisible():
            self.all_demands.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if drop_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = drop_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- archives --------------------------------------------------------------------------
    def choose_archive(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open archive"), str(self.archive.path))
        if folder:
            self.switch_archive(Path(folder))

    def switch_archive(self, path: Path) -> bool:
        try:
            archive = Archive.open(path)
        except ArchiveError as exc:
            show_error(self, self.tr("Cannot open the archive"), str(exc))
            return False
        old, self.archive = self.archive, archive
        self.importer = self._make_importer()
        if self.all_demands is not None:
            self.all_demands.close()
            self.all_demands = None
        self.workspace.set_archive(archive)
        self.settings.last_archive = str(path)
        old.close()
        self._update_page()
        return True

    def open_sample(self) -> None:
        if not self.switch_archive(sample_archive_dir()):
            return
        # The same documents index.sample.open_sample_archive() imports, here with progress.
        sample = resource_path("sample", "documents")
        if self.archive.is_empty() and sample.is_dir():
            self.import_paths([sample])
        elif self.archive.is_empty():
            self.status(self.tr("The sample documents are not installed."))

    def show_all_demands(self, target: str) -> None:
        if self.all_demands is None:
            from .demands_view import AllDemandsWindow

            self.all_demands = AllDemandsWindow(self.archive, self)
            # a child widget by default; a separate window keeps the main view visible beside it
            self.all_demands.setWindowFlag(Qt.WindowType.Window, True)
            self.all_demands.open_document.connect(self._open_from_demands)
        self.all_demands.show_target(target or None)
        if self.all_demands.isVisible():  # already open behind the main window: bring it up
            self.all_demands.raise_()
            self.all_demands.activateWindow()
        else:  # a newly shown window comes up on top by itself
            self.all_demands.show()

    def _open_from_demands(self, doc_id: int, start: int, end: int) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.open_document(doc_id, span=(start, end))
        self.activateWindow()

    # -- persistence -----------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.window_geometry
        if not geometry or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        if self.settings.window_state:
            self.restoreState(self.settings.window_state)
        self.workspace.restore_state()
        self.actions_.show_actors.setChecked(self.settings.panel_visible("actors"))
        self.actions_.show_demands.setChecked(self.settings.panel_visible("demands"))

    def save_state(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().data())
        self.settings.window_state = bytes(self.saveState().data())
        self.workspace.save_state()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.all_demands is not None:
            self.all_demands.close()
        super().closeEvent(event)
