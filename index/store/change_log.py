"""The catalog's log of changes to what the search index holds (migration 9).

Triggers log, in the transaction that makes a change, the document it touches (or the extracted
actor name an edit renames or retypes), with a growing number. The index records the number its
documents reflect (engine/position.py); `changed_since` tells what to replay after it. Keeping
the log in the catalog's own transactions is what makes every write path crash-safe, whatever
code path or process wrote: there is nothing to remember to call.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What changed after some position: documents by id, and edited actor names (whose
    documents are found in the catalog)."""

    doc_ids: frozenset[int]
    names: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.doc_ids or self.names)


def head(conn: sqlite3.Connection) -> int:
    """The number of the catalog's latest logged change (0: none yet, or a catalog older than
    the log, opened read-only and so never migrated)."""
    try:
        row = conn.execute("SELECT max(seq) FROM index_changes").fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0]) if row and row[0] is not None else 0


def catalog_id(conn: sqlite3.Connection) -> str:
    """This catalog's identity, made when migration 9 ran (a copy or a restore keeps it); ""
    for a catalog older than that, opened read-only. An index never records "" (see
    index_sync), so such a catalog's index is always compared whole."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'catalog_id'").fetchone()
    return str(row[0]) if row else ""


def changed_since(conn: sqlite3.Connection, seq: int) -> Changes:
    """Every document and actor name logged after change `seq`."""
    doc_ids: set[int] = set()
    names: set[str] = set()
    for doc_id, name in conn.execute("SELECT doc_id, actor_name FROM index_changes WHERE seq > ?", (seq,)):
        if doc_id is not None:
            doc_ids.add(int(doc_id))
        if name is not None:
            names.add(str(name))
    return Changes(frozenset(doc_ids), frozenset(names))
