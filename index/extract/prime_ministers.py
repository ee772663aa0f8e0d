"""The Australian prime minister in office on a release's day, for its "the Prime Minister".

An Australian release says "the Prime Minister" of the sitting prime minister and names them
elsewhere, often without the title: "Gillard flounders on 'regional' processing centre … The Prime
Minister continued to flounder in Question Time … (Julia Gillard - AAP, 29/7/2010)". The office
alone stood apart from the person, since nothing in the text ties them; the release's day does:
the person the text names under the surname of the prime minister in office that day is the one.
Public record, the dates of swearing-in.

Only where the office is Australia's: a text that titles another prime minister ("the Prime
Minister of Thailand", "PNG Prime Minister Peter O'Neill", "Prime Minister Gordon Brown") may mean
that one by "the Prime Minister", as a visiting prime minister's transcript does its host.
"""

from __future__ import annotations

import re

from . import us_presidents
from .mention import Mention

# (first day in office, surname), in order
TERMS: tuple[tuple[str, str], ...] = (
    ("1983-03-11", "Hawke"),
    ("1991-12-20", "Keating"),
    ("1996-03-11", "Howard"),
    ("2007-12-03", "Rudd"),
    ("2010-06-24", "Gillard"),
    ("2013-06-27", "Rudd"),
    ("2013-09-18", "Abbott"),
    ("2015-09-15", "Turnbull"),
    ("2018-08-24", "Morrison"),
    ("2022-05-23", "Albanese"),
)
# The name the authority file gives the office written alone ("the Prime Minister", a transcript's
# "PRIME MINISTER:"); "Prime Minister of Japan" and the like are named for their state.
OFFICE = "Prime Minister"
# The office as a release refers to its holder: "the Prime Minister". Written bare it is as often the
# role ("Kevin Rudd was a poor Prime Minister", "as Prime Minister, it was the first white paper I
# commissioned") or a transcript's address, and "the Minister" an office the text may have taken
# for it; these keep their name.
DEFINITE_RE = re.compile(r"(?:[Tt]he|THE)\s+(?:(?i:prime\s+minister)|PM)")
# "the PM": the office as a release's interviewers and oppositions shorten it ("The PM came under some
# heavy pressure in question time", "the PM has failed to win support in Rio"). Only after "the": a
# bare "PM" is a time's ("3 PM") as often; not "the PM&C", the Department of the Prime Minister and
# Cabinet, nor a longer word.
SHORT_RE = re.compile(r"\b[Tt]he[^\S\n]+PM\b(?![&\w])")
# Where "the Prime Minister" names the role, not its holder: after a copula ("John Howard when he was
# the Prime Minister", "if Peter Dutton becomes the Prime Minister"), within another office
# ("Minister Assisting the Prime Minister", "Parliamentary Secretary to the Prime Minister"), or
# of a time ("how the Prime Minister of the day is doing").
ROLE_BEFORE_RE = re.compile(
    r"\b(?:is|was|were|be|been|being|become|becomes|became|becoming|Assisting|Secretary[^\S\n]+to)\s+\Z"
)
ROLE_AFTER_RE = re.compile(r"[^\S\n]+of\b")
# A word before the office that makes it another state's ("PNG Prime Minister", "the British Prime
# Minister") or another day's ("the former Prime Minister"); "the Australian Prime Minister" is the
# sitting one. A capitalised word on the same line, or a word of a past or lesser office in any case.
QUALIFIED_RE = re.compile(
    r"(?:(?<![\w'’.-])(?!(?:The|THE|Australian|AUSTRALIAN|Australia's|Australia’s|Our|OUR)\b)"
    r"[A-Z][\w'’.-]*|\b(?i:former|late|then|deputy|acting|vice))[^\S\n]+(?i:Prime\s+Minister)\b"
)
# A past prime minister titled by name: "former Prime Minister John Howard" holds it no more.
PAST_RE = re.compile(r"\b(?i:former|late|then)[^\S\n]+(?i:Prime\s+Minister)\b")
# The title before a person's name ("Prime Minister John Howard").
TITLED_RE = re.compile(r"\b(?i:Prime\s+Minister)\b")


def short_offices(text: str, found: list[Mention]) -> list[Mention]:
    """The office "Prime Minister" where an Australian release writes it "the PM", as it finds
    "the Prime Minister"; not the role ("when he was the PM")."""
    out = []
    for m in SHORT_RE.finditer(text):
        office = Mention(m.start(), m.end(), OFFICE, "person", 2)
        if not _role(text, office) and not any(f.start < m.end() and m.start() < f.end for f in found):
            out.append(office)
    return out


def name_sitting(text: str, found: list[Mention], date: str) -> None:
    """Name the office "Prime Minister" of an Australian release dated `date` (ISO) after the
    person the text names under the surname of the prime minister in office that day."""
    offices = [m for m in found if m.type == "person" and m.name == OFFICE]
    if not offices:
        return  # most releases
    surname = us_presidents.sitting(date, TERMS)
    holder = _named(found, surname)
    if holder and not _another_prime_minister(text, found, offices, surname):
        for m in offices:
            if DEFINITE_RE.fullmatch(text, m.start, m.end) is not None and not _role(text, m):
                m.name = holder


def _role(text: str, m: Mention) -> bool:
    """Whether "the Prime Minister" names the role there, not the one holding it."""
    if ROLE_AFTER_RE.match(text, m.end) is not None:
        return True
    return ROLE_BEFORE_RE.search(text, max(0, m.start - 20), m.start) is not None


def _named(found: list[Mention], surname: str) -> str:
    """The one person the text names under `surname`, by the fullest of the names it writes
    ("Kevin Rudd" for "Mr Rudd"); "" for none, or two ("Bob Hawke", "Hazel Hawke")."""
    names = {m.name for m in found if m.type == "person" and surname and m.name.split()[-1:] == [surname]}
    fullest = max(names, key=len, default="")
    return fullest if all(fullest.endswith(" " + n) or n == fullest for n in names) else ""


def _another_prime_minister(text: str, found: list[Mention], offices: list[Mention], surname: str) -> bool:
    """Whether the text names a prime minister other than the sitting Australian one: a state's
    ("the Prime Minister of Thailand"), one the title qualifies ("PNG Prime Minister"), or another
    person titled so ("Prime Minister Gordon Brown"; not "former Prime Minister John Howard")."""
    own = {id(m) for m in offices}
    for m in found:
        if m.name.startswith(OFFICE + " of ") and not m.name.endswith("Australia"):
            return True  # "the Prime Minister of Thailand", "the Japanese Prime Minister"
        if id(m) in own:
            if QUALIFIED_RE.search(text, max(0, m.start - 20), m.end) is not None:
                return True  # "PNG Prime Minister" or "the former Prime Minister" read as the office
        elif m.type == "person" and m.name.split()[-1:] != [surname]:
            written = text[max(0, m.start - 10) : m.end]
            if TITLED_RE.search(written) is not None and PAST_RE.search(written) is None:
                return True  # "Prime Minister Gordon Brown"
    return False
