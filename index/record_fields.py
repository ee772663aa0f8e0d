"""The fields of a document's record a user may correct, and the values each accepts
(`advocacy-archive edit`, the reader's record header, a metadata file beside imported files).
"""

from __future__ import annotations

from . import dates
from .errors import ArchiveError

FIELDS = ("title", "date", "issuer", "language", "url")
_MAX_TITLE = 500


class InvalidRecordValue(ArchiveError):
    """A correction that cannot be stored as it is (a date that is not a date, …)."""


def normalised(field: str, value: str | None) -> str | None:
    """The value as the catalog stores it; raises InvalidRecordValue with what to write instead.
    An empty value (and, for a date, "undated") clears the field, except the title."""
    if field not in FIELDS:
        raise InvalidRecordValue(f"{field!r} is not a field of a record; the fields are {', '.join(FIELDS)}")
    text = " ".join((value or "").split())
    if field == "title":
        if not text:
            raise InvalidRecordValue("a title cannot be empty")
        return text[:_MAX_TITLE]
    if field == "date":
        return _date(text)
    if field == "language":
        if text and not (text.isalpha() and 2 <= len(text) <= 3):
            raise InvalidRecordValue(f"{value!r} is not a language code; write two letters, e.g. en or fr")
        return text.lower() or None
    return text or None


def _date(text: str) -> str | None:
    if not text or text.lower() == dates.UNDATED:
        return None
    if dates.precision(text) is not None and dates.first_day(text) is not None:
        return text
    from .ingest.record.text_dates import parse_date  # written out: "3 March 2024"

    found = parse_date(text)
    if found is None:
        raise InvalidRecordValue(f"{text!r} is not a date; write 2024-03-03, 2024-03 or 2024 (or 'undated')")
    return found
