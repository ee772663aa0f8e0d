"""Numbered catalog migrations, applied in order on open; `PRAGMA user_version` records the last.

Never edit a migration that has shipped: add the next number instead.
"""

from __future__ import annotations

import sqlite3

from ..errors import ArchiveError


def logged_by_document(table: str, column: str) -> str:
    """Triggers logging, in the change log of migration 9, the document a row of `table`
    belongs to (`column`) whenever a row is added, changed or removed. A later table holding
    anything the index shows of a document (record edits, tags if ever searchable) adds its
    own with this in its migration. Never change the text this returns: shipped migrations use it."""
    return _logged(table, "doc_id", column)


def logged_by_name(table: str, column: str) -> str:
    """Triggers logging the extracted actor name a row of `table` edits (`column`): the replay
    finds the documents naming it."""
    return _logged(table, "actor_name", column)


def _logged_by_text(table: str) -> str:
    """Triggers logging every document whose text a row of `table` is keyed by (`text_sha256`).
    Never change the text this returns: shipped migrations use it."""

    def log(row: str) -> str:
        matching = f"SELECT id FROM documents WHERE text_sha256 = {row}.text_sha256"
        return (
            f"DELETE FROM index_changes WHERE doc_id IN ({matching}); "
            f"INSERT INTO index_changes (doc_id) {matching};"
        )

    return f"""
    CREATE TRIGGER {table}_insert_logged AFTER INSERT ON {table} BEGIN {log("NEW")} END;
    CREATE TRIGGER {table}_update_logged AFTER UPDATE ON {table} BEGIN {log("OLD")} {log("NEW")} END;
    CREATE TRIGGER {table}_delete_logged AFTER DELETE ON {table} BEGIN {log("OLD")} END;
    """


