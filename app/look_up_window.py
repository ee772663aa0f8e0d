"""A window opened to look something up (All demands, batch search, more like this): a top-level
window that Esc closes, as one expects of such a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class LookUpWindow(QWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc arrives here when the focused field or table has no use for it.
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
