"""The catalog: one SQLite file that is the archive's source of truth.

It holds every document's metadata and text, the extraction results, and the user's edits to
actors (which override the authority file and survive re-extraction). The schema is versioned
with numbered migrations (see `migrations.py`) applied on open.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from .. import crash_points
from ..errors import ArchiveError, CatalogDamaged
from ..models import Actor, ArchiveStats, Demand, DemandRow, Document
from . import demand_rows
from .actor_edits import ActorEdits
from .migrations import SCHEMA_VERSION, migrate
from .schema_check import damage_summary, missing_parts, repair_schema

log = logging.getLogger(__name__)

# The version of the title and date rules the records were made by (ingest/record/upgrade.py),
# kept in the `meta` table; an archive opened with older records brings them up to date.
RECORD_RULES_KEY = "record_rules"
RECORD_RULES = "1"
# The fingerprint of the extraction rules that last extracted every document (extraction_rules.py).
EXTRACTION_RULES_KEY = "extraction_rules"

DOCUMENT_COLUMNS = (
    "id, sha256, title, issuer, date, date_source, place, language, word_count, source_path, "
    "format, text, page_starts, parent_id, imported_at, size, title_source, text_repairs, "
    "file_modified, ocr_pages, url"
)


def connect(path: Path, *, readonly: bool = False, whole: bool = True) -> sqlite3.Connection:
    """Open the catalog with settings that make a killed process harmless (WAL, foreign keys).
    With `whole`, a catalog lacking tables or columns raises CatalogDamaged (the check and its
    repair open it without)."""
    if readonly:
        # A read-only medium: with its -wal and -shm files present, SQLite reads the commits the
        # write-ahead log still holds (a writer killed before its checkpoint leaves the latest
        # there); without them, only `immutable` opens it, reading the main file alone.
        conn = _read_only(path)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode never corrupts on a crash; at worst the last commit is rolled back.
            conn.execute("PRAGMA synchronous = NORMAL")
            _migrate(conn, path)
        elif conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            # Migrations need to write; reading an older schema would fail on its first query.
            raise ArchiveError(
                f"The archive {path.parent} was written by an older Advocacy Archive and is read-only "
                "here, so it cannot be brought up to date; open it once where it can be written."
            )
        if whole:
            _check_whole(conn, path, readonly)
    except BaseException:
        conn.close()
        raise
    return conn


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection to a catalog on a read-only medium (see `connect`)."""
    if Path(f"{path}-wal").is_file() and Path(f"{path}-shm").is_file():
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:  # a log that needs recovering, which needs writing
            conn.close()
    return sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _check_whole(conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
    """Raise CatalogDamaged for missing tables or columns; recreate missing indexes and
    triggers, which hold no data (schema_check.repair_schema), when the catalog is writable."""
    missing = missing_parts(conn)
    structural = [p for p in missing if p.kind in ("table", "column")]
    if structural:
        raise CatalogDamaged(path.parent, damage_summary(structural))
    if missing and not readonly:
        log.warning("recreating %s in %s", damage_summary(missing), path)
        repair_schema(conn, missing)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    try:
        migrate(conn)
    except sqlite3.OperationalError as exc:
        if "no such" not in str(exc):  # e.g. "database is locked": not damage
            raise
        raise CatalogDamaged(path.parent, f"its catalog cannot be brought up to date ({exc})") from exc


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
    crash_points.reached(crash_points.CATALOG_COMMITTED)


# -- writing ------------------------------------------------------------------------------


def insert_document(conn: sqlite3.Connection, doc: Document, text_sha256: str, original_name: str) -> int:
    cur = conn.execute(
        "INSERT INTO documents (sha256, text_sha256, title, issuer, date, date_source, place, "
        "language, word_count, source_path, original_name, format, size, text, page_starts, "
        "parent_id, imported_at, title_source, text_repairs, file_modified, ocr_pages) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
            doc.title_source,
            ",".join(doc.text_repairs) or None,
            doc.file_modified,
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
        title_source=row[16],
        text_repairs=tuple(row[17].split(",")) if row[17] else (),
        file_modified=row[18],
        ocr_pages=tuple(json.loads(row[19])),
        url=row[20],
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


def get_actors(conn: sqlite3.Connection, doc_id: int) -> tuple[Actor, ...]:
    edits = ActorEdits.load(conn)
    merged: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for name, type_, mentions in conn.execute(
        "SELECT name, type, mentions FROM actors WHERE doc_id = ? ORDER BY id", (doc_id,)
    ):
        if edits.hidden(name):
            continue
        name, type_ = edits.actor(name, type_)
        spans = [(int(m[0]), int(m[1])) for m in json.loads(mentions)]
        previous = merged.setdefault(name, (type_, []))
        previous[1].extend(spans)
    return tuple(
        Actor(name=n, type=t, mentions=tuple(sorted(set(spans)))) for n, (t, spans) in merged.items()
    )


_WORDS = re.compile(r"\w+")
ACTION_WORDS_COMPARED = 12


def get_demands(conn: sqlite3.Connection, doc_id: int) -> tuple[Demand, ...]:
    """A document's demands as the user sees them (reviews and actor edits applied)."""
    return tuple(row.demand for row in demand_rows.document_rows(conn, doc_id))


def all_demands(
    conn: sqlite3.Connection, target: str | None = None, *, all_versions: bool = True
) -> tuple[DemandRow, ...]:
    """Every demand as the user sees it, newest first. Without `all_versions`, a demand that
    several versions of one statement make is one row (the statement's first version's, if it
    makes it), with how many versions make it: the same action, by its first
    ACTION_WORDS_COMPARED words (an action runs to its sentence's end, where versions differ by
    debris; its maker may differ too, a joint release being under two names)."""
    rows = [r for r in demand_rows.archive_rows(conn) if target is None or target in r.demand.targets]
    return tuple(rows) if all_versions else once_per_statement(conn, rows)


def once_per_statement(conn: sqlite3.Connection, rows: list[DemandRow]) -> tuple[DemandRow, ...]:
    """`rows` with a demand that several versions of one statement make listed once (see
    `all_demands`)."""
    statement_of = dict(conn.execute("SELECT id, statement FROM documents WHERE statement IS NOT NULL"))
    out: list[DemandRow] = []
    once: dict[tuple[int, tuple[str, ...]], tuple[int, set[int]]] = {}  # → row in `out`, its makers
    for found in rows:
        statement = statement_of.get(found.doc_id)
        if statement is None:
            out.append(found)
            continue
        key = (statement, _words(found.demand.action)[:ACTION_WORDS_COMPARED])
        if key not in once:
            once[key] = (len(out), {found.doc_id})
            out.append(found)
            continue
        at, makers = once[key]
        makers.add(found.doc_id)
        kept = out[at]
        stands = found if found.doc_id == statement and kept.doc_id != statement else kept
        out[at] = replace(stands, versions=len(makers))
    return tuple(out)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text.lower()))


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


