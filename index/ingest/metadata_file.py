"""A metadata file beside imported files: what the user knows of them, winning over guesses.

A folder being imported may hold `advocacy-metadata.csv` (a header row, then one row a file) or
`advocacy-metadata.jsonl` (one JSON object a line), with the columns `file` (the file's name, or
its path from that folder) and any of `title`, `date`, `issuer`, `url`, `language`. Its values
become the documents' record as corrections of source "metadata-file" (store/record_edits.py):
they win over what the import guesses, and re-extraction leaves them alone. A bad row (no such
file, a date that is not a date, an unknown column) is reported by line; the rest of the file and
of the import goes on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..record_fields import FIELDS, InvalidRecordValue, normalised

NAMES = ("advocacy-metadata.csv", "advocacy-metadata.jsonl")
MAX_BYTES = 20 * 2**20  # a metadata file larger than this is not one a person wrote


@dataclass(frozen=True)
class Problem:
    """A row that could not be used: where it is and why."""

    where: str  # "folder/advocacy-metadata.csv:12"
    reason: str


@dataclass
class Metadata:
    """Values by file (resolved paths), and the rows that could not be used."""

    values: dict[Path, dict[str, str | None]]
    problems: list[Problem]
    files: list[Path]  # the metadata files read

    def of(self, path: Path) -> dict[str, str | None]:
        return self.values.get(path.resolve(), {})


def is_metadata_file(path: Path) -> bool:
    return path.name.lower() in NAMES


def collect(roots: Iterable[Path]) -> Metadata:
    """Every metadata file in the folders (and beside the files) being imported, read."""
    found = Metadata({}, [], [])
    seen: set[Path] = set()
    for root in roots:
        folder = root if root.is_dir() else root.parent
        candidates = (
            [p for name in NAMES for p in folder.rglob(name)]
            if root.is_dir()
            else [folder / name for name in NAMES]
        )
        for path in sorted(candidates):
            if path.is_file() and path.resolve() not in seen:
                seen.add(path.resolve())
                _read(path, found)
    return found


def _read(path: Path, into: Metadata) -> None:
    into.files.append(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            into.problems.append(Problem(str(path), f"larger than {MAX_BYTES // 2**20} MB; not read"))
            return
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        into.problems.append(Problem(str(path), f"cannot be read ({exc})"))
        return
    rows = _jsonl_rows(raw) if path.suffix.lower() == ".jsonl" else _csv_rows(raw)
    for line, row in rows:
        where = f"{path}:{line}"
        if isinstance(row, str):
            into.problems.append(Problem(where, row))
            continue
        _take_row(path.parent, where, row, into)


Row = dict[str, str] | str  # a row's values, or why it could not be read


def _csv_rows(raw: str) -> Iterator[tuple[int, Row]]:
    reader = csv.DictReader(io.StringIO(raw))
    for row in reader:
        if None in row:  # more cells than the header has columns
            yield reader.line_num, "more cells than the header names"
            continue
        yield reader.line_num, {k: v for k, v in row.items() if k is not None}


def _jsonl_rows(raw: str) -> Iterator[tuple[int, Row]]:
    for line, text in enumerate(raw.splitlines(), start=1):
        if not text.strip():
            continue
        try:
            row = json.loads(text)
        except json.JSONDecodeError as exc:
            yield line, f"not a JSON object ({exc.msg})"
            continue
        if not isinstance(row, dict) or not all(isinstance(v, str | None) for v in row.values()):
            yield line, "not a JSON object of text values"
            continue
        yield line, {str(k): v or "" for k, v in row.items()}


def _take_row(folder: Path, where: str, row: dict[str, str], into: Metadata) -> None:
    columns = {k.strip().lower(): (v or "").strip() for k, v in row.items()}
    unknown = set(columns) - {"file", *FIELDS}
    if unknown:
        into.problems.append(Problem(where, f"unknown column(s) {', '.join(sorted(unknown))}"))
        return
    name = columns.pop("file", "")
    if not name:
        into.problems.append(Problem(where, "no file named (the 'file' column is empty)"))
        return
    target = (folder / name).resolve()
    if not target.is_file():
        into.problems.append(Problem(where, f"no file {name!r} beside the metadata file"))
        return
    values: dict[str, str | None] = {}
    for field, value in columns.items():
        if not value:
            continue  # an empty cell says nothing: the guess stands
        try:
            values[field] = normalised(field, value)
        except InvalidRecordValue as exc:
            into.problems.append(Problem(where, f"{field}: {exc}"))
            return
    if values:
        into.values.setdefault(target, {}).update(values)
