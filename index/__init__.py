"""Advocacy Archive's headless core: archive store, readers, extraction, search and CLI.

Nothing in this package imports Qt; the desktop app in `app/` calls these functions.
"""

__version__ = "0.1.0"
