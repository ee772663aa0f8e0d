"""The settings a user changes: which archive opens, the theme, how many results a search
fetches at a time, whether imports read scans by OCR. Opened without a nested event loop;
`applied` carries what changed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from ..index.formats import install_hint, ocr_installed
from .settings import RESULTS_PER_PAGE, Settings


@dataclass(frozen=True)
class Chosen:
    archive: Path
    theme: str
    results_per_page: int
    ocr: bool


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
        form.addRow(self.tr("Scans and images:"), self._ocr_box(settings))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _ocr_box(self, settings: Settings) -> QCheckBox:
        """On or off where Tesseract is installed; elsewhere unchecked and disabled, saying why
        and how to install it (the setting itself is kept for when it is)."""
        self.ocr = QCheckBox(self.tr("Read their text by OCR when importing"), self)
        self.ocr.setAccessibleName(self.tr("Read scans and images by OCR"))
        self._ocr_available = ocr_installed()
        if self._ocr_available:
            self.ocr.setChecked(settings.ocr_enabled)
            self.ocr.setToolTip(self.tr("Tesseract reads each scanned page, a few seconds a page"))
        else:
            self.ocr.setChecked(False)
            self.ocr.setEnabled(False)
            missing = self.tr("Tesseract OCR is not installed. {hint}.")
            self.ocr.setToolTip(missing.format(hint=install_hint()))
        self._ocr_wanted = settings.ocr_enabled
        return self.ocr

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Archive folder"), self.archive.text())
        if folder:
            self.archive.setText(folder)

    def chosen(self) -> Chosen:
        return Chosen(
            archive=Path(self.archive.text().strip()).expanduser(),
            theme=str(self.theme.currentData()),
            results_per_page=self.per_page.value(),
            ocr=self.ocr.isChecked() if self._ocr_available else self._ocr_wanted,
        )

    def accept(self) -> None:
        self.applied.emit(self.chosen())
        super().accept()
