"""Find in the open document (Ctrl+F): a slim bar under the reader, like a browser's."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from .tool_button import tool_button


class FindBar(QWidget):
    find_changed = Signal(str)
    step = Signal(int)  # +1 next, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Find in document"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.find_changed)
        self.field.returnPressed.connect(lambda: self.step.emit(1))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Matches found"))
        previous = tool_button(self, "▲", self.tr("Previous match (Shift+F3)"), lambda: self.step.emit(-1))
        following = tool_button(self, "▼", self.tr("Next match (F3)"), lambda: self.step.emit(1))
        close = tool_button(self, "✕", self.tr("Close find bar (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (previous, following, close):
            layout.addWidget(button)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def is_active(self) -> bool:
        return self.isVisible() and bool(self.field.text())

    def set_count(self, current: int, total: int) -> None:
        if not self.field.text():
            self.count.clear()
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{0} of {1}").format(current, total))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
