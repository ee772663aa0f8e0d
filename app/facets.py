"""Facet filters (issuer, actor, actor type, target, year, format) and the chips showing active ones.

Clicking a facet value narrows the results; each active filter shows as a chip above the
results, and its × removes it. Both widgets only talk to a SearchController. Long names are
elided in the middle (both ends of "Syria Civil Defence (White Helmets)" say something), with
the whole name in the tooltip; each facet's heading holds a filter box that finds any of its
values, not only the most frequent ones shown.

The facet tree is redrawn after the hits of a new search have been drawn (a zero timer after the
results list's update), and its count column is sized from the largest counts rather than by
measuring every row: the hits are what a reader waits for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..index.models import SearchResult
from .appearance import chip_style_sheet, panel_title
from .models.facets import FacetFilterProxy, FacetsModel, facet_label, value_label
from .models.grouped import COUNT, NAME, PayloadRole


class GroupHeading(QWidget):
    """A facet's heading row: its name (elided when the column is narrow, whole in the
    tooltip), and a small box filtering its values."""

    def __init__(self, key: str, label: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"facetHeading-{key}")
        self.key = key
        self.name = label
        self.label = QLabel(label, self)
        self.label.setToolTip(label)
        font = QFont(self.label.font())
        font.setBold(True)
        self.label.setFont(font)
        # clicks on the name reach the tree underneath (expand, select) as on any row
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.filter = QLineEdit(text, self)
        self.filter.setObjectName("facetFilter")
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the values of {0}").format(label))
        self.filter.setMaximumWidth(120)
        self.filter.setMinimumWidth(56)
        self.filter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 2, 0)
        layout.setSpacing(4)
        # The name keeps its width (down to a short one, then elided); the box takes the rest.
        bold = self.label.fontMetrics()
        self.label.setMinimumWidth(min(bold.horizontalAdvance(label) + 2, 90))
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label)
        layout.addWidget(self.filter, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, self.label.width()))


class FacetPanel(QWidget):
    filter_chosen = Signal(str, str)  # key, value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FacetsModel(self)
        self.proxy = FacetFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        # adds entries about a facet value to its context menu (an actor's dossier, its edits)
        self.extend_menu: Callable[[QMenu, str, str], None] | None = None
        # long lists (actors, formats) start folded so every facet heading fits on screen
        self._expanded: set[str] = {"star", "tag", "issuer", "actor_type", "target", "year"}
        self.view = QTreeView(self)
        self.view.setObjectName("facetTree")
        self.view.setAccessibleName(self.tr("Filter results by"))
        self.view.setModel(self.proxy)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
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
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        self.view.expanded.connect(lambda i: self._expanded.add(self._group_key(i)))
        self.view.collapsed.connect(lambda i: self._expanded.discard(self._group_key(i)))

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
        # A reset collapses everything and drops the headings; keep the groups the reader
        # opened, and what each filter box held.
        for row, group in enumerate(self.model.groups()):
            index = self.proxy.index(row, NAME)
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)  # the heading spans the counts
            self.view.setIndexWidget(index, self._heading(group.key, group.label))
            if group.key in self._expanded:
                self.view.expand(index)

    def _heading(self, key: str, label: str) -> GroupHeading:
        heading = GroupHeading(key, label, self.proxy.filter_text(key), self.view)
        heading.filter.textChanged.connect(lambda text: self._filter_group(key, text))
        return heading

    def heading(self, key: str) -> GroupHeading | None:
        for row, group in enumerate(self.model.groups()):
            if group.key == key:
                widget = self.view.indexWidget(self.proxy.index(row, NAME))
                return widget if isinstance(widget, GroupHeading) else None
        return None

    def _filter_group(self, key: str, text: str) -> None:
        self.proxy.set_filter(key, text)
        for row, group in enumerate(self.model.groups()):
            if group.key == key and text:
                self.view.expand(self.proxy.index(row, NAME))

    def _group_key(self, index: QModelIndex) -> str:
        return self.model.group_of(self.proxy.mapToSource(index)).key

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
                shown = self.proxy.mapFromSource(self.model.index(i, COUNT, parent))
                if shown.isValid():
                    widest = max(widest, self.view.sizeHintForIndex(shown).width())
        self.view.header().resizeSection(COUNT, widest)

    def _context_menu(self, pos: QPoint) -> None:
        payload = self.view.indexAt(pos).siblingAtColumn(NAME).data(PayloadRole)
        if not payload or self.extend_menu is None:
            return
        menu = QMenu(self)
        self.extend_menu(menu, *payload)
        if menu.actions():
            menu.exec(self.view.viewport().mapToGlobal(pos))

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
