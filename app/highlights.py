"""Layered highlights on a QTextEdit, addressed by the core's character offsets.

The core counts Python characters (code points); Qt counts UTF-16 units, so a character outside
the Basic Multilingual Plane (an emoji, some CJK) would shift every later offset by one. `Offsets`
maps between the two so highlights never drift.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

Span = tuple[int, int]
# A layer's colour is asked for again when the palette changes (light <-> dark), so it may be
# given as a function returning the colour for the current theme.
Colour = QColor | Callable[[], QColor]

# Drawn in this order, so a later layer shows on top (the current step above everything).
LAYERS = ("hits", "demand", "target", "actor", "find", "current")


class Offsets:
    """Code-point offsets of a text → UTF-16 positions in a QTextDocument holding the same text."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        # invert to_qt: each astral character before the offset adds one unit
        offset = position
        while offset > 0 and self.to_qt(offset) > position:
            offset -= 1
        return offset


class Highlighter:
    def __init__(self, editor: QTextEdit) -> None:
        self._editor = editor
        self._offsets = Offsets("")
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {name: [] for name in LAYERS}
        self._specs: dict[str, tuple[tuple[Span, ...], Colour, bool]] = {}

    def reset(self, text: str) -> None:
        self._offsets = Offsets(text)
        for name in LAYERS:
            self._layers[name] = []
        self._specs.clear()
        self._apply()

    def cursor_for(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self._editor.document())
        end = min(self._offsets.to_qt(span[1]), self._editor.document().characterCount() - 1)
        cursor.setPosition(min(self._offsets.to_qt(span[0]), end))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def to_offset(self, position: int) -> int:
        return self._offsets.from_qt(position)

    def set_layer(self, name: str, spans: Iterable[Span], colour: Colour, *, bold: bool = False) -> None:
        spans = tuple(spans)
        self._specs[name] = (spans, colour, bold)
        fmt = QTextCharFormat()
        fmt.setBackground(colour() if callable(colour) else colour)
        if bold:
            fmt.setFontWeight(700)
        selections = []
        for span in spans:
            selection = QTextEdit.ExtraSelection()
            selection.format = fmt
            selection.cursor = self.cursor_for(span)
            selections.append(selection)
        self._layers[name] = selections
        self._apply()

    def recolour(self) -> None:
        """Draw every layer again with its colour for the current palette (after a theme switch)."""
        for name, (spans, colour, bold) in list(self._specs.items()):
            self.set_layer(name, spans, colour, bold=bold)

    def clear_layer(self, name: str) -> None:
        self.set_layer(name, (), QColor())

    def layer_size(self, name: str) -> int:
        return len(self._layers[name])

    def _apply(self) -> None:
        self._editor.setExtraSelections([s for name in LAYERS for s in self._layers[name]])
