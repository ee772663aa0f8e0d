"""The current search (query + facet filters + sort) and the one place that asks the archive.

Widgets change the search through this object and redraw from its signals, so the search bar,
facets, chips, sort box and an import all agree on what is shown. Searching runs on the GUI
thread: a Whoosh query over a desktop-sized archive takes milliseconds, and doing it inline keeps
results in step with typing (the search bar already debounces keystrokes).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from index.errors import ArchiveError, QuerySyntaxError
from index.models import SearchResult

if TYPE_CHECKING:  # only for type hints: widgets get the archive from the window
    from index.archive import Archive

log = logging.getLogger(__name__)

PAGE_SIZE = 200  # one page is plenty for a list a person scrolls; counts come from `total`


class SearchController(QObject):
    results_changed = Signal(object)  # SearchResult
    query_failed = Signal(object)  # QuerySyntaxError
    failed = Signal(str)  # any other ArchiveError, already readable
    filters_changed = Signal(object)  # dict[str, list[str]]

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._query = ""
        self._filters: dict[str, list[str]] = {}
        self._sort = "relevance"
        self.last_result: SearchResult | None = None

    # -- state -----------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def sort(self) -> str:
        return self._sort

    def filters(self) -> dict[str, list[str]]:
        return {key: list(values) for key, values in self._filters.items() if values}

    def set_archive(self, archive: Archive) -> None:
        self._archive = archive
        self._filters.clear()
        self.filters_changed.emit(self.filters())
        self.refresh()

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.refresh()

    def set_sort(self, sort: str, *, refresh: bool = True) -> None:
        if sort != self._sort:
            self._sort = sort
            if refresh:
                self.refresh()

    def add_filter(self, key: str, value: str) -> None:
        values = self._filters.setdefault(key, [])
        if value not in values:
            values.append(value)
            self._filters_changed()

    def remove_filter(self, key: str, value: str) -> None:
        if value in self._filters.get(key, []):
            self._filters[key].remove(value)
            self._filters_changed()

    def clear_filters(self) -> None:
        self._filters.clear()
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.filters_changed.emit(self.filters())
        self.refresh()

    # -- running ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the current search again (after typing, a filter change, or an import)."""
        try:
            result = self._archive.search(
                self._query, filters=self.filters(), sort=self._sort, page=1, page_size=PAGE_SIZE
            )
        except QuerySyntaxError as exc:
            self.query_failed.emit(exc)
            return
        except ArchiveError as exc:
            log.warning("search %r failed: %s", self._query, exc)
            self.failed.emit(str(exc))
            return
        self.last_result = result
        self.results_changed.emit(result)
