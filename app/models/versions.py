"""The versions of the open document's statement, earliest first, as the reader lists them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...index import dates
from ...index.models import Version

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

DocIdRole = Qt.ItemDataRole.UserRole + 1
VersionRole = Qt.ItemDataRole.UserRole + 2


def version_label(version: Version, open_id: int | None) -> str:
    """ "2007-10-24 · Senator Clinton · 24Oct2007Clinton233.txt", "(open)" after the open one."""
    name = PurePath(version.source_path.replace("\\", "/")).name
    parts = [dates.display(version.date), version.issuer or "", name]
    label = " · ".join(p for p in parts if p)
    if version.doc_id == open_id:
        label += " " + QCoreApplication.translate("VersionsModel", "(open)")
    return label


class VersionsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._versions: list[Version] = []
        self._open: int | None = None

    def set_versions(self, versions: Sequence[Version], open_id: int | None) -> None:
        self.beginResetModel()
        self._versions = list(versions)
        self._open = open_id
        self.endResetModel()

    def version(self, row: int) -> Version:
        return self._versions[row]

    def row_of(self, doc_id: int) -> int | None:
        return next((row for row, v in enumerate(self._versions) if v.doc_id == doc_id), None)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._versions):
            return None
        version = self._versions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return version_label(version, self._open)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{version.title}\n{version.source_path}"
        if role == DocIdRole:
            return version.doc_id
        if role == VersionRole:
            return version
        return None
