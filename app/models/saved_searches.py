"""The saved searches in the sidebar: one row per search, its name editable in place (a rename),
the number of documents new since it was last opened in `NewMatchesRole`; a proxy sorts them by
name, case aside."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ...index.models import SavedSearch
from .facets import facet_label, value_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

SavedRole = Qt.ItemDataRole.UserRole + 1  # the SavedSearch
NewMatchesRole = Qt.ItemDataRole.UserRole + 2  # int, or None when not counted
SortRole = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("SavedSearches", text)


def describe(saved: SavedSearch) -> str:
    """The query, its filters and sort, for a tooltip: “Syria” · Year: 2016 · newest first."""
    parts = [f"“{saved.query}”" if saved.query else _tr("everything")]
    parts += [
        f"{facet_label(key)}: {value_label(key, value)}"
        for key, values in saved.filters.items()
        for value in values
    ]
    if saved.sort == "date":
        parts.append(_tr("newest first"))
    return " · ".join(parts)


class SavedSearchesModel(QAbstractListModel):
    rename_requested = Signal(str, str)  # old name, new name (the archive renames; a reload follows)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SavedSearch] = []

    def set_rows(self, rows: Sequence[SavedSearch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SavedSearch]:
        return list(self._rows)

    def row_of(self, name: str) -> int | None:
        for row, saved in enumerate(self._rows):
            if saved.name == name:
                return row
        return None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        saved = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return saved.name
        if role == Qt.ItemDataRole.ToolTipRole:
            new = saved.new_matches
            tail = self.tr("\n{0} new since last opened").format(new) if new else ""
            return f"{saved.name}\n{describe(saved)}{tail}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            new = saved.new_matches
            return self.tr("{0}, {1} new").format(saved.name, new) if new else saved.name
        if role == SavedRole:
            return saved
        if role == NewMatchesRole:
            return saved.new_matches
        if role == SortRole:
            return saved.name.casefold()
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A rename typed in the list: asked of the archive, shown at once, undone by the reload
        if the archive refuses it."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        new = " ".join(str(value).split())
        old = self._rows[index.row()].name
        if not new or new == old:
            return False
        self._rows[index.row()] = replace(self._rows[index.row()], name=new)
        self.dataChanged.emit(index, index)
        self.rename_requested.emit(old, new)
        return True


class SavedSearchesProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self.sort(0)
