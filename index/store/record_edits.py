"""The user's corrections of a document's record: its title, date, issuer, language and the
address it was published at, made in the window, with `advocacy-archive edit`, or by a metadata
file beside imported files (ingest/metadata_file.py).

A correction is written into the document's row, so that every reader — the reader's header,
result lists, facets, the search index, citations, exports — sees it at once, and recorded in
`record_edits` (migration 6) with the value it replaced: re-extraction and the record upgrade
leave a corrected field alone, and a correction can be taken back. The catalog is copied whole
into backups, so corrections travel with them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from .. import record_fields
from . import versions

FIELDS = record_fields.FIELDS
SOURCES = ("user", "metadata-file")


@dataclass(frozen=True)
class RecordEdit:
    field: str
    value: str | None
    previous: str | None
    previous_source: str | None
    source: str
    edited_at: str


def edits_of(conn: sqlite3.Connection, doc_id: int) -> dict[str, RecordEdit]:
    columns = "field, value, previous, previous_source, source, edited_at"
    rows = conn.execute(f"SELECT {columns} FROM record_edits WHERE doc_id = ?", (doc_id,))
    return {row[0]: RecordEdit(*row) for row in rows}


def edited_fields(conn: sqlite3.Connection, doc_id: int) -> set[str]:
    return {row[0] for row in conn.execute("SELECT field FROM record_edits WHERE doc_id = ?", (doc_id,))}


def apply(conn: sqlite3.Connection, doc_id: int, values: Mapping[str, str | None], source: str) -> list[str]:
    """Write corrections (already `record_fields.normalised`) of one document; returns the
    fields that changed. The value a field had before its first correction is kept."""
    assert source in SOURCES
    kept = edits_of(conn, doc_id)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    changed = []
    for field, value in values.items():
        current, current_source = _read(conn, doc_id, field)
        if current == value and field in kept:
            continue
        if field in kept:  # corrected before: what the first correction replaced stays the original
            previous, previous_source = kept[field].previous, kept[field].previous_source
        else:
            previous, previous_source = current, current_source
        conn.execute(
            "INSERT INTO record_edits (doc_id, field, value, previous, previous_source, source, edited_at) "
            "VALUES (?,?,?,?,?,?,?) ON CONFLICT(doc_id, field) DO UPDATE SET value = excluded.value, "
            "source = excluded.source, edited_at = excluded.edited_at",
            (doc_id, field, value, previous, previous_source, source, now),
        )
        _write(conn, doc_id, field, value, source)
        changed.append(field)
    return changed


def take_back(conn: sqlite3.Connection, doc_id: int, field: str) -> bool:
    """Undo the correction of one field: the value (and source) it replaced come back."""
    edit = edits_of(conn, doc_id).get(field)
    if edit is None:
        return False
    conn.execute("DELETE FROM record_edits WHERE doc_id = ? AND field = ?", (doc_id, field))
    _write(conn, doc_id, field, edit.previous, edit.previous_source)
    return True


_SOURCED = ("title", "date")  # fields whose source the catalog records (title_source, date_source)


def _read(conn: sqlite3.Connection, doc_id: int, field: str) -> tuple[str | None, str | None]:
    assert field in FIELDS  # the column names below come from this fixed list only
    source = f"{field}_source" if field in _SOURCED else "NULL"
    row = conn.execute(f"SELECT {field}, {source} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _write(conn: sqlite3.Connection, doc_id: int, field: str, value: str | None, source: str | None) -> None:
    assert field in FIELDS
    conn.execute(f"UPDATE documents SET {field} = ? WHERE id = ?", (value, doc_id))
    if field in _SOURCED:
        # A corrected title or date is no guess: the record upgrade keeps sources it does not list.
        conn.execute(f"UPDATE documents SET {field}_source = ? WHERE id = ?", (source, doc_id))
    if field == "date":  # a version dated anew may now be its statement's earliest
        versions.resettle(conn, [doc_id])
