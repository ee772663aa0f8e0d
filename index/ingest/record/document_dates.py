"""A document's date: the best its own content and name give, and where it came from (`date_source`).

In order of trust:
1. "page" or "header": the date an HTML page's metadata or an e-mail's Date: header gives;
2. "text": a date the statement states plainly: a dateline ("GENEVA (13 December 2016) –"), a
   release line ("FOR IMMEDIATE RELEASE August 1 2006") or a line holding only the date;
3. "file-name": a date written into the file name by a known convention (index/file_names.py),
   month-precise for a UN General Debate speech;
4. "text" again, for a date on a short line near the top among other words (index/text_dates.py);
5. "pdf-metadata" or "docx-metadata": the file's properties, often the day a template was made
   or a file converted, so only when the text and the name give nothing;
6. otherwise none: the document is undated. The file's modification time is the day it was
   copied as often as the day it was written, so it is never the document's date.

Every source but "page" and "header" is re-derived when these rules improve (index/record_upgrade.py);
a date the user sets will win over all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .file_names import date_from_name
from .text_dates import text_dates

AUTHORITATIVE_SOURCES = frozenset({"page", "header"})
PROPERTY_SOURCES = frozenset({"pdf-metadata", "docx-metadata"})


@dataclass(frozen=True)
class DocumentDate:
    value: str | None
    source: str | None


UNDATED = DocumentDate(None, None)


def choose_date(
    *, text: str, name: str, own: str | None, own_source: str | None, dateline: str | None = None
) -> DocumentDate:
    """The date of a document whose reader found `own` (from `own_source`), whose text is `text`
    (its dateline's date, when already read, is `dateline`) and whose file is called `name`."""
    if own and own_source in AUTHORITATIVE_SOURCES:
        return DocumentDate(own, own_source)
    found = text_dates(text)
    stated = dateline or found.stated
    if stated:
        return DocumentDate(stated, "text")
    named = date_from_name(Path(name).name)
    if named:
        return DocumentDate(named, "file-name")
    if found.loose:
        return DocumentDate(found.loose, "text")
    if own and own_source:
        return DocumentDate(own, own_source)
    return UNDATED
