"""CSV files as spreadsheets read them: UTF-8 with a byte-order mark (Excel then reads accents
right), written beside the target and moved into place, so a file appears whole or not at all."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import ArchiveUnwritable


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write `header` and `rows` to `path`; returns the number of rows."""
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                count += 1
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ArchiveUnwritable(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return count
