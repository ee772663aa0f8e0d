"""How the app looks: the system's light or dark palette, plus a few calm touches (panel titles,
filter chips). Colours come from the palette, so both themes stay readable."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QLabel#panelTitle { font-weight: 600; color: palette(placeholder-text); padding: 2px 0 2px 2px; }
QToolButton#filterChip {
    border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px;
    background: palette(alternate-base);
}
QToolButton#filterChip:hover { border-color: palette(highlight); }
QLabel#resultCount { color: palette(placeholder-text); }
QSplitter::handle:horizontal { width: 5px; }
QSplitter::handle:vertical { height: 5px; }
"""


def apply_appearance(app: QApplication) -> None:
    """Follow the system's colour scheme. Windows and macOS styles do so natively; elsewhere the
    Fusion style takes the platform theme's palette (light or dark) and looks the same everywhere."""
    if sys.platform not in ("win32", "darwin"):
        app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
