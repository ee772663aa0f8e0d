"""An actor's dossier in a window of its own: its name and type, the timeline chart, and tabs
listing the documents naming it, the demands it made and those made of it, what it is quoted as
saying, its aliases and the actors named with it. A click or drag on the timeline narrows every
list to that period. The Edit button renames, merges, retypes, splits or deletes the actor; the
export writes a briefing (HTML, DOCX, CSV) of what is shown.

The dossier is read on the read pool (`Archive.dossier`); `loaded` is emitted once it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...index.archive import Archive
from ...index.models import DemandRow, Dossier, DossierDocument, Quote
from ..appearance import muted
from ..models.demand_table import (
    COL_ACTION,
    COL_BY,
    COL_DATE,
    COL_TARGETS,
    ROW_ROLE,
    DemandFilterProxy,
    DemandTableModel,
)
from ..models.records import RECORD_ROLE, Column, PeriodProxy, RecordsModel
from ..workers import run_in_background
from .review import ReviewController
from .timeline_chart import TimelineChart

log = logging.getLogger(__name__)


# an actor's type as one says it of one actor (the panels' labels are plurals)
TYPE_NAMES = {
    "state": "State",
    "government": "Government",
    "armed_force": "Armed force",
    "armed_group": "Armed group",
    "igo": "International organisation",
    "ngo": "NGO",
    "legislature": "Legislature",
    "party": "Party",
    "person": "Person",
    "population": "Population",
    "media": "Media",
    "place": "Place",
    "other": "Other",
}


def _number(value: int) -> str:
    return f"{value:,}"


def documents_model(parent: QWidget) -> RecordsModel:
    tr = parent.tr
    return RecordsModel(
        [
            Column(tr("Date"), lambda d: d.date or "", sort=lambda d: d.date or ""),
            Column(tr("Title"), lambda d: d.title),
            Column(tr("Issuer"), lambda d: d.issuer or ""),
            Column(tr("Mentions"), lambda d: str(d.mentions), sort=lambda d: d.mentions, right=True),
        ],
        date_of=lambda d: d.date,
        parent=parent,
    )


def quotes_model(parent: QWidget) -> RecordsModel:
    tr = parent.tr
    return RecordsModel(
        [
            Column(tr("Date"), lambda q: q.date or "", sort=lambda q: q.date or ""),
            Column(tr("Quotation"), lambda q: f"“{q.text}”"),
            Column(tr("Source"), lambda q: q.citation),
        ],
        date_of=lambda q: q.date,
        parent=parent,
    )


def counts_model(parent: QWidget, header: str) -> RecordsModel:
    return RecordsModel(
        [
            Column(header, lambda item: item[0]),
            Column(parent.tr("Count"), lambda item: _number(item[1]), sort=lambda item: item[1], right=True),
        ],
        date_of=lambda item: None,
        parent=parent,
    )


class DossierWindow(QWidget):
    open_document = Signal(int, int, int)  # doc_id, start, end
    loaded = Signal()

    def __init__(
        self, archive: Archive, name: str, review: ReviewController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.name = name
        self.review = review
        self.dossier: Dossier | None = None
        self.setObjectName("dossierWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.resize(1180, 760)
        self._generation = 0

        self.title = QLabel(self)
        self.title.setObjectName("dossierTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setMinimumWidth(120)
        self.facts = muted(QLabel(self))
        self.facts.setWordWrap(True)
        self.edit_button = QToolButton(self)
        self.edit_button.setText(self.tr("Edit actor"))
        self.edit_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button.setMenu(QMenu(self.edit_button))
        self.edit_button.menu().aboutToShow.connect(self._fill_edit_menu)
        self.export_button = QPushButton(self.tr("Export briefing…"), self)
        self.export_button.clicked.connect(self._ask_and_export)
        self.period = QLabel(self)
        self.clear_period = QPushButton(self.tr("Whole time"), self)
        self.clear_period.setToolTip(self.tr("Show every period again (Esc on the chart)"))
        self.chart = TimelineChart(self)
        self.clear_period.clicked.connect(lambda: self.chart.select(None))
        self.chart.period_selected.connect(self._period_chosen)

        self.documents = documents_model(self)
        self.quotes = quotes_model(self)
        self.aliases = counts_model(self, self.tr("Written as"))
        self.co_actors = counts_model(self, self.tr("Actor named in the same documents"))
        self.by_model, self.of_model = DemandTableModel(self), DemandTableModel(self)
        self.proxies: list[PeriodProxy | DemandFilterProxy] = []
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dossierTabs")
        self.documents_view = self._tab(
            self.documents, PeriodProxy(self), self.tr("Documents"), self._open_doc, stretch=1
        )
        self.by_view = self._tab(
            self.by_model, DemandFilterProxy(self), self.tr("Demands made"), self._open_demand
        )
        self.of_view = self._tab(
            self.of_model, DemandFilterProxy(self), self.tr("Demands made of it"), self._open_demand
        )
        self.quotes_view = self._tab(
            self.quotes, PeriodProxy(self), self.tr("Quoted as saying"), self._open_quote, stretch=1
        )
        self.aliases_view = self._tab(self.aliases, PeriodProxy(self), self.tr("Aliases"), None, stretch=0)
        self.co_view = self._tab(
            self.co_actors, PeriodProxy(self), self.tr("Named with"), self._open_co_actor, stretch=0
        )
        for view in (self.by_view, self.of_view):
            for column, width in ((COL_DATE, 96), (COL_BY, 170), (COL_TARGETS, 180), (COL_ACTION, 420)):
                view.horizontalHeader().resizeSection(column, width)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._demand_menu(v, pos))
        self._layout()
        self._set_title(name)
        self.reload()

    # -- construction ----------------------------------------------------------------------------
    def _tab(
        self,
        model: RecordsModel | DemandTableModel,
        proxy: PeriodProxy | DemandFilterProxy,
        title: str,
        activate: Callable[[QModelIndex], None] | None,
        stretch: int | None = None,
    ) -> QTableView:
        """A tab of the table `model`; the column `stretch` (a title, a quotation, a name) takes
        the width left over, else the last column does."""
        proxy.setSourceModel(model)
        self.proxies.append(proxy)
        view = QTableView(self)
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)  # full text in each cell's tooltip
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        if stretch is None:
            header.setStretchLastSection(True)
        else:  # a count or a date beside it keeps its own width, not all the window's
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.setAccessibleName(title)
        if activate is not None:
            view.activated.connect(activate)
        self.tabs.addTab(view, title)
        return view

    def _layout(self) -> None:
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.facts)
        top.addLayout(heading, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        period = QHBoxLayout()
        period.addWidget(self.period, 1)
        period.addWidget(self.clear_period)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addLayout(period)
        layout.addWidget(self.tabs, 1)
        self._period_chosen("", "")

    def _set_title(self, name: str) -> None:
        self.name = name
        self.setWindowTitle(self.tr("Dossier — {0}").format(name))
        self.title.setToolTip(name)
        self._elide_title()

    def _elide_title(self) -> None:
        width = max(120, self.width() - self.edit_button.width() - self.export_button.width() - 60)
        self.title.setText(self.title.fontMetrics().elidedText(self.name, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_title()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.facts.setText(self.tr("Reading the archive…"))
        run_in_background(
            self.archive.dossier,
            self.name,
            on_success=lambda d: self._loaded(generation, d),
            on_failure=self._failed,
            parent=self,
        )

    def _failed(self, message: str) -> None:
        self.facts.setText(message)
        self.loaded.emit()

    def _loaded(self, generation: int, dossier: Dossier) -> None:
        if generation != self._generation:
            return
        self.set_dossier(dossier)
        self.loaded.emit()

    def set_dossier(self, d: Dossier) -> None:
        self.dossier = d
        self._set_title(d.name)
        seen = f"{d.first_seen} – {d.last_seen}" if d.first_seen else self.tr("undated")
        self.facts.setText(
            self.tr(
                "{type} · seen {seen} · {docs} documents · {by} demands made · {of} made of it · "
                "{quotes} quotations"
            ).format(
                type=TYPE_NAMES.get(d.type, d.type),
                seen=seen,
                docs=_number(len(d.documents)),
                by=_number(len(d.demands_by)),
                of=_number(len(d.demands_of)),
                quotes=_number(len(d.quotes)),
            )
        )
        self.documents.set_rows(d.documents)
        self.by_model.set_rows(d.demands_by)
        self.of_model.set_rows(d.demands_of)
        self.quotes.set_rows(d.quotes)
        self.aliases.set_rows(d.aliases)
        self.co_actors.set_rows(d.co_actors)
        self.chart.set_bins(d.timeline)
        self._period_chosen("", "")

    def _period_chosen(self, first: str, last: str) -> None:
        for proxy in self.proxies:
            proxy.set_period(first, last)
        self.clear_period.setVisible(bool(first))
        if first:
            self.period.setText(
                self.tr("Showing {0} only: {1} documents, {2} demands made, {3} made of it").format(
                    self.chart.selected_label(),
                    self.proxies[0].rowCount(),
                    self.proxies[1].rowCount(),
                    self.proxies[2].rowCount(),
                )
            )
        else:
            self.period.setText(
                self.tr("Click a bar or drag across several to narrow the lists to a period.")
            )

    # -- actions -----------------------------------------------------------------------------
    def _fill_edit_menu(self) -> None:
        menu = self.edit_button.menu()
        menu.clear()
        self.review.add_actor_actions(menu, self.name)
        menu.actions()[0].setVisible(False)  # "Open the dossier": this is it
        menu.actions()[1].setVisible(False)

    def _demand_menu(self, view: QTableView, pos: QPoint) -> None:
        row = view.indexAt(pos).data(ROW_ROLE)
        if isinstance(row, DemandRow):
            menu = QMenu(self)
            self.review.add_demand_actions(menu, row)
            menu.exec(view.viewport().mapToGlobal(pos))

    def _open_doc(self, index: QModelIndex) -> None:
        doc = index.data(RECORD_ROLE)
        if isinstance(doc, DossierDocument):
            self.open_document.emit(doc.doc_id, -1, -1)

    def _open_demand(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, DemandRow):
            self.open_document.emit(row.doc_id, row.demand.start, row.demand.end)

    def _open_quote(self, index: QModelIndex) -> None:
        quote = index.data(RECORD_ROLE)
        if isinstance(quote, Quote):
            self.open_document.emit(quote.doc_id, quote.start, quote.end)

    def _open_co_actor(self, index: QModelIndex) -> None:
        item = index.data(RECORD_ROLE)
        if item:
            self.review.dossier_requested.emit(item[0])

    def shown(self, proxy: QSortFilterProxyModel) -> list[object]:
        """The records a list shows now (narrowed to the period, in its order)."""
        role = ROW_ROLE if isinstance(proxy, DemandFilterProxy) else RECORD_ROLE
        return [proxy.index(r, 0).data(role) for r in range(proxy.rowCount())]

    def export_briefing(self, path: Path) -> list[Path]:
        """Write the briefing of what is shown (the period chosen) beside `path`."""
        assert self.dossier is not None
        d = self.dossier
        shown = Dossier(
            **{
                **d.__dict__,
                "documents": tuple(self.shown(self.proxies[0])),
                "demands_by": tuple(self.shown(self.proxies[1])),
                "demands_of": tuple(self.shown(self.proxies[2])),
                "quotes": tuple(self.shown(self.proxies[3])),
            }
        )
        period = self.chart.selected_label()
        return self.archive.export_dossier_briefing(shown, Path(path), self.chart.render_png(), period=period)

    def _ask_and_export(self) -> None:
        if self.dossier is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export briefing"), f"{self.name}.html", self.tr("Briefing (*.html)")
        )
        if not name:
            return
        try:
            written = self.export_briefing(Path(name))
        except OSError as exc:
            self.period.setText(self.tr("Could not write {0}: {1}").format(name, exc.strerror or exc))
            return
        self.period.setText(self.tr("Wrote {0}").format(", ".join(p.name for p in written)))
