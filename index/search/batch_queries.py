"""Lists of queries for a batch search: pasted text or a text file (one query a line), or one
column of a CSV file (names of detainees, places, officials kept in a spreadsheet).

A CSV file's first row names its columns (spreadsheets write one); with several columns the
caller says which holds the queries. Excel writes CSV in the system's code page and, in much of
Europe, with semicolons: the encoding is detected and the delimiter sniffed.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from charset_normalizer import from_bytes

from ..errors import ArchiveError
from ..models import BatchQuery

CSV_SUFFIXES = (".csv", ".tsv")
MAX_QUERIES = 10_000  # a batch is a list a person keeps; beyond this it is likely the wrong file
MAX_BYTES = 20 * 1024 * 1024


class ColumnNeeded(ArchiveError):
    """A CSV file has several columns and none was chosen; `columns` lists them."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        super().__init__(
            f"{path.name} has several columns ({', '.join(columns)}); say which holds the queries."
        )
        self.path = path
        self.columns = columns

    def __reduce__(self) -> tuple[type, tuple[Path, list[str]]]:
        return (type(self), (self.path, self.columns))


def from_text(text: str) -> tuple[BatchQuery, ...]:
    """One query per non-blank line, numbered by its line."""
    found = tuple(
        BatchQuery(number, line.strip()) for number, line in enumerate(text.splitlines(), 1) if line.strip()
    )
    _check_size(len(found))
    return found


def is_csv(path: Path) -> bool:
    return path.suffix.lower() in CSV_SUFFIXES


def from_file(path: Path, column: str | None = None) -> tuple[BatchQuery, ...]:
    """The queries of a text file, or of one column of a CSV file (by name or 1-based number;
    optional when it has only one)."""
    text = read_text(path)
    if not is_csv(path):
        return from_text(text)
    rows = _numbered(text, path)
    header = [name.strip() for name in rows[0][1]] if rows else []
    at = _column_index(path, header, column)
    found = []
    for line, row in rows[1:]:
        value = row[at].strip() if at < len(row) else ""
        if value:
            found.append(BatchQuery(line, value))
    _check_size(len(found))
    return tuple(found)


def columns(path: Path) -> list[str]:
    """The column names of a CSV file (its first row); [] for a text file."""
    if not is_csv(path):
        return []
    rows = _numbered(read_text(path), path)
    return [name.strip() for name in rows[0][1]] if rows else []


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArchiveError(f"{path.name} is {size // 1_000_000} MB: too large for a list of queries.")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ArchiveError(f"There is no file {path}.") from exc
    except OSError as exc:
        raise ArchiveError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        guess = from_bytes(data).best()
        return str(guess) if guess is not None else data.decode("latin-1")


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(text[:20_000], delimiters=",;\t|")
    except csv.Error:  # one column: nothing to sniff
        return csv.excel


def _numbered(text: str, path: Path) -> list[tuple[int, list[str]]]:
    """(line number, row) of every non-empty row, the header first."""
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    found: list[tuple[int, list[str]]] = []
    try:
        line = 1
        for row in reader:
            if any(cell.strip() for cell in row):
                found.append((line, row))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ArchiveError(
            f"{path.name} is not a readable CSV file (line {reader.line_num}: {exc})."
        ) from exc
    return found


def _column_index(path: Path, header: list[str], column: str | None) -> int:
    if not header:
        return 0
    if column is None:
        if len(header) > 1:
            raise ColumnNeeded(path, header)
        return 0
    wanted = column.strip()
    for i, name in enumerate(header):
        if name.casefold() == wanted.casefold():
            return i
    if wanted.isdigit() and 1 <= int(wanted) <= len(header):
        return int(wanted) - 1
    raise ArchiveError(f"{path.name} has no column {column!r}; its columns are {', '.join(header)}.")


def _check_size(count: int) -> None:
    if count > MAX_QUERIES:
        raise ArchiveError(f"A batch may hold at most {MAX_QUERIES:,} queries, not {count:,}.")
