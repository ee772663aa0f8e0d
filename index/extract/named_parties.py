"""Parties named by capitalised words and a lower-case "party": "the Nepali Congress party", "his
Unified Marxist Leninist party", "the far-right National Rally (Rassemblement National) party",
"the SADI party", "the Pakistan Tehrik-i-Insaf (PTI) party".

Human Rights Watch writes a foreign party's name so, once; the dictionary knows few of them, and
what it knows inside the name is another actor ("Nepali Congress" read as Nepal's parliament,
"ZANU" as the liberation army, "Pakistan" as the state). The lower-case noun says the words before
it name a party, as "group" says it of a body's name (introduced_bodies). The whole phrase is
the party; a party the dictionary found inside it keeps its name. Not an owner's party
("Machado’s party": anaphora.possessed_parties), a determiner alone ("The party", "No party"), a
treaty's "State party to", nor "party" modifying a noun after it ("Labour party officials").
"""

from __future__ import annotations

import re

from .mention import Mention
from .ruling_parties import MODIFIED_RE
from .tokens import occurrences

# One to five capitalised words, perhaps a name in the party's language in brackets, right before
# "party"; the words before them are not capitalised (or begin the line).
NAME_BEFORE_RE = re.compile(
    r"(?:^|(?<=[^\S\n]))(?P<name>(?:[A-Z][\w’'.-]*[^\S\n]+){1,5})(?P<own>\([^()\n]{1,80}\)[^\S\n]+)?\Z"
)
# Words that open a phrase without naming anything: "The party", "No party", "Each party".
NOT_NAME_WORDS = frozenset(
    """The A An No This That Every Each Any One Another Either Neither Third Our My His Her Their Its
    Your State States""".split()
)
# "a State party to the Convention": a treaty's party, no political one
PARTY_TO_RE = re.compile(r"[^\S\n]+to\b")
LOOK_BACK = 160


def named_parties(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each capitalised name a lower-case "party" closes, as a party."""
    out: list[Mention] = []
    for at, _ in occurrences(text, ("party",)):
        end = at + len("party")
        if text[end : end + 1].isalnum() or text[at - 1 : at].isalnum():
            continue  # "partying", "third-party" (no space before): another word
        if MODIFIED_RE.match(text, end) or PARTY_TO_RE.match(text, end):
            continue
        found = NAME_BEFORE_RE.search(text, max(0, at - LOOK_BACK), at)
        if found is None:
            continue
        words = found.group("name").split()
        while words and words[0] in NOT_NAME_WORDS:
            words = words[1:]
        if not words or words[-1].endswith(("’s", "'s")):
            continue  # "The party", "Machado’s party"
        start = found.start("name") + found.group("name").index(words[0])
        inside = [c for c in chosen if start <= c.start and c.end <= at]
        known = next((c for c in inside if c.type == "party"), None)
        name = known.name if known is not None else " ".join(words)
        out.append(Mention(start, end, name, "party", 3, aid=known.aid if known is not None else -1))
    return out
