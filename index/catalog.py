"""The catalog: one SQLite file that is the archive's source of truth.

It holds every document's metadata and text, the extraction results, and the user's edits to
actors (which override the authority file and survive re-extraction). The schema is versioned
with numbered migrations (see `migrations.py`) applied on open.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import ArchiveError
from index.migrations import SCHEMA_VERSION, migrate
from index.models import Actor, Demand, DemandRow, Document

DOCUMENT_COLUMNS = (
    "id, sha256, title, issuer, date, date_source, place, language, word_count, source_path, "
    "format, text, page_starts, parent_id, imported_at, size, ocr_pages"
)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the catalog with settings that make a killed process harmless (WAL, foreign keys)."""
    if readonly:
        # immutable: on a read-only medium nobody writes, and WAL needs no -shm file then.
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode never corrupts on a crash; at worst the last commit is rolled back.
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    elif conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        # Migrations need to write; reading an older schema would fail on its first query.
        conn.close()
        raise ArchiveError(
            f"The archive {path.parent} was written by an older Advocacy Archive and is read-only "
            "here, so it cannot be brought up to date; open it once where it can be written."
        )
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """All-or-nothing: commit on success, roll back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


# -- writing ------------------------------------------------------------------------------


def insert_document(conn: sqlite3.Connection, doc: Document, text_sha256: str, original_name: str) -> int:
    cur = conn.execute(
        "INSERT INTO documents (sha256, text_sha256, title, issuer, date, date_source, place, "
        "language, word_count, source_path, original_name, format, size, text, page_starts, "
        "parent_id, imported_at, ocr_pages) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc.sha256,
            text_sha256,
            doc.title,
            doc.issuer,
            doc.date,
            doc.date_source,
            doc.place,
            doc.language,
            doc.word_count,
            doc.source_path,
            original_name,
            doc.format,
            doc.size,
            doc.text,
            json.dumps(list(doc.page_starts)),
            doc.parent_id,
            doc.imported_at,
            json.dumps(list(doc.ocr_pages)),
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def replace_extraction(
    conn: sqlite3.Connection, doc_id: int, actors: Iterable[Actor], demands: Iterable[Demand]
) -> None:
    """Store extraction results as extracted; user overrides are applied when read back."""
    conn.execute("DELETE FROM actors WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM demands WHERE doc_id = ?", (doc_id,))
    conn.executemany(
        "INSERT INTO actors (doc_id, name, type, mentions) VALUES (?,?,?,?)",
        [(doc_id, a.name, a.type, json.dumps([list(m) for m in a.mentions])) for a in actors],
    )
    conn.executemany(
        "INSERT INTO demands (doc_id, by_name, targets, target_spans, action, kind, sentence, "
        "start, end) VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                doc_id,
                d.by,
                json.dumps(list(d.targets)),
                json.dumps([list(s) for s in d.target_spans]),
                d.action,
                d.kind,
                d.sentence,
                d.start,
                d.end,
            )
            for d in demands
        ],
    )


def set_actor_override(
    conn: sqlite3.Connection, name: str, *, canonical: str | None = None, type: str | None = None
) -> None:
    """Rename/merge (`canonical`) or retype an actor everywhere; kept across re-extraction."""
    conn.execute(
        "INSERT INTO actor_overrides (name, canonical, type) VALUES (?,?,?) "
        "ON CONFLICT(name) DO UPDATE SET canonical = excluded.canonical, type = excluded.type",
        (name, canonical, type),
    )


# -- reading ------------------------------------------------------------------------------


def find_by_sha(conn: sqlite3.Connection, sha256: str) -> int | None:
    row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def find_by_text_sha(conn: sqlite3.Connection, text_sha256: str) -> int | None:
    row = conn.execute("SELECT id FROM documents WHERE text_sha256 = ?", (text_sha256,)).fetchone()
    return row[0] if row else None


def _document(row: tuple) -> Document:  # type: ignore[type-arg]
    return Document(
        id=row[0],
        sha256=row[1],
        title=row[2],
        issuer=row[3],
        date=row[4],
        date_source=row[5],
        place=row[6],
        language=row[7],
        word_count=row[8],
        source_path=row[9],
        format=row[10],
        text=row[11],
        page_starts=tuple(json.loads(row[12])),
        parent_id=row[13],
        imported_at=row[14],
        size=row[15],
        ocr_pages=tuple(json.loads(row[16])),
    )


def get_document(conn: sqlite3.Connection, doc_id: int) -> Document | None:
    row = conn.execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return _document(row) if row else None


def iter_documents(conn: sqlite3.Connection, ids: Iterable[int] | None = None) -> Iterator[Document]:
    if ids is None:
        cur = conn.execute(f"SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY id")
        for row in cur:
            yield _document(row)
        return
    for doc_id in ids:
        doc = get_document(conn, doc_id)
        if doc is not None:
            yield doc


def document_ids(conn: sqlite3.Connection) -> set[int]:
    return {row[0] for row in conn.execute("SELECT id FROM documents")}


def texts(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    marks = ",".join("?" * len(ids))
    return dict(conn.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", ids).fetchall())


def overrides(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None]]:
    return {n: (c, t) for n, c, t in conn.execute("SELECT name, canonical, type FROM actor_overrides")}


def apply_override(name: str, type_: str, table: dict[str, tuple[str | None, str | None]]) -> tuple[str, str]:
    canonical, new_type = table.get(name, (None, None))
    return canonical or name, new_type or type_


def get_actors(conn: sqlite3.Connection, doc_id: int) -> tuple[Actor, ...]:
    table = overrides(conn)
    merged: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for name, type_, mentions in conn.execute(
        "SELECT name, type, mentions FROM actors WHERE doc_id = ? ORDER BY id", (doc_id,)
    ):
        name, type_ = apply_override(name, type_, table)
        spans = [(int(m[0]), int(m[1])) for m in json.loads(mentions)]
        previous = merged.setdefault(name, (type_, []))
        previous[1].extend(spans)
    return tuple(
        Actor(name=n, type=t, mentions=tuple(sorted(set(spans)))) for n, (t, spans) in merged.items()
    )


def _demand(row: tuple, table: dict[str, tuple[str | None, str | None]]) -> Demand:  # type: ignore[type-arg]
    by, targets, spans, action, kind, sentence, start, end = row

    def rename(name: str) -> str:
        return apply_override(name, "", table)[0]

    return Demand(
        by=rename(by) if by else by,
        targets=tuple(rename(t) for t in json.loads(targets)),
        target_spans=tuple((int(s), int(e)) for s, e in json.loads(spans)),
        action=action,
        kind=kind,
        sentence=sentence,
        start=start,
        end=end,
    )


DEMAND_COLUMNS = "by_name, targets, target_spans, action, kind, sentence, start, end"


def get_demands(conn: sqlite3.Connection, doc_id: int) -> tuple[Demand, ...]:
    table = overrides(conn)
    rows = conn.execute(f"SELECT {DEMAND_COLUMNS} FROM demands WHERE doc_id = ? ORDER BY start", (doc_id,))
    return tuple(_demand(r, table) for r in rows)


def all_demands(conn: sqlite3.Connection, target: str | None = None) -> tuple[DemandRow, ...]:
    table = overrides(conn)
    rows = conn.execute(
        f"SELECT d.id, d.title, d.date, d.issuer, {', '.join('m.' + c for c in DEMAND_COLUMNS.split(', '))} "
        "FROM demands m JOIN documents d ON d.id = m.doc_id ORDER BY d.date DESC, d.id, m.start"
    )
    out = []
    for row in rows:
        demand = _demand(row[4:], table)
        if target is not None and target not in demand.targets:
            continue
        out.append(DemandRow(doc_id=row[0], doc_title=row[1], doc_date=row[2], issuer=row[3], demand=demand))
    return tuple(out)


def facet_rows(conn: sqlite3.Connection) -> tuple[list[tuple], list[tuple], list[tuple]]:  # type: ignore[type-arg]
    """Raw rows for the search facet cache: documents, actors, demand targets."""
    docs = conn.execute("SELECT id, issuer, date, format FROM documents").fetchall()
    actors = conn.execute("SELECT doc_id, name, type FROM actors").fetchall()
    targets = conn.execute("SELECT doc_id, targets FROM demands").fetchall()
    return docs, actors, targets


def meta_get(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def meta_set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
