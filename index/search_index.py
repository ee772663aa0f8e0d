"""The Whoosh index: its schema, and keeping it in step with the catalog.

The index is derived data. It records its schema version beside itself; when that does not
match, or the index cannot be opened (Whoosh is not crash-safe on its own), it is rebuilt from
the catalog, and on every open the set of indexed documents is checked against the catalog.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from whoosh import fields
from whoosh.analysis import SimpleAnalyzer, StemmingAnalyzer
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.writing import IndexWriter

from index import catalog, dates
from index.bulk_postings import terms_with_prefix
from index.models import Document
from index.postings import FastPostings
from index.progress import CancelFlag, NeverCancelled, OnProgress, no_progress

log = logging.getLogger(__name__)

INDEX_SCHEMA_VERSION = "3"  # 2: no spelling field (index/suggest.py); 3: pre-analysed text
# Names joined into one TEXT field; the separator keeps a phrase from running across two names
# in the common case, since it is dropped by the tokenizer but never indexed as a word.
NAME_SEPARATOR = " ; "


class PreAnalyzed:
    """The postings `field.index(text)` yields, computed in an import worker process, so the
    one index writer does not also tokenize and stem every document (the import's bottleneck)."""

    __slots__ = ("items",)

    def __init__(self, items: list[tuple[bytes, int, float, bytes]]) -> None:
        self.items = items

    def __reduce__(self) -> tuple[type, tuple[list[tuple[bytes, int, float, bytes]]]]:
        return (PreAnalyzed, (self.items,))


class PreAnalyzableText(fields.TEXT):  # type: ignore[misc]  # whoosh is untyped
    """A TEXT field that takes either text or its PreAnalyzed postings; same index either way."""

    def index(self, value: object, **kwargs: object) -> Iterable[tuple[bytes, int, float, bytes]]:
        if isinstance(value, PreAnalyzed):
            return iter(value.items)
        return super().index(value, **kwargs)  # type: ignore[no-any-return]


def make_schema() -> fields.Schema:
    names = SimpleAnalyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        title=PreAnalyzableText(analyzer=StemmingAnalyzer(), field_boost=2.0),
        # Character offsets are stored so hits and snippets never re-analyse the text.
        body=PreAnalyzableText(analyzer=StemmingAnalyzer(), chars=True),
        issuer=fields.TEXT(analyzer=names),
        actor=fields.TEXT(analyzer=names),
        target=fields.TEXT(analyzer=names),
        place=fields.TEXT(analyzer=names),
        format=fields.ID(),
        date=fields.DATETIME(sortable=True),
    )


Analyse = Callable[[str], list[tuple[bytes, int, float, bytes]]]
_ANALYSERS: dict[str, Analyse] = {}


def pre_analyse(title: str, text: str) -> dict[str, PreAnalyzed]:
    """Title and body postings, exactly as the writer would compute them itself."""
    if not _ANALYSERS:
        schema = make_schema()
        _ANALYSERS.update((name, _analyser(schema[name])) for name in ("title", "body"))
    return {"title": PreAnalyzed(_ANALYSERS["title"](title)), "body": PreAnalyzed(_ANALYSERS["body"](text))}


def _analyser(field: fields.FieldType) -> Analyse:
    """The one-pass analyser when it reproduces the field's analyzer, else Whoosh's own."""
    if FastPostings.supports(field):
        return FastPostings(field)
    return lambda text: list(field.index(text))


def whoosh_document(doc: Document, actor_names: Iterable[str], targets: Iterable[str]) -> dict[str, object]:
    fields_: dict[str, object] = {
        "id": str(doc.id),
        "title": doc.title,
        "body": doc.text,
        "issuer": doc.issuer or "",
        "actor": NAME_SEPARATOR.join(sorted(set(actor_names))),
        "target": NAME_SEPARATOR.join(sorted(set(targets))),
        "place": doc.place or "",
        "format": doc.format,
    }
    when = parse_iso_date(doc.date)
    if when is not None:
        fields_["date"] = when
    return fields_


def parse_iso_date(value: str | None) -> dt.datetime | None:
    """The day a stored date is indexed (and sorted) as: its first day ("2013-09" → 1 September),
    so `date:2013` and `date:2013-09` find a month-precise date (index/dates.py)."""
    day = dates.first_day(value)
    return dt.datetime(day.year, day.month, day.day) if day else None


