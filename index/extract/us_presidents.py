"""The U.S. president in office on a document's day, for a U.S. page's "the President".

A senator's release or a State Department page says "the President" of the sitting president and
names him once, in full, as the text comes: "President George W. Bush today signed into law a
measure … Today's action by the President makes it crystal clear". The authority file knows the
presidents the 2015 dictionaries list; a name it lacks ("George W. Bush", which the dictionaries
fold into his father's "George Bush") stood apart from the "the President" of the same text,
since a president named once may as well be one of the past ("President Theodore Roosevelt").
The day tells which: the person the text titles "President" whose surname is the sitting
president's is the one. Public record, the dates of inauguration.
"""

from __future__ import annotations

import re

# (first day in office, surname), in order
TERMS: tuple[tuple[str, str], ...] = (
    ("1981-01-20", "Reagan"),
    ("1989-01-20", "Bush"),
    ("1993-01-20", "Clinton"),
    ("2001-01-20", "Bush"),
    ("2009-01-20", "Obama"),
    ("2017-01-20", "Trump"),
    ("2021-01-20", "Biden"),
    ("2025-01-20", "Trump"),
)
MONTHS: dict[str, str] = {
    m: f"{i:02d}" for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)
}
# A Senate release's file name opens with its day ("01Mar2006Kennedy13.txt"), a State Department
# or White House page's with the ISO day ("2021-08-04-secretary-blinkens-call-….html").
SENATE_DAY_RE = re.compile(r"(\d{1,2})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\d{4})")
ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def day_of(name: str) -> str:
    """The ISO day a file's name opens with, in either form; "" when it opens with none."""
    m = ISO_DAY_RE.match(name)
    if m is not None:
        return m.group()
    m = SENATE_DAY_RE.match(name)
    if m is None:
        return ""
    return f"{m.group(3)}-{MONTHS[m.group(2)]}-{int(m.group(1)):02d}"


def sitting(day: str, terms: tuple[tuple[str, str], ...] = TERMS) -> str:
    """The surname of the U.S. president in office on the ISO `day`, or of another office's holder
    by its `terms` (an Australian prime minister's); "" before the table's first."""
    return next((surname for since, surname in reversed(terms) if since <= day), "") if day else ""
