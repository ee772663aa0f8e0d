"""Numbered catalog migrations, applied in order on open; `PRAGMA user_version` records the last.

Never edit a migration that has shipped: add the next number instead.
"""

from __future__ import annotations

import sqlite3

from ..errors import ArchiveError

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, extraction results, user overrides of actors, key/value metadata.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        text_sha256 TEXT NOT NULL,
        title TEXT NOT NULL,
        issuer TEXT,
        date TEXT,
        date_source TEXT,
        place TEXT,
        language TEXT,
        word_count INTEGER NOT NULL,
        source_path TEXT NOT NULL,
        original_name TEXT NOT NULL,
        format TEXT NOT NULL,
        size INTEGER NOT NULL,
        text TEXT NOT NULL,
        page_starts TEXT NOT NULL DEFAULT '[]',
        parent_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        imported_at TEXT NOT NULL
    );
    CREATE INDEX documents_text_sha256 ON documents(text_sha256);
    CREATE INDEX documents_date ON documents(date);
    CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        mentions TEXT NOT NULL
    );
    CREATE INDEX actors_doc ON actors(doc_id);
    CREATE INDEX actors_name ON actors(name);
    CREATE TABLE demands (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        by_name TEXT,
        targets TEXT NOT NULL,
        target_spans TEXT NOT NULL,
        action TEXT NOT NULL,
        kind TEXT NOT NULL,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
    );
    CREATE INDEX demands_doc ON demands(doc_id);
    CREATE TABLE actor_overrides (
        name TEXT PRIMARY KEY,
        canonical TEXT,
        type TEXT
    );
    """,
    # 2: covering indexes for the search facet table (index/facets.py), built on the first search
    # after opening: SQLite groups actors and demand targets per document without reading the
    # rows' mentions and sentences. The actors index starts with doc_id, so it replaces
    # actors_doc for the per-document lookups too.
    """
    CREATE INDEX actors_facets ON actors(doc_id, id, name, type);
    DROP INDEX actors_doc;
    CREATE INDEX demands_targets ON demands(doc_id, targets) WHERE targets != '[]';
    CREATE INDEX documents_facets ON documents(format, issuer, date);
    """,
    # 3: a counter of catalog changes, kept by triggers so that every writer's changes count (any
    # process, any code path), for derived data saved beside the catalog to tell whether it is
    # current (the facet columns, index/facet_columns.py). A trigger costs ~2 µs a row.
    """
    CREATE TABLE catalog_changes (n INTEGER NOT NULL);
    INSERT INTO catalog_changes VALUES (0);
    CREATE TRIGGER documents_insert_counted AFTER INSERT ON documents
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER documents_update_counted AFTER UPDATE ON documents
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER documents_delete_counted AFTER DELETE ON documents
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER actors_insert_counted AFTER INSERT ON actors
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER actors_update_counted AFTER UPDATE ON actors
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER actors_delete_counted AFTER DELETE ON actors
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER demands_insert_counted AFTER INSERT ON demands
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER demands_update_counted AFTER UPDATE ON demands
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER demands_delete_counted AFTER DELETE ON demands
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER actor_overrides_insert_counted AFTER INSERT ON actor_overrides
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER actor_overrides_update_counted AFTER UPDATE ON actor_overrides
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER actor_overrides_delete_counted AFTER DELETE ON actor_overrides
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    """,
    # 4: where each document's title came from (ingest/record/titles.py; NULL for records made before:
    # ingest/record/upgrade.py re-derives them), what was repaired in its text before it was
    # stored ("mojibake,letter-spacing"; NULL: nothing), and the file's modification day, shown
    # beside an undated document. A date taken from that day ("file-mtime") is a guess the
    # upgrade replaces.
    """
    ALTER TABLE documents ADD COLUMN title_source TEXT;
    ALTER TABLE documents ADD COLUMN text_repairs TEXT;
    ALTER TABLE documents ADD COLUMN file_modified TEXT;
    """,
    # 5: which pages of a document were read by OCR (a JSON list of page numbers from 1; empty
    # for text read from the file itself), so the reader can say the text may hold OCR errors.
    """
    ALTER TABLE documents ADD COLUMN ocr_pages TEXT NOT NULL DEFAULT '[]';
    """,
    # 6: the user's marks on documents (store/marks.py): tags, and a star and a note. User data:
    # nothing derived writes them. Counted as catalog changes, since tags and stars are facets.
    """
    CREATE TABLE document_tags (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (doc_id, tag)
    );
    CREATE INDEX document_tags_tag ON document_tags(tag COLLATE NOCASE);
    CREATE TABLE document_marks (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        starred INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TRIGGER document_tags_insert_counted AFTER INSERT ON document_tags
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER document_tags_delete_counted AFTER DELETE ON document_tags
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER document_marks_insert_counted AFTER INSERT ON document_marks
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER document_marks_update_counted AFTER UPDATE ON document_marks
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER document_marks_delete_counted AFTER DELETE ON document_marks
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the catalog up to SCHEMA_VERSION; each step is one transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"This catalog was written by a newer Advocacy Archive (schema {version}, "
            f"this version knows {SCHEMA_VERSION}); please upgrade."
        )
    for number in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.rollback()
            raise
        conn.commit()
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    """The script's statements, one by one (a trigger's body holds semicolons of its own)."""
    statements, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending)
            pending = ""
    return statements
