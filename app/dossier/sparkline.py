"""A group's small timeline in a table cell: a bar per year over the span of every group shown,
so rows can be compared at a glance (the exact counts are in the cell's tooltip)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...index.models import DemandGroup, TimelineBin
from ..colours import is_dark
from ..models.demand_groups import GROUP_ROLE
from .timeline_chart import series_colour


def years_of(bins: Sequence[TimelineBin]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for b in bins:
        counts[int(b.period[:4])] += b.demands_by
    return counts


class SparklineDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.span = (2000, 2024)

    def set_groups(self, groups: Sequence[DemandGroup]) -> None:
        years = [int(b.period[:4]) for g in groups for b in g.timeline]
        if years:
            self.span = (min(years), max(years))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(120, option.fontMetrics.height() + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        group = index.data(GROUP_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        if not isinstance(group, DemandGroup):
            return
        counts = years_of(group.timeline)
        first, last = self.span
        years = last - first + 1
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        slot = rect.width() / max(1, years)
        top = max(counts.values(), default=1)
        colour = series_colour("demands_by", is_dark(option.palette))
        if selected:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText)
        painter.save()
        quiet = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(quiet)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        for year, n in counts.items():
            h = max(2.0, rect.height() * n / top)
            x = rect.left() + (year - first) * slot
            painter.fillRect(QRectF(x, rect.bottom() - h, max(1.5, slot - 1), h), colour)
        painter.restore()
