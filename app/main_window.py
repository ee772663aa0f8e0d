"""The main window: toolbar and menus, the welcome page or the workspace, imports (menus and
drag-and-drop), exports and printing, the Archive menu's long work, batch search, settings and
help, switching archives, and remembering the window's layout between runs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..index import dates
from ..index.archive import Archive
from ..index.locations import resource_path, sample_archive_dir
from ..index.models import ArchiveStats, ImportReport
from .about import show_about
from .appearance import apply_theme
from .archive_opener import ArchiveOpener
from .archive_tasks import ArchiveTasks
from .check_action import install_check_action
from .dossier.install import ReviewDesk
from .exports import Exporter
from .extraction_notice import ExtractionNotice
from .help_dialogs import shortcuts_html, show_page, syntax_html
from .import_flow import ImportController, choose_files, choose_folder, drop_paths
from .index_upgrade import IndexUpgrade
from .settings import Settings
from .welcome import WelcomeView
from .window_actions import build_actions
from .workers import run_in_background
from .workspace import Workspace

if TYPE_CHECKING:  # imported when first opened: a window starting to search does not need them
    from .batch_window import BatchSearchWindow
    from .demands_view import AllDemandsWindow
    from .settings_dialog import Chosen

log = logging.getLogger(__name__)

STATUS_MS = 6000


class MainWindow(QMainWindow):
    page_shown = Signal()  # the welcome page or the workspace, as the archive holds documents or not

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
        self.extraction_notice = ExtractionNotice(self)
        self.setCentralWidget(_above(self.extraction_notice, self.stack))
        self.importer = self._make_importer()
        self.index_upgrade = IndexUpgrade(self)
        self.opener = ArchiveOpener(self)
        self.opener.opened.connect(self._switch_to)
        self.opener.not_an_archive.connect(self._offer_new_archive)
        self._after_switch: Callable[[], object] | None = None
        self.all_demands: AllDemandsWindow | None = None
        self.batch: BatchSearchWindow | None = None
        self.exporter = Exporter(self.workspace, self)
        self.exporter.done.connect(self.status)
        self.tasks = ArchiveTasks(lambda: self.archive, self)
        self.tasks.message.connect(self.status)
        self.tasks.changed.connect(self._archive_changed)
        self.tasks.restored.connect(self._offer_restored)
        self.extraction_notice.extract_requested.connect(self.tasks.reextract)
        self.actions_ = build_actions(self, self._slots())
        self.review_desk = ReviewDesk(self)  # dossiers, review by hand, the Edit menu
        install_check_action(self)  # Archive › Check archive… (its own module: check_action.py)
        self.workspace.search_bar.install_shortcut(self)
        self.workspace.message.connect(self.status)
        self.workspace.all_demands_requested.connect(self.show_all_demands)
        self.welcome.import_files_requested.connect(self.import_files)
        self.welcome.import_folder_requested.connect(self.import_folder)
        self.welcome.open_sample_requested.connect(self.open_sample)
        self._restore()
        self._update_page()

    def _slots(self) -> dict[str, Callable[..., object]]:
        ws, exporter, tasks = self.workspace, self.exporter, self.tasks
        return {
            "import_files": self.import_files,
            "import_folder": self.import_folder,
            "open_archive": self.choose_archive,
            "quit": self.close,
            "show_actors": lambda on: ws.set_panel_visible("actors", on),
            "show_demands": lambda on: ws.set_panel_visible("demands", on),
            "all_demands": lambda: self.show_all_demands(""),
            "about": lambda: show_about(self, self.archive.path),
            "save_search": ws.ask_to_save_search,
            "batch_search": self.show_batch_search,
            "copy_citation": ws.reader.copy_citation,
            "export_results": lambda: exporter.ask_and_export(selected=False),
            "export_selected": lambda: exporter.ask_and_export(selected=True),
            "export_pdf": exporter.ask_and_write_pdf,
            "print_document": exporter.ask_and_print,
            "settings": self.show_settings,
            "back_up": tasks.ask_and_back_up,
            "restore": tasks.ask_and_restore,
            "reindex": tasks.reindex,
            "reextract": tasks.reextract,
            "query_syntax": lambda: show_page(self, self.tr("Query syntax"), syntax_html(), "syntaxHelp"),
            "shortcuts": lambda: show_page(
                self, self.tr("Keyboard shortcuts"), shortcuts_html(self.actions_.all()), "shortcutsHelp"
            ),
        }

    # -- pages and status ------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("Advocacy Archive — {0}").format(self.archive.path))

    def _update_page(self) -> None:
        """Show the welcome page or the workspace, as the archive is empty or not (asked on the
        read pool: the window never waits on the archive)."""
        self._update_title()
        archive = self.archive
        run_in_background(
            archive.is_empty,
            on_success=lambda empty: self._show_page(archive, bool(empty)),
            on_failure=self.status,
            parent=self,
        )

    def _show_page(self, archive: Archive, empty: bool) -> None:
        if archive is not self.archive:  # another archive was opened meanwhile
            return
        self.stack.setCurrentWidget(self.welcome if empty else self.workspace)
        a = self.actions_
        for action in (
            a.show_actors,
            a.show_demands,
            a.all_demands,
            a.save_search,
            a.batch_search,
            a.export_results,
            a.export_selected,
            a.export_pdf,
            a.print_document,
            a.copy_citation,
            a.back_up,
            a.reindex,
            a.reextract,
        ):
            action.setEnabled(not empty)
        if not empty:
            self.workspace.controller.refresh()
            self.workspace.saved.reload()  # new documents: new matches of saved searches
        self._update_status()
        self.index_upgrade.start_if_due(self.archive)
        self.extraction_notice.update_for(archive, empty=empty)
        self.page_shown.emit()

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
        span = ""
        if stats.first_date and stats.last_date:
            span = f"{dates.display(stats.first_date)} – {dates.display(stats.last_date)}"
        if stats.undated:
            span = self.tr("{0} (and {1} undated)").format(span, stats.undated).strip()
        text = self.tr("{0} documents · {1} actors · {2} demands").format(
            stats.documents, stats.actors, stats.demands
        )
        self.statusBar().showMessage(f"{text}   {span}".strip())

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    # -- importing -------------------------------------------------------------------------
    def _make_importer(self) -> ImportController:
        importer = ImportController(self.archive, self)
        importer.ocr = self.settings.ocr_enabled
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
            self.switch_archive(Path(folder), create=False)

    def _offer_new_archive(self, path: Path) -> QMessageBox:
        return self._ask(
            "newArchiveBox",
            self.tr("Not an archive"),
            self.tr("{0} holds no archive. Make a new, empty archive there?").format(path),
            QMessageBox.StandardButton.Yes,
            lambda: self.switch_archive(path, create=True),
        )

    def _offer_restored(self, folder: Path) -> QMessageBox:
        return self._ask(
            "openRestoredBox",
            self.tr("Backup restored"),
            self.tr("The backup was restored into {0}. Open that archive now?").format(folder),
            QMessageBox.StandardButton.Open,
            lambda: self.switch_archive(folder, create=False),
        )

    def _ask(
        self, name: str, title: str, text: str, yes: QMessageBox.StandardButton, then: Callable[[], object]
    ) -> QMessageBox:
        """A question box opened without a nested event loop; `then` runs when answered `yes`."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, yes | QMessageBox.StandardButton.Cancel, self
        )
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(then)
        box.open()
        return box

    def _archive_changed(self) -> None:
        """Reindexed or extracted again: search again, and read the open document anew."""
        self._update_page()
        parts = self.workspace.open_parts
        if parts is not None:
            self.workspace.open_document(parts[0].id, hits=self.workspace.reader.hits())
        if self.all_demands is not None and self.all_demands.isVisible():
            self.all_demands.reload()

    # -- batch search, settings ------------------------------------------------------------
    def show_batch_search(self) -> BatchSearchWindow:
        if self.batch is None:
            from .batch_window import BatchSearchWindow

            self.batch = BatchSearchWindow(self.archive, self.workspace.controller.filters, self)
            self.batch.setWindowFlag(Qt.WindowType.Window, True)
            self.batch.query_chosen.connect(self._show_batch_query)
            self.batch.message.connect(self.status)
        if self.batch.isVisible():  # already open behind the main window: bring it up
            self.batch.raise_()
            self.batch.activateWindow()
        else:
            self.batch.show()
        return self.batch

    def _show_batch_query(self, query: str) -> None:
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.search(query)
        self.activateWindow()

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.archive.path, self)
        dialog.applied.connect(self.apply_settings)
        dialog.open()

    def apply_settings(self, chosen: Chosen) -> None:
        if chosen.theme != self.settings.theme:
            self.settings.theme = chosen.theme
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, chosen.theme)
        if chosen.results_per_page != self.settings.results_per_page:
            self.settings.results_per_page = chosen.results_per_page
            self.workspace.controller.page_size = self.settings.results_per_page
            self.workspace.controller.refresh()
        if chosen.ocr != self.settings.ocr_enabled:
            self.settings.ocr_enabled = chosen.ocr
            self.importer.ocr = chosen.ocr
        if chosen.archive.absolute() != self.archive.path:
            self.switch_archive(chosen.archive, create=False)
        self.settings.sync()

    def switch_archive(
        self, path: Path, *, create: bool = True, then: Callable[[], object] | None = None
    ) -> bool:
        """Open the archive at `path` instead, in the background (`then` runs once it is the
        window's); a running import is cancelled first. Without `create`, a folder holding none
        is first offered to be made into one. False when an opening is already under way."""
        self.index_upgrade.cancel()
        self.importer.cancel()
        self._after_switch = then
        return self.opener.start(path, create=create)

    def _switch_to(self, archive: Archive) -> None:
        old, self.archive = self.archive, archive
        self.importer = self._make_importer()
        if self.all_demands is not None:
            self.all_demands.close()
            self.all_demands = None
        if self.batch is not None:
            self.batch.set_archive(archive)
        self.workspace.set_archive(archive)
        self.review_desk.set_archive(archive)
        self.settings.last_archive = str(archive.path)
        # no pool thread may still be reading the old archive when it closes: it is closed
        # on the read pool, after the searches queued before it
        run_in_background(old.close, parent=self)
        self._update_page()
        then, self._after_switch = self._after_switch, None
        if then is not None:
            then()

    def open_sample(self) -> None:
        self.switch_archive(sample_archive_dir(), then=self._fill_sample)

    def _fill_sample(self) -> None:
        """The sample archive's documents, imported with progress the first time it is opened
        (the same ones ingest/sample.py imports for the command line)."""
        archive = self.archive
        run_in_background(
            archive.is_empty, on_success=lambda empty: self._import_sample(archive, empty), parent=self
        )

    def _import_sample(self, archive: Archive, empty: object) -> None:
        sample = resource_path("sample", "documents")
        if archive is not self.archive:
            return
        if not empty:
            # the sample shows what the installed rules find: an earlier release's findings
            # are replaced at once (edits made in the sample are kept)
            if archive.extraction_outdated:
                self.extraction_notice.hide()
                self.tasks.reextract()
            return
        if sample.is_dir():
            self.import_paths([sample])
        else:
            self.status(self.tr("The sample documents are not installed."))

    def show_all_demands(self, target: str) -> None:
        if self.all_demands is None:
            from .demands_view import AllDemandsWindow

            self.all_demands = AllDemandsWindow(self.archive, self, review=self.review_desk.review)
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
        self.review_desk.close_all()
        if self.all_demands is not None:
            self.all_demands.close()
        if self.batch is not None:
            self.batch.close()
        super().closeEvent(event)


def _above(top: QWidget, main: QWidget) -> QWidget:
    """`top` (a notice, hidden unless due) over `main`, edge to edge."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(top)
    layout.addWidget(main, 1)
    return box
