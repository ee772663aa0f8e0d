"""The one colour palette of the app: actor types and reader highlights, for light and dark themes.

Colours are chosen as soft background tints so black text stays readable on light themes and
white text on dark ones; every widget asks this module instead of hard-coding a colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# type -> (light-theme tint, dark-theme tint)
_ACTOR_TYPES: dict[str, tuple[str, str]] = {
    "state": ("#cfe0f7", "#27466e"),
    "government": ("#d6e4ff", "#2d3f73"),
    "armed_force": ("#f7d4cf", "#6e2f27"),
    "armed_group": ("#f3c9d9", "#6b2944"),
    "igo": ("#d3efe6", "#1f5a4a"),
    "ngo": ("#dcefcf", "#35572a"),
    "legislature": ("#e6dcf5", "#4a3a6b"),
    "party": ("#f0dcef", "#5e3a5c"),
    "person": ("#fbe6c9", "#6b4d22"),
    "population": ("#f7efc3", "#5f5520"),
    "media": ("#dcebf0", "#2f5361"),
    "place": ("#e4e4dc", "#4a4a40"),
    "other": ("#e6e6e6", "#4d4d4d"),
}

# highlight kind -> (light, dark)
_HIGHLIGHTS: dict[str, tuple[str, str]] = {
    "hit": ("#fff1a8", "#6b5d12"),
    "current_hit": ("#ffc663", "#a4641a"),
    "demand": ("#cde8ff", "#1d4a70"),
    "target": ("#9fd0ff", "#2c6aa0"),
    "find": ("#c8f2c2", "#2f6b2a"),
    "error": ("#b3261e", "#ff8a80"),
    "star": ("#c98500", "#ffc94d"),  # a starred document's star (foreground)
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the current palette has light text on a dark window (the system is in dark mode)."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def _pick(pair: tuple[str, str], dark: bool | None) -> QColor:
    dark = is_dark() if dark is None else dark
    return QColor(pair[1] if dark else pair[0])


def actor_colour(actor_type: str, dark: bool | None = None) -> QColor:
    """Background tint for an actor type (unknown types fall back to "other")."""
    return _pick(_ACTOR_TYPES.get(actor_type, _ACTOR_TYPES["other"]), dark)


def highlight_colour(kind: str, dark: bool | None = None) -> QColor:
    """Background tint for a reader highlight: hit, current_hit, demand, target, find; or the
    foreground colour for inline error text ("error") and a document's star ("star")."""
    return _pick(_HIGHLIGHTS[kind], dark)


def actor_types() -> tuple[str, ...]:
    return tuple(_ACTOR_TYPES)
