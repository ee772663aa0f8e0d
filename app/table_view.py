"""The look of the app's data tables (All demands, Batch search): one line per row, rows
selected whole, sorted by clicking a heading, never edited in place."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def data_table(
    parent: QWidget,
    proxy: QSortFilterProxyModel,
    name: str,
    accessible_name: str,
    sort: tuple[int, Qt.SortOrder],
) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(*sort)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # One line per row (the whole text is in the tooltip): keep rows compact.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
    return table
