"""The yardstick: the same texts in an SQLite FTS5 table, searched with snippet() and a GROUP BY
count for facets, as a plain SQLite application would do it.

The texts come from the archive's catalog after the import (so both engines index exactly the same
words); only the FTS5 inserts and the commit are timed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.queries import Query

SCHEMA = (
    "CREATE VIRTUAL TABLE fts USING fts5(title, body, issuer, actor, tokenize='porter unicode61')",
    "CREATE TABLE docs(id INTEGER PRIMARY KEY, date TEXT, year TEXT, format TEXT, issuer TEXT)",
)
PAGE = 20
FACET_LIMIT = 100


def catalog_rows(catalog: Path) -> Iterator[tuple]:
    """(id, title, text, issuer, actor names, date, format) for every document in the catalog."""
    conn = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)
    try:
        sql = (
            "SELECT d.id, d.title, d.text, COALESCE(d.issuer, ''), "
            "COALESCE((SELECT group_concat(name, ' ; ') FROM actors a WHERE a.doc_id = d.id), ''), "
            "d.date, d.format FROM documents d ORDER BY d.id"
        )
        yield from conn.execute(sql)
    finally:
        conn.close()


def build(db: Path, rows: list[tuple]) -> tuple[float, int]:
    """Index `rows` into a fresh FTS5 database; returns (seconds, bytes of text indexed)."""
    db.unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    start = time.perf_counter()
    for statement in SCHEMA:
        conn.execute(statement)
    with conn:
        conn.executemany(
            "INSERT INTO fts(rowid, title, body, issuer, actor) VALUES (?, ?, ?, ?, ?)",
            (r[:5] for r in rows),
        )
        conn.executemany(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?)",
            ((r[0], r[5], (r[5] or "")[:4], r[6], r[3]) for r in rows),
        )
        conn.execute("CREATE INDEX docs_year ON docs(year)")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds, sum(len(r[2].encode()) for r in rows)


class Fts5Searcher:
    """First page with snippets, the total, and issuer and year facet counts, per query."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def close(self) -> None:
        self.conn.close()

    def search(self, q: Query) -> tuple[list[int], int]:
        """Returns (ids of the first page, total)."""
        where = "fts MATCH ?" + (f" AND {q.where}" if q.where else "")
        args = (q.match, *q.params)
        base = f"FROM fts JOIN docs ON docs.id = fts.rowid WHERE {where}"
        page = self.conn.execute(
            f"SELECT fts.rowid, docs.issuer, snippet(fts, 1, '<b>', '</b>', '…', 40) {base} "
            f"ORDER BY bm25(fts, 2.0, 1.0, 1.0, 1.0) LIMIT {PAGE}",
            args,
        ).fetchall()
        total = self.conn.execute(f"SELECT COUNT(*) {base}", args).fetchone()[0]
        for column in ("docs.issuer", "docs.year"):
            sql = f"SELECT {column}, COUNT(*) {base} GROUP BY {column} ORDER BY 2 DESC LIMIT {FACET_LIMIT}"
            self.conn.execute(sql, args).fetchall()
        return [row[0] for row in page], total
