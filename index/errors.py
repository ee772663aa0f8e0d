"""Exceptions the core raises, each with a message fit to show a person."""

from __future__ import annotations

from pathlib import Path


class ArchiveError(Exception):
    """Base class: anything wrong with the archive or a request to it."""


class ArchiveBusy(ArchiveError):
    """Another process is writing to the archive."""

    def __init__(self, archive: Path, holder: str = "") -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            f"The archive {archive} is in use by another process{who}; "
            "try again when that import or reindex has finished."
        )
        self.archive = archive
        self.holder = holder

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        return (type(self), (self.archive, self.holder))


class ArchiveUnwritable(ArchiveError):
    """The archive folder cannot be written (read-only, full disk, permissions)."""


class CatalogDamaged(ArchiveError):
    """The catalog lacks tables or columns, or fails SQLite's integrity check."""

    def __init__(self, archive: Path, problem: str) -> None:
        super().__init__(
            f"The archive {archive} is damaged: {problem}. `advocacy-archive check --repair` "
            "rebuilds what can be rebuilt from the catalog; restoring a backup "
            "(`advocacy-archive import-archive`) brings back the rest."
        )
        self.archive = archive
        self.problem = problem

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        return (type(self), (self.archive, self.problem))


class ImportFailed(ArchiveError):
    """One file could not be imported; `reason` is a one-line explanation."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[Path, str]]:
        # Failures travel back from worker processes; pickle by the constructor's arguments.
        return (type(self), (self.path, self.reason))


class NeedsOcr(ImportFailed):
    """The file is a scan or an image: reading it needs Tesseract OCR, which is not installed."""


class UnsupportedFormat(ImportFailed):
    """The file's type is not one the archive reads."""


class QuerySyntaxError(ArchiveError):
    """A search query that cannot be parsed; `hint` says how to fix it."""

    def __init__(self, query: str, position: int | None, hint: str) -> None:
        where = f" at character {position + 1}" if position is not None else ""
        super().__init__(f"Cannot search for {query!r}{where}: {hint}")
        self.query = query
        self.position = position
        self.hint = hint

    def __reduce__(self) -> tuple[type, tuple[str, int | None, str]]:
        return (type(self), (self.query, self.position, self.hint))


class DocumentNotFound(ArchiveError):
    def __init__(self, doc_id: int) -> None:
        super().__init__(f"No document with id {doc_id} in this archive.")
        self.doc_id = doc_id

    def __reduce__(self) -> tuple[type, tuple[int]]:
        return (type(self), (self.doc_id,))


class Cancelled(ArchiveError):
    """Work the user cancelled that leaves nothing behind (a backup, a restore)."""


class NotAnArchive(ArchiveError):
    """A folder that holds no archive, opened without asking to create one."""

    def __init__(self, path: Path) -> None:
        what = "does not exist" if not path.exists() else "is not an archive (it has no catalog.sqlite)"
        super().__init__(f"{path} {what}.")
        self.path = path

    def __reduce__(self) -> tuple[type, tuple[Path]]:
        return (type(self), (self.path,))


class UnknownFacetValue(ArchiveError):
    """A facet filter naming a value no document has; `valid` holds the values, closest first."""

    def __init__(self, facet: str, value: str, valid: list[str]) -> None:
        shown = ", ".join(repr(v) for v in valid[:12])
        more = f" and {len(valid) - 12} more" if len(valid) > 12 else ""
        listed = f"; the values are (closest first): {shown}{more}" if valid else "; no document has any"
        super().__init__(f"No document has {facet} {value!r}{listed}.")
        self.facet = facet
        self.value = value
        self.valid = valid

    def __reduce__(self) -> tuple[type, tuple[str, str, list[str]]]:
        return (type(self), (self.facet, self.value, self.valid))


class QueryTooSlow(QuerySyntaxError):
    """A search that did not answer within its time bound (index/deadline.py) and was stopped.
    A kind of QuerySyntaxError: the query is what to change, and it is shown where those are."""

    def __init__(self, query: str, seconds: float) -> None:
        hint = (
            f"it asks for too much to answer within {seconds:g} s. Narrow it: longer prefixes*, "
            "fewer fuzzy~ words, a field (title:, actor:) or a date range"
        )
        super().__init__(query, None, hint)
        self.seconds = seconds

    def __reduce__(self) -> tuple[type, tuple[str, float]]:  # type: ignore[override]
        return (type(self), (self.query, self.seconds))
