"""Correcting a document's record from the reader: its title, date, issuer, language and the
address it was published at (`Archive.edit_record`, the same as `advocacy-archive edit`).

The dialog shows the record as it is, says which fields are already the user's own, and saves in
the background; a value the archive refuses (a date that is not a date) is said beside the form
and nothing is saved. "Undo correction" brings back what a correction replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..index.models import Document
from .workers import run_in_background

if TYPE_CHECKING:
    from ..index.archive import Archive

FIELDS = ("title", "date", "issuer", "language", "url")


class RecordEditor(QDialog):
    """Edits one document's record; `saved` carries its id once the archive has the change."""

    saved = Signal(int)

    def __init__(
        self, archive: Archive, doc: Document, corrected: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordEditor")
        self.setWindowTitle(self.tr("Correct the record"))
        self._archive, self._doc = archive, doc
        self._labels = {
            "title": self.tr("Title"),
            "date": self.tr("Date"),
            "issuer": self.tr("Issuer"),
            "language": self.tr("Language"),
            "url": self.tr("Published at"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.undo_buttons: dict[str, QPushButton] = {}
        form = QFormLayout()
        for name in FIELDS:
            form.addRow(self._labels[name], self._row(name, name in corrected))
        self.fields["date"].setPlaceholderText(self.tr("2016-12-13, 2016-12, 2016 or undated"))
        self.fields["language"].setPlaceholderText(self.tr("two letters, e.g. en"))
        self.error = QLabel(self)
        self.error.setObjectName("recordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight)")
        note = QLabel(self.tr("Your corrections stay through re-extraction, reindexing and backups."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _row(self, name: str, corrected: bool) -> QWidget:
        value = getattr(self._doc, name) or ""
        edit = QLineEdit(str(value), self)
        edit.setAccessibleName(self._labels[name])
        self.fields[name] = edit
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit, 1)
        if corrected:
            undo = QPushButton(self.tr("Undo correction"), row)
            undo.setToolTip(self.tr("Bring back the value this correction replaced"))
            undo.clicked.connect(lambda _=False, field=name: self.take_back(field))
            self.undo_buttons[name] = undo
            line.addWidget(undo)
        return row

    def changed(self) -> dict[str, str]:
        """The fields whose text differs from the record as shown."""
        out = {}
        for name, edit in self.fields.items():
            before = getattr(self._doc, name) or ""
            if edit.text().strip() != str(before):
                out[name] = edit.text()
        return out

    def save(self) -> None:
        values = self.changed()
        if not values:
            self.accept()
            return
        self._busy(True)
        run_in_background(
            self._archive.edit_record,
            self._doc.id,
            values,
            on_success=lambda _fields: self._done(),
            on_failure=self._refused,
            parent=self,
            writer=True,
        )

    def take_back(self, field: str) -> None:
        self._busy(True)
        run_in_background(
            self._archive.take_back_edit,
            self._doc.id,
            field,
            on_success=lambda _undone: self._done(),
            on_failure=self._refused,
            parent=self,
            writer=True,
        )

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        for button in self.undo_buttons.values():
            button.setEnabled(not busy)

    def _done(self) -> None:
        self.saved.emit(self._doc.id)
        self.accept()

    def _refused(self, message: str) -> None:
        self._busy(False)
        self.error.setText(message)
        self.error.setFocus(Qt.FocusReason.OtherFocusReason)


def open_editor(archive: Archive, doc: Document, parent: QWidget, on_saved: Callable[[int], object]) -> None:
    """Read which fields are already corrected (in the background), then open the editor."""

    def show(corrections: object) -> None:
        corrected = set(corrections) if isinstance(corrections, dict) else set()
        editor = RecordEditor(archive, doc, corrected, parent)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(on_saved)
        editor.open()

    run_in_background(archive.corrections, doc.id, on_success=show, parent=parent)
