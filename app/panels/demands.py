"""The Demands panel: every call to action in the open document, as "by → target: action".

Selecting one scrolls the reader to its sentence and highlights it; the context menu opens the
archive-wide list of demands made of the same target.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListView, QMenu, QVBoxLayout, QWidget

from ...index.models import Demand, DemandRow
from ..appearance import panel_title
from ..models.demands import DemandRole, DemandRowRole, DemandsModel
from ..wrap_delegate import WrapDelegate


class DemandsPanel(QWidget):
    demand_selected = Signal(object)  # Demand
    all_demands_of = Signal(str)  # target name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # adds entries about a demand to its context menu (review by hand, dossiers)
        self.extend_menu: Callable[[QMenu, DemandRow], None] | None = None
        self.model = DemandsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("demandList")
        self.view.setAccessibleName(self.tr("Demands made in this document"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(WrapDelegate(self.view))  # wrapped rows, never cut with "…"
        self.view.setWordWrap(True)
        self.view.setSpacing(1)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.title = panel_title(QLabel(self.tr("Demands"), self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.view)

    def set_demands(self, demands: Sequence[Demand] | Sequence[DemandRow]) -> None:
        self.model.set_rows(demands)
        count = self.model.rowCount()
        self.title.setText(self.tr("Demands ({0})").format(count) if count else self.tr("Demands"))

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.demand_selected.emit(indexes[0].data(DemandRole))

    def _context_menu(self, pos: QPoint) -> None:
        demand = self.view.indexAt(pos).data(DemandRole)
        row = self.view.indexAt(pos).data(DemandRowRole)
        menu = QMenu(self)
        if isinstance(row, DemandRow) and self.extend_menu is not None:
            self.extend_menu(menu, row)
            menu.addSeparator()
        for target in demand.targets if demand else ():
            action = QAction(self.tr("All demands made of {0}").format(target), menu)
            action.triggered.connect(lambda _checked=False, t=target: self.all_demands_of.emit(t))
            menu.addAction(action)
        all_action = QAction(self.tr("All demands in the archive"), menu)
        all_action.triggered.connect(lambda: self.all_demands_of.emit(""))
        menu.addAction(all_action)
        menu.exec(self.view.viewport().mapToGlobal(pos))
