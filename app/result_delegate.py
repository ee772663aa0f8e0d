"""Draws one search result: the title in bold, "issuer · date" in a quieter colour, and the
snippet with its matched terms emphasised (the snippet is already HTML-escaped by the core)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.colours import highlight_colour
from app.models.results import BylineRole, SnippetRole, TitleRole

MARGIN_H, MARGIN_V = 10, 7
MAX_HEIGHT = 150  # a long snippet is cut, never allowed to push the list into one row a screen


def _fitted_height(doc: QTextDocument, limit: int) -> int:
    """The document's height, or when taller than `limit` the bottom of its last whole line
    within it, so a cut snippet never shows half a line."""
    if doc.size().height() <= limit:
        return int(doc.size().height())
    layout = doc.documentLayout()
    best, block = 0.0, doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            bottom = top + lines.lineAt(i).rect().bottom()
            if bottom > limit:
                return int(best)
            best = bottom
        block = block.next()
    return int(best)


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _document(
        self, index: QModelIndex | QPersistentModelIndex, width: int, selected: bool
    ) -> QTextDocument:
        palette = self._view.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if selected:
            muted = palette.color(QPalette.ColorRole.HighlightedText)
        term_bg = "transparent" if selected else highlight_colour("hit").name()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self._view.font())
        doc.setDefaultStyleSheet(f"b.term {{ background-color: {term_bg}; }}")
        title = html.escape(index.data(TitleRole) or "")
        byline = html.escape(index.data(BylineRole) or "")
        # Mark the core's <b> as terms so they get a tint as well as weight.
        snippet = (index.data(SnippetRole) or "").replace("<b>", '<b class="term">')
        doc.setHtml(
            f'<div style="font-weight:600">{title}</div>'
            f'<div style="color:{muted.name()}; font-size:small">{byline}</div>'
            f'<div style="margin-top:3px">{snippet}</div>'
        )
        doc.setTextWidth(max(80, width - 2 * MARGIN_H))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        return self._view.viewport().width() or option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._width(option)
        doc = self._document(index, width, selected=False)
        return QSize(width, _fitted_height(doc, MAX_HEIGHT - 2 * MARGIN_V) + 2 * MARGIN_V)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)

        doc = self._document(index, option.rect.width(), selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + MARGIN_H, option.rect.top() + MARGIN_V)
        clip = QRectF(0, 0, option.rect.width() - 2 * MARGIN_H, option.rect.height() - 2 * MARGIN_V)
        painter.setClipRect(clip)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
        # a hairline between results, as mail clients do
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()
