"""Dates that archives write into file names: `2024-01-03-israel-gaza….txt`, `01Apr2006Kerry153.txt`,
and the UN General Debate corpus's `JOR_68_2013.txt` (index/un_debates.py).

A name is someone's deliberate record of the date, so it ranks just after a date the text states
plainly (index/document_dates.py). The file's modification time is not a date of the document:
copying or unpacking a file sets it to that day.
"""

from __future__ import annotations

import datetime as dt
import re

from .un_debates import speech_of

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(0?[1-9]|[12]\d|3[01])(" + "|".join(_MONTHS) + r")((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)


def date_from_name(name: str) -> str | None:
    """The date a file name gives (ISO; month precision for a UN debate speech), or None."""
    speech = speech_of(name)
    if speech is not None:
        return speech.date
    if match := _ISO.search(name):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_MONTH_YEAR.search(name):
        day, month, year = int(match[1]), _MONTHS.index(match[2].lower()) + 1, int(match[3])
    else:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # "2024-02-30": not a date
        return None


def modification_date(mtime: float) -> str | None:
    """The day of a file's modification time: offered beside an undated document, marked as such."""
    try:
        return dt.date.fromtimestamp(mtime).isoformat()
    except (OverflowError, OSError, ValueError):
        return None
