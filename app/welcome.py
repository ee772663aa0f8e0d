"""The first thing a person sees in an empty archive: what the app does and how to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    """Three large buttons; the main window connects their signals to the import flow."""

    import_files_requested = Signal()
    import_folder_requested = Signal()
    open_sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")
        self.setAccessibleName(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self._title(), alignment=Qt.AlignmentFlag.AlignHCenter)
        # No alignment flag here: it would size the word-wrapped label to its one-line hint and
        # cut the text off. Stretches either side centre it instead.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._blurb(), 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(16)
        self.import_files_button = self._button(
            self.tr("Import files…"),
            self.tr("Choose statements to add: text, Markdown, web pages, PDF, Word or e-mail files"),
            self.import_files_requested,
        )
        self.import_folder_button = self._button(
            self.tr("Import folder…"),
            self.tr("Add every statement in a folder and its subfolders"),
            self.import_folder_requested,
        )
        self.open_sample_button = self._button(
            self.tr("Open the sample archive"),
            self.tr("Explore a ready-made archive of published statements first"),
            self.open_sample_requested,
        )
        for button in (self.import_files_button, self.import_folder_button, self.open_sample_button):
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _title(self) -> QLabel:
        label = QLabel(self.tr("Welcome to Advocacy Archive"), self)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        label.setFont(font)
        label.setAccessibleName(self.tr("Welcome title"))
        return label

    def _blurb(self) -> QLabel:
        label = QLabel(
            self.tr(
                "Keep the statements, press releases and letters you work with in one place on "
                "this computer. Search them, see who is named and who is being asked to do "
                "what — all offline."
            ),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setMaximumWidth(560)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setAccessibleName(self.tr("What this app does"))
        return label

    def _button(self, text: str, tip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…"))
        button.setAccessibleDescription(tip)
        button.setMinimumSize(320, 52)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        button.setFont(font)
        button.clicked.connect(signal.emit)
        return button
