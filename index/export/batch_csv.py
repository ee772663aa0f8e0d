"""A batch search as CSV: the table (one row per query: its count, or why it could not run, and
its best hits) and the hits (one row per query and hit)."""

from __future__ import annotations

from pathlib import Path

from ..models import BatchResult
from .csv_files import write_csv
from .snippets import plain

TABLE_COLUMNS = ("line", "query", "documents", "problem", "top documents")
HITS_COLUMNS = ("line", "query", "rank", "id", "title", "issuer", "date", "snippet")


def write_table(result: BatchResult, path: Path) -> int:
    return write_csv(
        path,
        TABLE_COLUMNS,
        (
            (
                row.line,
                row.query,
                "" if row.error else row.total,
                row.error or "",
                "; ".join(f"#{hit.doc_id} {hit.title}" for hit in row.hits),
            )
            for row in result.rows
        ),
    )


def write_hits(result: BatchResult, path: Path) -> int:
    return write_csv(
        path,
        HITS_COLUMNS,
        (
            (
                row.line,
                row.query,
                rank,
                hit.doc_id,
                hit.title,
                hit.issuer or "",
                hit.date or "",
                " ".join(plain(hit.snippet).split()),
            )
            for row in result.rows
            for rank, hit in enumerate(row.hits, 1)
        ),
    )
