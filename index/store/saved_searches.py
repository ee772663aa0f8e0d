"""Saved searches in the catalog (migration 7): the user's own data, like their actor edits.

They live in the catalog so that a backup bundle carries them and `reextract`/`reindex` never
touch them. Names are unique regardless of case ("Syria" and "syria" would read as one in a list).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence

from ..errors import ArchiveError
from ..models import SavedSearch
from .catalog import transaction

_COLUMNS = "name, query, filters, sort, created_at, opened_at, seen_doc_id"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _saved(row: tuple[str, str, str, str, str, str | None, int]) -> SavedSearch:
    name, query, filters, sort, created, opened, seen = row
    loaded = json.loads(filters)
    return SavedSearch(
        name=name,
        query=query,
        filters={str(k): tuple(str(v) for v in values) for k, values in loaded.items()},
        sort=sort,
        created_at=created,
        opened_at=opened,
        seen_doc_id=seen,
    )


def last_doc_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT ifnull(max(id), 0) FROM documents").fetchone()[0])


def all_saved(conn: sqlite3.Connection) -> tuple[SavedSearch, ...]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM saved_searches ORDER BY name COLLATE NOCASE")
    return tuple(_saved(row) for row in rows)


def get(conn: sqlite3.Connection, name: str) -> SavedSearch:
    row = conn.execute(f"SELECT {_COLUMNS} FROM saved_searches WHERE name = ?", (name,)).fetchone()
    if row is None:
        known = [s.name for s in all_saved(conn)]
        listed = f" The saved searches are: {', '.join(known)}." if known else " There are none yet."
        raise ArchiveError(f"No saved search is called {name!r}.{listed}")
    return _saved(row)


def add(
    conn: sqlite3.Connection,
    name: str,
    query: str,
    filters: Mapping[str, Sequence[str]],
    sort: str,
    *,
    replace: bool = False,
) -> SavedSearch:
    """Save a search; it counts new matches from now on. With `replace`, a search of the same
    name is updated in place (and counts from now on too)."""
    name = _clean_name(name)
    cleaned = {k: sorted(set(v)) for k, v in sorted(filters.items()) if v}
    values = (name, query.strip(), json.dumps(cleaned, ensure_ascii=False), sort, _now(), last_doc_id(conn))
    with transaction(conn):
        exists = conn.execute("SELECT 1 FROM saved_searches WHERE name = ?", (name,)).fetchone()
        if exists and not replace:
            raise ArchiveError(f"A saved search is already called {name!r}; choose another name.")
        conn.execute(
            "INSERT INTO saved_searches (name, query, filters, sort, created_at, seen_doc_id) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET query = excluded.query, "
            "filters = excluded.filters, sort = excluded.sort, seen_doc_id = excluded.seen_doc_id",
            values,
        )
    return get(conn, name)


def rename(conn: sqlite3.Connection, old: str, new: str) -> SavedSearch:
    """Rename a saved search (a change of case only is a rename too)."""
    new = _clean_name(new)
    get(conn, old)  # a clear error when there is no such search
    with transaction(conn):
        ids = {
            name: conn.execute("SELECT id FROM saved_searches WHERE name = ?", (name,)).fetchone()
            for name in (old, new)
        }
        if ids[new] is not None and ids[new] != ids[old]:
            raise ArchiveError(f"A saved search is already called {new!r}; choose another name.")
        conn.execute("UPDATE saved_searches SET name = ? WHERE name = ?", (new, old))
    return get(conn, new)


def delete(conn: sqlite3.Connection, name: str) -> None:
    get(conn, name)
    with transaction(conn):
        conn.execute("DELETE FROM saved_searches WHERE name = ?", (name,))


def mark_opened(conn: sqlite3.Connection, name: str) -> SavedSearch:
    """Record that the search was opened now: what it matched so far is no longer new."""
    get(conn, name)
    with transaction(conn):
        conn.execute(
            "UPDATE saved_searches SET opened_at = ?, seen_doc_id = ? WHERE name = ?",
            (_now(), last_doc_id(conn), name),
        )
    return get(conn, name)


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ArchiveError("A saved search needs a name.")
    if len(cleaned) > 200:
        raise ArchiveError("A saved search's name may be at most 200 characters.")
    return cleaned
