"""An archive whose search index an earlier release wrote: the catalog as it is, the index made
again with that release's schema and marked with its version, to test upgrading it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from advocacy_archive.index.engine.search_index import storage
from advocacy_archive.index.search.index_documents import from_catalog
from advocacy_archive.index.store import catalog


def archive_with_old_index(template: Path, folder: Path, schema: Any, version: str) -> Path:
    """A copy of `template` in `folder` whose index holds the catalog's documents under
    `schema` (only the fields it has) and says it is of index version `version`."""
    shutil.copytree(template, folder)
    shutil.rmtree(folder / "whoosh")
    (folder / "whoosh").mkdir()
    ix = storage(folder / "whoosh").create_index(schema)
    conn = catalog.connect(folder / "catalog.sqlite")
    writer = ix.writer()
    names = set(ix.schema.names())
    for doc in from_catalog(conn, sorted(catalog.document_ids(conn))):
        writer.add_document(**{k: v for k, v in doc.fields().items() if k in names})
    writer.commit()
    conn.close()
    (folder / "whoosh" / "SCHEMA_VERSION").write_text(version)
    return folder
