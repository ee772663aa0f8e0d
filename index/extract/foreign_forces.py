"""Armed forces a statement names by where they are not from: "the withdrawal of all foreign troops
from Kampuchea", "part of this territory is still occupied by foreign forces", "the occupation
forces", "the invading forces".

A UN General Debate speech names the armies occupying a state this way more often than by their
state ("foreign troops" some 1,400 times in the debates, "foreign forces" 700), and an Australian
minister's release does too ("foreign forces" in Cyprus); the annotation marks them as the armed
forces they are (`holdout/` "Foreign forces in Cyprus"). The state they belong to is left unsaid
on purpose, so no dictionary entry or state adjective finds them: "Israeli occupation forces" is
found as Israel's army (actors.py), and such a span, taken first, keeps this one out.

The forces are named by the place they are in when the phrase says it ("foreign troops from
Angola", "foreign forces in Cyprus"): one speech tells of several occupations. A quantifier that
makes them any forces at all ("any foreign forces operating on our territories", "no foreign
troops") is a rule, no forces the text tells of, and left unmarked, as is a predicate ("are
occupying forces"); so are forces a state trains
or assists ("foreign security forces", "training foreign forces"), which the pattern's words
leave out.
"""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import occurrences, word_before

# The words that say the forces are another state's, found first (lower case, or a sentence's
# capital): the rest of the phrase is read after them.
STARTS = ("foreign", "Foreign", "occupying", "Occupying", "occupation", "Occupation", "invading", "Invading")
PHRASE_RE = re.compile(
    r"(?:[Ff]oreign|[Oo]ccupying|[Oo]ccupation|[Ii]nvading)"
    r"(?:[^\S\n]+(?:military|armed|occupation|occupying))?[^\S\n]+(?:troops|forces|armies)\b"
)
# "any foreign forces", "no foreign troops", "other foreign forces": forces of no one occupation.
# "the presence of" keeps them ("the presence of foreign troops on the territory of …").
# "are occupying forces": a predicate, what some forces are called, not which.
NOT_ONES = frozenset("any no other such against are is was were be as".split())
# "training foreign forces", "assist foreign forces": forces a state helps, a policy's category
HELPED = frozenset("train training trained assist assisting assisted equip equipping arm arming".split())
# "from Angola", "in Cyprus", "on the territory of Afghanistan": the place the forces occupy.
PLACE_AFTER_RE = re.compile(
    r"[^\S\n]+(?:stationed[^\S\n]+)?(?:from|in|on|out[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:(?:territory|soil)[^\S\n]+of[^\S\n]+)?"
)
# "foreign occupation forces" is found from its first word: its second begins no phrase of its own.
SIDE_WORDS = frozenset(w.lower() for w in STARTS)
WHERE_TYPES = frozenset({"state", "place"})
NAME = "Foreign forces"


def foreign_forces(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each "foreign troops", "occupation forces", "invading forces" as the armed forces of the
    occupation the text tells of, named by the place it names after them."""
    out: list[Mention] = []
    for at, _ in occurrences(text, STARTS):
        m = PHRASE_RE.match(text, at)
        if m is None or text[at - 1 : at].isalnum():
            continue
        before = word_before(text, at).lower()
        if before in NOT_ONES or before in HELPED or before in SIDE_WORDS:
            continue
        out.append(Mention(at, m.end(), _name(text, m.end(), chosen), "armed_force", 1))
    return out


def _name(text: str, end: int, chosen: list[Mention]) -> str:
    """ "Foreign forces in Cyprus" when a state or place is named right after the phrase."""
    after = PLACE_AFTER_RE.match(text, end)
    if after is not None:
        for c in chosen:
            if c.start == after.end() and c.type in WHERE_TYPES:
                return f"{NAME} in {c.name}"
    return NAME
