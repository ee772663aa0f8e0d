"""Facet filters (issuer, actor, actor type, target, year, format) and the chips showing active ones.

Clicking a facet value narrows the results; each active filter shows as a chip above the
results, and its × removes it. Both widgets only talk to a SearchController.

The facet tree is redrawn after the hits of a new search have been drawn (a zero timer after the
results list's update), and its count column is sized from the largest counts rather than by
measuring every row: the hits are what a reader waits for.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QToolButton, QTreeView, QVBoxLayout, QWidget

from ..index.models import SearchResult
from .appearance import chip_style_sheet, panel_title
from .models.facets import FacetsModel, facet_label, value_label
from .models.grouped import COUNT, NAME, PayloadRole


class FacetPanel(QWidget):
    filter_chosen = Signal(str, str)  # key, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FacetsModel(self)
        # long lists (actors, formats) start folded so every facet heading fits on screen
        self._expanded: set[str] = {"star", "tag", "issuer", "actor_type", "target", "year"}
        self.view = QTreeView(self)
        self.view.setObjectName("facetTree")
        self.view.setAccessibleName(self.tr("Filter results by"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(14)  # names need the width more than the tree needs its steps
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed, sized in `_fit_counts`: ResizeToContents would ask every row for its size.
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.Fixed)
        self._pending: tuple[SearchResult, dict[str, list[str]]] | None = None
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(0)
        self._apply_timer.timeout.connect(self._apply)
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        self.view.expanded.connect(lambda i: self._expanded.add(self.model.group_of(i).key))
        self.view.collapsed.connect(lambda i: self._expanded.discard(self.model.group_of(i).key))

        title = panel_title(QLabel(self.tr("Filter"), self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(title)
        layout.addWidget(self.view)

    def show_result(self, result: SearchResult, active: dict[str, list[str]]) -> None:
        """Show the counts of `result` once the event loop is next free (after the hits have
        been drawn); a newer result arriving first replaces it."""
        self._pending = (result, dict(active))
        self._apply_timer.start()

    def pending(self) -> bool:
        """True while a result's counts are waiting to be shown."""
        return self._pending is not None

    def flush(self) -> None:
        """Show the waiting counts now (tests, screenshots)."""
        self._apply_timer.stop()
        self._apply()

    def _apply(self) -> None:
        if self._pending is None:
            return
        result, active = self._pending
        self._pending = None
        self.model.set_facets(result.facets, active)
        self._fit_counts()
        # A reset collapses everything; keep the groups the reader opened.
        for row, group in enumerate(self.model.groups()):
            if group.key in self._expanded:
                self.view.expand(self.model.index(row, 0))

    def _fit_counts(self) -> None:
        """Make the count column as wide as its widest count. Only the largest count of each
        facet is measured (digits are equally wide), and bold (chosen) rows besides."""
        widest = 0
        for row, group in enumerate(self.model.groups()):
            parent = self.model.index(row, NAME)
            top = max(range(len(group.entries)), key=lambda i: group.entries[i].count, default=None)
            rows = {i for i, entry in enumerate(group.entries) if entry.bold}
            if top is not None:
                rows.add(top)
            for i in rows:
                widest = max(widest, self.view.sizeHintForIndex(self.model.index(i, COUNT, parent)).width())
        self.view.header().resizeSection(COUNT, widest)

    def _choose(self, index: QModelIndex) -> None:
        payload = index.siblingAtColumn(NAME).data(PayloadRole)
        if payload:
            self.filter_chosen.emit(*payload)


class ChipBar(QWidget):
    """Active filters as small buttons ("Actor: Government of Syria ×"); click to remove one."""

    filter_removed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chipBar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.hide()

    def chips(self) -> list[QToolButton]:
        return self.findChildren(QToolButton, "filterChip")

    def set_filters(self, filters: dict[str, list[str]]) -> None:
        for chip in self.chips():
            chip.setParent(None)
            chip.deleteLater()
        while self._layout.count():
            self._layout.takeAt(0)
        for key, values in filters.items():
            for value in values:
                self._layout.addWidget(self._chip(key, value))
        self._layout.addStretch(1)
        self.setVisible(any(filters.values()))

    def _chip(self, key: str, value: str) -> QToolButton:
        label = facet_label(key)
        chip = QToolButton(self)
        chip.setObjectName("filterChip")
        chip.setStyleSheet(chip_style_sheet(self))
        chip.setText(f"{label}: {value_label(key, value)}  ×")
        chip.setToolTip(self.tr("Remove this filter"))
        chip.setAccessibleName(self.tr("Remove filter {0}: {1}").format(label, value))
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.setProperty("filter", (key, value))
        chip.clicked.connect(lambda: self.filter_removed.emit(key, value))
        return chip
