"""The results column: active-filter chips, "N documents" with a sort box, and the hit list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ..index.models import Hit, SearchResult
from .appearance import muted
from .facets import ChipBar
from .models.results import ResultsModel
from .result_delegate import ResultDelegate

SORTS = ("relevance", "date")
BUSY_DELAY_MS = 200  # a quick search never flashes "Searching…"


class ResultsPanel(QWidget):
    hit_chosen = Signal(object)  # Hit: the current row changed (arrow keys, a click)
    hit_activated = Signal(object)  # Hit: Enter or a double-click on a row
    sort_changed = Signal(str)
    suggestion_chosen = Signal(str)
    all_versions_changed = Signal(bool)
    star_requested = Signal(int, bool)  # doc_id, starred
    more_like_requested = Signal(int)  # doc_id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ResultsModel(self)
        self.chips = ChipBar(self)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("resultCount")
        muted(self.count_label)
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.count_label.linkActivated.connect(self.suggestion_chosen)
        self._count_text_shown = ""
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self.count_label.setText(self.tr("Searching…")))

        self.sort_box = QComboBox(self)
        self.sort_box.setAccessibleName(self.tr("Sort results by"))
        self.sort_box.addItem(self.tr("Most relevant"), "relevance")
        self.sort_box.addItem(self.tr("Newest first"), "date")
        self.sort_box.currentIndexChanged.connect(lambda i: self.sort_changed.emit(self.sort_box.itemData(i)))

        # A statement stored more than once is one result; this shows (and counts) every copy.
        self.every_version = QCheckBox(self.tr("Every version"), self)
        self.every_version.setToolTip(
            self.tr(
                "Show and count every version of a statement stored more than once (scraped "
                "twice, filed under two issuers, re-posted); by default it is one result"
            )
        )
        self.every_version.toggled.connect(self.all_versions_changed)

        self.view = QListView(self)
        self.view.setObjectName("resultList")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.delegate = ResultDelegate(self.view)
        self.delegate.star_clicked.connect(self.star_requested)
        self.view.setItemDelegate(self.delegate)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(True)
        # Every row is as tall as the next (see ResultDelegate), so a reset of 200 hits asks one
        # size hint instead of laying out 200 rich-text rows.
        self.view.setUniformItemSizes(True)
        # Several rows can be selected for an export; the current row is the one being read.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(self._activated)

        header = QHBoxLayout()
        header.addWidget(self.count_label, 1)
        header.addWidget(QLabel(self.tr("Sort:"), self))
        header.addWidget(self.sort_box)
        # on a row of its own: beside the count and the sort box it would widen the column
        options = QHBoxLayout()
        options.addStretch(1)
        options.addWidget(self.every_version)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.chips)
        layout.addLayout(header)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)

    def set_sort(self, sort: str) -> None:
        """Show `sort` in the box without announcing it (used when restoring settings)."""
        self.sort_box.blockSignals(True)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(sort)))
        self.sort_box.blockSignals(False)

    def show_result(self, result: SearchResult) -> None:
        self.model.set_rows(result.hits)
        self._count_text_shown = self._count_text(result)
        self.count_label.setText(self._count_text_shown)

    def append_result(self, result: SearchResult) -> None:
        """A further page of the shown search, fetched as the list scrolled."""
        self.model.append_rows(result.hits)
        self._count_text_shown = self._count_text(result)
        self.count_label.setText(self._count_text_shown)

    def set_busy(self, busy: bool) -> None:
        """Say "Searching…" when a search takes a noticeable time; the old results stay usable."""
        if busy:
            self._busy_timer.start()
            return
        self._busy_timer.stop()
        self.count_label.setText(self._count_text_shown)

    def _count_text(self, result: SearchResult) -> str:
        if result.total == 0:
            text = self.tr("No documents match.")
            if result.suggestion:
                text += " " + self.tr('Did you mean <a href="{0}">{0}</a>?').format(result.suggestion)
            return text
        # The rest of the hits load as the list scrolls, so the count is always the total.
        return self.tr("1 document") if result.total == 1 else self.tr("{0} documents").format(result.total)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))

    def current_hit(self) -> Hit | None:
        index = self.view.currentIndex()
        return self.model.hit(index.row()) if index.isValid() else None

    def selected_hits(self) -> list[Hit]:
        """The selected rows' hits, in list order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.hit(row) for row in rows]

    def focus_list(self) -> bool:
        """Move the keyboard into the list (Down from the search field), on the current row or
        the first; False when there is nothing to move to."""
        if self.model.rowCount() == 0:
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid():
            self.select_row(0)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.hit_chosen.emit(self.model.hit(current.row()))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_activated.emit(self.model.hit(index.row()))

    def context_menu_for(self, row: int) -> QMenu:
        """A result's menu: star or unstar it, list the documents like it."""
        hit = self.model.hit(row)
        menu = QMenu(self)
        star = QAction(self.tr("Remove the star") if hit.starred else self.tr("Star"), menu)
        star.triggered.connect(lambda: self.star_requested.emit(hit.doc_id, not hit.starred))
        like = QAction(self.tr("More like this"), menu)
        like.triggered.connect(lambda: self.more_like_requested.emit(hit.doc_id))
        menu.addAction(star)
        menu.addAction(like)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.context_menu_for(index.row()).exec(self.view.viewport().mapToGlobal(pos))
