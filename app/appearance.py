"""How the app looks: the system's light or dark palette, plus a few calm touches (panel titles,
muted counts, filter chips).

There is deliberately no application-wide style sheet: once one is set, Qt stops handing a new
palette on to the widgets it styled, so a light <-> dark switch while the app runs would leave
white lists in a dark window. The touches below use palette roles and fonts instead, which
follow the palette by themselves; only the filter chips carry a small style sheet of their own,
written from the palette when each chip is made.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QWidget

SPLITTER_HANDLE_PX = 5


def apply_appearance(app: QApplication) -> None:
    """Follow the system's colour scheme. Windows and macOS styles do so natively; elsewhere the
    Fusion style takes the platform theme's palette (light or dark) and looks the same everywhere."""
    if sys.platform not in ("win32", "darwin"):
        app.setStyle("Fusion")


def muted(label: QLabel) -> QLabel:
    """Draw the label in the palette's quiet text colour (counts, secondary lines)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def panel_title(label: QLabel) -> QLabel:
    """A panel's heading: semi-bold and quiet, so the content stands out."""
    label.setObjectName("panelTitle")
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setContentsMargins(2, 2, 0, 2)
    return muted(label)


def roomy(splitter: QSplitter) -> QSplitter:
    """Splitter handles wide enough to grab without hunting for them."""
    splitter.setHandleWidth(SPLITTER_HANDLE_PX)
    return splitter


def chip_style_sheet(widget: QWidget) -> str:
    """A rounded, tinted look for a filter chip, in the colours of the current palette."""
    palette = widget.palette()
    mid = palette.color(QPalette.ColorRole.Mid).name()
    base = palette.color(QPalette.ColorRole.AlternateBase).name()
    text = palette.color(QPalette.ColorRole.ButtonText).name()
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    return (
        f"QToolButton {{ border: 1px solid {mid}; border-radius: 10px; padding: 2px 10px;"
        f" background: {base}; color: {text}; }}"
        f"QToolButton:hover {{ border-color: {accent}; }}"
    )
