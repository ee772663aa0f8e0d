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
    # A view asks these thousands of times per reset (layout, size hints, painting): they are
    # written for speed, each QModelIndex method called once.
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not 0 <= column < 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._groups) else QModelIndex()
        group = parent.row()
        if parent.internalId() != 0 or parent.column() != NAME or row >= len(self._groups[group].entries):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        internal = child.internalId() if child.isValid() else 0
        if internal == 0:
            return QModelIndex()
        return self.createIndex(internal - 1, 0, 0)

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
            return _NO_FLAGS
        return _FLAGS

    # -- data ------------------------------------------------------------------------------
    def group_of(self, index: Index) -> Group:
        internal = index.internalId()
        return self._groups[index.row() if internal == 0 else internal - 1]

    def entry_of(self, index: Index) -> Entry | None:
        if not index.isValid():
            return None
        internal = index.internalId()
        return None if internal == 0 else self._groups[internal - 1].entries[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        internal, row = index.internalId(), index.row()
        entry: Entry | None
        if internal == 0:
            group, entry = self._groups[row], None
        else:
            group = self._groups[internal - 1]
            entry = group.entries[row]
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
        if role == _DISPLAY or role == _TOOLTIP:
            if column == NAME:
                return entry.label if entry else group.label
            if entry is None:
                return str(len(group.entries)) if self.show_group_counts else None
            return str(entry.count)
        if role == _DECORATION:
            return self._icons.get(group.key) if column == NAME else None
        if role == _ALIGNMENT:
            return _RIGHT if column == COUNT else None
        if role == _FONT and (entry is None or entry.bold):
            return _bold_font()
        return None


# Plain ints, compared without touching Qt's enum types on every call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, _DECORATION, _ALIGNMENT, _FONT}
    | {int(getattr(r, "value", r)) for r in (PayloadRole, CountRole, GroupKeyRole, IsGroupRole)}
)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_BOLD: list[QFont] = []


def _bold_font() -> QFont:
    """One bold font for every bold row (made on first use: a QFont needs the application)."""
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]
