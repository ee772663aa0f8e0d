"""Named moments at which the reliability tests kill this process for real, to prove that the
archive survives a crash exactly there (e.g. between the catalog's commit and the index's).

Inert unless the environment variable ADVOCACY_CRASH_AT names the moment, optionally with the
occurrence to stop at: `catalog-committed` (the first), `catalog-committed#3` (the third). The
process then sends itself SIGKILL: no cleanup, no `finally`, as a power cut or the OOM killer.
"""

from __future__ import annotations

import os
import signal
import threading

ENV = "ADVOCACY_CRASH_AT"
CATALOG_COMMITTED = "catalog-committed"  # a catalog transaction is on disk, nothing after it yet
INDEX_COMMITTED = "index-committed"  # an index commit is on disk, its position not yet recorded

_seen: dict[str, int] = {}
_lock = threading.Lock()


def reached(point: str) -> None:
    """Die here if the tests asked for it (see module doc)."""
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition("#")
    if name != point:
        return
    with _lock:
        _seen[point] = _seen.get(point, 0) + 1
        due = _seen[point] >= (int(nth) if nth.isdigit() else 1)
    if due:
        os.kill(os.getpid(), signal.SIGKILL)
