"""Every tag in the archive with its number of documents: what the tag editor completes from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

CountRole = Qt.ItemDataRole.UserRole + 1


class TagsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []

    def set_tags(self, counts: Mapping[str, int]) -> None:
        """The archive's tags (tag → documents), in the order given (by name)."""
        self.beginResetModel()
        self._rows = list(counts.items())
        self.endResetModel()

    def tags(self) -> list[str]:
        return [tag for tag, _ in self._rows]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        tag, count = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return tag  # what the completer completes to
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}: {1} document(s)").format(tag, count)
        if role == CountRole:
            return count
        return None
