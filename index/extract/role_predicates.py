"""An office named as a role someone takes or holds, not as the person holding it: "I congratulate
Mr. Peter Thomson on his election as President of the General Assembly" names Thomson and the
Assembly, and "President" only says what he became. About 900 of the 11,000 UN General Debate
speeches open so ("election as", "the office of", "the post of President of the General Assembly"),
and the annotators of every speech marked the Assembly there and no person; "to help the Lebanese
elect a President" names nobody either. A titled name ("as President Obama said") is no bare
office and stays."""

from __future__ import annotations

import re

from .holders import OFFICE_WORDS
from .mention import Mention

# What puts the office that follows in the place of a role: a noun of taking or holding an office
# before "as" or "of" ("election as (the)", "the post of", "in her capacity as", "the duties of");
TAKEN_RE = re.compile(
    r"\b(?:election|post|office|position|duties|capacity|tenure|term)\s+(?:as|of)(?:\s+the)?\s+\Z"
)
# and, before an office said without a determiner, "as" ("as President, I have learned"; in "as the
# President said" and "As my President recently declared" the "as" is another one) or an indefinite
# "a" / "a new" ("elect a President").
BARE_RE = re.compile(r"\b(?:[Aa]s|an?(?:\s+new)?)\s+\Z")
DETERMINER_RE = re.compile(r"(?:[Tt]he|[Mm]y|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er|[Yy]our|[Tt]heir)\s")
# "My country has a President who believes in God", "We have a President and Vice President who …":
# a relative clause makes the one someone
WHO_AFTER_RE = re.compile(r"(?:\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+who\b")
# How far back the words above can begin ("the duties of the ": 16 characters)
REACH = 40
# A named office said of someone as what they are made or serve as: "confirming Dr. Craig
# Vanderwagen to be (as) the Assistant Secretary for Preparedness and Response", "previously served as
# Acting Principal Deputy Assistant Secretary for Near Eastern Affairs", "was appointed Minister for
# Defence", "my opposition to the nomination of Judge … to be our next Attorney General" (the office
# sought). The annotators mark the person and leave the office, only predicated of him, unmarked.
PREDICATED_RE = re.compile(
    r"\b(?:to\s+be|(?:serves?|served|serving)\s+as|[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*\s+as|"
    r"(?:was|were|been|be|is|are)\s+(?:appointed|named|nominated|confirmed|sworn\s+in)(?:\s+as)?)"
    r"\s+(?:(?:the|an?|our)\s+)?(?:next\s+)?\Z"
)


def is_role(text: str, start: int) -> bool:
    """Whether the office beginning at `start` is said as a role, by the words right before it."""
    if TAKEN_RE.search(text, max(0, start - REACH), start):
        return True
    if DETERMINER_RE.match(text, start):
        return False
    return BARE_RE.search(text, max(0, start - 12), start) is not None


def without_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a bare office (the dictionary's "President of {}", a title still without
    its state) said as a role."""
    return [
        m
        for m in mentions
        if not (
            m.type == "person"
            and (("{}" in m.name and _said_as_role(text, m)) or _predicated_office(text, m))
        )
    ]


def _predicated_office(text: str, m: Mention) -> bool:
    """Whether the mention is a named office ("Assistant Secretary for …") said of someone."""
    if PREDICATED_RE.search(text, max(0, m.start - REACH), m.start) is None:
        return False  # nearly every mention: one search over a few characters
    return not OFFICE_WORDS.isdisjoint(m.name.lower().split())


def _said_as_role(text: str, m: Mention) -> bool:
    return is_role(text, m.start) and WHO_AFTER_RE.match(text, m.end) is None
