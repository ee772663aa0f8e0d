"""A time bound for one search: `Deadline.check()` raises QueryTooSlow once it has passed.

A search runs in the caller's thread holding the archive's read lock and the index's caches, so
a query that asks for too much (a prefix of one letter over a large archive, many fuzzy words)
would hold up every other search behind it. The work checks its deadline where it can stop
cheaply — between the phases of a search, per segment, per term of an expansion, per block of
postings — and stops there, releasing both. Checking costs a clock read (~50 ns).
"""

from __future__ import annotations

import time

from .errors import QueryTooSlow


class Deadline:
    """`seconds` from now (None: never) for the query `query` (named in the error)."""

    __slots__ = ("_end", "query", "seconds")

    def __init__(self, seconds: float | None, query: str = "") -> None:
        self.seconds = seconds
        self.query = query
        self._end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        """Raise QueryTooSlow if the deadline has passed."""
        if self._end is not None and time.monotonic() > self._end:
            raise QueryTooSlow(self.query, self.seconds or 0.0)

    @property
    def remaining(self) -> float | None:
        return None if self._end is None else max(0.0, self._end - time.monotonic())


NEVER = Deadline(None)
