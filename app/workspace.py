"""The working area under the toolbar: the search bar over a splitter of
[saved searches + facets | results | reader | actors + demands], and the wiring between them.

Everything that reacts to a search or to the open document lives here; the main window adds
menus, imports, the welcome page and persistence around it. A new search (another query, filter
or sort) never leaves the reader on a document the results no longer hold, or with the old
query's highlights: the open document stays when it is among the new results, with the new hits,
else the first result opens, else the reader is cleared. Documents are read in the background.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QSplitter, QVBoxLayout, QWidget

from ..index.errors import QuerySyntaxError
from ..index.models import Document, DocumentMarks, Hit, SavedSearch, SearchResult, Span
from .appearance import roomy
from .facets import FacetPanel
from .marks import MarksController
from .panels.actors import ActorsPanel
from .panels.demands import DemandsPanel
from .reader import ReaderView
from .results_view import ResultsPanel
from .saved_searches import SavedSearchesPanel
from .search_bar import SearchBar
from .search_controller import SearchController
from .settings import Settings
from .workers import run_in_background

if TYPE_CHECKING:  # only for type hints: widgets get the archive from the window
    from ..index.archive import Archive
    from .similar_view import SimilarWindow

log = logging.getLogger(__name__)

DEFAULT_SIZES = [260, 420, 600, 300]  # facets, results, reader, side panels at 1400 px wide
# In a small window the panels around the reader keep room for their names; the reader gives way.
MIN_SIZES = [190, 250, 0, 220]


def _load_document(archive: Archive, doc_id: int) -> tuple[Document, Any, Any]:
    """Runs on a pool thread: a document with its actors and demands (rejected ones hidden)."""
    return (
        archive.document(doc_id),
        archive.actors(doc_id),
        archive.demand_rows(doc_id, include_rejected=False),
    )


def _load_panels(archive: Archive, doc_id: int) -> tuple[Any, Any]:
    """Runs on a pool thread: a document's actors and demands as they are now."""
    return archive.actors(doc_id), archive.demand_rows(doc_id, include_rejected=False)


