"""The list of search hits shown in the results column (one row per document)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...index import dates
from ...index.models import DocumentMarks, Hit

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root; a module constant keeps defaults cheap

HitRole = Qt.ItemDataRole.UserRole + 1
DocIdRole = Qt.ItemDataRole.UserRole + 2
TitleRole = Qt.ItemDataRole.UserRole + 3
BylineRole = Qt.ItemDataRole.UserRole + 4  # "issuer · date · format · N versions"
SnippetRole = Qt.ItemDataRole.UserRole + 5  # HTML-escaped with <b>…</b> terms
StarRole = Qt.ItemDataRole.UserRole + 6  # bool: the user starred the document


def byline(hit: Hit) -> str:
    """ "Issuer · 2016-12-13 · PDF" ("September 2013", "undated"), leaving out what is unknown,
    and "3 versions" for a statement stored more than once."""
    parts = [hit.issuer or "", dates.display(hit.date), hit.format.upper() if hit.format else ""]
    if hit.versions:
        parts.append(QCoreApplication.translate("ResultsModel", "{0} versions").format(hit.version_count))
    parts += [f"[{tag}]" for tag in hit.tags]  # the user's tags
    return " · ".join(p for p in parts if p)


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        # Asked for the next page when the view scrolls near the end; returns nothing, the
        # rows arrive later through `append_rows`. None: everything is already loaded.
        self.more: Callable[[], None] | None = None
        self.can_more: Callable[[], bool] = lambda: False

    def set_rows(self, hits: Sequence[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def append_rows(self, hits: Sequence[Hit]) -> None:
        known = {hit.doc_id for hit in self._hits}
        new = [hit for hit in hits if hit.doc_id not in known]
        if not new:
            return
        self.beginInsertRows(ROOT, len(self._hits), len(self._hits) + len(new) - 1)
        self._hits.extend(new)
        self.endInsertRows()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self.more is not None and self.can_more()

    def fetchMore(self, parent: Index = ROOT) -> None:
        if self.canFetchMore(parent) and self.more is not None:
            self.more()

    def set_marks(self, marks: DocumentMarks) -> None:
        """Show a document's star and tags as the user just changed them."""
        row = self.row_of(marks.doc_id)
        if row is None:
            return
        self._hits[row] = replace(self._hits[row], starred=marks.starred, tags=marks.tags)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def row_of(self, doc_id: int) -> int | None:
        for row, hit in enumerate(self._hits):
            if hit.doc_id == doc_id:
                return row
        return None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, TitleRole):
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{byline(hit)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.title}, {byline(hit)}" + (", " + self.tr("starred") if hit.starred else "")
        if role == HitRole:
            return hit
        if role == DocIdRole:
            return hit.doc_id
        if role == BylineRole:
            return byline(hit)
        if role == SnippetRole:
            return hit.snippet
        if role == StarRole:
            return hit.starred
        return None
