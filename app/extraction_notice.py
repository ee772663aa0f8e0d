"""A bar above the archive when its actors and demands were found by an earlier release's rules.

What the panels show was stored at import, so an archive built before an upgrade keeps showing
what the older rules found. Extracting again takes minutes on a large archive and holds the
writer lock, so it is offered, not started: the bar names the action and the user's edits it
keeps; "Not now" hides it until the archive is opened again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ..index.archive import Archive


class ExtractionNotice(QFrame):
    extract_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("extractionNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(
            self.tr(
                "The actors and demands in this archive were found by an earlier version's rules. "
                "Extract them again to see what this version finds; your corrections are kept."
            ),
            self,
        )
        self.label.setWordWrap(True)
        self.extract_button = QPushButton(self.tr("Extract again"), self)
        self.extract_button.setObjectName("extractAgain")
        self.dismiss_button = QPushButton(self.tr("Not now"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.extract_button)
        layout.addWidget(self.dismiss_button)
        self.extract_button.clicked.connect(self._extract)
        self.dismiss_button.clicked.connect(self._dismiss)
        self._archive: Archive | None = None
        self._dismissed: Archive | None = None  # "Not now" holds for this opening of the archive
        self.hide()

    def update_for(self, archive: Archive, *, empty: bool) -> None:
        """Shown while `archive`'s extraction is outdated (read from a flag the archive set
        when it was opened: nothing here waits on the catalog), unless put off for it."""
        self._archive = archive
        self.setVisible(archive.extraction_outdated and not empty and archive is not self._dismissed)

    def _dismiss(self) -> None:
        self._dismissed = self._archive
        self.hide()

    def _extract(self) -> None:
        self.hide()
        self.extract_requested.emit()
