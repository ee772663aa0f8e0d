"""`advocacy-archive extract FILE...`: the import pipeline's reading and extraction, no archive."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ..errors import ImportFailed
from ..extract.report import extraction_json, format_report
from ..ingest.pipeline import analyse


def run_extract(files: Sequence[Path], *, as_json: bool) -> int:
    """Print one JSON object per file (or a readable report); failures go to stderr."""
    status = 0
    for path in files:
        try:
            analysed = analyse(path, path.read_bytes())
        except ImportFailed as exc:
            print(f"advocacy-archive: {exc}", file=sys.stderr)
            status = 2
            continue
        except OSError as exc:
            print(f"advocacy-archive: {path}: cannot read the file ({exc.strerror})", file=sys.stderr)
            status = 2
            continue
        obj = extraction_json(
            str(path), analysed.read.text, analysed.title.text, analysed.date.value, analysed.extraction
        )
        if as_json:
            print(json.dumps(obj, ensure_ascii=False))
        else:
            print(format_report(obj))
    return status
