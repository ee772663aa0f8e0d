"""Tracked demands as a table — one row per group of demands asking the same thing of the same
target — and the proxy filtering groups as the All demands window filters demands: a group stays
when any of its demands passes (by text, target, who made it, issuer, year)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ...index.models import DemandGroup, DemandRow
from .demand_table import DemandFilterProxy
from .records import RECORD_ROLE, SORT_ROLE, Column, RecordsModel

COL_COUNT, COL_TARGETS, COL_WORDING, COL_BY, COL_FIRST, COL_LAST, COL_TIMELINE = range(7)
COLUMN_COUNT = 7
GROUP_ROLE = RECORD_ROLE

_Index = QModelIndex | QPersistentModelIndex


def makers(group: DemandGroup, limit: int = 3) -> str:
    shown = ", ".join(f"{n} ×{c}" if c > 1 else n for n, c in group.by_counts[:limit])
    more = len(group.by_counts) - limit
    return f"{shown} +{more}" if more > 0 else shown


class DemandGroupsModel(RecordsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_columns(), lambda g: g.first.doc_date, parent)

    def set_groups(self, groups: Sequence[DemandGroup]) -> None:
        self.set_rows(groups)

    def groups(self) -> tuple[DemandGroup, ...]:
        return self.rows()

    def group_at(self, row: int) -> DemandGroup:
        group: DemandGroup = self.rows()[row]
        return group


def _tr(text: str) -> str:
    return QCoreApplication.translate("DemandGroupsModel", text)


def _columns() -> list[Column]:
    tr = _tr

    def dated(row: DemandRow) -> str:
        return f"{row.doc_date or ''} “{row.doc_title}” [{row.ref}]"

    return [
        Column(tr("Made"), lambda g: f"×{len(g.members)}", sort=lambda g: len(g.members), right=True),
        Column(tr("Of"), lambda g: ", ".join(g.targets) or "—"),
        Column(tr("Demand"), lambda g: g.wording),
        Column(tr("By"), makers, tooltip=lambda g: "\n".join(f"{n}: {c}" for n, c in g.by_counts)),
        Column(
            tr("First made"),
            lambda g: g.first.doc_date or "",
            sort=lambda g: g.first.doc_date or "",
            tooltip=lambda g: dated(g.first),
        ),
        Column(
            tr("Last made"),
            lambda g: g.last.doc_date or "",
            sort=lambda g: g.last.doc_date or "",
            tooltip=lambda g: dated(g.last),
        ),
        Column(
            tr("Over time"),
            lambda g: "",
            sort=lambda g: len(g.members),
            tooltip=lambda g: "\n".join(f"{b.period}: {b.demands_by}" for b in g.timeline),
        ),
    ]


class GroupFilterProxy(QSortFilterProxyModel):
    """Groups any of whose demands pass `rows` (a DemandFilterProxy's filters, set by the window)."""

    def __init__(self, rows: DemandFilterProxy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        rows.filter_changed.connect(self._refilter)

    def _refilter(self) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10
            self.beginFilterChange()
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DemandGroupsModel) or source_row >= model.rowCount():
            return False
        return any(self.rows.accepts(row) for row in model.group_at(source_row).members)

    def visible_groups(self) -> list[DemandGroup]:
        return [self.index(r, 0).data(GROUP_ROLE) for r in range(self.rowCount())]
