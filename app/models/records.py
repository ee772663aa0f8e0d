"""A table of plain records (the dossier's documents, quotations, aliases, co-actors, the edit
history) described by its columns, and a proxy narrowing any table to a period of months.

`RecordsModel` is given `Column`s — a header and how a record reads in it — and a list of
records (`set_rows`, in a model reset); every cell's tooltip is its full text, so a view may
elide it. `PeriodProxy` keeps the rows whose `DATE_ROLE` falls within the months chosen on a
timeline (undated rows go while a period is chosen) and sorts on `SORT_ROLE`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DATE_ROLE = Qt.ItemDataRole.UserRole + 5

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # a value sorting as the column should (default: text)
    right: bool = False  # numbers, right-aligned
    tooltip: Callable[[Any], str] | None = None  # default: the text


class RecordsModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        date_of: Callable[[Any], str | None] = lambda record: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._date_of = date_of
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        record, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (column.tooltip or column.text)(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort is not None else column.text(record).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role == RECORD_ROLE:
            return record
        if role == DATE_ROLE:
            return self._date_of(record)
        return None


def in_period(date: str | None, first: str, last: str) -> bool:
    """Whether an ISO date falls within months `first`..`last` ("2016-01", "2016-12")."""
    return bool(date) and first <= (date or "")[:7] <= last


class PeriodProxy(QSortFilterProxyModel):
    """Rows within a period of months (all rows when none is chosen), sorted on SORT_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._period: tuple[str, str] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_period(self, first: str, last: str) -> None:
        period = (first, last) if first and last else None
        if period == self._period:
            return
        if hasattr(self, "endFilterChange"):  # Qt 6.10: begin/endFilterChange replace invalidateFilter
            self.beginFilterChange()
            self._period = period
            self.endFilterChange()
        else:
            self._period = period
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._period is None:
            return True
        model = self.sourceModel()
        date = model.index(source_row, 0, source_parent).data(DATE_ROLE)
        return in_period(date, *self._period)

    def records(self) -> list[Any]:
        """The records as shown: filtered and sorted."""
        return [self.index(r, 0).data(RECORD_ROLE) for r in range(self.rowCount())]