def open_or_create(folder: Path) -> tuple[Index, bool]:
    """Open the index, or create it empty when missing, unreadable or of another schema.
    Returns (index, created) so the caller knows a full rebuild is due."""
    version_file = folder / "SCHEMA_VERSION"
    current = version_file.is_file() and version_file.read_text().strip() == INDEX_SCHEMA_VERSION
    if folder.is_dir() and current:
        try:
            ix = storage(folder).open_index()
            with ix.reader() as reader:
                reader.doc_count()
            return ix, False
        except Exception as exc:  # Whoosh raises many kinds on a damaged index
            log.warning("Whoosh index at %s is unreadable (%s); rebuilding from the catalog", folder, exc)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(mode=0o700, parents=True)
    ix = storage(folder).create_index(make_schema())
    version_file.write_text(INDEX_SCHEMA_VERSION)
    return ix, True


def storage(folder: Path) -> FileStorage:
    """Whoosh file storage without mmap. With mmap, Whoosh 2.7 copies every part of a segment
    into a BytesIO when a reader opens (filedb/structfile.BufferFile), so a 10,000-document
    index took 590 ms and 310 MB of RSS to open; without, 4 ms and nothing, and queries read
    through the OS page cache as fast (benchmarks/RESULTS.md)."""
    return FileStorage(str(folder), supports_mmap=False)


def indexed_ids(ix: Index) -> set[int]:
    """Every id in the index's lexicon (what `reader.lexicon("id")` lists), segment by segment
    in bulk: checked on every open, and Whoosh's merged walk took 300 ms at 30,000 documents."""
    with ix.reader() as reader:
        leaves = [reader] if reader.is_atomic() else [leaf for leaf, _ in reader.leaf_readers()]
        return {int(term) for leaf in leaves for term in terms_with_prefix(leaf, "id", b"")}


def add_documents(
    writer: IndexWriter,
    conn: sqlite3.Connection,
    ids: Iterable[int],
    *,
    update: bool = False,
    prepared: Mapping[int, Mapping[str, PreAnalyzed]] | None = None,
) -> int:
    """Add catalog documents (by id) to an open writer; returns how many were added.
    `prepared` holds postings already analysed by the import workers, by document id."""
    table = catalog.overrides(conn)
    added = 0
    for doc in catalog.iter_documents(conn, ids):
        actor_names = [
            catalog.apply_override(name, t, table)[0]
            for name, t in conn.execute("SELECT name, type FROM actors WHERE doc_id = ?", (doc.id,))
        ]
        targets = [
            catalog.apply_override(t, "", table)[0]
            for d in catalog.get_demands(conn, doc.id)
            for t in d.targets
        ]
        payload = whoosh_document(doc, actor_names, targets)
        if prepared and doc.id in prepared:
            payload.update(prepared[doc.id])
        if update:
            writer.update_document(**payload)
        else:
            writer.add_document(**payload)
        added += 1
    return added


def sync(
    ix: Index,
    conn: sqlite3.Connection,
    *,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> tuple[int, int]:
    """Make the index hold exactly the catalog's documents; returns (added, removed)."""
    cancel = cancel or NeverCancelled()
    wanted = catalog.document_ids(conn)
    present = indexed_ids(ix)
    missing = sorted(wanted - present)
    extra = sorted(present - wanted)
    if not missing and not extra:
        return 0, 0
    writer = ix.writer(limitmb=128)
    try:
        for doc_id in extra:
            writer.delete_by_term("id", str(doc_id))
        for number, doc_id in enumerate(missing, start=1):
            if cancel.is_set():
                break
            add_documents(writer, conn, [doc_id])
            if number % 50 == 0 or number == len(missing):
                on_progress(number, len(missing), "Indexing documents")
    except BaseException:
        writer.cancel()
        raise
    commit(writer)
    return len(missing), len(extra)


def commit(writer: IndexWriter) -> None:
    """Commit; if that fails (a full disk), release Whoosh's write lock all the same, or this
    process could not write to the index again until it restarts."""
    try:
        writer.commit()
    except BaseException:
        lock = getattr(writer, "writelock", None)
        if lock is not None and not getattr(writer, "is_closed", True):
            try:
                writer.cancel()
            except Exception:
                lock.release()
        raise
