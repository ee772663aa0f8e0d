"""Demands as CSV: the All demands window's export, readable by spreadsheets (Excel included)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from ..index import dates
from ..index.models import DemandRow
from .models.demand_table import by_of

CSV_COLUMNS = ("date", "by", "issuer", "targets", "action", "kind", "sentence", "document title", "doc_id")


def csv_record(row: DemandRow) -> list[object]:
    d = row.demand
    return [
        row.doc_date or dates.UNDATED,
        by_of(row),
        row.issuer or "",
        "; ".join(d.targets),
        d.action,
        d.kind,
        d.sentence,
        row.doc_title,
        row.doc_id,
    ]


def write_demands_csv(rows: Iterable[DemandRow], path: Path) -> int:
    """Write `rows` as CSV (UTF-8 with a BOM so Excel reads the accents); returns the row count."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow(csv_record(row))
            count += 1
    return count
