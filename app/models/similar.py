"""The documents like one document: title, "issuer · date", and the key terms it shares (its
reason), in the order the core ranked them; the proxy sorts by any column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from ...index import dates
from ...index.models import SimilarDocument
from .row_table import Index, RowTableModel

COL_TITLE, COL_SOURCE, COL_SHARED = range(3)

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # rank for the title column, else the value
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the SimilarDocument


def source_of(doc: SimilarDocument) -> str:
    """ "Issuer · September 2013", leaving out what is unknown."""
    return " · ".join(p for p in (doc.issuer or "", dates.display(doc.date)) if p)


class SimilarModel(RowTableModel[SimilarDocument]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Document"), self.tr("Issuer · date"), self.tr("Shared key terms"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        doc, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (doc.title, source_of(doc), ", ".join(doc.shared_terms))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}\nShares: {1}").format(doc.title, ", ".join(doc.shared_terms))
        if role == SORT_ROLE:
            return (index.row(), doc.date or "", len(doc.shared_terms))[column]
        if role == DOC_ID_ROLE:
            return doc.doc_id
        if role == ROW_ROLE:
            return doc
        return None


class SimilarProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE: the core's rank for the title column, the date, or how many terms
    are shared."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
