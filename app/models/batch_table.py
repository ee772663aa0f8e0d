"""A batch search as a table: a row per query with its line, its document count and its best
match (or why it could not be searched), and the proxy that sorts it by value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from ...index.models import BatchRow
from ..colours import highlight_colour
from .row_table import Index, RowTableModel

COL_LINE, COL_QUERY, COL_COUNT, COL_BEST = range(4)

RowRole = Qt.ItemDataRole.UserRole + 1  # the BatchRow
SortRole = Qt.ItemDataRole.UserRole + 2


class BatchTableModel(RowTableModel[BatchRow]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Line"), self.tr("Query"), self.tr("Documents"), self.tr("Best match"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.error:
                return self.tr("Cannot search this: {0}").format(row.error)
            return "\n".join(f"#{hit.doc_id} {hit.title}" for hit in row.hits) or self.tr(
                "No documents match."
            )
        if role == Qt.ItemDataRole.ForegroundRole and row.error and column in (COL_COUNT, COL_BEST):
            return highlight_colour("error")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_LINE, COL_COUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return row
        if role == SortRole:
            return self._sort_key(row, column)
        return None

    def _display(self, row: BatchRow, column: int) -> str:
        if column == COL_LINE:
            return str(row.line)
        if column == COL_QUERY:
            return row.query
        if column == COL_COUNT:
            return self.tr("error") if row.error else f"{row.total:,}"
        if row.error:
            return row.error
        return row.hits[0].title if row.hits else "—"

    def _sort_key(self, row: BatchRow, column: int) -> Any:
        if column == COL_LINE:
            return row.line
        if column == COL_COUNT:
            return -1 if row.error else row.total
        return self._display(row, column).casefold()


class BatchProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
