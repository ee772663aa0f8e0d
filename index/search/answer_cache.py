"""Recent search answers, valid for one searcher and one state of the catalog.

Going back to a query, paging and re-sorting then skip matching every document and counting
facets again. A commit to the catalog (another process's too) or the index makes every answer
stale; the catalog's state is checked without loading anything (store/facet_table.version_key).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

RECENT_ANSWERS = 64
T = TypeVar("T")


class AnswerCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._recent: OrderedDict[Hashable, Any] = OrderedDict()
        self._state: tuple[object, object] = (None, None)

    def remember(self, searcher: object, version: object, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, or its answer when `key` was asked of the same searcher and catalog
        `version` before. Computed outside the lock: a slow answer never holds up others."""
        with self._lock:
            if self._state[0] is not searcher or self._state[1] != version:
                self._recent.clear()
                self._state = (searcher, version)
            if key in self._recent:
                self._recent.move_to_end(key)
                return cast(T, self._recent[key])
        answer = compute()
        with self._lock:
            if self._state[0] is searcher and self._state[1] == version:
                self._recent[key] = answer
                if len(self._recent) > RECENT_ANSWERS:
                    self._recent.popitem(last=False)
        return answer