def splitter_sizes(width: int) -> list[int]:
    """Default column widths for a window `width` wide: DEFAULT_SIZES scaled, no column below its
    minimum, the reader taking what is left."""
    sizes = [
        max(w * width // sum(DEFAULT_SIZES), low) for w, low in zip(DEFAULT_SIZES, MIN_SIZES, strict=True)
    ]
    sizes[2] = max(width - sizes[0] - sizes[1] - sizes[3], 200)
    return sizes


class Workspace(QWidget):
    message = Signal(str)
    all_demands_requested = Signal(str)  # target, "" for all

    def __init__(self, archive: Archive, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._settings = settings
        self._sized = False
        self._remember_next: str | None = None  # a query sent with Enter, saved once it answers
        self._shown_key: object = None  # the search whose results are shown (see _show_result)
        self._auto_opening = False  # the first result is being opened for a new search
        self._opening = 0  # sequence number of the latest document asked for
        self._opened = 0  # sequence number of the latest document shown
        self.open_parts: tuple[Document, Any, Any] | None = None  # shown: document, actors, demands
        self.controller = SearchController(archive, self)
        self.controller.page_size = settings.results_per_page
        self.search_bar = SearchBar(self)
        self.saved = SavedSearchesPanel(archive, self)
        self.facets = FacetPanel(self)
        self.results = ResultsPanel(self)
        self.marks = MarksController(archive, self)
        self.reader = ReaderView(archive, self, marks=self.marks)
        self.similar: SimilarWindow | None = None  # "More like this", made when first asked
        self.actors = ActorsPanel(self)
        self.demands = DemandsPanel(self)
        self._layout()
        self._wire()

    def _layout(self) -> None:
        self.side = roomy(QSplitter(Qt.Orientation.Vertical, self))
        self.side.setObjectName("sideSplitter")
        self.side.addWidget(self.actors)
        self.side.addWidget(self.demands)
        self.left = roomy(QSplitter(Qt.Orientation.Vertical, self))
        self.left.setObjectName("leftSplitter")
        self.left.addWidget(self.saved)
        self.left.addWidget(self.facets)
        self.left.setStretchFactor(1, 1)  # the facets take the height; saved searches are few
        self.left.setSizes([140, 600])
        self.splitter = roomy(QSplitter(Qt.Orientation.Horizontal, self))
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.left, self.results, self.reader, self.side):
            self.splitter.addWidget(widget)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(2, 1)  # the reader takes extra width
        self.splitter.setSizes(DEFAULT_SIZES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)

    def _wire(self) -> None:
        c = self.controller
        self.search_bar.search_requested.connect(c.set_query)
        self.search_bar.field.returnPressed.connect(self._remember_on_answer)
        c.results_changed.connect(self._show_result)
        c.facets_counted.connect(lambda result: self.facets.show_result(result, c.filters()))
        c.more_results.connect(self.results.append_result)
        self.results.model.more, self.results.model.can_more = c.fetch_more, c.has_more
        c.query_failed.connect(self._query_failed)
        c.busy_changed.connect(self.results.set_busy)
        c.failed.connect(self.message)
        c.filters_changed.connect(self.results.chips.set_filters)
        self.facets.filter_chosen.connect(c.add_filter)
        self.results.chips.filter_removed.connect(c.remove_filter)
        self.results.sort_changed.connect(self._sort_changed)
        self.results.all_versions_changed.connect(c.set_all_versions)
        self.results.hit_chosen.connect(self._hit_chosen)
        self.results.hit_activated.connect(self._hit_activated)
        self.results.suggestion_chosen.connect(self.search_bar.set_text)
        self.search_bar.down_pressed.connect(self.results.focus_list)
        self.saved.open_requested.connect(self.open_saved_search)
        self.saved.save_requested.connect(self.ask_to_save_search)
        self.saved.message.connect(self.message)
        self.actors.actor_selected.connect(self.reader.highlight_actor)
        self.actors.next_mention.connect(lambda: self.reader.step(1))
        self.actors.show_documents.connect(self.show_documents_naming)
        self.demands.demand_selected.connect(self.reader.highlight_demand)
        self.demands.all_demands_of.connect(self.all_demands_requested)
        self.reader.message.connect(self.message)
        self.reader.record_changed.connect(self._record_changed)
        self.reader.version_chosen.connect(lambda doc_id: self.open_document(doc_id))
        self._wire_desk()

    def _wire_desk(self) -> None:
        """Marks (star, tags, note) and "More like this", from the reader and the results."""
        self.results.star_requested.connect(self.marks.star)
        self.results.more_like_requested.connect(self.show_similar)
        self.reader.more_like_requested.connect(self.show_similar)
        self.marks.changed.connect(self._marks_changed)
        self.marks.failed.connect(self.message)
        self.marks.load_tags()

    # -- searching -------------------------------------------------------------------------
    @property
    def archive(self) -> Archive:
        return self._archive

    def set_archive(self, archive: Archive) -> None:
        self._archive = archive
        self._opening += 1  # a document still loading from the old archive is dropped
        self._shown_key = None
        self.open_parts = None
        self.reader.set_archive(archive)
        if self.similar is not None:
            self.similar.set_archive(archive)
            self.similar.close()
        self.actors.set_actors(())
        self.demands.set_demands(())
        self.saved.set_archive(archive)
        self.controller.set_archive(archive)

    def set_sort(self, sort: str, *, refresh: bool = True) -> None:
        self.results.set_sort(sort)
        self.controller.set_sort(sort, refresh=refresh)

    def search(self, query: str) -> None:
        self.search_bar.set_text(query)

    def show_documents_naming(self, name: str) -> None:
        self.controller.clear_filters()
        self.search(f'actor:"{name}"')

    def _sort_changed(self, sort: str) -> None:
        self._settings.sort_order = sort
        self.controller.set_sort(sort)

    def _show_result(self, result: SearchResult) -> None:
        self.search_bar.clear_problem()
        if self._remember_next is not None and self._remember_next == self.controller.query:
            self._remember(self._remember_next)
        self._remember_next = None
        key = self.controller.key()
        new_search, self._shown_key = key != self._shown_key, key
        self.results.show_result(result)
        if new_search:
            self._follow_new_search(result)
        else:  # the same search again (after an import): keep the reader as it is
            self._reselect_open_document()

    def _follow_new_search(self, result: SearchResult) -> None:
        """The reader after a new search: the open document with the new hits when the results
        hold it, else the first result, else nothing."""
        doc = self.reader.document()
        row = self.results.model.row_of(doc.id) if doc else None
        if doc is not None and row is not None:
            self._reselect_open_document()
            self.reader.set_hits(self.results.model.hit(row).hits)
        elif result.hits:
            self._auto_opening = True
            try:
                self.results.select_row(0)
            finally:
                self._auto_opening = False
        else:
            self._opening += 1  # a document still loading is not wanted any more
            self.open_parts = None
            self.reader.clear()
            self.actors.set_actors(())
            self.demands.set_demands(())

    def _reselect_open_document(self) -> None:
        # keep the open document selected after a refresh without reopening it (and losing
        # the reader's highlights)
        doc = self.reader.document()
        row = self.results.model.row_of(doc.id) if doc else None
        if row is not None:
            selection = self.results.view.selectionModel()
            selection.blockSignals(True)
            self.results.select_row(row)
            selection.blockSignals(False)

    def _query_failed(self, error: QuerySyntaxError) -> None:
        self._remember_next = None  # a broken query never becomes a recent search
        self.search_bar.show_problem(error.hint, error.position)

    # -- recent searches -------------------------------------------------------------------
    # Only deliberate searches (Enter, or opening a result) become recent, not every keystroke.
    def _remember_on_answer(self) -> None:
        self._remember_next = self.search_bar.text().strip() or None

    def _remember_query(self) -> None:
        shown = self.controller.last_result
        if shown is not None and not self.controller.busy and not self.search_bar.message.isVisible():
            self._remember(self.controller.query)

    def _remember(self, query: str) -> None:
        if query:
            self._settings.add_recent_search(query)
            self.search_bar.set_recent(self._settings.recent_searches)

    # -- the open document -----------------------------------------------------------------

    def _hit_chosen(self, hit: Hit) -> None:
        if not self._auto_opening:  # a result opened by the reader's choice, not the window's
            self._remember_query()
        self.open_document(hit.doc_id, hits=hit.hits)

    def _hit_activated(self, hit: Hit) -> None:
        """Enter on a result: read it (the keyboard moves into the text)."""
        doc = self.reader.document()
        if doc is None or doc.id != hit.doc_id:
            self.open_document(hit.doc_id, hits=hit.hits)
        self.reader.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def document_pending(self) -> bool:
        """True while a document asked for has not been shown yet."""
        return self._opened < self._opening

    def open_document(
        self, doc_id: int, hits: tuple[Span, ...] = (), span: tuple[int, int] | None = None
    ) -> None:
        """Read a document, its actors and demands in the background, then show it (only the
        latest one asked for: quick arrow presses down the results never pile up)."""
        self._opening += 1
        seq, archive = self._opening, self._archive

        def arrived(loaded: tuple[Document, Any, Any]) -> None:
            if seq == self._opening and archive is self._archive:
                self._opened = seq
                self._show_document(*loaded, hits=hits, span=span)

        def failed(message: str) -> None:
            if seq == self._opening:
                self._opened = seq
                self.message.emit(message)

        run_in_background(_load_document, archive, doc_id, on_success=arrived, on_failure=failed, parent=self)

    def _record_changed(self, doc_id: int) -> None:
        """A corrected record shows at once: the results again, the document read anew."""
        self.message.emit(self.tr("Record corrected; your values are kept."))
        self.controller.refresh()
        self.open_document(doc_id, hits=self.reader.hits())

    def _show_document(
        self,
        doc: Document,
        actors: Any,
        demands: Any,
        *,
        hits: tuple[Span, ...],
        span: tuple[int, int] | None,
    ) -> None:
        # what exports and printing take: the demands themselves, not their review rows
        self.open_parts = (doc, actors, tuple(getattr(d, "demand", d) for d in demands))
        self.reader.show_document(doc, hits)
        self.actors.set_actors(actors)
        self.demands.set_demands(demands)
        if span is not None:
            self.reader.highlight_span(*span)
        elif hits:
            self.reader.step(1)

    def refresh_panels(self) -> None:
        """Show the open document's actors and demands as they are now (after an edit by hand),
        leaving the reader where it is; read in the background."""
        doc = self.reader.document()
        if doc is None:
            return
        archive = self._archive

        def arrived(panels: tuple[Any, Any]) -> None:
            current = self.reader.document()
            if archive is self._archive and current is not None and current.id == doc.id:
                self.actors.set_actors(panels[0])
                self.demands.set_demands(panels[1])

        run_in_background(
            _load_panels, archive, doc.id, on_success=arrived, on_failure=self.message.emit, parent=self
        )

    def open_first_result(self) -> bool:
        if self.results.model.rowCount() == 0:
            return False
        doc = self.reader.document()
        if doc is None or doc.id != self.results.model.hit(0).doc_id:
            self.results.select_row(0)
        return True

    # -- saved searches --------------------------------------------------------------------
    def open_saved_search(self, saved: SavedSearch) -> None:
        """Show a saved search (query, filters, sort) and mark it opened: its matches so far
        are no longer new."""
        self.search_bar.set_text(saved.query, search=False)
        self.results.set_sort(saved.sort)
        self.controller.apply(saved.query, dict(saved.filters), saved.sort)
        self.saved.mark_opened(saved.name)

    def ask_to_save_search(self) -> QInputDialog:
        """Ask for a name, then save the search shown (query, filters, sort) under it."""
        dialog = QInputDialog(self)
        dialog.setObjectName("saveSearchDialog")
        dialog.setWindowTitle(self.tr("Save search"))
        dialog.setLabelText(self.tr("Save the current search as:"))
        dialog.setTextValue(self.controller.query or self.tr("Everything"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.save_search_as)
        dialog.open()
        return dialog

    def save_search_as(self, name: str) -> QMessageBox | None:
        """Save the shown search under `name`; a name in use is replaced only once confirmed."""
        name = " ".join(name.split())
        if not name:
            return None
        c = self.controller
        query, filters, sort = c.query, c.filters(), c.sort
        taken = [s.name for s in self.saved.saved() if s.name.casefold() == name.casefold()]
        if not taken:
            self.saved.save(name, query, filters, sort)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace saved search"),
            self.tr("A saved search is already called “{0}”. Replace it with this search?").format(taken[0]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("replaceSavedSearchBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.saved.save(taken[0], query, filters, sort, replace=True))
        box.open()
        return box

    # -- marks and similar documents ---------------------------------------------------------
    def _marks_changed(self, marks: DocumentMarks) -> None:
        self.results.model.set_marks(marks)
        self.controller.recount_facets()

    def show_similar(self, doc_id: int) -> None:
        """The "More like this" window, listing the documents like `doc_id`."""
        if self.similar is None:
            from .similar_view import SimilarWindow

            self.similar = SimilarWindow(self._archive, self)
            self.similar.setWindowFlag(Qt.WindowType.Window, True)
            self.similar.open_document.connect(self._open_similar)
        row = self.results.model.row_of(doc_id)
        shown = self.reader.document()
        if row is not None:
            title = self.results.model.hit(row).title
        else:
            title = shown.title if shown is not None and shown.id == doc_id else f"#{doc_id}"
        self.similar.show_for(doc_id, title)
        if self.similar.isVisible():  # open behind the main window: bring it up
            self.similar.raise_()
            self.similar.activateWindow()
        else:  # a newly shown window comes up on top by itself
            self.similar.show()

    def _open_similar(self, doc_id: int) -> None:
        self.open_document(doc_id)
        self.window().activateWindow()

    # -- persistence -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Sizes given before the first layout are not kept; apply the defaults once, scaled to
        # the real width, unless the user's own layout was restored.
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            if not self._settings.splitter_state("main"):
                self.splitter.setSizes(splitter_sizes(max(self.splitter.width(), 800)))

    def restore_state(self) -> None:
        for splitter, name in ((self.splitter, "main"), (self.side, "side"), (self.left, "left")):
            state = self._settings.splitter_state(name)
            if state:
                splitter.restoreState(state)
        self.actors.setVisible(self._settings.panel_visible("actors"))
        self.demands.setVisible(self._settings.panel_visible("demands"))
        self._update_side()
        self.search_bar.set_recent(self._settings.recent_searches)
        # no search yet: the window runs the first one once it knows the archive is not empty
        self.set_sort(self._settings.sort_order, refresh=False)

    def save_state(self) -> None:
        self._settings.set_splitter_state("main", bytes(self.splitter.saveState().data()))
        self._settings.set_splitter_state("side", bytes(self.side.saveState().data()))
        self._settings.set_splitter_state("left", bytes(self.left.saveState().data()))
        self._settings.set_panel_visible("actors", not self.actors.isHidden())
        self._settings.set_panel_visible("demands", not self.demands.isHidden())

    def set_panel_visible(self, name: str, visible: bool) -> None:
        panel = self.actors if name == "actors" else self.demands
        panel.setVisible(visible)
        self._settings.set_panel_visible(name, visible)
        self._update_side()

    def _update_side(self) -> None:
        self.side.setVisible(not (self.actors.isHidden() and self.demands.isHidden()))
