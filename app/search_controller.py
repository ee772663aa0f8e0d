"""The current search (query + facet filters + sort) and the one place that asks the archive.

Widgets change the search through this object and redraw from its signals, so the search bar,
facets, chips, sort box and an import all agree on what is shown.

Searches run on the read pool (`app.workers`), never on the GUI thread: a common term with facets
over a large archive takes a few hundred milliseconds. Each request carries a sequence number and
only the answer to the latest one is shown, so a slow search for "Al" can never overwrite the
results for "Aleppo" typed after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..index.errors import QuerySyntaxError
from ..index.models import SearchResult
from .workers import run_in_background

if TYPE_CHECKING:  # only for type hints: widgets get the archive from the window
    from ..index.archive import Archive

log = logging.getLogger(__name__)

PAGE_SIZE = 50  # the first page fills a few screens fast; more pages load as the list scrolls


def _search(
    archive: Archive,
    query: str,
    filters: dict[str, list[str]],
    sort: str,
    page: int = 1,
    page_size: int = PAGE_SIZE,
    all_versions: bool = False,
) -> Any:
    """Runs on a pool thread. A broken query is an answer, not a failure: return it. Facets
    are counted by a second request, so the hits are drawn without waiting for them."""
    try:
        return archive.search(
            query,
            filters=filters,
            sort=sort,
            page=page,
            page_size=page_size,
            with_facets=False,
            all_versions=all_versions,
        )
    except QuerySyntaxError as exc:
        return exc


def _facet_counts(
    archive: Archive,
    query: str,
    filters: dict[str, list[str]],
    wanted: Callable[[], bool],
    all_versions: bool = False,
) -> Any:
    """Runs on a pool thread, after the hits. A search typed since makes the counts useless, and
    computing them would hold the archive while that newer search waits: skip them."""
    return archive.facet_counts(query, filters=filters, all_versions=all_versions) if wanted() else None


class SearchController(QObject):
    results_changed = Signal(object)  # SearchResult, its facets not counted yet
    facets_counted = Signal(object)  # the shown SearchResult again, with its facet counts
    more_results = Signal(object)  # SearchResult: a further page of the shown search
    query_failed = Signal(object)  # QuerySyntaxError
    failed = Signal(str)  # any other error, already readable
    filters_changed = Signal(object)  # dict[str, list[str]]
    busy_changed = Signal(bool)  # a search is under way (True) or its answer has arrived (False)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._query = ""
        self._filters: dict[str, list[str]] = {}
        self._sort = "relevance"
        self._all_versions = False  # every version of a statement, not the statement once
        self._sent = 0  # sequence number of the latest request
        self._answered = 0  # sequence number of the latest request whose answer arrived
        self.last_result: SearchResult | None = None
        self._pages = 0  # pages of the shown search that have arrived
        self._fetching = False  # a further page is being fetched
        self._counting = 0  # sequence number of the search whose facets are being counted
        self.page_size = PAGE_SIZE  # results fetched at a time (a setting)

    # -- state -----------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def sort(self) -> str:
        return self._sort

    @property
    def busy(self) -> bool:
        """True while the latest search has not answered yet."""
        return self._answered < self._sent

    @property
    def facets_pending(self) -> bool:
        """True while the facet counts of the latest search have not arrived."""
        return self.busy or 0 < self._counting == self._sent

    def filters(self) -> dict[str, list[str]]:
        return {key: list(values) for key, values in self._filters.items() if values}

    def set_archive(self, archive: Archive) -> None:
        self._archive = archive
        self.last_result = None
        self._filters.clear()
        self.filters_changed.emit(self.filters())
        self.refresh()

    def set_query(self, query: str) -> None:
        self._query = query.strip()
        self.refresh()

    def key(self) -> tuple[str, tuple[tuple[str, tuple[str, ...]], ...], str]:
        """What the shown search is (query, filters, sort): a new key is a new search, the same
        key searched again is a refresh (after an import)."""
        filters = tuple(sorted((k, tuple(v)) for k, v in self.filters().items()))
        return (self._query, filters, self._sort)

    def apply(
        self, query: str, filters: dict[str, list[str]] | dict[str, tuple[str, ...]], sort: str
    ) -> None:
        """Show another search whole (a saved search): one request, not one per change."""
        self._query = query.strip()
        self._filters = {key: list(values) for key, values in filters.items() if values}
        self._sort = sort
        self.filters_changed.emit(self.filters())
        self.refresh()

    def set_sort(self, sort: str, *, refresh: bool = True) -> None:
        if sort != self._sort:
            self._sort = sort
            if refresh:
                self.refresh()

    @property
    def all_versions(self) -> bool:
        return self._all_versions

    def set_all_versions(self, every: bool) -> None:
        """Show and count every version of a statement (True) or each statement once."""
        if every != self._all_versions:
            self._all_versions = every
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
        """Search again (after typing, a filter change, or an import); the answer arrives later
        through `results_changed` or `query_failed`, unless a newer request overtakes it."""
        was_busy = self.busy
        self._fetching = False
        self._sent += 1
        seq = self._sent
        self._submit(1, lambda answer: self._answer(seq, answer), lambda message: self._fail(seq, message))
        if not was_busy:
            self.busy_changed.emit(True)

    def _settle(self, seq: int) -> bool:
        """Record that request `seq` answered; False when a newer request makes it stale."""
        if seq != self._sent:
            return False
        self._answered = seq
        self.busy_changed.emit(False)
        return True

    def _answer(self, seq: int, answer: SearchResult | QuerySyntaxError) -> None:
        if not self._settle(seq):
            return
        if isinstance(answer, QuerySyntaxError):
            self.query_failed.emit(answer)
            return
        self.last_result = answer
        self._pages, self._fetching = 1, False
        self.results_changed.emit(answer)
        self._count_facets(seq, answer)

    def _count_facets(self, seq: int, shown: SearchResult) -> None:
        """Count the facets of the shown search in the background; a newer search drops them."""

        def arrived(facets: dict[str, dict[str, int]] | None) -> None:
            if self._counting == seq:
                self._counting = 0
            if facets is not None and seq == self._sent and self.last_result is shown:
                self.last_result = replace(shown, facets=facets)
                self.facets_counted.emit(self.last_result)

        def failed(message: str) -> None:
            if self._counting == seq:
                self._counting = 0
            log.warning("facet counts of %r failed: %s", shown.query, message)

        self._counting = seq

        run_in_background(
            _facet_counts,
            self._archive,
            self._query,
            self.filters(),
            lambda: seq == self._sent,
            self._all_versions,
            on_success=arrived,
            on_failure=failed,
            parent=self,
        )

    def recount_facets(self) -> None:
        """Count the shown search's facets again (the user's tags or stars changed)."""
        if self.last_result is not None and not self.busy:
            self._count_facets(self._sent, self.last_result)

    def has_more(self) -> bool:
        """True when the shown search has hits beyond the pages fetched so far."""
        shown = self.last_result
        return shown is not None and not self.busy and self._pages * shown.page_size < shown.total

    def fetch_more(self) -> None:
        """Fetch the next page of the shown search in the background (`more_results`); a new
        search started meanwhile makes the answer stale and it is dropped."""
        if self._fetching or not self.has_more():
            return
        self._fetching = True
        seq, page = self._sent, self._pages + 1

        def arrived(answer: SearchResult | QuerySyntaxError) -> None:
            if seq != self._sent or page != self._pages + 1:
                return
            self._fetching = False
            if isinstance(answer, SearchResult) and answer.hits:
                self._pages = page
                self.more_results.emit(answer)

        def failed(message: str) -> None:
            if seq == self._sent:
                self._fetching = False
            log.warning("next page of %r failed: %s", self._query, message)

        self._submit(page, arrived, failed)

    def _submit(
        self, page: int, on_success: Callable[[Any], None], on_failure: Callable[[str], None]
    ) -> None:
        """One page of the current query, sort and filters, searched on a pool thread."""
        run_in_background(
            _search,
            self._archive,
            self._query,
            self.filters(),
            self._sort,
            page,
            self.page_size,
            self._all_versions,
            on_success=on_success,
            on_failure=on_failure,
            parent=self,
        )

    def _fail(self, seq: int, message: str) -> None:
        log.warning("search %r failed: %s", self._query, message)
        if self._settle(seq):
            self.failed.emit(message)
