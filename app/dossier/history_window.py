"""The edit history: every edit made by hand, newest first, with its time; "Undo last edit"
undoes them one at a time (an undone edit stays listed, marked so)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...index.archive import Archive
from ...index.models import EditRecord
from ..appearance import muted
from ..models.records import Column, RecordsModel
from ..workers import run_in_background


def _when(at: str) -> str:
    return at.replace("T", " ")[:16]


class EditHistoryWindow(QWidget):
    undo_requested = Signal()
    loaded = Signal(int)

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setObjectName("editHistoryWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Edit history"))
        self.resize(820, 420)
        self.model = RecordsModel(
            [
                Column(self.tr("When"), lambda e: _when(e.at), sort=lambda e: e.id),
                Column(self.tr("Edit"), lambda e: e.summary),
                Column(self.tr("Undone"), lambda e: _when(e.undone_at) if e.undone_at else ""),
            ],
            date_of=lambda e: None,
            parent=self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().resizeSection(0, 140)
        self.view.horizontalHeader().resizeSection(1, 520)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Edits made by hand, newest first"))
        self.undo_button = QPushButton(self.tr("Undo last edit"), self)
        self.undo_button.clicked.connect(self.undo_requested)
        self.note = muted(QLabel(self))
        bar = QHBoxLayout()
        bar.addWidget(self.note, 1)
        bar.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def reload(self) -> None:
        run_in_background(self.archive.edit_history, on_success=self._show, parent=self)

    def _show(self, entries: tuple[EditRecord, ...]) -> None:
        self.model.set_rows(entries)
        left = sum(1 for e in entries if not e.undone_at)
        self.undo_button.setEnabled(left > 0)
        self.note.setText(self.tr("{0} edits, {1} can be undone, newest first").format(len(entries), left))
        self.loaded.emit(len(entries))
