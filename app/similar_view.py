"""The "More like this" window: the documents most similar in content to one document, each with
the key terms it shares with it (the reason it is listed); versions of the same statement are
left out, and said to be.

The list comes from `Archive.similar`, read on the read pool; activating a row (double-click,
Enter) asks the main window to open that document in the reader. Esc closes the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..index.models import SimilarDocuments
from .appearance import muted
from .look_up_window import LookUpWindow
from .models.similar import COL_SHARED, COL_SOURCE, COL_TITLE, DOC_ID_ROLE, SimilarModel, SimilarProxy
from .workers import run_in_background

if TYPE_CHECKING:  # only for type hints: widgets get the archive from the window
    from ..index.archive import Archive


class SimilarWindow(LookUpWindow):
    open_document = Signal(int)  # doc_id
    loaded = Signal(object)  # the SimilarDocuments shown

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setObjectName("similarWindow")
        self.setWindowTitle(self.tr("More like this"))
        self.resize(900, 420)
        self._asked = -1  # the document whose list is awaited or shown
        self.model = SimilarModel(self)
        self.proxy = SimilarProxy(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel(self)
        self.heading.setObjectName("similarHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.details = muted(QLabel(self))
        self.details.setWordWrap(True)
        self.table = self._make_table()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.table, 1)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("similarTable")
        table.setAccessibleName(self.tr("Similar documents"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)  # the title column sorts by rank
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_SOURCE, 220)
        header.resizeSection(COL_SHARED, 300)
        table.activated.connect(self._activated)
        return table

    def set_archive(self, archive: Archive) -> None:
        self.archive = archive
        self._asked = -1
        self.model.set_rows(())

    def show_for(self, doc_id: int, title: str) -> None:
        """List the documents like `doc_id` (titled `title`), read in the background."""
        self._asked = doc_id
        self.heading.setText(self.tr("Documents like “{0}”").format(title))
        self.details.setText(self.tr("Looking for similar documents…"))
        self.model.set_rows(())
        archive = self.archive
        run_in_background(
            archive.similar,
            doc_id,
            on_success=lambda found: self._arrived(archive, found),
            on_failure=self._failed,
            parent=self,
        )

    def _arrived(self, archive: Archive, found: SimilarDocuments) -> None:
        if archive is not self.archive or found.doc_id != self._asked:
            return  # another document was asked for since
        self.model.set_rows(found.documents)
        self.details.setText(self._summary(found))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self.loaded.emit(found)

    def _summary(self, found: SimilarDocuments) -> str:
        if not found.key_terms:
            return self.tr("This document has no words telling enough to look for others by.")
        text = self.tr("Key terms: {0}.").format(", ".join(found.key_terms[:12]))
        if not found.documents:
            text += " " + self.tr("No other document shares them.")
        if found.versions:
            text += " " + self.tr("{0} version(s) of the same statement left out.").format(
                len(found.versions)
            )
        return text

    def _failed(self, message: str) -> None:
        self.details.setText(message)

    def _activated(self, index: QModelIndex) -> None:
        doc_id = index.siblingAtColumn(COL_TITLE).data(DOC_ID_ROLE)
        if doc_id is not None:
            self.open_document.emit(int(doc_id))
