"""The "All demands" window: every call to action in the archive, filterable, sortable, exportable.

Two views of the same demands: grouped (the default) — demands asking the same thing of the same
target across documents, one row per group with who made it, how often, when first and last,
and its small timeline; the group's demands below — and every demand in a flat table. Rows come
from `Archive.all_demands()` and `Archive.demand_groups()`, loaded on a background thread;
double-clicking a demand asks the main window to open the document at it (`open_document(doc_id,
start, end)`). The context menu reviews a demand (confirm, reject, correct, restore); "Show
rejected" lists the rejected ones, to restore them.
"""

from __future__ import annotations

import logging
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..index import dates
from ..index.models import DemandGroup, DemandRow, TimelineBin
from .demands_csv import write_demands_csv
from .dossier.review import ReviewController
from .dossier.sparkline import SparklineDelegate
from .dossier.timeline_chart import TimelineChart
from .look_up_window import LookUpWindow
from .messages import show_error
from .models.demand_groups import (
    COL_BY as GROUP_COL_BY,
)
from .models.demand_groups import (
    COL_COUNT,
    COL_TIMELINE,
    COL_WORDING,
    GROUP_ROLE,
    DemandGroupsModel,
    GroupFilterProxy,
)
from .models.demand_groups import (
    COL_TARGETS as GROUP_COL_TARGETS,
)
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
from .table_view import data_table
from .workers import run_in_background

__all__ = ["AllDemandsWindow", "write_demands_csv"]

log = logging.getLogger(__name__)


