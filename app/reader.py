"""The reader: one document's metadata and plain text, with highlighted hits, actor mentions and
demand sentences, stepping (F3 / Shift+F3), find-in-document (Ctrl+F), "Open original" and
"Copy citation" (the selected passage quoted with its citation, or the document's citation).

The text is always set as plain text: documents come from the outside world and must never be
interpreted as HTML or allowed to fetch anything.
"""

from __future__ import annotations

import logging
import re
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..index.models import Actor, Demand, Document
from .colours import actor_colour, highlight_colour, is_dark
from .document_view import PlainTextView, header_html, mark_page_breaks
from .find_bar import FindBar
from .highlights import Highlighter, Span
from .mark_bar import MarkBar
from .marks import MarksController
from .record_editor import open_editor
from .tool_button import tool_button
from .versions_panel import VersionsPanel
from .workers import run_in_background

if TYPE_CHECKING:  # only for type hints: widgets get the archive from the window
    from ..index.archive import Archive

log = logging.getLogger(__name__)


def _mention_colour(actor_type: str) -> QColor:
    # a shade deeper than the panel's swatch: a pale tint is lost in a page of text
    colour = actor_colour(actor_type)
    return colour.lighter(135) if is_dark() else colour.darker(112)


class ReaderView(QWidget):
    message = Signal(str)  # short feedback for the status bar
    citation_copied = Signal(str)
    record_changed = Signal(int)  # the user corrected the open document's record
    version_chosen = Signal(int)  # another version of the open statement, to open
    more_like_requested = Signal(int)  # document id: list the documents like it

    def __init__(
        self, archive: Archive, parent: QWidget | None = None, marks: MarksController | None = None
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self.marks = marks or MarksController(archive, self)
        self._doc: Document | None = None
        self._hits: tuple[Span, ...] = ()
        self._steps: list[Span] = []
        self._step = -1
        self._step_noun = ""
        self._build()
        self.clear()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(self)
        self.header.setObjectName("readerHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAccessibleName(self.tr("Document details"))
        self.header.setContentsMargins(12, 8, 12, 4)

        self.versions = VersionsPanel(self._archive, self)
        self.versions.version_chosen.connect(self.version_chosen)

        self.text = PlainTextView(self)
        self.text.setObjectName("readerText")
        self.text.setAccessibleName(self.tr("Document text"))
        self.highlighter = Highlighter(self.text)
        self.find_bar = FindBar(self)
        self.find_bar.find_changed.connect(self.find_text)
        self.find_bar.step.connect(self.step)
        self.find_bar.closed.connect(self._find_closed)

        self.previous_button = tool_button(self, "◀", self.tr("Previous (Shift+F3)"), lambda: self.step(-1))
        self.next_button = tool_button(self, "▶", self.tr("Next (F3)"), lambda: self.step(1))
        self.step_label = QLabel(self)
        self.step_label.setAccessibleName(self.tr("Position among highlights"))
        self.open_button = QPushButton(self.tr("Open original"), self)
        self.open_button.setToolTip(self.tr("Open the stored original file in its usual application"))
        self.open_button.clicked.connect(self.open_original)
        self.cite_button = QPushButton(self.tr("Copy citation"), self)
        self.cite_button.setToolTip(
            self.tr(
                "Copy the selected passage as a quotation with its citation (title, issuer, date, "
                "page, original file) to the clipboard; with nothing selected, the citation alone"
            )
        )
        self.cite_button.clicked.connect(self.copy_citation)
        self.record_button = tool_button(
            self,
            "✎",
            self.tr("Correct the record: title, date, issuer, language or address (kept as yours)"),
            self.correct_record,
        )
        self.record_button.setAccessibleName(self.tr("Correct record"))
        self.like_button = QPushButton(self.tr("More like this"), self)
        self.like_button.setToolTip(self.tr("List the documents most similar to this one in content"))
        self.like_button.clicked.connect(self._more_like_this)
        self.mark_bar = MarkBar(self.marks, self)
        self.mark_bar.top.addWidget(self.like_button)  # beside the marks: the row has room for it

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 0, 12, 4)
        for widget in (self.previous_button, self.next_button, self.step_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.cite_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()  # the record, and beside it the button that corrects it
        top.setContentsMargins(0, 0, 12, 0)
        top.addWidget(self.header, 1)
        top.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.versions)
        layout.addWidget(self.mark_bar)
        layout.addLayout(bar)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)
        self._shortcuts()

    def _shortcuts(self) -> None:
        # Window-wide shortcuts: F3 works wherever the focus is (search field, lists, the text).
        for keys, slot in (
            (QKeySequence.StandardKey.FindNext, lambda: self.step(1)),
            (QKeySequence.StandardKey.FindPrevious, lambda: self.step(-1)),
            (QKeySequence.StandardKey.Find, self.find_bar.open_bar),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

    # -- documents -------------------------------------------------------------------------
    def set_archive(self, archive: Archive) -> None:
        self._archive = archive
        self.versions.set_archive(archive)
        self.marks.set_archive(archive)
        self.clear()

    def document(self) -> Document | None:
        return self._doc

    def clear(self) -> None:
        self._doc = None
        self.header.setText(f"<p style='font-size:large'>{self.tr('Select a result to read it here.')}</p>")
        self.text.clear()
        self.versions.clear()
        self.highlighter.reset("")
        self._set_steps([], "")
        self.mark_bar.clear()
        for button in (self.open_button, self.cite_button, self.record_button, self.like_button):
            button.setEnabled(False)

    def show_document(self, doc: Document, hits: tuple[Span, ...] = ()) -> None:
        self._doc = doc
        self._hits = hits
        self.header.setText(header_html(doc, self.palette()))
        self.versions.show_versions_of(doc)
        self.text.setPlainText(doc.text)
        self._space_lines()
        self.highlighter.reset(doc.text)
        self.highlighter.set_layer("hits", hits, partial(highlight_colour, "hit"))
        if self.mark_bar.doc_id() != doc.id:
            self.mark_bar.show_document(doc.id)
        else:  # the same document again (after a search): its marks as they are now
            self.marks.load(doc.id)
        for button in (self.open_button, self.cite_button, self.record_button, self.like_button):
            button.setEnabled(True)
        self._set_steps(list(hits), self.tr("Hit"))
        if self.find_bar.is_active():
            self.find_text(self.find_bar.field.text())

    def set_hits(self, hits: tuple[Span, ...]) -> None:
        """Highlight another search's hits in the open document (it is among the new results)."""
        self._hits = hits
        self.highlighter.set_layer("hits", hits, partial(highlight_colour, "hit"))
        for name in ("actor", "demand", "target", "current"):
            self.highlighter.clear_layer(name)
        self._set_steps(list(hits), self.tr("Hit"))
        if hits:
            self.step(1)

    def hits(self) -> tuple[Span, ...]:
        return self._hits

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark: highlight tints and the header's muted
        # colour were picked for the old palette.
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.highlighter.recolour()
            if self._doc is not None:
                self.header.setText(header_html(self._doc, self.palette()))

    def _space_lines(self) -> None:
        # 135% line height and a gap between paragraphs: easier reading of long statements
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(4)
        cursor.mergeBlockFormat(block)
        mark_page_breaks(self.text)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    # -- highlights and stepping -----------------------------------------------------------
    def highlight_actor(self, actor: Actor) -> None:
        colour = partial(_mention_colour, actor.type)
        self.highlighter.set_layer("actor", actor.mentions, colour, bold=True)
        self._set_steps(list(actor.mentions), actor.name)
        if actor.mentions:
            self.step(1)

    def highlight_demand(self, demand: Demand) -> None:
        self.highlight_span(demand.start, demand.end, demand.target_spans)

    def highlight_span(self, start: int, end: int, targets: tuple[Span, ...] = ()) -> None:
        self.highlighter.set_layer("demand", [(start, end)], partial(highlight_colour, "demand"))
        self.highlighter.set_layer("target", targets, partial(highlight_colour, "target"), bold=True)
        self._scroll_to((start, end))

    def find_text(self, needle: str) -> None:
        spans = []
        if needle and self._doc is not None:
            spans = [m.span() for m in re.finditer(re.escape(needle), self._doc.text, re.IGNORECASE)]
        self.highlighter.set_layer("find", spans, partial(highlight_colour, "find"))
        self._set_steps(spans, self.tr("Match"))
        if spans:
            self.step(1)
        self.find_bar.set_count(self._step + 1, len(spans))

    def _find_closed(self) -> None:
        self.highlighter.clear_layer("find")
        self._set_steps(list(self._hits), self.tr("Hit"))
        self.text.setFocus()

    def _set_steps(self, spans: list[Span], noun: str) -> None:
        self._steps = sorted(spans)
        self._step = -1
        self._step_noun = noun
        self.highlighter.clear_layer("current")
        self._update_step_label()

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) hit, mention or match, wrapping around."""
        if not self._steps:
            return
        self._step = (self._step + delta) % len(self._steps)
        span = self._steps[self._step]
        self.highlighter.set_layer("current", [span], partial(highlight_colour, "current_hit"))
        self._scroll_to(span)
        self._update_step_label()
        if self.find_bar.is_active():
            self.find_bar.set_count(self._step + 1, len(self._steps))

    def current_step(self) -> Span | None:
        return self._steps[self._step] if 0 <= self._step < len(self._steps) else None

    def _update_step_label(self) -> None:
        total = len(self._steps)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(total > 0)
        if not total:
            self.step_label.setText("")
        elif self._step < 0:
            self.step_label.setText(self.tr("{0}: {1} highlighted").format(self._step_noun, total))
        else:
            self.step_label.setText(self.tr("{0} {1} of {2}").format(self._step_noun, self._step + 1, total))

    def _scroll_to(self, span: Span) -> None:
        """Put `span` about a third of the way down the view, where the eye expects it."""
        cursor = self.highlighter.cursor_for(span)
        cursor.setPosition(cursor.selectionStart())
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        bar = self.text.verticalScrollBar()
        top = self.text.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self.text.viewport().height() // 3)

    # -- actions ---------------------------------------------------------------------------
    def current_offset(self) -> int | None:
        span = self.current_step()
        if span is not None:
            return span[0]
        return self.highlighter.to_offset(self.text.textCursor().position()) if self._doc else None

    def _more_like_this(self) -> None:
        if self._doc is not None:
            self.more_like_requested.emit(self._doc.id)

    def open_original(self) -> None:
        if self._doc is None:
            return
        run_in_background(
            self._archive.original_path,
            self._doc.id,
            on_success=self._open_path,
            on_failure=self.message.emit,
            parent=self,
        )

    def _open_path(self, path: object) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.emit(self.tr("No application could open {0}").format(path))

    def selected_span(self) -> Span | None:
        """The passage selected in the text, as document offsets (None: nothing selected)."""
        cursor = self.text.textCursor()
        if self._doc is None or not cursor.hasSelection():
            return None
        start = self.highlighter.to_offset(cursor.selectionStart())
        end = self.highlighter.to_offset(cursor.selectionEnd())
        return (start, end) if end > start else None

    def correct_record(self) -> None:
        if self._doc is not None:
            open_editor(self._archive, self._doc, self, self.record_changed.emit)

    def copy_citation(self) -> None:
        """The selected passage quoted with its citation, else the citation of the document at
        the current hit's page, to the clipboard (asked of the archive in the background)."""
        if self._doc is None:
            return
        passage = self.selected_span()
        offset, end = passage if passage else (self.current_offset(), None)
        run_in_background(
            self._archive.citation,
            self._doc.id,
            offset,
            end,
            on_success=self._copied,
            on_failure=self.message.emit,
            parent=self,
        )

    def _copied(self, citation: str) -> None:
        QGuiApplication.clipboard().setText(citation)
        shown = citation if len(citation) < 160 else citation[:150] + "…"
        self.message.emit(self.tr("Copied: {0}").format(shown))
        self.citation_copied.emit(citation)
