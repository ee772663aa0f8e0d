"""Typed access to the user's preferences, stored with `QSettings`.

Every preference the app remembers has one property here, so its key, type and default live in
one place. `QSettings` hands values back loosely typed (an ini file returns "true" for True and a
plain string for a one-element list), so each getter normalises what it reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Advocacy Archive"
APPLICATION = "advocacy-archive"
SORT_ORDERS = ("relevance", "date")
MAX_RECENT_SEARCHES = 15
THEMES = ("system", "light", "dark")
RESULTS_PER_PAGE = (10, 50, 500)  # lowest, default, highest


class Settings:
    """The app's preferences. `Settings(path)` uses an ini file at `path` (tests, portable use);
    `Settings()` uses the platform's usual place for this user."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._qs = QSettings(ORGANIZATION, APPLICATION)
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        """Write pending changes to disk now (QSettings otherwise does so lazily)."""
        self._qs.sync()

    # -- low-level helpers ---------------------------------------------------------------
    def _bytes(self, key: str) -> bytes:
        value = self._qs.value(key)
        if isinstance(value, QByteArray):
            return bytes(value.data())
        if isinstance(value, bytes | bytearray):
            return bytes(value)
        return b""

    def _set_bytes(self, key: str, value: bytes) -> None:
        self._qs.setValue(key, QByteArray(bytes(value)))

    def _str(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return value if isinstance(value, str) else default

    def _bool(self, key: str, default: bool) -> bool:
        value: Any = self._qs.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value: Any = self._qs.value(key, default)
        try:
            number = int(value)
        except (TypeError, ValueError):
            return default
        return min(max(number, low), high)

    def _str_list(self, key: str) -> list[str]:
        value = self._qs.value(key, [])
        if isinstance(value, str):  # an ini file turns a one-element list into a string
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value if str(v)]
        return []

    # -- main window ---------------------------------------------------------------------
    @property
    def window_geometry(self) -> bytes:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self._set_bytes("window/geometry", value)

    @property
    def window_state(self) -> bytes:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: bytes) -> None:
        self._set_bytes("window/state", value)

    def splitter_state(self, name: str) -> bytes:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: bytes) -> None:
        self._set_bytes(f"splitters/{name}", value)

    def panel_visible(self, name: str, default: bool = True) -> bool:
        return self._bool(f"panels/{name}", default)

    def set_panel_visible(self, name: str, visible: bool) -> None:
        self._qs.setValue(f"panels/{name}", bool(visible))

    # -- search ----------------------------------------------------------------------------
    @property
    def sort_order(self) -> str:
        value = self._str("search/sort_order", "relevance")
        return value if value in SORT_ORDERS else "relevance"

    @sort_order.setter
    def sort_order(self, value: str) -> None:
        if value not in SORT_ORDERS:
            raise ValueError(f"sort order must be one of {SORT_ORDERS}, not {value!r}")
        self._qs.setValue("search/sort_order", value)

    @property
    def recent_searches(self) -> list[str]:
        """Most recent first."""
        return self._str_list("search/recent")[:MAX_RECENT_SEARCHES]

    @recent_searches.setter
    def recent_searches(self, value: list[str]) -> None:
        cleaned: list[str] = []
        for query in value:
            query = query.strip()
            if query and query not in cleaned:
                cleaned.append(query)
        self._qs.setValue("search/recent", cleaned[:MAX_RECENT_SEARCHES])

    def add_recent_search(self, query: str) -> None:
        """Put `query` first, dropping an older copy of it and anything past the limit."""
        query = query.strip()
        if query:
            self.recent_searches = [query, *self.recent_searches]

    @property
    def results_per_page(self) -> int:
        """How many results a search fetches at a time (more load as the list scrolls)."""
        low, default, high = RESULTS_PER_PAGE
        return self._int("search/results_per_page", default, low, high)

    @results_per_page.setter
    def results_per_page(self, value: int) -> None:
        low, _, high = RESULTS_PER_PAGE
        self._qs.setValue("search/results_per_page", min(max(int(value), low), high))

    # -- appearance ------------------------------------------------------------------------
    @property
    def theme(self) -> str:
        """ "system" (follow the desktop's light or dark scheme), "light" or "dark"."""
        value = self._str("appearance/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"theme must be one of {THEMES}, not {value!r}")
        self._qs.setValue("appearance/theme", value)

    # -- importing ---------------------------------------------------------------------------
    @property
    def ocr_enabled(self) -> bool:
        """Read scans and images by OCR when importing (where Tesseract is installed): on unless
        the user turned it off, since a scan read is worth its seconds a page."""
        return self._bool("import/ocr", True)

    @ocr_enabled.setter
    def ocr_enabled(self, value: bool) -> None:
        self._qs.setValue("import/ocr", bool(value))

    # -- archive ---------------------------------------------------------------------------
    @property
    def last_archive(self) -> str:
        return self._str("archive/last", "")

    @last_archive.setter
    def last_archive(self, value: str) -> None:
        self._qs.setValue("archive/last", str(value))
