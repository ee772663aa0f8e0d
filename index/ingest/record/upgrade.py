"""Existing archives brought to the current title and date rules, once, when they are opened.

Records made before the rules (titles.py, document_dates.py) improve hold guesses: a
file's modification day as its date ("file-mtime"), the first line of the text as its title
("It is an", "MEDIA RELEASE"). Each guess is derived again from what the catalog keeps (the
text, the file name, the date the file's properties gave); what a page or an e-mail header
gave is kept, and so will be a value the user set (any source not listed as a guess here).
A record made before migration 4 has no `title_source`: a title found near the top of its text
was a guess from the text; one that is not came from the file's own metadata and is kept.

The rules' version is kept in the catalog (catalog.records_outdated). Only the catalog is
written here: its change log names the documents whose title or date changed, and the index
replays them when it catches up (search/index_sync.py), with progress reported.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ...models import Document, ReadResult
from ...progress import OnProgress, no_progress
from ...store import catalog
from ...store import versions as stored_versions
from ...store.catalog import RecordChange
from ..metadata import read_text_metadata
from .document_dates import AUTHORITATIVE_SOURCES, PROPERTY_SOURCES, choose_date
from .text_repair import repair_text
from .titles import GUESSED_SOURCES, choose_title

log = logging.getLogger(__name__)

GUESSED_DATE_SOURCES = frozenset({"file-mtime", "text", "file-name"}) | PROPERTY_SOURCES
_OWN_TITLES = {"html": "page", "eml": "header", "md": "markdown"}
_HEAD_CHARS = 4_000  # titles and dates are found in the first lines; the rest is not read
_BATCH = 200


def upgrade_records(conn: catalog.Connection, on_progress: OnProgress = no_progress) -> int:
    """Derive every guessed title and date again; returns how many documents changed."""
    ids = sorted(catalog.document_ids(conn))
    changed = 0
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        changes = [c for c in map(_rederived, catalog.iter_documents(conn, batch)) if c is not None]
        if changes:
            with catalog.transaction(conn):
                catalog.update_records(conn, changes)
                # a version dated anew may now be its statement's earliest
                stored_versions.resettle(conn, [c.doc_id for c in changes])
            changed += len(changes)
        on_progress(min(start + _BATCH, len(ids)), len(ids), "Bringing titles and dates up to date")
    with catalog.transaction(conn):
        catalog.mark_records_current(conn)
    if changed:
        log.info("Titles and dates of %d documents derived again with the current rules", changed)
    return changed


def _rederived(doc: Document) -> RecordChange | None:
    """The document's title and date by the current rules, or None when nothing changes."""
    head = repair_text(doc.text[:_HEAD_CHARS]).text
    path = Path(doc.source_path)
    title, title_source = _title(doc, head, path)
    date, date_source, file_modified = _date(doc, head, path, title)
    change = RecordChange(doc.id, title, title_source, date, date_source, file_modified)
    before = RecordChange(
        doc.id, doc.title, doc.title_source or "", doc.date, doc.date_source, doc.file_modified
    )
    return None if change == before else change


def _title(doc: Document, head: str, path: Path) -> tuple[str, str]:
    source = doc.title_source or _old_title_source(doc)
    if source.endswith("-metadata"):  # the text's headline now goes before the title property
        own = doc.title
    elif source in GUESSED_SOURCES:
        own = None
    else:
        return doc.title, source
    found = choose_title(ReadResult(text=head, format=doc.format, title=own), path)
    return found.text[:500], found.source


def _old_title_source(doc: Document) -> str:
    """Where a title stored before sources were recorded came from."""
    if doc.format in _OWN_TITLES:
        return _OWN_TITLES[doc.format]
    if doc.format in ("pdf", "docx") and " ".join(doc.title.split()) not in " ".join(
        doc.text[:_HEAD_CHARS].split()
    ):
        return f"{doc.format}-metadata"  # not in the text: the file's title property
    return "text"


def _date(doc: Document, head: str, path: Path, title: str) -> tuple[str | None, str | None, str | None]:
    if doc.date_source in AUTHORITATIVE_SOURCES or (
        doc.date_source and doc.date_source not in GUESSED_DATE_SOURCES
    ):
        return doc.date, doc.date_source, doc.file_modified
    own = doc.date if doc.date_source in PROPERTY_SOURCES else None
    # The modification day a record was dated by is kept, marked, beside an undated document.
    file_day = doc.date if doc.date_source == "file-mtime" else doc.file_modified
    meta = read_text_metadata(head, title)
    found = choose_date(text=head, name=path.name, own=own, own_source=doc.date_source, dateline=meta.date)
    return found.value, found.source, None if found.value else file_day
