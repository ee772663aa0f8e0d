"""The Batch search window: paste or load a list of queries (one a line, or a column of a CSV
file), run them all with the main window's filters, and read a table of each query's document
count and best match; export the table or the hits as CSV. Double-clicking a row shows that
query's results in the main window.

Reading the list and running the batch happen in the background (progress and Cancel).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..index.archive import Archive
from ..index.models import BatchQuery, BatchResult, BatchRow
from .appearance import muted
from .long_task import LongTask
from .look_up_window import LookUpWindow
from .models.batch_table import COL_BEST, COL_LINE, COL_QUERY, BatchProxy, BatchTableModel, RowRole
from .models.facets import facet_label, value_label
from .table_view import data_table
from .workers import run_in_background

log = logging.getLogger(__name__)

LIST_FILTER = "Lists of queries (*.txt *.csv *.tsv);;All files (*)"


class BatchSearchWindow(LookUpWindow):
    query_chosen = Signal(str)  # show this query's results in the main window
    finished = Signal(object)  # BatchResult
    message = Signal(str)

    def __init__(
        self, archive: Archive, filters_of: Callable[[], dict[str, list[str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.filters_of = filters_of
        self.result: BatchResult | None = None
        self._file: Path | None = None  # a loaded list: its queries keep the file's line numbers
        self._file_queries: tuple[BatchQuery, ...] = ()
        self._filling = False
        self.setObjectName("batchSearchWindow")
        self.setWindowTitle(self.tr("Batch search"))
        self.resize(980, 680)
        self.task = LongTask(self, self.tr("Batch search"))
        self.task.finished.connect(self._show_result)
        self._build()

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.queries = QPlainTextEdit(self)
        self.queries.setObjectName("batchQueries")
        self.queries.setAccessibleName(self.tr("Queries, one a line"))
        self.queries.setPlaceholderText(
            self.tr("One query a line: names of detainees, places, officials…")
            + '\nRaif Badawi\nAleppo AND "safe passage"'
        )
        self.queries.textChanged.connect(self._typed)
        self.source = muted(QLabel(self.tr("Type or paste queries, or load a list."), self))
        self.load_button = QPushButton(self.tr("Load list…"), self)
        self.load_button.clicked.connect(self._ask_for_file)
        self.column = QComboBox(self)
        self.column.setAccessibleName(self.tr("Column holding the queries"))
        self.column.currentIndexChanged.connect(self._column_chosen)
        self.column_label = QLabel(self.tr("Column:"), self)
        self.column_label.setBuddy(self.column)
        self.phrases = QCheckBox(self.tr("Each line as an exact phrase"), self)
        self.phrases.setToolTip(self.tr("For lists of names: “John Smith” as the two words together"))
        self.use_filters = QCheckBox(self)
        self.use_filters.setChecked(True)
        self.top = QSpinBox(self)
        self.top.setRange(1, 20)
        self.top.setValue(3)
        self.top.setAccessibleName(self.tr("Best matches kept per query"))
        self.run_button = QPushButton(self.tr("Search all"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.model = BatchTableModel(self)
        self.proxy = BatchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.summary = QLabel(self)
        self.summary.setObjectName("batchSummary")
        self.export_table_button = QPushButton(self.tr("Export table…"), self)
        self.export_table_button.clicked.connect(lambda: self._ask_and_export(hits=False))
        self.export_hits_button = QPushButton(self.tr("Export hits…"), self)
        self.export_hits_button.clicked.connect(lambda: self._ask_and_export(hits=True))
        self._set_column_choice([])
        self._layout()
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = data_table(
            self,
            self.proxy,
            "batchTable",
            self.tr("Results of each query"),
            (COL_LINE, Qt.SortOrder.AscendingOrder),
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COL_QUERY, 240)
        header.setSectionResizeMode(COL_BEST, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        return table

    def _layout(self) -> None:
        options = QHBoxLayout()
        for widget in (self.load_button, self.column_label, self.column):
            options.addWidget(widget)
        options.addWidget(self.phrases)
        options.addWidget(self.use_filters, 1)
        options.addWidget(QLabel(self.tr("Best matches:"), self))
        options.addWidget(self.top)
        options.addWidget(self.run_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.queries, 1)
        top_layout.addWidget(self.source)
        top_layout.addLayout(options)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.export_table_button)
        footer.addWidget(self.export_hits_button)
        bottom_layout.addLayout(footer)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- the list of queries ---------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._describe_filters()

    def set_archive(self, archive: Archive) -> None:
        self.archive = archive
        self.model.set_rows(())
        self.result = None
        self._update_buttons()

    def _describe_filters(self) -> None:
        filters = self.filters_of()
        chosen = [f"{facet_label(k)}: {value_label(k, v)}" for k, values in filters.items() for v in values]
        self.use_filters.setText(
            self.tr("Apply the main window's filters ({0})").format("; ".join(chosen))
            if chosen
            else self.tr("Apply the main window's filters (none chosen)")
        )
        self.use_filters.setEnabled(bool(chosen))

    def _typed(self) -> None:
        if self._filling:
            return
        if self._file is not None:  # edited by hand: the lines are now this text's
            self._file, self._file_queries = None, ()
            self._set_column_choice([])
        self.source.setText(self.tr("Typed or pasted queries: {0}").format(len(self.queries_to_run())))

    def _ask_for_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a list of queries"), "", self.tr(LIST_FILTER)
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Load a list; a CSV file with several columns first asks which (the column box)."""

        def columns_read(columns: list[str]) -> None:
            self._file = path
            self._set_column_choice(columns)
            self._read_file(path)

        run_in_background(
            Archive.query_columns, path, on_success=columns_read, on_failure=self.message.emit, parent=self
        )

    def _set_column_choice(self, columns: list[str]) -> None:
        self.column.blockSignals(True)
        self.column.clear()
        for name in columns:
            self.column.addItem(name, name)
        self.column.blockSignals(False)
        several = len(columns) > 1
        self.column.setVisible(several)
        self.column_label.setVisible(several)

    def _column_chosen(self, _index: int) -> None:
        if self._file is not None:
            self._read_file(self._file)

    def _read_file(self, path: Path) -> None:
        column = self.column.currentData() if self.column.count() > 1 else None

        def read(queries: tuple[BatchQuery, ...]) -> None:
            self._filling = True
            self.queries.setPlainText("\n".join(q.text for q in queries))
            self._filling = False
            self._file, self._file_queries = path, queries
            where = self.tr(", column “{0}”").format(column) if column else ""
            self.source.setText(
                self.tr("{0} queries from {1}{2} (lines as in the file)").format(
                    len(queries), path.name, where
                )
            )
            self._update_buttons()

        run_in_background(
            lambda: Archive.read_queries(path, column=column),
            on_success=read,
            on_failure=self.message.emit,
            parent=self,
        )

    def queries_to_run(self) -> tuple[BatchQuery, ...]:
        if self._file is not None:
            return self._file_queries
        return Archive.read_queries(text=self.queries.toPlainText())

    # -- running ---------------------------------------------------------------------------
    def run(self) -> LongTask | None:
        queries = self.queries_to_run()
        if not queries:
            self.summary.setText(self.tr("Type or load some queries first."))
            return None
        filters = self.filters_of() if self.use_filters.isChecked() else {}
        work = partial(
            self.archive.batch_search,
            queries,
            filters=filters,
            top=self.top.value(),
            phrases=self.phrases.isChecked(),
        )
        self.task.start(work)
        return self.task

    def _show_result(self, result: BatchResult) -> None:
        self.result = result
        self.model.set_rows(result.rows)
        self.table.sortByColumn(COL_LINE, Qt.SortOrder.AscendingOrder)
        matched = sum(1 for row in result.rows if row.total)
        text = self.tr("{0} queries: {1} with matches").format(len(result.rows), matched)
        if result.failed:
            lines = ", ".join(str(row.line) for row in result.failed[:8])
            text += self.tr("; {0} could not be searched (line {1})").format(len(result.failed), lines)
        if result.cancelled:
            text += self.tr(" — cancelled before the end")
        self.summary.setText(text)
        self._update_buttons()
        self.finished.emit(result)

    def _update_buttons(self) -> None:
        has = self.result is not None and bool(self.result.rows)
        self.export_table_button.setEnabled(has)
        self.export_hits_button.setEnabled(has)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if isinstance(row, BatchRow) and not row.error:
            self.query_chosen.emit(row.query)

    # -- exports ---------------------------------------------------------------------------
    def _ask_and_export(self, *, hits: bool) -> None:
        default = "batch-hits.csv" if hits else "batch-table.csv"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export as CSV"), default, self.tr("CSV (*.csv)"))
        if name:
            self.export(Path(name), hits=hits)

    def export(self, path: Path, *, hits: bool) -> None:
        if self.result is None:
            return
        result = self.result
        run_in_background(
            lambda: Archive.export_batch(result, path, hits=hits),
            on_success=lambda count: self.summary.setText(
                self.tr("Wrote {0} rows to {1}").format(count, path)
            ),
            on_failure=self.message.emit,
            parent=self,
        )
