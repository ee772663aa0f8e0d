"""Versions of one statement in the catalog: each document's sketch and LSH bands (migration 10),
the lookups that find a new document's candidates, and which statement each document is of.

A document's `statement` is the id of its statement's earliest version (by date, undated ones
after dated ones; versions of one day in the order of their files' SHA-256, which does not
depend on the order they were imported in), and NULL for a document that is the only version of its
statement: only documents with versions carry one, so the few rows that do are what search
reads to show a statement once. Whatever order versions arrive in, `join` settles a group on
its earliest member again, so the same documents always make the same statement.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import Version

SKETCHES_KEY = "sketches"  # meta: "pending" until every stored document has been sketched


@dataclass(frozen=True)
class Candidate:
    """A stored document sharing a band with a new one."""

    doc_id: int
    values: bytes  # its MinHash values (ingest/sketch.py)


def save_sketch(conn: sqlite3.Connection, doc_id: int, values: bytes | None, bands: Sequence[int]) -> None:
    """Keep a document's sketch (None: too short to sketch; it is kept as sketched all the same)."""
    conn.execute("INSERT OR REPLACE INTO sketches (doc_id, minhash) VALUES (?, ?)", (doc_id, values))
    conn.executemany(
        "INSERT OR IGNORE INTO sketch_bands (band, doc_id) VALUES (?, ?)", [(b, doc_id) for b in bands]
    )


def candidates(conn: sqlite3.Connection, doc_id: int, bands: Sequence[int]) -> list[Candidate]:
    """Stored documents other than `doc_id` sharing at least one band with it: one indexed
    lookup per band."""
    if not bands:
        return []
    marks = ",".join("?" * len(bands))
    rows = conn.execute(
        f"SELECT s.doc_id, s.minhash FROM sketches s WHERE s.doc_id IN "
        f"(SELECT DISTINCT doc_id FROM sketch_bands WHERE band IN ({marks})) AND s.doc_id != ?",
        [*bands, doc_id],
    )
    return [Candidate(d, v) for d, v in rows if v is not None]


def unsketched(conn: sqlite3.Connection) -> list[int]:
    """Documents stored without a sketch (an archive made before versions were detected)."""
    rows = conn.execute(
        "SELECT d.id FROM documents d LEFT JOIN sketches s ON s.doc_id = d.id "
        "WHERE s.doc_id IS NULL ORDER BY d.id"
    )
    return [row[0] for row in rows]


def text(conn: sqlite3.Connection, doc_id: int) -> str:
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return str(row[0]) if row else ""


def statement_of(conn: sqlite3.Connection, doc_id: int) -> int:
    row = conn.execute("SELECT ifnull(statement, id) FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return int(row[0]) if row else doc_id


def members(conn: sqlite3.Connection, statement: int) -> list[int]:
    """Every version of the statement `statement` (which may be a lone document's own id)."""
    rows = conn.execute("SELECT id FROM documents WHERE statement = ? OR id = ?", (statement, statement))
    return sorted({row[0] for row in rows})


def join(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> int:
    """Make `doc_ids` and every version of their statements one statement, settled on its
    earliest member; returns that member's id (one transaction is the caller's)."""
    group: set[int] = set()
    for doc_id in doc_ids:
        group.update(members(conn, statement_of(conn, doc_id)))
    return settle(conn, group)


def settle(conn: sqlite3.Connection, group: Iterable[int]) -> int:
    """Point every document of `group` at its earliest member (a group of one: at nothing)."""
    ids = sorted(set(group))
    marks = ",".join("?" * len(ids))
    earliest = conn.execute(
        f"SELECT id FROM documents WHERE id IN ({marks}) ORDER BY date IS NULL, date, sha256 LIMIT 1", ids
    ).fetchone()[0]
    statement = earliest if len(ids) > 1 else None
    conn.execute(
        f"UPDATE documents SET statement = ? WHERE id IN ({marks}) AND statement IS NOT ?",
        [statement, *ids, statement],
    )
    return int(earliest)


def resettle(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> None:
    """Settle again the statements of documents whose dates changed (the earliest may differ)."""
    for statement in {statement_of(conn, d) for d in doc_ids}:
        group = members(conn, statement)
        if len(group) > 1:
            settle(conn, group)


def grouped(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(document id, statement id) of every document that has versions, by document id."""
    # No ORDER BY: sorting by id would make SQLite scan every document instead of the index.
    rows = conn.execute("SELECT id, statement FROM documents WHERE statement IS NOT NULL").fetchall()
    return sorted((int(d), int(s)) for d, s in rows)


def versions_of(conn: sqlite3.Connection, statements: Sequence[int]) -> dict[int, tuple[Version, ...]]:
    """The versions of each statement in `statements` that has more than one, earliest first."""
    if not statements:
        return {}
    marks = ",".join("?" * len(statements))
    rows = conn.execute(
        f"SELECT statement, id, title, issuer, date, source_path FROM documents "
        f"WHERE statement IN ({marks}) ORDER BY date IS NULL, date, sha256",
        list(statements),
    )
    found: dict[int, list[Version]] = {}
    for statement, doc_id, title, issuer, date, source in rows:
        found.setdefault(statement, []).append(Version(doc_id, title, issuer, date, source))
    return {s: tuple(v) for s, v in found.items() if len(v) > 1}
