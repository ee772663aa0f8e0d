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

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QWidget

SPLITTER_HANDLE_PX = 5


def apply_appearance(app: QApplication) -> None:
    """Follow the system's colour scheme. Windows and macOS styles do so natively; elsewhere the
    Fusion style takes the platform theme's palette (light or dark) and looks the same everywhere."""
    if sys.platform not in ("win32", "darwin"):
        app.setStyle("Fusion")


def apply_theme(app: QApplication, theme: str) -> None:
    """ "light" or "dark" whatever the desktop uses, or "system" to follow it again. The colour
    scheme hint is what Windows, macOS and recent Linux desktops honour; the palette is what
    the Fusion style draws with (and the only thing the offscreen platform knows)."""
    hints = app.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # an empty palette: back to the platform's own
        return
    hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


def dark_palette() -> QPalette:
    """A calm dark palette: light grey text on near-black, a muted blue for selection."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e4e4e4"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#292929"),
        (roles.ToolTipBase, "#2b2b2b"),
        (roles.ToolTipText, "#e4e4e4"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Text, "#e4e4e4"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e4e4e4"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#4a4a4a"),
        (roles.Midlight, "#3e3e3e"),
        (roles.Mid, "#555555"),
        (roles.Dark, "#1a1a1a"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#2f5fae"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


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
