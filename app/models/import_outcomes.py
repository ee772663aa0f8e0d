"""Table model of an import's outcomes: one row per input file, what happened and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...index.models import ImportOutcome

COL_RESULT, COL_FILE, COL_REASON = range(3)

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1  # the ImportOutcome itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # problems first, then duplicates, then imported

# Problems need attention, so they sort first.
_STATUS_RANK = {"failed": 0, "skipped": 1, "duplicate": 2, "imported": 3}

_Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    labels = {
        "imported": QCoreApplication.translate("ImportOutcomeModel", "Imported"),
        "duplicate": QCoreApplication.translate("ImportOutcomeModel", "Already in archive"),
        "failed": QCoreApplication.translate("ImportOutcomeModel", "Failed"),
        "skipped": QCoreApplication.translate("ImportOutcomeModel", "Skipped"),
    }
    return labels.get(status, status)


def _status_icon(status: str) -> QIcon | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    pixmaps = {
        "imported": QStyle.StandardPixmap.SP_DialogApplyButton,
        "duplicate": QStyle.StandardPixmap.SP_FileDialogInfoView,
        "failed": QStyle.StandardPixmap.SP_MessageBoxWarning,
        "skipped": QStyle.StandardPixmap.SP_MessageBoxInformation,
    }
    pixmap = pixmaps.get(status)
    return app.style().standardIcon(pixmap) if pixmap is not None else None


class ImportOutcomeModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ImportOutcome, ...] = ()

    def set_rows(self, outcomes: tuple[ImportOutcome, ...] | list[ImportOutcome]) -> None:
        self.beginResetModel()
        self._rows = tuple(outcomes)
        self.endResetModel()

    def outcome(self, row: int) -> ImportOutcome:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Result"), self.tr("File"), self.tr("Reason"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        outcome = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(outcome, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_RESULT:
            return _status_icon(outcome.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return outcome.path if column == COL_FILE else outcome.reason or None
        if role == OUTCOME_ROLE:
            return outcome
        if role == SORT_ROLE:
            if column == COL_RESULT:
                return _STATUS_RANK.get(outcome.status, 9)
            return (self._display(outcome, column) or "").casefold()
        return None

    def _display(self, outcome: ImportOutcome, column: int) -> str:
        if column == COL_RESULT:
            return status_label(outcome.status)
        if column == COL_FILE:
            return Path(outcome.path).name or outcome.path
        if column == COL_REASON:
            return outcome.reason
        return ""
