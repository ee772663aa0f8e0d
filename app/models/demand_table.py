"""Every demand in the archive as a table, and the proxy that filters and sorts it.

`DemandTableModel` holds `DemandRow`s (column constants, custom roles, `set_rows` in a model
reset); `DemandFilterProxy` narrows them by free text, target, "by" (who makes the demand),
issuer (who published the document) and year, and sorts on
`SORT_ROLE` so dates and names sort as values rather than as display strings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ...index import dates
from ...index.models import DemandRow
from .row_table import Index, RowTableModel

COL_DATE, COL_BY, COL_TARGETS, COL_ACTION, COL_DOCUMENT = range(5)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the DemandRow
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly for the column
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SPAN_ROLE = Qt.ItemDataRole.UserRole + 4  # (start, end) of the demand in the document text


def by_of(row: DemandRow) -> str:
    """Who makes the demand: the extracted speaker, else the document's issuer."""
    return row.by or ""


# How a review shows beside the action: the user's word on a demand at a glance.
STATUS_MARKS = {"confirmed": "✓ ", "corrected": "✎ ", "rejected": "✗ "}


def year_of(row: DemandRow) -> str:
    return row.doc_date[:4] if row.doc_date else dates.UNDATED


def targets_text(row: DemandRow) -> str:
    return ", ".join(row.demand.targets)


class DemandTableModel(RowTableModel[DemandRow]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("By"), self.tr("Targets"), self.tr("Action"), self.tr("Document"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole sentence: the table only has room for the action.
            if row.status == "extracted":
                return row.demand.sentence
            return f"{row.demand.sentence}\n\n({self.tr(row.status.capitalize())} · {row.ref})"
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == DOC_ID_ROLE:
            return row.doc_id
        if role == SPAN_ROLE:
            return (row.demand.start, row.demand.end)
        return None

    def _display(self, row: DemandRow, column: int) -> str:
        if column == COL_DATE:
            return dates.display(row.doc_date)
        if column == COL_BY:
            return by_of(row)
        if column == COL_TARGETS:
            return targets_text(row)
        if column == COL_ACTION:
            return STATUS_MARKS.get(row.status, "") + row.demand.action
        if column == COL_DOCUMENT:
            return row.doc_title
        return ""

    def _sort_key(self, row: DemandRow, column: int) -> str:
        if column == COL_DATE:
            # Undated rows sort as oldest; ties keep document order via the offset.
            return f"{row.doc_date or '0000'}|{row.doc_id:09d}|{row.demand.start:09d}"
        return self._display(row, column).casefold()


class DemandFilterProxy(QSortFilterProxyModel):
    """Filters by free text (any column or the sentence), target, "by", issuer and year."""

    filter_changed = Signal()  # for views of the same demands grouped (models/demand_groups.py)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._target: str | None = None
        self._by: str | None = None
        self._issuer: str | None = None
        self._year: str | None = None
        self._period: tuple[str, str] | None = None  # months chosen on a timeline
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._change("_text", text.strip().casefold())

    def set_target(self, target: str | None) -> None:
        self._change("_target", target or None)

    def set_by(self, by: str | None) -> None:
        self._change("_by", by or None)

    def set_issuer(self, issuer: str | None) -> None:
        self._change("_issuer", issuer or None)

    def set_year(self, year: str | None) -> None:
        self._change("_year", year or None)

    def set_period(self, first: str, last: str) -> None:
        """Only demands of documents dated within months first..last ("", "": any time)."""
        self._change("_period", (first, last) if first and last else None)

    def _change(self, attribute: str, value: object) -> None:
        if getattr(self, attribute) == value:
            return
        if not hasattr(self, "endFilterChange"):  # Qt < 6.10
            setattr(self, attribute, value)
            self.invalidateFilter()
        else:
            # begin/endFilterChange replace invalidateFilter(), deprecated since Qt 6.10.
            self.beginFilterChange()
            setattr(self, attribute, value)
            self.endFilterChange()
        self.filter_changed.emit()

    def visible_rows(self) -> list[DemandRow]:
        """The rows as shown: filtered and in the current sort order."""
        return [self.index(r, 0).data(ROW_ROLE) for r in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DemandTableModel) or source_row >= model.rowCount():
            return False
        return self.accepts(model.row_at(source_row))

    def accepts(self, row: DemandRow) -> bool:
        """Whether `row` passes the filters set."""
        if self._target is not None and self._target not in row.demand.targets:
            return False
        if self._by is not None and by_of(row) != self._by:
            return False
        if self._issuer is not None and row.issuer != self._issuer:
            return False
        if self._year is not None and year_of(row) != self._year:
            return False
        if self._period is not None and not self._period[0] <= (row.doc_date or "")[:7] <= self._period[1]:
            return False
        return not self._text or self._text in self._haystack(row)

    @staticmethod
    def _haystack(row: DemandRow) -> str:
        parts = (
            row.doc_date or "",
            by_of(row),
            row.issuer or "",
            targets_text(row),
            row.demand.action,
            row.demand.sentence,
            row.doc_title,
        )
        return "\n".join(parts).casefold()
