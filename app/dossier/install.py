"""Dossiers and review by hand wired into the main window, in one place: the Edit menu (undo the
last edit, the edit history), the actor and demand entries of the panels' and facets' context
menus, a button opening the dossier of the actor a search names (`actor:"…"`, `by:`, `target:`),
the dossier windows, and showing the archive as it is after each edit."""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from ...index.archive import Archive
from ...index.errors import ArchiveError
from ...index.models import EditRecord, SearchResult, TimelineBin
from ..messages import show_error
from .history_window import EditHistoryWindow
from .review import ReviewController
from .timeline_chart import TimelineChart
from .window import DossierWindow

if TYPE_CHECKING:
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

# a search naming one actor: actor:"Human Rights Watch", by:Congress, target:"United Nations"
_NAMED = re.compile(r'^\s*(?:actor|by|target):(?:"([^"]+)"|(\S+))\s*$')


def _bring_up(window: QWidget) -> None:
    """Show a window, or bring it up if already open behind the main window (a newly shown
    window comes up on top by itself)."""
    if window.isVisible():
        window.raise_()
        window.activateWindow()
    else:
        window.show()


def actor_named_by(query: str) -> str | None:
    match = _NAMED.match(query)
    return (match.group(1) or match.group(2)).strip() if match else None


class ReviewDesk(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.review = ReviewController(window.archive, window)
        self.review.edited.connect(self._edited)
        self.review.failed.connect(self._failed)
        self.review.dossier_requested.connect(self.open_dossier)
        self.dossiers: dict[str, DossierWindow] = {}
        self.history: EditHistoryWindow | None = None
        self.undo_action = QAction(self.tr("&Undo last edit of actors or demands"), window)
        self.undo_action.triggered.connect(lambda _checked=False: self.review.undo())
        self.history_action = QAction(self.tr("Edit &history…"), window)
        self.history_action.triggered.connect(lambda _checked=False: self.show_history())
        self.briefing_action = QAction(self.tr("Export this search's demands as a &briefing…"), window)
        self.briefing_action.triggered.connect(lambda _checked=False: self.ask_search_briefing())
        self._menu()
        self.dossier_button = QPushButton(window)
        self.dossier_button.setObjectName("dossierButton")
        self.dossier_button.setFlat(True)
        self.dossier_button.hide()
        self.dossier_button.clicked.connect(lambda: self.open_dossier(self.dossier_button.property("actor")))
        window.statusBar().addPermanentWidget(self.dossier_button)
        ws = window.workspace
        ws.actors.extend_menu = self.review.add_actor_actions
        ws.demands.extend_menu = self.review.add_demand_actions
        ws.facets.extend_menu = self._facet_menu
        ws.controller.results_changed.connect(self._search_answered)

    def _menu(self) -> None:
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Edit"), bar)
        menu.addActions([self.undo_action, self.history_action])
        actions = bar.actions()
        if len(actions) > 1:
            bar.insertMenu(actions[1], menu)  # after File
            file_menu = actions[0].menu()
            separators = (
                [a for a in file_menu.actions() if a.isSeparator()] if isinstance(file_menu, QMenu) else []
            )
            if isinstance(file_menu, QMenu) and separators:  # beside the imports, before opening an archive
                file_menu.insertAction(separators[0], self.briefing_action)
            else:
                menu.addAction(self.briefing_action)
        else:
            bar.addMenu(menu)
            menu.addAction(self.briefing_action)

    def set_archive(self, archive: Archive) -> None:
        self.review.set_archive(archive)
        for dossier in list(self.dossiers.values()):
            dossier.close()
        self.dossiers.clear()
        if self.history is not None:
            self.history.close()
            self.history = None

    def close_all(self) -> None:
        self.set_archive(self.window.archive)

    # -- dossiers ----------------------------------------------------------------------------
    def open_dossier(self, name: str) -> DossierWindow:
        dossier = self.dossiers.get(name)
        if dossier is None:
            dossier = DossierWindow(self.window.archive, name, self.review, self.window)
            dossier.open_document.connect(self._open_document)
            dossier.destroyed.connect(lambda *_: self.dossiers.pop(name, None))
            self.dossiers[name] = dossier
        _bring_up(dossier)
        return dossier

    def _open_document(self, doc_id: int, start: int, end: int) -> None:
        """Open a document in the main window, at a span of it (start < 0: at its top)."""
        if start >= 0:
            self.window._open_from_demands(doc_id, start, end)
            return
        self.window.stack.setCurrentWidget(self.window.workspace)
        self.window.workspace.open_document(doc_id)

    def _facet_menu(self, menu: QMenu, key: str, value: str) -> None:
        if key in ("actor", "target", "by"):
            self.review.add_actor_actions(menu, value)

    def _search_answered(self, result: SearchResult) -> None:
        name = actor_named_by(result.query)
        self.dossier_button.setVisible(name is not None)
        if name is not None:
            self.dossier_button.setProperty("actor", name)
            self.dossier_button.setText(self.tr("Open the dossier of {0}").format(name))

    # -- the search's demands as a briefing -------------------------------------------------
    def search_briefing(self, path: Path) -> list[Path]:
        """Write the demands of every document the current search matches as a briefing."""
        controller = self.window.workspace.controller
        query, filters = controller.query, controller.filters()
        rows = self.window.archive.search_demands(query, filters=filters)
        months = Counter(r.doc_date[:7] for r in rows if r.doc_date and len(r.doc_date) >= 7)
        chart = TimelineChart()
        try:
            chart.set_bins([TimelineBin(m, demands_by=n) for m, n in sorted(months.items())], ("demands_by",))
            title = self.tr("Demands in the documents found for {0}").format(query or self.tr("everything"))
            return self.window.archive.export_demands_briefing(title, rows, path, chart.render_png())
        finally:
            chart.deleteLater()

    def ask_search_briefing(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export briefing"), "search-briefing.html", self.tr("Briefing (*.html)")
        )
        if not name:
            return
        try:
            written = self.search_briefing(Path(name))
        except (OSError, ArchiveError) as exc:
            show_error(self.window, self.tr("Could not export"), str(exc))
            return
        self.window.status(self.tr("Wrote {0}").format(", ".join(p.name for p in written)))

    # -- the edit history --------------------------------------------------------------------
    def show_history(self) -> EditHistoryWindow:
        if self.history is None:
            self.history = EditHistoryWindow(self.window.archive, self.window)
            self.history.undo_requested.connect(self.review.undo)
        self.history.reload()
        _bring_up(self.history)
        return self.history

    def _edited(self, record: EditRecord | None) -> None:
        if record is None:
            self.window.status(self.tr("Nothing left to undo."))
            return
        text = record.summary if not record.undone_at else self.tr("Undone: {0}").format(record.summary)
        self.window.status(text)
        self.window.workspace.refresh_panels()
        self.window.workspace.controller.refresh()
        if self.window.all_demands is not None and self.window.all_demands.isVisible():
            self.window.all_demands.reload()
        for dossier in list(self.dossiers.values()):
            dossier.reload()
        if self.history is not None and self.history.isVisible():
            self.history.reload()

    def _failed(self, message: str) -> None:
        log.info("edit refused: %s", message)
        show_error(self.window, self.tr("The edit was not made"), message)