def _logged(table: str, logged: str, column: str) -> str:
    """Plain DELETE and INSERT, no OR REPLACE: a statement's own conflict clause would override
    one inside a trigger, and one row per document or name keeps the log small."""

    def log(row: str) -> str:
        return (
            f"DELETE FROM index_changes WHERE {logged} = {row}.{column}; "
            f"INSERT INTO index_changes ({logged}) VALUES ({row}.{column});"
        )

    return f"""
    CREATE TRIGGER {table}_insert_logged AFTER INSERT ON {table} BEGIN {log("NEW")} END;
    CREATE TRIGGER {table}_update_logged AFTER UPDATE ON {table} BEGIN {log("OLD")} {log("NEW")} END;
    CREATE TRIGGER {table}_delete_logged AFTER DELETE ON {table} BEGIN {log("OLD")} END;
    """


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
    # 4: where each document's title came from (ingest/record/titles.py; NULL for records made
    # before:
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
    # 6: the user's corrections of a document's record (title, date, issuer, language, url):
    # the value is also written into `documents`, so every reader sees it; this row marks it as
    # the user's (re-extraction and the record upgrade leave it alone), says whether it came
    # from the window or the CLI ("user") or a metadata file beside the imported files
    # ("metadata-file"), and keeps the value (and its source) it replaced, to go back to. `url`
    # is the address a statement was published at, cited beside its file.
    """
    ALTER TABLE documents ADD COLUMN url TEXT;
    CREATE TABLE record_edits (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        value TEXT,
        previous TEXT,
        previous_source TEXT,
        source TEXT NOT NULL,
        edited_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, field)
    );
    CREATE TRIGGER record_edits_insert_counted AFTER INSERT ON record_edits
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER record_edits_update_counted AFTER UPDATE ON record_edits
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER record_edits_delete_counted AFTER DELETE ON record_edits
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    """,
    # 7: saved searches, the user's own data (index/store/saved_searches.py). `seen_doc_id` is
    # the highest document id when the search was last opened: ids only grow, so documents
    # imported since are those above it. No change-counter trigger: saving a search changes
    # nothing the facet columns or the index derive from.
    """
    CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        query TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}',
        sort TEXT NOT NULL DEFAULT 'relevance',
        created_at TEXT NOT NULL,
        opened_at TEXT,
        seen_doc_id INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 8: review by hand and the dossier's lookups (index/dossier/). Actors can be deleted (hidden
    # everywhere, restorable); a demand's review — confirmed, rejected or corrected — is keyed by
    # its document's text and its span, so it survives re-extraction, re-import and a restore;
    # `original` keeps the demand as it was reviewed, for when re-extraction no longer finds it.
    # Every edit is in `edit_history` with what undoing it puts back. Two derived tables kept by
    # triggers, so every writer's rows count: each demand's targets (looked up by name rather
    # than by scanning JSON lists) and the surface forms of each actor's mentions ("the regime"
    # for Government of Syria), counted per document. The indexes serve the dossier's lookups.
    """
    ALTER TABLE actor_overrides ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX actor_overrides_canonical ON actor_overrides(canonical);
    CREATE TABLE demand_reviews (
        text_sha256 TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        status TEXT NOT NULL,
        by_name TEXT,
        targets TEXT,
        action TEXT,
        original TEXT NOT NULL,
        reviewed_at TEXT NOT NULL,
        PRIMARY KEY (text_sha256, start, end)
    );
    CREATE TABLE edit_history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL,
        undo TEXT NOT NULL,
        undone_at TEXT
    );
    CREATE TABLE demand_targets (
        demand_id INTEGER NOT NULL REFERENCES demands(id) ON DELETE CASCADE,
        doc_id INTEGER NOT NULL,
        name TEXT NOT NULL
    );
    CREATE INDEX demand_targets_name ON demand_targets(name, doc_id);
    CREATE INDEX demand_targets_demand ON demand_targets(demand_id);
    INSERT INTO demand_targets (demand_id, doc_id, name)
        SELECT m.id, m.doc_id, j.value FROM demands m, json_each(m.targets) j WHERE m.targets != '[]';
    CREATE TRIGGER demands_targets_listed AFTER INSERT ON demands WHEN new.targets != '[]'
        BEGIN
            INSERT INTO demand_targets (demand_id, doc_id, name)
                SELECT new.id, new.doc_id, value FROM json_each(new.targets);
        END;
    CREATE TABLE actor_aliases (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        alias TEXT NOT NULL,
        n INTEGER NOT NULL
    );
    CREATE INDEX actor_aliases_name ON actor_aliases(name, alias, n);
    CREATE INDEX actor_aliases_alias ON actor_aliases(alias COLLATE NOCASE);
    CREATE INDEX actor_aliases_doc ON actor_aliases(doc_id);
    INSERT INTO actor_aliases (doc_id, name, alias, n)
        SELECT doc_id, name, alias, count(*) FROM (
            SELECT a.doc_id AS doc_id, a.name AS name, trim(replace(replace(substr(d.text,
                json_extract(j.value, '$[0]') + 1,
                json_extract(j.value, '$[1]') - json_extract(j.value, '$[0]')),
                char(10), ' '), char(13), ' ')) AS alias
            FROM actors a JOIN documents d ON d.id = a.doc_id, json_each(a.mentions) j
        ) WHERE alias != '' GROUP BY doc_id, name, alias;
    CREATE TRIGGER actors_aliases_counted AFTER INSERT ON actors
        BEGIN
            INSERT INTO actor_aliases (doc_id, name, alias, n)
                SELECT new.doc_id, new.name, alias, count(*) FROM (
                    SELECT trim(replace(replace(substr(d.text,
                        json_extract(j.value, '$[0]') + 1,
                        json_extract(j.value, '$[1]') - json_extract(j.value, '$[0]')),
                        char(10), ' '), char(13), ' ')) AS alias
                    FROM documents d, json_each(new.mentions) j WHERE d.id = new.doc_id
                ) WHERE alias != '' GROUP BY alias;
        END;
    CREATE TRIGGER actors_aliases_forgotten AFTER DELETE ON actors
        BEGIN DELETE FROM actor_aliases WHERE doc_id = old.doc_id AND name = old.name; END;
    CREATE INDEX demands_by ON demands(by_name, doc_id);
    CREATE INDEX demands_by_doc ON demands(doc_id, by_name);
    CREATE INDEX documents_issuer ON documents(issuer);
    CREATE TRIGGER demand_reviews_insert_counted AFTER INSERT ON demand_reviews
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER demand_reviews_update_counted AFTER UPDATE ON demand_reviews
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    CREATE TRIGGER demand_reviews_delete_counted AFTER DELETE ON demand_reviews
        BEGIN UPDATE catalog_changes SET n = n + 1; END;
    """,
    # 9: the search index's change log (store/change_log.py): every change to what the index
    # holds of a document logs that document (or, for an actor edit, the extracted name it
    # edits) with a growing number, in the transaction that makes the change, so that an index
    # killed before it caught up replays exactly what came after the position it recorded.
    # One row per document or name, its latest change: the log never outgrows the catalog.
    # AUTOINCREMENT, so that a number is never handed out twice. The catalog's id tells an
    # index which catalog its position belongs to.
    """
    CREATE TABLE index_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id INTEGER UNIQUE,
        actor_name TEXT UNIQUE
    );
    INSERT OR IGNORE INTO meta (key, value) VALUES ('catalog_id', lower(hex(randomblob(16))));
    """
    + logged_by_document("documents", "id")
    + logged_by_document("actors", "doc_id")
    + logged_by_document("demands", "doc_id")
    + logged_by_name("actor_overrides", "name")
    # A demand's review changes who made it (the index's `by`) in every document holding the
    # reviewed text, which the review knows only by that text's digest.
    + _logged_by_text("demand_reviews"),
    # 10: versions of one statement (store/versions.py). `statement`: the id of the statement's
    # earliest version, on every version; NULL on a document that is its statement's only one.
    # Each document's MinHash sketch (NULL: too short to sketch) and its LSH band keys, looked up
    # by key at import. Documents stored before are sketched on open (ingest/versions.py),
    # which the "sketches" mark asks for.
    """
    ALTER TABLE documents ADD COLUMN statement INTEGER;
    CREATE INDEX documents_statement ON documents(statement) WHERE statement IS NOT NULL;
    CREATE TABLE sketches (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        minhash BLOB
    );
    CREATE TABLE sketch_bands (
        band INTEGER NOT NULL,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (band, doc_id)
    ) WITHOUT ROWID;
    INSERT INTO meta (key, value) VALUES ('sketches', 'pending');
    """,
    # 11: the user's marks on documents (store/marks.py): tags, and a star and a note. User data:
    # nothing derived writes them. Counted as catalog changes, since tags and stars are facets;
    # the note is searched (`note:`), so a change of it is logged for the index.
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
    CREATE TRIGGER document_marks_note_added AFTER INSERT ON document_marks WHEN new.note != ''
        BEGIN
            DELETE FROM index_changes WHERE doc_id = new.doc_id;
            INSERT INTO index_changes (doc_id) VALUES (new.doc_id);
        END;
    CREATE TRIGGER document_marks_note_changed AFTER UPDATE OF note ON document_marks
        WHEN old.note IS NOT new.note
        BEGIN
            DELETE FROM index_changes WHERE doc_id = new.doc_id;
            INSERT INTO index_changes (doc_id) VALUES (new.doc_id);
        END;
    CREATE TRIGGER document_marks_note_removed AFTER DELETE ON document_marks WHEN old.note != ''
        BEGIN
            DELETE FROM index_changes WHERE doc_id = old.doc_id;
            INSERT INTO index_changes (doc_id) VALUES (old.doc_id);
        END;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the catalog up to SCHEMA_VERSION (or `target`); each step is one transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ArchiveError(
            f"This catalog was written by a newer Advocacy Archive (schema {version}, "
            f"this version knows {SCHEMA_VERSION}); please upgrade."
        )
    for number in range(version + 1, target + 1):
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