class AllDemandsWindow(LookUpWindow):
    open_document = Signal(int, int, int)  # doc_id, start, end
    loaded = Signal(int)  # number of demands now in the table
    groups_loaded = Signal(int)  # number of groups now in the grouped view

    def __init__(
        self, archive: Any, parent: QWidget | None = None, review: ReviewController | None = None
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.review = review
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
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(lambda pos: self._demand_menu(self.table, pos))
        self._make_grouped()
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
        self.briefing_button = QPushButton(self.tr("Export briefing…"), self)
        self.briefing_button.setToolTip(
            self.tr("The chosen group (grouped view) or the demands shown, as HTML, DOCX and CSV")
        )
        self.briefing_button.clicked.connect(self._ask_and_export_briefing)
        self.show_rejected = QCheckBox(self.tr("Show rejected"), self)
        self.show_rejected.setToolTip(self.tr("List the demands you rejected, to restore them"))
        self.show_rejected.toggled.connect(lambda _on: self.reload())
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
        table = data_table(
            self, self.proxy, "allDemandsTable", self.tr("Demands"), (COL_DATE, Qt.SortOrder.DescendingOrder)
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((COL_BY, 170), (COL_TARGETS, 190), (COL_ACTION, 360)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_DOCUMENT, QHeaderView.ResizeMode.Stretch)
        # activated covers double-click and Enter, so the keyboard can open documents too.
        table.activated.connect(self._on_activated)
        return table

    def _make_grouped(self) -> None:
        """The grouped view: groups above, the chosen group's demands below."""
        self.group_model = DemandGroupsModel(self)
        self.group_proxy = GroupFilterProxy(self.proxy, self)
        self.group_proxy.setSourceModel(self.group_model)
        self.groups = QTableView(self)
        self.groups.setObjectName("demandGroupsTable")
        self.groups.setAccessibleName(self.tr("Demands grouped: the same demand of the same target"))
        self.groups.setModel(self.group_proxy)
        self.groups.setSortingEnabled(True)
        self.groups.sortByColumn(COL_COUNT, Qt.SortOrder.DescendingOrder)
        self.groups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups.setAlternatingRowColors(True)
        self.groups.setWordWrap(False)
        self.groups.verticalHeader().hide()
        self.groups.verticalHeader().setDefaultSectionSize(self.groups.fontMetrics().lineSpacing() + 8)
        self.sparkline = SparklineDelegate(self.groups)
        self.groups.setItemDelegateForColumn(COL_TIMELINE, self.sparkline)
        header = self.groups.horizontalHeader()
        for column, width in (
            (COL_COUNT, 54),
            (GROUP_COL_TARGETS, 190),
            (GROUP_COL_BY, 220),
            (COL_TIMELINE, 130),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_WORDING, QHeaderView.ResizeMode.Stretch)
        self.groups.selectionModel().selectionChanged.connect(self._group_chosen)
        self.member_model = DemandTableModel(self)
        self.member_proxy = DemandFilterProxy(self)
        self.member_proxy.setSourceModel(self.member_model)
        self.members = QTableView(self)
        self.members.setObjectName("groupMembersTable")
        self.members.setAccessibleName(self.tr("Each time the chosen demand was made"))
        self.members.setModel(self.member_proxy)
        self.members.setSortingEnabled(True)
        self.members.sortByColumn(COL_DATE, Qt.SortOrder.AscendingOrder)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setWordWrap(False)
        self.members.verticalHeader().hide()
        self.members.verticalHeader().setDefaultSectionSize(self.members.fontMetrics().lineSpacing() + 8)
        self.members.horizontalHeader().setSectionResizeMode(COL_DOCUMENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_BY, 170), (COL_TARGETS, 190), (COL_ACTION, 360)):
            self.members.horizontalHeader().resizeSection(column, width)
        self.members.activated.connect(self._on_activated)
        self.members.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members.customContextMenuRequested.connect(lambda pos: self._demand_menu(self.members, pos))
        self.grouped_page = QSplitter(Qt.Orientation.Vertical, self)
        self.grouped_page.addWidget(self.groups)
        self.grouped_page.addWidget(self.members)
        self.grouped_page.setSizes([380, 220])
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.grouped_page)
        self.pages.addWidget(self.table)
        self.grouped_button = self._mode_button(
            self.tr("Grouped"), self.tr("Demands asking the same of the same target")
        )
        self.flat_button = self._mode_button(self.tr("Every demand"), self.tr("Every demand, one row each"))
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.grouped_button, 0)
        self.modes.addButton(self.flat_button, 1)
        self.grouped_button.setChecked(True)
        self.modes.idToggled.connect(self._mode_toggled)

    def _mode_toggled(self, page: int, on: bool) -> None:
        if on:
            self.set_grouped(page == 0)

    def _mode_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    def set_grouped(self, grouped: bool) -> None:
        """Show the grouped view (True) or every demand (False)."""
        (self.grouped_button if grouped else self.flat_button).setChecked(True)
        self.pages.setCurrentWidget(self.grouped_page if grouped else self.table)
        self.show_rejected.setVisible(not grouped)
        self.every_version.setVisible(not grouped)
        self._update_count()

    def is_grouped(self) -> bool:
        return self.pages.currentWidget() is self.grouped_page

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
        bar.addWidget(self.export_button)
        bar.addWidget(self.briefing_button)
        modes = QHBoxLayout()
        modes.addWidget(self.grouped_button)
        modes.addWidget(self.flat_button)
        modes.addStretch(1)
        modes.addWidget(self.every_version)
        modes.addWidget(self.show_rejected)
        layout = QVBoxLayout(self)
        layout.addLayout(modes)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
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
        rejected = self.show_rejected.isChecked()
        run_in_background(
            (lambda: self.archive.find_demands(status="rejected"))
            if rejected
            else partial(self.archive.all_demands, all_versions=self.every_version.isChecked()),
            on_success=lambda rows: self._on_loaded(generation, rows),
            on_failure=self._on_load_failed,
            parent=self,
        )
        run_in_background(
            self.archive.demand_groups,
            on_success=lambda groups: self._on_groups(generation, groups),
            on_failure=lambda message: log.warning("demands not grouped: %s", message),
            parent=self,
        )

    def _on_groups(self, generation: int, groups: tuple[DemandGroup, ...]) -> None:
        if generation != self._generation:
            return
        chosen = self.chosen_group()
        self.sparkline.set_groups(groups)
        self.group_model.set_groups(groups)
        if chosen is not None:  # keep the group chosen before an edit, if it is still there
            self.choose_group(chosen.key)
        else:
            self.member_model.set_rows(())
        self._update_count()
        self.groups_loaded.emit(len(groups))

    def chosen_group(self) -> DemandGroup | None:
        index = self.groups.currentIndex()
        group = index.siblingAtColumn(0).data(GROUP_ROLE) if index.isValid() else None
        return group if isinstance(group, DemandGroup) else None

    def choose_group(self, key: str) -> bool:
        for row in range(self.group_proxy.rowCount()):
            index = self.group_proxy.index(row, 0)
            if index.data(GROUP_ROLE).key == key:
                self.groups.setCurrentIndex(index)
                self.groups.selectRow(row)
                return True
        return False

    def _group_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        group = self.chosen_group()
        self.member_model.set_rows(group.members if group is not None else ())

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
        if self.is_grouped():
            shown, total = self.group_proxy.rowCount(), self.group_model.rowCount()
            repeated = sum(1 for g in self.group_proxy.visible_groups() if len(g.members) > 1)
            self.count_label.setText(
                self.tr(
                    "Showing {shown} of {total} groups ({repeated} of them demands made more than once)"
                ).format(shown=shown, total=total, repeated=repeated)
            )
            return
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        which = self.tr("rejected demands") if self.show_rejected.isChecked() else self.tr("demands")
        self.count_label.setText(
            self.tr("Showing {shown} of {total} {which}").format(shown=shown, total=total, which=which)
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

    def _demand_menu(self, view: QTableView, pos: QPoint) -> None:
        row = view.indexAt(pos).data(ROW_ROLE)
        if not isinstance(row, DemandRow) or self.review is None:
            return
        menu = QMenu(self)
        self.review.add_demand_actions(menu, row)
        menu.exec(view.viewport().mapToGlobal(pos))

    # -- briefings -------------------------------------------------------------------------
    def export_briefing(self, path: Path) -> list[Path]:
        """The chosen group (grouped view) or the demands shown (every demand) as a briefing."""
        chart = TimelineChart()
        try:
            group = self.chosen_group() if self.is_grouped() else None
            if group is not None:
                chart.set_bins(group.timeline, ("demands_by",))
                return list(self.archive.export_group_briefing(group, Path(path), chart.render_png()))
            rows = (
                self.visible_rows()
                if not self.is_grouped()
                else [r for g in self.group_proxy.visible_groups() for r in g.members]
            )
            months: Counter[str] = Counter(
                r.doc_date[:7] for r in rows if r.doc_date and len(r.doc_date) >= 7
            )
            chart.set_bins([TimelineBin(m, demands_by=n) for m, n in sorted(months.items())], ("demands_by",))
            title = self.tr("Demands") + (f": {self.text_filter.text()}" if self.text_filter.text() else "")
            return list(self.archive.export_demands_briefing(title, rows, Path(path), chart.render_png()))
        finally:
            chart.deleteLater()

    def _ask_and_export_briefing(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export briefing"), "demands-briefing.html", self.tr("Briefing (*.html)")
        )
        if not name:
            return
        try:
            written = self.export_briefing(Path(name))
        except OSError as exc:
            show_error(self, self.tr("Could not export"), str(exc.strerror or exc))
            return
        self.count_label.setText(self.tr("Wrote {0}").format(", ".join(p.name for p in written)))

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, DemandRow):
            self.open_document.emit(row.doc_id, row.demand.start, row.demand.end)
