"""The settings a user changes: which archive opens, the theme, how many results a search
fetches at a time. Opened without a nested event loop; `applied` carries what changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .settings import RESULTS_PER_PAGE, Settings


@dataclass(frozen=True)
class Chosen:
    archive: Path
    theme: str
    results_per_page: int


class SettingsDialog(QDialog):
    applied = Signal(object)  # Chosen

    def __init__(self, settings: Settings, archive: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.archive = QLineEdit(str(archive), self)
        self.archive.setAccessibleName(self.tr("Archive folder"))
        self.archive.setMinimumWidth(360)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        folder = QHBoxLayout()
        folder.addWidget(self.archive, 1)
        folder.addWidget(browse)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in (
            ("system", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        low, _, high = RESULTS_PER_PAGE
        self.per_page = QSpinBox(self)
        self.per_page.setAccessibleName(self.tr("Results fetched at a time"))
        self.per_page.setRange(low, high)
        self.per_page.setSingleStep(10)
        self.per_page.setValue(settings.results_per_page)
        self.per_page.setToolTip(self.tr("More results load as the list scrolls"))

        form = QFormLayout()
        form.addRow(self.tr("Archive folder:"), folder)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Results per page:"), self.per_page)
        # OCR on/off: the OCR change (issue 12, point 5) adds its row here, e.g.
        # form.addRow(self.tr("Read scans (OCR):"), self.ocr) with a QCheckBox bound to
        # Settings.ocr_enabled, disabled with a reason when Tesseract is not installed.
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Archive folder"), self.archive.text())
        if folder:
            self.archive.setText(folder)

    def chosen(self) -> Chosen:
        return Chosen(
            archive=Path(self.archive.text().strip()).expanduser(),
            theme=str(self.theme.currentData()),
            results_per_page=self.per_page.value(),
        )

    def accept(self) -> None:
        self.applied.emit(self.chosen())
        super().accept()
