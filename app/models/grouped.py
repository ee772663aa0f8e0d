"""A read-only two-level tree model (group → entries) shared by the facet and actor lists.

Column 0 is the name, column 1 the count. Group rows carry internal id 0; an entry row carries
its group's row + 1, so `parent()` needs no pointers into Python objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root; a module constant keeps defaults cheap

PayloadRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2
GroupKeyRole = Qt.ItemDataRole.UserRole + 3
IsGroupRole = Qt.ItemDataRole.UserRole + 4

NAME, COUNT = 0, 1


@dataclass(frozen=True)
class Entry:
    label: str
    count: int
    payload: Any = None
    bold: bool = False


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    entries: tuple[Entry, ...] = ()
    colour: QColor | None = field(default=None, compare=False)


def _swatch(colour: QColor) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(colour)
    return QIcon(pix)


class GroupedModel(QAbstractItemModel):
    # whether a group row shows how many entries it holds (useful for actors, noise for facets)
    show_group_counts = True

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._icons: dict[str, QIcon] = {}

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self._groups = [g for g in groups if g.entries]
        self._icons = {g.key: _swatch(g.colour) for g in self._groups if g.colour is not None}
        self.endResetModel()

    def recolour(self, colour_of: Callable[[str], QColor]) -> None:
        """Give each coloured group the colour `colour_of(key)` (after a light <-> dark switch)."""
        self._groups = [g if g.colour is None else replace(g, colour=colour_of(g.key)) for g in self._groups]
        self._icons = {g.key: _swatch(g.colour) for g in self._groups if g.colour is not None}
        for row in range(len(self._groups)):
            parent = self.index(row, NAME)
            self.dataChanged.emit(parent, parent, [Qt.ItemDataRole.DecorationRole])
            last = self.rowCount(parent) - 1
            if last >= 0:
                first_child, last_child = self.index(0, NAME, parent), self.index(last, NAME, parent)
                self.dataChanged.emit(first_child, last_child, [Qt.ItemDataRole.DecorationRole])

    def groups(self) -> list[Group]:
        return list(self._groups)

    # -- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].entries)
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data ------------------------------------------------------------------------------
    def group_of(self, index: Index) -> Group:
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._groups[row]

    def entry_of(self, index: Index) -> Entry | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.group_of(index).entries[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.group_of(index)
        entry = self.entry_of(index)
        if role == GroupKeyRole:
            return group.key
        if role == IsGroupRole:
            return entry is None
        if role == PayloadRole:
            return entry.payload if entry else None
        if role == CountRole:
            return entry.count if entry else sum(e.count for e in group.entries)
        return self._view_data(index.column(), group, entry, role)

    def _view_data(self, column: int, group: Group, entry: Entry | None, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return entry.label if entry else group.label
            if entry is None:
                return str(len(group.entries)) if self.show_group_counts else None
            return str(entry.count)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._icons.get(group.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (entry is None or entry.bold):
            font = QFont()
            font.setBold(True)
            return font
        return None
