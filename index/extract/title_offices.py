"""A body named by its head's title: "the Attorney General’s Office", "the Prosecutor General’s
Office", "the Ombudsperson’s Office", "the War Crimes Prosecutor’s Office".

Reports name a state's prosecution, ombudsman and audit services so, with capitals, and a reader
marks the phrase as a body of the state's executive (`government`, as the annotation conventions
type ministries, commissions and prosecutors' offices). The title alone had been the mention, a
person ("the Attorney General"), or nothing was found. The lower-case "prosecutor’s office" is
`prosecutors.py`'s; this is the capitalised name of any such office.

Only a title's words stand before "’s Office": "Minister Dutton’s Office", "Senator Minchin’s
Office" name a person's staff and are left alone. The phrase must begin a definite description
("the", a photo credit's "©" or a line's start): "a Special Prosecutor’s
Office" a bill would create is no body yet. "the Department of the Treasury’s Office of Foreign
Assets Control" names an office of its own after "Office of", and is left to the name finders.
"""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import occurrences

WORDS = ("’s Office", "'s Office")
# The words an office holder's title ends with: the word just before "’s Office" must be one.
HEADS = frozenset(
    """prosecutor general ombudsman ombudsperson ombudswoman comptroller auditor inspector
    registrar advocate counsel defender minister president secretary commissioner governor
    mayor premier chancellor treasurer""".split()
)
# Words a title may hold before its head ("Attorney General", "Deputy Prime Minister", "War Crimes
# Prosecutor", "Special Prosecutor"): the title's own, no person's name nor a state's.
TITLE_WORDS = HEADS | frozenset(
    """attorney prime deputy vice chief special public military state federal national war crimes
    revolutionary senior first""".split()
)
TITLE_RE = re.compile(r"(?:[A-Z][a-z]+[^\S\n]+){0,3}[A-Z][a-z]+\Z")
# What may stand before the title: a definite article, a credit's "©", a line's start. Not a
# bracket: "Allen Mawer (Minister's Office)", a release's contact line, names the staff's employer.
OPENING_RE = re.compile(r"(?:(?:\b[Tt]he|©)[^\S\n]+|^)\Z", re.MULTILINE)
REACH = 40  # characters of title before "’s Office": four words fit


def title_offices(text: str) -> list[Mention]:
    """One `government` mention for each "[the] <title>’s Office", from the article to "Office",
    named by the title ("Attorney General’s Office")."""
    out: list[Mention] = []
    for pos, word in occurrences(text, WORDS):
        end = pos + len(word)
        if text[end : end + 1].isalnum() or text.startswith(" of ", end):
            continue  # "Offices", "’s Office of Foreign Assets Control"
        title = _title_before(text, pos)
        if title < 0:
            continue
        opening = OPENING_RE.search(text, max(0, title - 5), title)
        if opening is None:
            continue
        name = " ".join(text[title:pos].split()) + "’s Office"
        start = opening.start() if text[opening.start() : opening.start() + 1] in ("t", "T") else title
        out.append(Mention(start, end, name, "government", 1))
    return out


def _title_before(text: str, pos: int) -> int:
    """Where the office holder's title ending at `pos` begins: the longest run of a title's words,
    the last a head; -1 when the word before the possessive is no title's head."""
    run = TITLE_RE.search(text, max(0, pos - REACH), pos)
    if run is None:
        return -1
    words = list(re.finditer(r"[A-Z][a-z]+", run.group()))
    if words[-1].group().lower() not in HEADS:
        return -1
    start = run.start() + words[-1].start()
    for w in reversed(words[:-1]):
        if w.group().lower() not in TITLE_WORDS:
            break
        start = run.start() + w.start()
    return start
