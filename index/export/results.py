"""Search results to a file: a CSV table or a briefing (HTML or DOCX), chosen by the file's
suffix; all the results of a search (fetched page by page, with progress and cancel) or the
hits a person selected."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from ..errors import ArchiveError, ArchiveUnwritable
from ..models import Document, Hit, SearchResult
from ..progress import CancelFlag, NeverCancelled, OnProgress, no_progress
from .briefing import Briefing, entry, to_html
from .citation import citation
from .csv_files import write_csv
from .snippets import plain, snippet_offset

FORMATS = {".csv": "CSV", ".html": "HTML briefing", ".htm": "HTML briefing", ".docx": "Word briefing"}
PAGE = 500
CSV_COLUMNS = ("id", "title", "issuer", "date", "format", "score", "snippet", "citation")


def check_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ArchiveError(
            f"Cannot export to {path.name}: the name must end in {', '.join(sorted(set(FORMATS)))}."
        )
    return suffix


def all_hits(
    search: Callable[..., SearchResult],
    query: str,
    filters: Mapping[str, Sequence[str]] | None,
    sort: str,
    *,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> list[Hit]:
    """Every hit of a search, in its order, page by page (the export of "all results")."""
    cancel = cancel or NeverCancelled()
    hits: list[Hit] = []
    page = 1
    while not cancel.is_set():
        result = search(query, filters=filters, sort=sort, page=page, page_size=PAGE, with_facets=False)
        hits.extend(result.hits)
        on_progress(len(hits), result.total, "Collecting results")
        if not result.hits or len(hits) >= result.total:
            break
        page += 1
    return hits


def export_hits(
    path: Path,
    hits: Sequence[Hit],
    document: Callable[[int], Document],
    *,
    query: str = "",
    filters: Mapping[str, Sequence[str]] | None = None,
    on_progress: OnProgress = no_progress,
    cancel: CancelFlag | None = None,
) -> int:
    """Write `hits` to `path` (CSV, HTML or DOCX by its suffix); returns how many were written.
    The file appears whole or not at all."""
    suffix = check_format(path)
    cancel = cancel or NeverCancelled()
    docs = _documents(hits, document, on_progress, cancel)
    if cancel.is_set():
        return 0  # a cancelled export writes nothing
    if suffix == ".csv":
        return write_csv(path, CSV_COLUMNS, (_csv_row(hit, doc) for hit, doc in docs))
    briefing = Briefing(query, tuple(entry(hit, doc) for hit, doc in docs), dict(filters or {}))
    partial = path.with_name(path.name + ".partial")
    try:
        if suffix == ".docx":
            from .briefing_docx import write_docx

            write_docx(briefing, partial, on_progress)
        else:
            partial.write_text(to_html(briefing), encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveUnwritable(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return len(docs)


def _documents(
    hits: Iterable[Hit], document: Callable[[int], Document], on_progress: OnProgress, cancel: CancelFlag
) -> list[tuple[Hit, Document]]:
    chosen = list(hits)
    found = []
    for done, hit in enumerate(chosen, 1):
        if cancel.is_set():
            break
        found.append((hit, document(hit.doc_id)))
        on_progress(done, len(chosen), "Writing the export")
    return found


def _csv_row(hit: Hit, doc: Document) -> list[object]:
    snippet = " ".join(plain(hit.snippet).split())
    cited = citation(doc, snippet_offset(doc.text, hit))
    return [hit.doc_id, doc.title, doc.issuer or "", doc.date or "", doc.format, hit.score, snippet, cited]
