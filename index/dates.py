"""A document's date as the catalog holds it, and how it is shown, sorted and searched.

A date is an ISO 8601 string of one of three precisions: a day ("2016-12-13"), a month
("2013-09": a UN General Debate speech is known only by its session, held in September) or a
year ("2013"). A document with no date anywhere is undated (None), never given the import day.

How the precisions behave, everywhere (CLI, JSON, window, exports):
- shown: "2016-12-13", "September 2013", "2013"; None is shown as "undated";
- sorted and searched as their first day: "2013-09" sorts just before "2013-09-01" (the
  strings already do), and `date:2013` or `date:2013-09` finds it, a range from 2013-09-05 not;
- undated documents sort after every dated one, count in the year facet's "undated" bucket and
  fall outside every date range.
"""

from __future__ import annotations

import datetime as dt
import re

UNDATED = "undated"  # what is shown, and the year facet's bucket, for a document without a date
# English month names (not `calendar`'s, which follow the locale and cost 4 ms to import at start-up)
_MONTH_NAMES = "January February March April May June July August September October November December".split()

_FORMS = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")


def precision(value: str | None) -> str | None:
    """ "day", "month" or "year" for a stored date, None for an undated document or a bad value."""
    match = _FORMS.fullmatch(value or "")
    if match is None:
        return None
    return "day" if match["day"] else "month" if match["month"] else "year"


def first_day(value: str | None) -> dt.date | None:
    """The first day a stored date covers (what it sorts and is searched as), or None."""
    match = _FORMS.fullmatch(value or "")
    if match is None:
        return None
    try:
        return dt.date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None


def display(value: str | None) -> str:
    """The date as a reader sees it: "2016-12-13", "September 2013", "2013", or "undated"."""
    kind = precision(value)
    if kind is None or value is None:
        return UNDATED
    if kind == "month":
        return f"{_MONTH_NAMES[int(value[5:7]) - 1]} {value[:4]}"
    return value


def month(year: int, month_number: int) -> str:
    """A month-precision date ("2013-09")."""
    return f"{year:04d}-{month_number:02d}"
