"""The dialog shown after an import: what was added, what was already there, what failed and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..index.formats import install_hint
from ..index.models import ImportReport
from .models.import_outcomes import (
    COL_FILE,
    COL_RESULT,
    OUTCOME_ROLE,
    SORT_ROLE,
    ImportOutcomeModel,
    status_label,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummaryDialog", text)


def _count(n: int, one: str, many: str) -> str:
    # No .qm plural forms ship yet, so choose the English form here; %n is the count.
    return _tr(one if n == 1 else many).replace("%n", str(n))


def summary_text(report: ImportReport) -> str:
    """One short paragraph a person can read at a glance."""
    parts: list[str] = []
    if report.cancelled:
        parts.append(_tr("The import was cancelled; files after that point were not imported."))
    parts += [_count(len(report.imported), "Imported %n document.", "Imported %n documents.")]
    if report.duplicates:
        parts.append(
            _count(
                len(report.duplicates),
                "%n file was already in the archive.",
                "%n files were already in the archive.",
            )
        )
    if report.failed:
        parts.append(
            _count(len(report.failed), "%n file could not be imported.", "%n files could not be imported.")
        )
    if report.needs_ocr:
        parts.append(ocr_advice(report))
    return "\n".join(parts)


def ocr_advice(report: ImportReport) -> str:
    """Which files are scans or images left unread, and how to read them: turn OCR on, or
    install what reads them."""
    if report.ocr_turned_off:
        return _count(
            len(report.needs_ocr),
            "%n file is a scan or an image whose text needs OCR, which is turned off. ",
            "%n files are scans or images whose text needs OCR, which is turned off. ",
        ) + _tr("Turn it on in Settings, then import the files that failed again.")
    return _count(
        len(report.needs_ocr),
        "%n file is a scan or an image whose text needs OCR, and Tesseract OCR is not installed. ",
        "%n files are scans or images whose text needs OCR, and Tesseract OCR is not installed. ",
    ) + _tr("{hint}, then import the files that failed again.").format(hint=install_hint())


def report_as_text(report: ImportReport) -> str:
    """The whole report as plain text, for the clipboard or a bug report."""
    lines = [summary_text(report), ""]
    for outcome in report.outcomes:
        reason = f" — {outcome.reason}" if outcome.reason else ""
        lines.append(f"{status_label(outcome.status)}: {outcome.path}{reason}")
    return "\n".join(lines) + "\n"


class ImportSummaryDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setObjectName("importSummaryDialog")
        self.setWindowTitle(self.tr("Import cancelled") if report.cancelled else self.tr("Import finished"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 420)

        self.headline = QLabel(summary_text(report), self)
        self.headline.setWordWrap(True)
        self.headline.setAccessibleName(self.tr("Import summary"))
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ImportOutcomeModel(self)
        self.model.set_rows(report.outcomes)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = self._make_view()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy to clipboard"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the import report to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)

        # The table elides long reasons; the selected file's full path and reason show here.
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Details of the selected file"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        if self.proxy.rowCount():
            # Problems sort first, so the first failure's reason is visible without a click.
            self.view.setCurrentIndex(self.proxy.index(0, COL_RESULT))

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        outcome = current.siblingAtColumn(COL_RESULT).data(OUTCOME_ROLE)
        if outcome is None:
            self.details.clear()
            return
        text = f"{status_label(outcome.status)}: {outcome.path}"
        self.details.setText(f"{text}\n{outcome.reason}" if outcome.reason else text)

    def _make_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("importOutcomes")
        view.setAccessibleName(self.tr("Files and what happened to each"))
        view.setModel(self.proxy)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setSortingEnabled(True)
        view.sortByColumn(COL_RESULT, Qt.SortOrder.AscendingOrder)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = view.header()
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_FILE, 240)
        header.setStretchLastSection(True)  # the reason column is last: it gets the room
        return view

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(report_as_text(self.report))