# -- what other parts of the core read ---------------------------------------------------------

# The names callers outside the store use for a catalog connection and its errors.
Connection = sqlite3.Connection
DatabaseError = sqlite3.DatabaseError
OperationalError = sqlite3.OperationalError


def actor_names_and_targets(conn: sqlite3.Connection, doc_id: int) -> tuple[list[str], list[str]]:
    """A document's actor names and demand targets as extracted (edits not applied)."""
    names = [name for (name,) in conn.execute("SELECT name FROM actors WHERE doc_id = ?", (doc_id,))]
    targets = [
        t
        for (raw,) in conn.execute("SELECT targets FROM demands WHERE doc_id = ?", (doc_id,))
        for t in json.loads(raw)
    ]
    return names, targets


def docs_naming(conn: sqlite3.Connection, name: str) -> list[int]:
    """The documents naming an actor (by its extracted name), as actor or as demand target."""
    found = {row[0] for row in conn.execute("SELECT doc_id FROM actors WHERE name = ?", (name,))}
    # The name as it is written inside the stored JSON lists: a cheap pre-filter, then exact.
    written = json.dumps(name)[1:-1].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        "SELECT doc_id, targets FROM demands WHERE targets LIKE ? ESCAPE '\\'", (f"%{written}%",)
    )
    for doc_id, raw in rows:
        if name in json.loads(raw):
            found.add(doc_id)
    return sorted(found)


