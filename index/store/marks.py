"""The user's own marks on documents in the catalog: tags, a star and a free-text note (migration 6).

They are user data, like actor edits: nothing the archive derives writes them, so re-extraction,
reindexing, a record upgrade and re-importing a file (a duplicate adds nothing) leave them as
they are, and a backup carries them with the catalog. A tag is kept as first written: adding
"urgent" where "Urgent" exists already adds "Urgent", so one tag never splits by case.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from ..errors import ArchiveError
from ..models import DocumentMarks

MAX_TAG = 60  # characters
MAX_NOTE = 20_000  # characters: a note is a note, not a second document
# Control characters (incl. the facet table's separators, facet_table.py) and runs of spaces.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SPACES = re.compile(r"\s+")


def clean_tag(tag: str) -> str:
    """A tag as stored: one line, spaces collapsed. Raises ArchiveError for an empty or long one."""
    cleaned = _SPACES.sub(" ", _CONTROL.sub(" ", tag)).strip()
    if not cleaned:
        raise ArchiveError("A tag cannot be empty.")
    if len(cleaned) > MAX_TAG:
        raise ArchiveError(f"A tag may be at most {MAX_TAG} characters: {cleaned[:MAX_TAG]}…")
    return cleaned


def clean_note(note: str) -> str:
    """A note as stored: its text without surrounding blank space or control characters other
    than line breaks and tabs. Raises ArchiveError for one too long."""
    cleaned = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", note.replace("\r\n", "\n")).strip()
    if len(cleaned) > MAX_NOTE:
        raise ArchiveError(f"A note may be at most {MAX_NOTE:,} characters (this one has {len(cleaned):,}).")
    return cleaned


def marks_of(conn: sqlite3.Connection, doc_id: int) -> DocumentMarks:
    return marks_of_many(conn, [doc_id]).get(doc_id, DocumentMarks(doc_id))


def marks_of_many(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, DocumentMarks]:
    """The marks of those of `ids` that carry any."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    tags: dict[int, list[str]] = {}
    order = "ORDER BY doc_id, tag COLLATE NOCASE"
    for doc_id, tag in conn.execute(
        f"SELECT doc_id, tag FROM document_tags WHERE doc_id IN ({marks}) {order}", wanted
    ):
        tags.setdefault(doc_id, []).append(tag)
    rest = {
        doc_id: (bool(starred), note)
        for doc_id, starred, note in conn.execute(
            f"SELECT doc_id, starred, note FROM document_marks WHERE doc_id IN ({marks})", wanted
        )
    }
    return {
        doc_id: DocumentMarks(doc_id, tuple(tags.get(doc_id, ())), *rest.get(doc_id, (False, "")))
        for doc_id in wanted
        if doc_id in tags or doc_id in rest
    }


def notes_of(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    """The notes of those of `ids` that have one (for the index). Notes are few, written by
    hand: all are read, however many ids are asked about (a reindex asks about all)."""
    wanted = set(ids)
    rows = conn.execute("SELECT doc_id, note FROM document_marks WHERE note != ''")
    return {doc_id: note for doc_id, note in rows if doc_id in wanted}


def change_tags(conn: sqlite3.Connection, doc_id: int, add: Iterable[str], remove: Iterable[str]) -> None:
    """Add and remove tags of one document (the caller's transaction); a removed tag is matched
    regardless of case, an added one takes the spelling the archive already uses."""
    for tag in remove:
        conn.execute(
            "DELETE FROM document_tags WHERE doc_id = ? AND tag = ? COLLATE NOCASE", (doc_id, clean_tag(tag))
        )
    for tag in add:
        cleaned = clean_tag(tag)
        row = conn.execute(
            "SELECT tag FROM document_tags WHERE tag = ? COLLATE NOCASE LIMIT 1", (cleaned,)
        ).fetchone()
        conn.execute(
            "INSERT OR IGNORE INTO document_tags (doc_id, tag) VALUES (?, ?)",
            (doc_id, row[0] if row else cleaned),
        )


def set_star(conn: sqlite3.Connection, doc_id: int, starred: bool) -> None:
    _set_mark(conn, doc_id, "starred", int(starred))


def set_note(conn: sqlite3.Connection, doc_id: int, note: str) -> None:
    _set_mark(conn, doc_id, "note", clean_note(note))


def _set_mark(conn: sqlite3.Connection, doc_id: int, column: str, value: object) -> None:
    """Set the star or the note; a document left with neither loses its row."""
    assert column in ("starred", "note")
    conn.execute(
        f"INSERT INTO document_marks (doc_id, {column}) VALUES (?, ?) "
        f"ON CONFLICT(doc_id) DO UPDATE SET {column} = excluded.{column}",
        (doc_id, value),
    )
    conn.execute("DELETE FROM document_marks WHERE doc_id = ? AND NOT starred AND note = ''", (doc_id,))


def all_tags(conn: sqlite3.Connection) -> dict[str, int]:
    """Every tag in the archive with the number of documents carrying it, by name."""
    rows = conn.execute(
        "SELECT tag, count(*) FROM document_tags GROUP BY tag ORDER BY tag COLLATE NOCASE, tag"
    ).fetchall()
    return dict(rows)


def tags_by_document(conn: sqlite3.Connection) -> dict[int, tuple[str, ...]]:
    """Every tagged document's tags (for the facets)."""
    found: dict[int, list[str]] = {}
    for doc_id, tag in conn.execute("SELECT doc_id, tag FROM document_tags ORDER BY doc_id, tag"):
        found.setdefault(doc_id, []).append(tag)
    return {doc_id: tuple(tags) for doc_id, tags in found.items()}


def starred_documents(conn: sqlite3.Connection) -> frozenset[int]:
    return frozenset(row[0] for row in conn.execute("SELECT doc_id FROM document_marks WHERE starred"))
