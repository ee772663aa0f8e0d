"""The "All demands" window: every call to action in the archive, filterable, sortable, exportable.

Rows come from `Archive.all_demands()`, loaded on a background thread; double-clicking a row
asks the main window to open the document at the demand (`open_document(doc_id, start, end)`).
"""

from __future__ import annotations

import logging
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..index import dates
from ..index.models import DemandRow
from .demands_csv import write_demands_csv
from .messages import show_error
from .models.demand_table import (
    COL_ACTION,
    COL_BY,
    COL_DATE,
    COL_DOCUMENT,
    COL_TARGETS,
    ROW_ROLE,
    DemandFilterProxy,
    DemandTableModel,
    by_of,
    year_of,
)
from .workers import run_in_background

__all__ = ["AllDemandsWindow", "write_demands_csv"]

log = logging.getLogger(__name__)


class AllDemandsWindow(QWidget):
    open_document = Signal(int, int, int)  # doc_id, start, end
    loaded = Signal(int)  # number of demands now in the table

    def __init__(self, archive: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setObjectName("allDemandsWindow")
        self.setWindowTitle(self.tr("All demands"))
        self.setAccessibleName(self.tr("All demands"))
        self.resize(1100, 640)
        self._generation = 0  # ignores results of a reload that a newer one superseded
        self._pending_target: str | None = None

        self.model = DemandTableModel(self)
        self.proxy = DemandFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.text_filter = QLineEdit(self)
        self.text_filter.setPlaceholderText(self.tr("Filter demands…"))
        self.text_filter.setAccessibleName(self.tr("Filter demands by text"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        self.target_combo = self._combo(self.tr("Filter by target"), self.proxy.set_target)
        self.by_combo = self._combo(self.tr("Filter by who makes the demand"), self.proxy.set_by)
        self.issuer_combo = self._combo(self.tr("Filter by issuer of the document"), self.proxy.set_issuer)
        self.year_combo = self._combo(self.tr("Filter by year"), self.proxy.set_year)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the shown demands as CSV"))
        self.export_button.clicked.connect(self._ask_and_export)
        self.every_version = QCheckBox(self.tr("Every version"), self)
        self.every_version.setToolTip(
            self.tr(
                "List a demand once for each version of a statement stored more than once "
                "(by default a demand its versions share is listed once)"
            )
        )
        self.every_version.toggled.connect(lambda _on: self.reload())
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of demands shown"))
        self._layout()
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._fill_combos()

    # -- construction ----------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("allDemandsTable")
        table.setAccessibleName(self.tr("Demands"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # One line per demand (the full sentence is in the tooltip): keep rows compact.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((COL_BY, 170), (COL_TARGETS, 190), (COL_ACTION, 360)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_DOCUMENT, QHeaderView.ResizeMode.Stretch)
        # activated covers double-click and Enter, so the keyboard can open documents too.
        table.activated.connect(self._on_activated)
        return table

    def _combo(self, accessible_name: str, apply: Any) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible_name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(260)
        combo.currentIndexChanged.connect(lambda _i: apply(combo.currentData()))
        return combo

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.text_filter, 2)
        for text, combo in (
            (self.tr("Target:"), self.target_combo),
            (self.tr("By:"), self.by_combo),
            (self.tr("Issuer:"), self.issuer_combo),
            (self.tr("Year:"), self.year_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo, 1)
        bar.addWidget(self.every_version)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        # Each time the window comes up it re-reads the archive, so demands from imports made
        # while it was hidden are there without the caller having to remember reload().
        super().showEvent(event)
        if self.archive is not None and not event.spontaneous():
            self.reload()

    def reload(self) -> None:
        """Re-read every demand from the archive, off the GUI thread; emits `loaded` when done."""
        self._generation += 1
        generation = self._generation
        self.count_label.setText(self.tr("Loading demands…"))
        run_in_background(
            partial(self.archive.all_demands, all_versions=self.every_version.isChecked()),
            on_success=lambda rows: self._on_loaded(generation, rows),
            on_failure=self._on_load_failed,
            parent=self,
        )

    def set_rows(self, rows: tuple[DemandRow, ...] | list[DemandRow]) -> None:
        """Show `rows`, keeping the chosen filters where they still apply."""
        self.model.set_rows(rows)
        self._fill_combos()
        self._update_count()

    def _on_loaded(self, generation: int, rows: tuple[DemandRow, ...]) -> None:
        if generation != self._generation:
            return
        self.set_rows(rows)
        self.loaded.emit(len(rows))

    def _on_load_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Could not load the demands."))
        show_error(self, self.tr("Could not load the demands"), message)

    def _fill_combos(self) -> None:
        rows = self.model.rows()
        targets = Counter(t for row in rows for t in row.demand.targets)
        bys = Counter(by_of(row) for row in rows if by_of(row))
        issuers = Counter(row.issuer for row in rows if row.issuer)
        years = Counter(year_of(row) for row in rows if year_of(row))
        wanted_target = self._pending_target or self.target_combo.currentData()
        self._pending_target = None
        self._refill(self.target_combo, self.tr("All targets"), targets, wanted_target, by_name=True)
        self._refill(self.by_combo, self.tr("Anyone"), bys, self.by_combo.currentData(), by_name=True)
        self._refill(
            self.issuer_combo, self.tr("All issuers"), issuers, self.issuer_combo.currentData(), by_name=True
        )
        self._refill(
            self.year_combo, self.tr("All years"), years, self.year_combo.currentData(), by_name=False
        )

    def _refill(
        self, combo: QComboBox, all_text: str, counts: Counter[str], keep: str | None, *, by_name: bool
    ) -> None:
        if by_name:
            names = sorted(counts, key=str.casefold)
        else:  # years, newest first, the "undated" bucket last
            names = sorted(counts, key=lambda year: (year != dates.UNDATED, year), reverse=True)
        if keep and keep not in counts:
            names.insert(0, keep)  # a target asked for by name stays selectable, showing 0 rows
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for name in names:
            combo.addItem(f"{name} ({counts.get(name, 0)})", name)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
        combo.blockSignals(False)
        # Signals were blocked while refilling, so apply the (possibly kept) choice explicitly.
        combo.currentIndexChanged.emit(combo.currentIndex())

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("Showing {shown} of {total} demands").format(shown=shown, total=total)
        )

    # -- public actions --------------------------------------------------------------------
    def show_target(self, name: str | None) -> None:
        """Show only demands made of `name` (None: of anyone)."""
        if name is None:
            self.target_combo.setCurrentIndex(0)
            return
        index = self.target_combo.findData(name)
        if index < 0:
            self._pending_target = name
            self._fill_combos()
            index = self.target_combo.findData(name)
        self.target_combo.setCurrentIndex(index)

    def visible_rows(self) -> list[DemandRow]:
        return self.proxy.visible_rows()

    def export_csv(self, path: Path) -> int:
        """Write the rows currently shown (filtered, in their order) to `path`; returns the count."""
        count = write_demands_csv(self.visible_rows(), Path(path))
        log.info("Exported %d demands to %s", count, path)
        return count

    def _ask_and_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export demands"), "demands.csv", self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        try:
            count = self.export_csv(Path(name))
        except OSError as exc:
            show_error(
                self,
                self.tr("Could not export"),
                self.tr("Could not write {path}: {error}").format(path=name, error=exc.strerror or exc),
            )
            return
        self.count_label.setText(self.tr("Exported {count} demands to {path}").format(count=count, path=name))

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, DemandRow):
            self.open_document.emit(row.doc_id, row.demand.start, row.demand.end)
