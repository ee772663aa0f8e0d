"""The search field: searches as you type, remembers recent searches, explains broken queries."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from .colours import highlight_colour

DEBOUNCE_MS = 250  # long enough to skip half-typed words, short enough to feel live


class SearchBar(QWidget):
    search_requested = Signal(str)
    down_pressed = Signal()  # Down in the field (no completion list open): go to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr('Search — e.g. Aleppo AND "humanitarian access", actor:"Human Rights Watch"  (Ctrl+L)')
        )
        self.field.setToolTip(self._syntax_help())
        self.field.setAccessibleName(self.tr("Search the archive"))
        self.field.setAccessibleDescription(self._syntax_help())

        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Search problem"))
        self._colour_message()
        self.message.hide()

        self._recent = QStringListModel(self)
        completer = QCompleter(self._recent, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.field.textEdited.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._emit)
        # the clear button changes the text without textEdited: search for everything again
        self.field.textChanged.connect(lambda text: text or self._timer.start())

        self.field.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down leaves the field for the results, unless it is choosing a recent search."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            popup = self.field.completer().popup() if self.field.completer() else None
            if event.key() == Qt.Key.Key_Down and not (popup and popup.isVisible()):
                if self._timer.isActive():  # typed but not searched yet: search now
                    self._emit()
                self.down_pressed.emit()
                return True
        return super().eventFilter(watched, event)

    def _colour_message(self) -> None:
        self.message.setStyleSheet(f"color: {highlight_colour('error').name()};")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # a light <-> dark switch: the red must suit the new palette
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour_message()

    def install_shortcut(self, window: QWidget) -> None:
        """Ctrl+L from anywhere in `window` focuses the field, as in a browser."""
        shortcut = QShortcut(QKeySequence(self.tr("Ctrl+L")), window)
        shortcut.activated.connect(self.focus_field)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _syntax_help(self) -> str:
        return self.tr(
            "Search syntax:\n"
            "  a word finds its forms (evacuating: evacuate, evacuation)\n"
            "  word1 AND word2, word1 OR word2, NOT word\n"
            '  "exact phrase", "word" (that word alone)\n'
            "  prefix*   (e.g. detain* finds detained, detainee)\n"
            "  fuzzy~    (e.g. Aleppo~ tolerates a typo; ~2: two)\n"
            '  title:…  issuer:…  actor:"…"  target:"…"\n'
            "  date:[2016-01-01 TO 2016-12-31]"
        )

    # -- driving ---------------------------------------------------------------------------
    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str, *, search: bool = True) -> None:
        self.field.setText(text)
        if search:
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.field.text())

    def set_recent(self, searches: list[str]) -> None:
        self._recent.setStringList(searches)

    def show_problem(self, hint: str, position: int | None = None) -> None:
        """Say what is wrong with the query under the field; results keep their last state."""
        where = self.tr(" (at character {0})").format(position + 1) if position is not None else ""
        self.message.setText(self.tr("Cannot search this: {0}{1}").format(hint, where))
        self.message.show()

    def clear_problem(self) -> None:
        self.message.clear()
        self.message.hide()
