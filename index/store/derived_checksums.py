"""Checksums of derived files saved beside the index (the facet columns, `whoosh/facets.npz`),
kept in the catalog, so that such a file is trusted only if this catalog vouched for it: a file
put there by anyone else, or a crafted one with a matching change counter, is built again.

The checksum is recorded on a connection of its own after the file is written, and only if the
catalog is free at once: a facet count must never wait for an import's transaction, and a file
without a checksum is merely built again next time.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

WAIT_MS = 200  # how long recording a checksum may wait for another writer


def expected(conn: sqlite3.Connection, name: str) -> tuple[int, str] | None:
    """(change counter, SHA-256) the catalog vouches for the file `name`, or None."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (f"checksum:{name}",)).fetchone()
        body = json.loads(row[0]) if row else None
        return (int(body["changes"]), str(body["sha256"])) if body else None
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None


def record(catalog: Path, name: str, changes: int, sha256: str) -> bool:
    """Vouch for the file `name` built at `changes` holding `sha256`; False when the catalog is
    busy or cannot be written (the file is then not trusted, and built again)."""
    value = json.dumps({"changes": changes, "sha256": sha256})
    try:
        conn = sqlite3.connect(catalog, timeout=WAIT_MS / 1000)
        try:
            with conn:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (f"checksum:{name}", value),
                )
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.info("no checksum recorded for %s: %s", name, exc)
        return False
    return True


def catalog_path(conn: sqlite3.Connection) -> Path | None:
    """The file a connection's catalog lives in (None: in memory)."""
    found = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    return Path(found) if found else None
