"""Draws one search result: the title in bold, "issuer · date" in a quieter colour, and the
snippet with its matched terms emphasised (the snippet is already HTML-escaped by the core).

Every row has the same height — title and snippet share `TEXT_LINES` lines (a title takes one or
two, elided after the second; the snippet fills the rest, cut at a whole line) plus the byline —
so the list can use uniform item sizes and never lays out a row it does not paint. Laid-out
snippets are cached per (snippet, width, selected, font, tint), so scrolling back is free.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .colours import highlight_colour
from .models.results import BylineRole, DocIdRole, SnippetRole, StarRole, TitleRole

MARGIN_H, MARGIN_V = 10, 7
TITLE_LINES = 2  # a longer title is elided at the end of its second line
TEXT_LINES = 5  # title lines + snippet lines in every row
SNIPPET_GAP = 3  # between the byline and the snippet
BYLINE_SCALE = 0.85  # "font-size: small"
CACHE_SIZE = 400  # laid-out snippets kept (a page is 200 rows; a screen shows ~10)
STAR_ON, STAR_OFF = "★", "☆"  # the star toggle at the end of the title's first line


def _fitted_height(doc: QTextDocument, max_lines: int) -> int:
    """The bottom of the document's `max_lines`-th line (or of its last line, when shorter),
    so a cut snippet never shows half a line."""
    layout = doc.documentLayout()
    best, seen, block = 0.0, 0, doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            if seen == max_lines:
                return int(best)
            best = top + lines.lineAt(i).rect().bottom()
            seen += 1
        block = block.next()
    return int(best)


def _wrap(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` word-wrapped to `width`, at most `max_lines` lines, the last elided if cut."""
    layout = QTextLayout(text, font)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if not starts:
        return []
    lines = [text[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]
    last = text[starts[-1] :].strip()
    lines.append(QFontMetrics(font).elidedText(last, Qt.TextElideMode.ElideRight, width))
    return lines


@dataclass(frozen=True)
class _Metrics:
    """Fonts and line heights for one view font; rebuilt only when the font changes."""

    title_font: QFont
    byline_font: QFont
    snippet_font: QFont
    title_line: int
    byline_line: int
    row_height: int


def _snippet_height(font: QFont, lines: int) -> int:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setHtml("<br>".join(["Xg"] * lines))
    return int(doc.size().height())


class ResultDelegate(QStyledItemDelegate):
    star_clicked = Signal(int, bool)  # doc_id, whether it is to be starred

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._metrics: _Metrics | None = None
        self._metrics_key = ""
        self._docs: OrderedDict[tuple[object, ...], tuple[QTextDocument, int]] = OrderedDict()

    # -- layout ----------------------------------------------------------------------------
    def metrics(self) -> _Metrics:
        font = self._view.font()
        key = font.key()
        if self._metrics is None or key != self._metrics_key:
            title_font = QFont(font)
            title_font.setWeight(QFont.Weight.DemiBold)
            byline_font = QFont(font)
            if font.pointSizeF() > 0:
                byline_font.setPointSizeF(font.pointSizeF() * BYLINE_SCALE)
            else:
                byline_font.setPixelSize(max(8, round(font.pixelSize() * BYLINE_SCALE)))
            title_line = QFontMetrics(title_font).lineSpacing()
            byline_line = QFontMetrics(byline_font).lineSpacing()
            text = max(
                t * title_line + _snippet_height(font, TEXT_LINES - t) for t in range(1, TITLE_LINES + 1)
            )
            self._metrics = _Metrics(
                title_font,
                byline_font,
                QFont(font),
                title_line,
                byline_line,
                2 * MARGIN_V + byline_line + SNIPPET_GAP + text,
            )
            self._metrics_key = key
            self._docs.clear()
        return self._metrics

    def _snippet(self, snippet: str, width: int, selected: bool, lines: int) -> tuple[QTextDocument, int]:
        """The snippet laid out at `width`, and the height of its first `lines` lines (cached)."""
        metrics = self.metrics()
        term_bg = "transparent" if selected else highlight_colour("hit").name()
        key = (snippet, width, term_bg, lines)
        cached = self._docs.get(key)
        if cached is not None:
            self._docs.move_to_end(key)
            return cached
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(metrics.snippet_font)
        doc.setDefaultStyleSheet(f"b.term {{ background-color: {term_bg}; }}")
        # Mark the core's <b> as terms so they get a tint as well as weight.
        doc.setHtml(snippet.replace("<b>", '<b class="term">'))
        doc.setTextWidth(width)
        cached = (doc, _fitted_height(doc, lines))
        self._docs[key] = cached
        if len(self._docs) > CACHE_SIZE:
            self._docs.popitem(last=False)
        return cached

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._view.viewport().width() or option.rect.width()
        return QSize(width, self.metrics().row_height)

    def star_rect(self, rect: QRect) -> QRect:
        """Where a row's star toggle is drawn (and clicked): the end of the title's first line."""
        line = self.metrics().title_line
        return QRect(rect.right() - MARGIN_H - line, rect.top() + MARGIN_V, line, line)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A click on the star toggles it, without opening the document."""
        kinds = (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
        if event.type() not in kinds or not isinstance(event, QMouseEvent):
            return super().editorEvent(event, model, option, index)
        if not self.star_rect(option.rect).contains(event.position().toPoint()):
            return super().editorEvent(event, model, option, index)
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self.star_clicked.emit(int(index.data(DocIdRole)), not index.data(StarRole))
        return True

    # -- drawing ---------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)

        m = self.metrics()
        palette = option.palette
        role = QPalette.ColorRole
        text_colour = palette.color(role.HighlightedText if selected else role.Text)
        muted = palette.color(role.HighlightedText if selected else role.PlaceholderText)
        width = max(80, option.rect.width() - 2 * MARGIN_H)
        left, y = option.rect.left() + MARGIN_H, option.rect.top() + MARGIN_V
        self._paint_star(painter, option, bool(index.data(StarRole)), selected)
        title_width = max(40, width - m.title_line - MARGIN_H // 2)  # the star's room

        painter.save()
        painter.setClipRect(option.rect.adjusted(0, 0, 0, -1))
        painter.setPen(text_colour)
        painter.setFont(m.title_font)
        title = _wrap(index.data(TitleRole) or "", m.title_font, title_width, TITLE_LINES) or [""]
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine
        for line in title:
            painter.drawText(QRectF(left, y, title_width, m.title_line), flags, line)
            y += m.title_line
        painter.setFont(m.byline_font)
        painter.setPen(muted)
        byline = QFontMetrics(m.byline_font).elidedText(
            index.data(BylineRole) or "", Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(QRectF(left, y, width, m.byline_line), flags, byline)
        y += m.byline_line + SNIPPET_GAP

        doc, height = self._snippet(index.data(SnippetRole) or "", width, selected, TEXT_LINES - len(title))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        painter.translate(left, y)
        clip = QRectF(0, 0, width, height)
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
        # a hairline between results, as mail clients do
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def _paint_star(
        self, painter: QPainter, option: QStyleOptionViewItem, starred: bool, selected: bool
    ) -> None:
        """★ in the accent colour when starred, else a quiet ☆ to click."""
        palette, role = option.palette, QPalette.ColorRole
        if selected:
            colour = palette.color(role.HighlightedText)
        else:
            colour = highlight_colour("star") if starred else palette.color(role.PlaceholderText)
        painter.save()
        painter.setFont(self.metrics().title_font)
        painter.setPen(colour)
        painter.drawText(
            QRectF(self.star_rect(option.rect)),
            Qt.AlignmentFlag.AlignCenter,
            STAR_ON if starred else STAR_OFF,
        )
        painter.restore()