def originals_in_use(conn: sqlite3.Connection) -> dict[str, list[tuple[int, str]]]:
    """Each original's SHA-256 → the documents using it, as (id, the path it was imported from)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for doc_id, sha, source in conn.execute("SELECT id, sha256, source_path FROM documents ORDER BY id"):
        found.setdefault(sha, []).append((doc_id, source))
    return found


HitRow = tuple[str, str | None, str | None, str, str]  # title, issuer, date, format, text


def hit_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, HitRow]:
    """What a page of search results shows of each document."""
    marks = ",".join("?" * len(ids))
    sql = f"SELECT id, title, issuer, date, format, text FROM documents WHERE id IN ({marks})"
    return {r[0]: r[1:] for r in conn.execute(sql, ids)}


def text_slice(conn: sqlite3.Connection, doc_id: int, start: int, end: int) -> str | None:
    """Characters start..end of a document's text, read without loading the whole text."""
    row = conn.execute(
        "SELECT substr(text, ?, ?) FROM documents WHERE id = ?", (start + 1, end - start, doc_id)
    ).fetchone()
    return row[0] if row and row[0] else None


def set_issuer(conn: sqlite3.Connection, doc_id: int, issuer: str) -> None:
    conn.execute("UPDATE documents SET issuer = ? WHERE id = ?", (issuer, doc_id))


def is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None


def stats(conn: sqlite3.Connection, path: str) -> ArchiveStats:
    by_format = dict(conn.execute("SELECT format, COUNT(*) FROM documents GROUP BY format").fetchall())
    first, last, undated = conn.execute(
        "SELECT MIN(date), MAX(date), COUNT(*) - COUNT(date) FROM documents"
    ).fetchone()
    statements = conn.execute(
        "SELECT COUNT(*) FROM documents WHERE statement IS NULL OR statement = id"
    ).fetchone()[0]
    return ArchiveStats(
        statements=statements,
        documents=sum(by_format.values()),
        by_format=by_format,
        actors=conn.execute("SELECT COUNT(DISTINCT name) FROM actors").fetchone()[0],
        demands=conn.execute("SELECT COUNT(*) FROM demands").fetchone()[0],
        issuers=conn.execute("SELECT COUNT(DISTINCT issuer) FROM documents").fetchone()[0],
        first_date=first,
        last_date=last,
        originals_bytes=conn.execute("SELECT COALESCE(SUM(size), 0) FROM documents").fetchone()[0],
        path=path,
        undated=undated,
    )


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """How many documents, and the highest id (-1 when empty)."""
    count, last = conn.execute("SELECT count(*), ifnull(max(id), -1) FROM documents").fetchone()
    return int(count), int(last)


def records_outdated(conn: sqlite3.Connection) -> bool:
    """Whether the records were made by older title and date rules (ingest/record/upgrade.py)."""
    return meta_get(conn, RECORD_RULES_KEY) != RECORD_RULES


def mark_records_current(conn: sqlite3.Connection) -> None:
    meta_set(conn, RECORD_RULES_KEY, RECORD_RULES)


def extraction_outdated(conn: sqlite3.Connection, rules: str) -> bool:
    """Whether documents hold actors and demands found by other rules than `rules`. An empty
    archive is current whatever it records; one from a release before the fingerprint is not."""
    return meta_get(conn, EXTRACTION_RULES_KEY) != rules and not is_empty(conn)


def mark_extraction_current(conn: sqlite3.Connection, rules: str) -> None:
    meta_set(conn, EXTRACTION_RULES_KEY, rules)


def update_records(conn: sqlite3.Connection, changes: Iterable[RecordChange]) -> None:
    """Store titles and dates derived again (one transaction is the caller's)."""
    conn.executemany(
        "UPDATE documents SET title = ?, title_source = ?, date = ?, date_source = ?, "
        "file_modified = ? WHERE id = ?",
        [(c.title, c.title_source, c.date, c.date_source, c.file_modified, c.doc_id) for c in changes],
    )


@dataclass(frozen=True)
class RecordChange:
    """A document's title and date as derived again (ingest/record/upgrade.py)."""

    doc_id: int
    title: str
    title_source: str
    date: str | None
    date_source: str | None
    file_modified: str | None
