"""The edit history: every change the user made by hand (actor renames, merges, retypes, splits,
deletions; demand reviews), with its time and what undoing it puts back, undone newest first.

Undoing puts back the rows the edit replaced — actor overrides and demand reviews — exactly as
they were, so an undone merge or split leaves the archive as before it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import EditRecord
from .actor_changes import OverrideRow, put_overrides
from .reviews import ReviewKey, put_row


@dataclass(frozen=True)
class Undo:
    """What undoing an edit puts back."""

    overrides: dict[str, OverrideRow | None]
    reviews: list[tuple[ReviewKey, Sequence[object] | None]]


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def record(conn: sqlite3.Connection, kind: str, summary: str, undo: Undo) -> int:
    payload = {
        "overrides": {k: list(v) if v is not None else None for k, v in undo.overrides.items()},
        "reviews": [[list(key), list(row) if row is not None else None] for key, row in undo.reviews],
    }
    cur = conn.execute(
        "INSERT INTO edit_history (at, kind, summary, undo) VALUES (?,?,?,?)",
        (_now(), kind, summary, json.dumps(payload)),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def entries(conn: sqlite3.Connection) -> tuple[EditRecord, ...]:
    """Every edit, newest first."""
    rows = conn.execute("SELECT id, at, kind, summary, undone_at FROM edit_history ORDER BY id DESC")
    return tuple(EditRecord(id=i, at=at, kind=k, summary=s, undone_at=u) for i, at, k, s, u in rows)


def undo_last(conn: sqlite3.Connection) -> tuple[EditRecord, Undo] | None:
    """Undo the newest edit not undone yet; returns it and what was put back (None: nothing to undo)."""
    sql = "SELECT id, at, kind, summary, undo FROM edit_history WHERE undone_at IS NULL ORDER BY id DESC"
    row = conn.execute(sql + " LIMIT 1").fetchone()
    if row is None:
        return None
    edit_id, at, kind, summary, raw = row
    payload = json.loads(raw)
    undo = Undo(
        overrides={
            k: (v[0], v[1], int(v[2])) if v is not None else None for k, v in payload["overrides"].items()
        },
        reviews=[((k[0], int(k[1]), int(k[2])), r) for k, r in payload["reviews"]],
    )
    put_overrides(conn, undo.overrides)
    for key, review in undo.reviews:
        put_row(conn, key, review)
    undone = _now()
    conn.execute("UPDATE edit_history SET undone_at = ? WHERE id = ?", (undone, edit_id))
    return EditRecord(id=edit_id, at=at, kind=kind, summary=summary, undone_at=undone), undo
