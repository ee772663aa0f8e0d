"""Demands made in the open document, one row each: "by → target: action"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...index.models import Demand

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root; a module constant keeps defaults cheap

DemandRole = Qt.ItemDataRole.UserRole + 1


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

    def set_rows(self, demands: Sequence[Demand]) -> None:
        self.beginResetModel()
        self._demands = sorted(demands, key=lambda d: d.start)
        self.endResetModel()

    def demand(self, row: int) -> Demand:
        return self._demands[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._demands)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._demands):
            return None
        demand = self._demands[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary(demand)
        if role == Qt.ItemDataRole.ToolTipRole:
            return demand.sentence
        if role == DemandRole:
            return demand
        return None
