"""Draws a list row as word-wrapped plain text, as tall as it needs to be, for lists whose rows are
sentences (the Demands panel). Qt's own delegate sizes a wrapped row for the width it had before
a scroll bar appeared and then cuts the last line off with "…"; this one always measures against
the list's current width, so no row is cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

MARGIN_H, MARGIN_V = 6, 4
_WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = self._view.viewport().width() or option.rect.width()
        return max(60, width - 2 * MARGIN_H)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self._text_width(option)
        bounds = self._view.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), _WRAP, text)
        return QSize(width + 2 * MARGIN_H, bounds.height() + 2 * MARGIN_V)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""  # the style draws background, selection and focus; we draw the text
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.setFont(option.font)
        painter.drawText(option.rect.adjusted(MARGIN_H, MARGIN_V, -MARGIN_H, -MARGIN_V), _WRAP, text)
        painter.restore()
