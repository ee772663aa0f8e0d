"""Calendar dates written in a text, and the statement's own date among them.

A statement says its date plainly in one of a few places near the top: a dateline ("GENEVA
(13 December 2016) –", read in index/metadata.py with its place), a release line ("FOR
IMMEDIATE RELEASE August 1 2006", "Press Release Dated: 9 Aug 2000", "For release Monday 25th
March, 1968"), or a line holding nothing but the date ("Wednesday, 14 July 2010"). Those are
`stated` dates and beat a date in the file name. A date on a short line with other words ("Ten
Morning News debate with Ron Wilson 22 October 2010") is `loose`: often the statement's date,
sometimes a date it talks about, so it only beats the document's properties. Dates inside
paragraphs, captions or navigation ("Today: July 24, 2008", the day a page was scraped) are
never the statement's.
"""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import date

_HEAD_CHARS = 2_000  # dates of the statement sit in its first lines; further down they are prose
_DATE_LINES = 12
_MAX_DATE_LINE_CHARS = 80
_SEGMENT = re.compile(r"\n|[ \t]{5,}")  # scraped pages run their lines together with long gaps

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MONTH = r"(?P<month>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DATE_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b",  # December 13, 2016 / August 1  2006
        rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b",  # 13 December 2016, 22nd November, 1962
        r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b",  # 2016-12-13
    )
)


def ungrouped(pattern: str) -> str:
    """`pattern` without its named groups, to be part of a larger one."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Any of the patterns, without their groups: found by these, read by `find_date`.
ANY_DATE = "(?:" + "|".join(ungrouped(p.pattern) for p in _DATE_PATTERNS) + ")"
MONTH_YEAR = ungrouped(rf"\b{MONTH},?\s+{YEAR}\b")
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?"
# Labels that say "this is the release's date" wherever they stand (scraped pages run them into
# navigation debris), and labels that do so only opening a line ("In a letter dated March 7" is
# prose; "Date: 3 March 2024" is not).
_RELEASE_LABEL = (
    r"(?:for\s+(?:immediate\s+)?release|release\s+date|(?:media|press|news)\s+release\s+dated|"
    r"embargo(?:ed)?(?:\s+(?:until|till|to))?(?:\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?|hrs?)?)?)"
)
_LINE_LABEL = (
    r"(?:for\s+(?:the\s+)?(?:press|media)|(?:media|press|news)\s+release|released(?:\s+on)?|dated|date)"
)
_DATE_AFTER = rf"[\s:,.–—-]*(?:{WEEKDAY}[\s,]*)?(?P<date>{ANY_DATE})"
_RELEASE_LINE = re.compile(rf"\b{_RELEASE_LABEL}{_DATE_AFTER}", re.IGNORECASE)
_LABELLED_LINE = re.compile(rf"{_LINE_LABEL}{_DATE_AFTER}", re.IGNORECASE)
# Scraped pages lose the space between the label and the date: "FOR IMMEDIATE RELEASEMay 10  2007".
_GLUED_LABEL = re.compile(r"(?<=release)(?=[A-Z][a-z])", re.IGNORECASE)
_DATE_ONLY_LINE = re.compile(rf"(?:{WEEKDAY}[\s,]*)?(?P<date>{ANY_DATE})[\s.]*", re.IGNORECASE)


@dataclass(frozen=True)
class TextDates:
    stated: str | None = None  # a release line or a line holding only the date
    loose: str | None = None  # a date on a short line near the top, among other words


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "February 30": not a date, whatever the pattern thought
        return None


def _match_to_iso(match: re.Match[str]) -> str | None:
    month = match.group("month")
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower()]
    return _iso(int(match.group("year")), month_number, int(match.group("day")))


def find_date(text: str) -> str | None:
    """The first calendar date written in `text`, as ISO YYYY-MM-DD, or None."""
    best: tuple[int, str] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            iso = _match_to_iso(match)
            if iso is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), iso)
                break
    return best[1] if best else None


def parse_date(value: str) -> str | None:
    """A date from a metadata field (ISO 8601, RFC 2822 as in e-mail and RSS, or written out)."""
    value = value.strip()
    if not value:
        return None
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if iso:
        return _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return find_date(value)


def head_lines(text: str, chars: int = _HEAD_CHARS, *, collapse: bool = True) -> list[str]:
    """The first lines of `text` (spaces collapsed unless not to); a line cut by the `chars`
    limit is left out."""
    head = text[:chars]
    segments = _SEGMENT.split(head)
    lines = [line for line in (" ".join(s.split()) if collapse else s.strip() for s in segments) if line]
    if len(text) > chars and len(lines) > 1 and not text[chars:].startswith("\n"):
        lines.pop()  # cut short: "On July 8, 2024, Human Rights Watch released an investiga"
    return lines


def text_dates(text: str) -> TextDates:
    """The statement's date as its first lines state it (`stated`) or mention it (`loose`)."""
    lines = head_lines(text)
    release = _RELEASE_LINE.search(_GLUED_LABEL.sub(" ", " ".join(lines)))
    if release is None:
        release = next(filter(None, (_LABELLED_LINE.match(line) for line in lines[:_DATE_LINES])), None)
    stated = find_date(release["date"]) if release else None
    loose = None
    for line in lines[:_DATE_LINES]:
        if len(line) > _MAX_DATE_LINE_CHARS:
            continue
        if stated is None and _DATE_ONLY_LINE.fullmatch(line):
            stated = find_date(line)
        if loose is None:
            loose = find_date(line)
    return TextDates(stated=stated, loose=loose)
