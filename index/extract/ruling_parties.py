"""A state's governing party named by its role: "the ruling party", "in favor of the ruling party".

Rights reports name the party in power once ("Georgian Dream", "ZANU-PF", "the Bharatiya Janata
Party") and then by its role, or by its role alone where the reader knows it ("a dire threat to
the ruling party and government" of Vietnam). A reader marks the phrase as that party: the party
the text calls ruling ("the ruling Bharatiya Janata Party", "the ruling party, ZANU-PF"); with
none, a party of its own ("Ruling party"), not the party the text names most, which in a report
of arrests is the opposition's.
Not where the words modify a noun after them ("the ruling party leaders", "ruling party
members"): some of its people, not the party.
"""

from __future__ import annotations

import re

from .keywords import has_any
from .mention import Mention

RULING_RE = re.compile(r"\b[Tt]he[^\S\n]+ruling[^\S\n]+party\b")
# Nouns the phrase modifies: its people or its bodies, not the party.
MODIFIED_RE = re.compile(
    r"[^\S\n]+(?:leaders?|members?|officials?|candidates?|lawmakers|legislators|deputies|figures?|"
    r"activists|supporters|cadres?|politicians|congress|chairman|secretary|youth)\b"
)


def ruling_parties(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each "the ruling party" that names the party, as the party the text names most."""
    if not has_any(text, ("ruling party",)):
        return []  # nearly every statement
    name, aid = _ruling(text, chosen)
    out = []
    for m in RULING_RE.finditer(text):
        if MODIFIED_RE.match(text, m.end()):
            continue
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue  # "the ruling Bharatiya Janata Party (BJP)-led government": found as such
        out.append(Mention(m.start(), m.end(), name, "party", 1, aid=aid))
    return out


RULING_BEFORE_RE = re.compile(r"\bruling[^\S\n]+(?:party[^\S\n]*,[^\S\n]*)?$")


def _ruling(text: str, chosen: list[Mention]) -> tuple[str, int]:
    """The party the text calls ruling ("the ruling Bharatiya Janata Party", "the ruling party,
    Georgian Dream"), else a party of its own: the one the text names most is as often the
    opposition whose arrests it reports."""
    for m in chosen:
        if m.type == "party" and RULING_BEFORE_RE.search(text, max(0, m.start - 20), m.start):
            return m.name, m.aid
    return "Ruling party", -1
