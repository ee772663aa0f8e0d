"""A legislature's chambers named without their state: "the House of Representatives", "the
House", "the lower house", "the chamber".

A U.S. senator's release says "the bill passed the House of Representatives" and "both the
Senate and the House"; an Australian member's release "in the House" or "the Upper House". The
dictionary knows the chamber only with its state ("the U.S. House of Representatives"), so these
named no actor. They are the chamber of the issuer's own legislature, as "the Senate" is
(organs.resolve, kind "own"); a lower-case description ("the lower house", "the chamber") is a
chamber of the parliament the text named last and takes that state ("Thailand's parliament …
the lower house approved").

"Capitol Hill" and "the Hill" ("briefings on the Hill", "oversight has returned to Capitol Hill")
are the U.S. Congress by the hill it sits on, as "Washington" is a government by its capital: "the
Hill" only after a preposition, in a text that names Congress ("Capitol Hill" in any).

"House" alone is an ordinary word in many names ("the White House", "Government House", "the
House Appropriations Subcommittee"), so it counts only right after "the", before no other
capitalised word, and only in a text that names a legislature's other parts (Senate, Congress,
Parliament).
"""

from __future__ import annotations

import re

from .keywords import has_any
from .mention import Mention
from .organs import COMPOUND_HEADS

HOUSE = "House of Representatives of {}"
# "the House of   Representatives": texts from PDFs space words unevenly. Bare "House" before
# "of" or a capitalised word is part of another name ("the House of Commons", "the House
# Appropriations Subcommittee").
# Found from "House" (a literal the search skips to), its "the" read back.
HOUSE_RE = re.compile(
    r"House(?:\s+of\s+Representatives\b|\b(?![^\S\n]*(?:of\b|[A-Z])))(?P<next>[^\S\n]*[a-z]+)?"
)
THE_RE = re.compile(r"\b[Tt]he[^\S\n]+$")
# "Leader of the House", "Speaker of the House": an office's title, not the chamber.
OFFICE_OF_RE = re.compile(r"[A-Z][a-z]+[^\S\n]+of[^\S\n]+$")
# "the House bill", "the House floor", "break the House barrier": the chamber as a modifier,
# which the annotation marks no more than "Security Council" in "Security Council Resolution".
COMPOUNDS = COMPOUND_HEADS | frozenset(
    "bill floor version barrier vote votes passage resolution leadership majority minority side of".split()
)
# A text that names its own legislature's other parts: "the House" is then that legislature's.
# "Representatives" alone does not tell ("the House of Representatives and the High State
# Council" of Libya, in a joint statement of other states).
LEGISLATIVE_WORDS = ("Senate", "Congress", "Parliament")
# A lower-case chamber refers to the parliament named before it. "ouse" is searched for (a literal
# the search skips to) and the words before read back: a pattern beginning with "the" or a letter
# class was tried at every character of every text.
HOUSE_WORD_RE = re.compile(r"ouse\b")
DESCRIBED_RE = re.compile(r"\b[Tt]he[^\S\n]+(?:[Ll]ower|[Uu]pper)[^\S\n]+$")


# "the chamber", "the lower chamber": the parliament named before, or one of its chambers; not
# "the chamber of commerce", "the gas chamber" (no "the" right before), "the chamber's floor"
CHAMBER_RE = re.compile(r"\b[Tt]he[^\S\n]+(?:(?P<side>lower|upper)[^\S\n]+)?\Z")
CHAMBER_WORD = "chamber"
CHAMBER_REACH = 300


def _chambers(text: str) -> list[tuple[int, int, bool, int]]:
    """(start, end, lower, reach) of each "the (lower|upper) chamber" that names a chamber: a
    chamber only close after a legislature's name (within `reach` characters), a court's room
    ("the lead justice asked the chamber") where none is."""
    out = []
    at = text.find(CHAMBER_WORD)
    while at >= 0:
        end = at + len(CHAMBER_WORD)
        the = CHAMBER_RE.search(text, max(0, at - 12), at)
        nxt = NEXT_RE.match(text, end)
        if (
            the is not None
            and not text[end : end + 1].isalnum()
            and (nxt is None or nxt.group(1) not in COMPOUNDS)
        ):
            out.append((the.start(), end, the.group("side") == "lower", CHAMBER_REACH))
        at = text.find(CHAMBER_WORD, end)
    return out


NEXT_RE = re.compile(r"(?:[’']s)?[^\S\n]+([a-z]+)")


# "Capitol Hill" not before another name ("the Capitol Hill Police"); "the Hill" after a preposition.
# "Hill" is found first (a literal the search skips to), the words before it read back.
HILL_RE = re.compile(r"Hill\b(?![^\S\n]+[A-Z])")
HILL_BEFORE_RE = re.compile(
    r"(?:\bCapitol\s+|(?<=\b(?:on|to|in)[^\S\n])the[^\S\n]|(?<=\b(?:from|with)[^\S\n])the[^\S\n])$"
)
CONGRESS = "United States Congress"


def _hill(text: str) -> list[Mention]:
    if not has_any(text, ("Hill",)):
        return []  # nearly every statement
    congress = has_any(text, ("Congress",))
    out = []
    for m in HILL_RE.finditer(text):
        before = HILL_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        if before is not None and (congress or text.startswith("Capitol", before.start())):
            out.append(Mention(before.start(), m.end(), CONGRESS, "legislature", 1))
    return out


def _house(text: str) -> list[Mention]:
    if not has_any(text, ("House",)) or not has_any(text, LEGISLATIVE_WORDS):
        return []  # nearly every statement
    out = []
    for m in HOUSE_RE.finditer(text):
        the = THE_RE.search(text, max(0, m.start() - 8), m.start())
        if the is None or OFFICE_OF_RE.search(text, max(0, the.start() - 20), the.start()):
            continue
        if m.group("next") and m.group("next").strip() in COMPOUNDS:
            continue
        end = m.start("next") if m.group("next") else m.end()
        out.append(Mention(the.start(), end, HOUSE, "legislature", 1, HOUSE, "own"))
    return out


def chambers(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each "the House (of Representatives)" as the issuer's own chamber, each "the lower/upper
    house" as a chamber of the parliament named last before it."""
    out = _house(text) + _hill(text)
    described = []
    for word in HOUSE_WORD_RE.finditer(text):
        at = word.start() - 1
        if at > 0 and text[at] in "Hh" and (m := DESCRIBED_RE.search(text, max(0, at - 20), at)):
            described.append((m.start(), word.end(), "ower" in m.group(), len(text)))
    described += _chambers(text)
    if described:
        parliaments = sorted((c for c in chosen if c.type == "legislature"), key=lambda c: c.start)
        for start, end, lower, reach in described if parliaments else ():
            before = [p for p in parliaments if start - reach <= p.end <= start]
            if before and not (lower and before[-1].name.startswith("Senate")):  # the Senate is the upper
                p = before[-1]
                out.append(Mention(start, end, p.name, p.type, 1, p.home, p.organ, p.aid, country=p.country))
    return out
