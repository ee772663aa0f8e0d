"""Demands made in the open document, one row each: "by → target: action"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...index.models import Demand, DemandRow

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root; a module constant keeps defaults cheap

DemandRole = Qt.ItemDataRole.UserRole + 1
DemandRowRole = Qt.ItemDataRole.UserRole + 2  # the DemandRow (reference, review status), if known


def summary(demand: Demand) -> str:
    """One line: "Human Rights Watch → Government of Syria: stop the bombing"; an unknown speaker
    or target is left out rather than shown as a placeholder."""
    who = demand.by or ""
    if demand.targets:
        who = f"{who} → {', '.join(demand.targets)}".strip()
    return f"{who}: {demand.action}" if who else demand.action


class DemandsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._demands: list[Demand] = []
        self._rows: dict[int, DemandRow] = {}

    def set_rows(self, demands: Sequence[Demand] | Sequence[DemandRow]) -> None:
        """The demands of a document, or its DemandRows (which reviews can name)."""
        self.beginResetModel()
        rows = [d for d in demands if isinstance(d, DemandRow)]
        plain = [d.demand if isinstance(d, DemandRow) else d for d in demands]
        self._demands = sorted(plain, key=lambda d: d.start)
        self._rows = {id(r.demand): r for r in rows}
        self.endResetModel()

    def demand(self, row: int) -> Demand:
        return self._demands[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._demands)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._demands):
            return None
        demand = self._demands[index.row()]
        row = self._rows.get(id(demand))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            mark = {"confirmed": "✓ ", "corrected": "✎ "}.get(row.status, "") if row else ""
            return mark + summary(demand)
        if role == Qt.ItemDataRole.ToolTipRole:
            return demand.sentence
        if role == DemandRole:
            return demand
        if role == DemandRowRole:
            return row
        return None
