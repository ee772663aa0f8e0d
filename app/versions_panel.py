"""The reader's list of the open document's versions (the same statement stored more than once:
scraped twice, filed under two issuers, re-posted with a new footer) and "What differs": the
words one version has and the other has not, in a dialog.

Shown only for a document with versions. The versions and the differences are read on a pool
thread (`run_in_background`); an answer for a document no longer open is dropped.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..index.models import DiffPiece, Document, Version
from .colours import is_dark
from .document_view import PlainTextView
from .models.versions import DocIdRole, VersionsModel, version_label
from .workers import run_in_background

if TYPE_CHECKING:  # only for type hints: widgets get the archive from the window
    from ..index.archive import Archive

ROWS_SHOWN = 4  # the list's height in rows; more versions scroll


class VersionsPanel(QWidget):
    version_chosen = Signal(int)  # a document id to open

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._open: Document | None = None
        self.model = VersionsModel(self)
        self.label = QLabel(self)
        self.label.setObjectName("versionsLabel")
        self.list = QListView(self)
        self.list.setObjectName("versionsList")
        self.list.setAccessibleName(self.tr("Versions of this statement"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * ROWS_SHOWN + 12)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.differs_button = QPushButton(self.tr("What differs…"), self)
        self.differs_button.setToolTip(self.tr("Compare the open version with the one chosen in the list"))
        self.differs_button.clicked.connect(self.show_differences)
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.differs_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.hide()

    def set_archive(self, archive: Archive) -> None:
        self._archive = archive
        self.clear()

    def clear(self) -> None:
        self._open = None
        self.model.set_versions((), None)
        self.hide()

    def show_versions_of(self, doc: Document) -> None:
        """List the versions of `doc`'s statement (read in the background); hidden if it has none."""
        self._open = doc
        run_in_background(
            self._archive.versions,
            doc.id,
            on_success=lambda versions: self._arrived(doc, versions),
            parent=self,
        )

    def _arrived(self, doc: Document, versions: tuple[Version, ...]) -> None:
        if self._open is None or self._open.id != doc.id:
            return  # another document was opened meanwhile
        self.set_versions(doc, versions)

    def set_versions(self, doc: Document, versions: tuple[Version, ...]) -> None:
        self._open = doc
        self.model.set_versions(versions, doc.id)
        self.setVisible(bool(versions))
        if not versions:
            return
        self.label.setText(
            self.tr("This statement is stored in {0} versions (nothing was deleted):").format(len(versions))
        )
        other = next((row for row, v in enumerate(versions) if v.doc_id != doc.id), None)
        if other is not None:
            self.list.setCurrentIndex(self.model.index(other))

    def _activated(self, index: QModelIndex) -> None:
        doc_id = index.data(DocIdRole)
        if isinstance(doc_id, int) and (self._open is None or doc_id != self._open.id):
            self.version_chosen.emit(doc_id)

    def chosen_other(self) -> Version | None:
        """The version chosen in the list, or the first that is not the open one."""
        index = self.list.currentIndex()
        rows = [index.row()] if index.isValid() else []
        rows += range(self.model.rowCount())
        for row in rows:
            version = self.model.version(row)
            if self._open is not None and version.doc_id != self._open.id:
                return version
        return None

    def show_differences(self) -> None:
        """Open the dialog comparing the open version with the chosen one."""
        other = self.chosen_other()
        if self._open is None or other is None:
            return
        doc = self._open
        dialog = DifferencesDialog(self._versions_pair(doc, other), self)
        dialog.show()
        run_in_background(
            self._archive.differences,
            doc.id,
            other.doc_id,
            on_success=dialog.set_pieces,
            on_failure=lambda message: dialog.failed(message),
            parent=dialog,
        )

    def _versions_pair(self, doc: Document, other: Version) -> tuple[str, str]:
        mine = self.model.row_of(doc.id)
        first = version_label(self.model.version(mine), None) if mine is not None else doc.title
        return first, version_label(other, None)


class DifferencesDialog(QDialog):
    """What differs between two versions: words only in the open one struck through in red,
    words only in the other underlined in green, long stretches in common shortened."""

    def __init__(self, names: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("differencesDialog")
        self.setWindowTitle(self.tr("What differs between two versions"))
        self.resize(760, 560)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        removed, added = _colours()
        e = html.escape
        self.legend.setText(
            self.tr(
                "<span style='{0}'>Struck through</span>: only in {1}. "
                "<span style='{2}'>Underlined</span>: only in {3}."
            ).format(removed, e(names[0]), added, e(names[1]))
        )
        self.text = PlainTextView(self)
        self.text.setObjectName("differencesText")
        self.text.setAccessibleName(self.tr("Differences between the versions"))
        self.text.setPlainText(self.tr("Comparing…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.pieces: tuple[DiffPiece, ...] = ()

    def set_pieces(self, pieces: tuple[DiffPiece, ...]) -> None:
        self.pieces = pieces
        self.text.setHtml(differences_html(pieces))

    def failed(self, message: str) -> None:
        self.text.setPlainText(self.tr("The versions could not be compared: {0}").format(message))


def _colours() -> tuple[str, str]:
    """CSS for removed and added words, readable on a light or a dark palette."""
    if is_dark():
        return ("color:#ff8a80; text-decoration:line-through", "color:#9be59b; text-decoration:underline")
    return ("color:#b00020; text-decoration:line-through", "color:#1b6e20; text-decoration:underline")


def differences_html(pieces: tuple[DiffPiece, ...]) -> str:
    """The pieces as HTML: every text escaped (it comes from the documents), changes styled."""
    removed, added = _colours()
    style = {"removed": removed, "added": added}
    out = []
    for piece in pieces:
        text = html.escape(piece.text)
        out.append(f"<span style='{style[piece.kind]}'>{text}</span>" if piece.kind in style else text)
    if not any(p.kind != "same" for p in pieces):
        same = QCoreApplication.translate("DifferencesDialog", "The two versions have the same words.")
        out = [html.escape(same)]
    return "<p style='line-height:140%'>" + " ".join(out) + "</p>"
