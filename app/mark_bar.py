"""The reader's bar of the user's own marks on the open document: a star toggle, its tags (each
removable, a field that completes from the archive's tags to add one) and a note.

It shows what `MarksController` reads and saves, and asks it for every change; a change saved
for another document than the one shown is ignored. The note is saved with its button or
Ctrl+Return, never on every keystroke: saving one writes to the index.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..index.models import DocumentMarks
from .appearance import chip_style_sheet, muted
from .marks import MarksController
from .models.tags import TagsModel

STAR_ON, STAR_OFF = "★", "☆"
NOTE_LINES = 3  # the note box's height, in lines of text


class MarkBar(QWidget):
    def __init__(self, marks: MarksController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markBar")
        self._controller = marks
        self._shown = DocumentMarks(-1)
        self.tags_model = TagsModel(self)
        self._build()
        marks.loaded.connect(self._show)
        marks.changed.connect(self._show)
        marks.tags_loaded.connect(self.tags_model.set_tags)
        marks.failed.connect(lambda _message: self._note_edited())
        self.clear()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.star_button = QToolButton(self)
        self.star_button.setObjectName("starButton")
        self.star_button.setCheckable(True)
        self.star_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.star_button.clicked.connect(self._star_clicked)

        # The tags may be more than the reader is wide: their row is clipped rather than widening
        # the reader (each tag is in the results' byline too, and all of them in the tooltip).
        self.chip_area = QWidget(self)
        self.chip_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chips = QHBoxLayout(self.chip_area)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        self.chips.addStretch(1)
        self.tag_field = QLineEdit(self)
        self.tag_field.setObjectName("tagField")
        self.tag_field.setPlaceholderText(self.tr("Add a tag…"))
        self.tag_field.setAccessibleName(self.tr("Add a tag to this document"))
        self.tag_field.setFixedWidth(130)
        completer = QCompleter(self.tags_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_field.setCompleter(completer)
        self.tag_field.returnPressed.connect(self._add_tag)
        # The tags to complete from are read again as the user starts on a tag: another window
        # or the command line may have added some since the document was opened.
        self.tag_field.installEventFilter(self)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Your note on this document"))
        self.note_edit.setPlaceholderText(self.tr("Your note on this document (find it with note:word)"))
        self.note_edit.setTabChangesFocus(True)
        lines = self.note_edit.fontMetrics().lineSpacing() * NOTE_LINES
        self.note_edit.setFixedHeight(lines + 2 * int(self.note_edit.document().documentMargin()) + 6)
        self.note_edit.textChanged.connect(self._note_edited)
        self.save_button = QPushButton(self.tr("Save note"), self)
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+Return)"))
        self.save_button.clicked.connect(self.save_note)
        self.note_state = muted(QLabel(self))
        # Ctrl+Return saves: the text box takes that key for itself, before any QShortcut sees it.
        self.note_edit.installEventFilter(self)

        self.top = QHBoxLayout()  # the reader adds its "More like this" at the end
        self.top.setContentsMargins(0, 0, 0, 0)
        self.top.addWidget(self.star_button)
        self.top.addWidget(self.chip_area, 1)
        side = QVBoxLayout()  # beside the note: a tag to add, and the note's Save
        side.addWidget(self.tag_field)
        side.addWidget(self.save_button)
        side.addWidget(self.note_state)
        side.addStretch(1)
        note = QHBoxLayout()
        note.addWidget(self.note_edit, 1)
        note.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 4)
        layout.setSpacing(4)
        layout.addLayout(self.top)
        layout.addLayout(note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tag_field and event.type() == QEvent.Type.FocusIn:
            self._controller.load_tags()
        if (
            watched is self.note_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save_note()
                return True
        return super().eventFilter(watched, event)

    # -- showing ---------------------------------------------------------------------------
    def doc_id(self) -> int | None:
        return self._shown.doc_id if self._shown.doc_id >= 0 else None

    def show_document(self, doc_id: int) -> None:
        """Show `doc_id`'s marks once read; until then, none."""
        self._apply(DocumentMarks(doc_id))
        self.setEnabled(True)
        self._controller.load(doc_id)
        self._controller.load_tags()  # another process (the command line) may have added some

    def clear(self) -> None:
        self._apply(DocumentMarks(-1))
        self.setEnabled(False)

    def marks(self) -> DocumentMarks:
        return self._shown

    def _show(self, marks: DocumentMarks) -> None:
        if marks.doc_id == self._shown.doc_id:
            self._apply(marks)

    def _apply(self, marks: DocumentMarks) -> None:
        note_was_saved = self.note_edit.toPlainText() == self._shown.note
        same_document = marks.doc_id == self._shown.doc_id
        self._shown = marks
        self.star_button.setChecked(marks.starred)
        self.star_button.setText(
            f"{STAR_ON} {self.tr('Starred')}" if marks.starred else f"{STAR_OFF} {self.tr('Star')}"
        )
        self.star_button.setToolTip(
            self.tr("Remove the star") if marks.starred else self.tr("Star this document")
        )
        self.star_button.setAccessibleName(self.star_button.toolTip())
        self._set_chips(marks.tags)
        # An unsaved note being typed on this document is not overwritten by a star or a tag.
        if not same_document or note_was_saved:
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(marks.note)
            self.note_edit.blockSignals(False)
        self._note_edited()

    def _set_chips(self, tags: tuple[str, ...]) -> None:
        if [chip.property("tag") for chip in self.tag_chips()] == list(tags):
            return
        for chip in self.tag_chips():
            self.chips.removeWidget(chip)
            chip.setParent(None)
            chip.deleteLater()
        self.chip_area.setToolTip(", ".join(tags))
        for tag in tags:
            chip = QToolButton(self.chip_area)
            chip.setObjectName("tagChip")
            chip.setStyleSheet(chip_style_sheet(self))
            chip.setText(f"{tag}  ×")
            chip.setToolTip(self.tr("Remove the tag {0}").format(tag))
            chip.setAccessibleName(chip.toolTip())
            chip.setProperty("tag", tag)
            chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # whole, or clipped
            chip.clicked.connect(lambda _checked=False, t=tag: self._remove_tag(t))
            self.chips.insertWidget(self.chips.count() - 1, chip)  # before the closing stretch
            chip.show()  # the bar may be on screen already

    def tag_chips(self) -> list[QToolButton]:
        return [
            w for w in self.chip_area.findChildren(QToolButton, "tagChip") if w.parent() is self.chip_area
        ]

    # -- changing --------------------------------------------------------------------------
    def _star_clicked(self) -> None:
        doc_id = self.doc_id()
        if doc_id is not None:
            self._controller.star(doc_id, self.star_button.isChecked())

    def _add_tag(self) -> None:
        doc_id, tag = self.doc_id(), self.tag_field.text().strip()
        if doc_id is not None and tag:
            self._controller.tag(doc_id, add=[tag])
            self.tag_field.clear()

    def _remove_tag(self, tag: str) -> None:
        doc_id = self.doc_id()
        if doc_id is not None:
            self._controller.tag(doc_id, remove=[tag])

    def save_note(self) -> None:
        doc_id = self.doc_id()
        if doc_id is not None and self._note_dirty():
            self.note_state.setText(self.tr("Saving…"))
            self._controller.set_note(doc_id, self.note_edit.toPlainText())

    def _note_dirty(self) -> bool:
        return self.note_edit.toPlainText().strip() != self._shown.note

    def _note_edited(self) -> None:
        dirty = self._note_dirty()
        self.save_button.setEnabled(dirty)
        if dirty:
            self.note_state.setText(self.tr("Not saved"))
        else:
            self.note_state.setText(self.tr("Saved") if self._shown.note else "")
