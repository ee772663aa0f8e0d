"""The belligerents of a war named together: "both warring parties", "Sudan’s warring parties",
"Neither warring party", "the warring parties’ commanders".

Human Rights Watch names the sides of the wars it reports on so, in release after release, and asks
them to act ("Both warring parties should …"). The annotation marks each such phrase as one actor of
type `other` (`tune7/`, `tune8/`: "Sudan’s warring parties", as `tune2/`'s "the parties"), the
state's name before the possessive inside the span. The state alone had taken the possessive
phrase, and the rest were not found, so the calls on the parties had no target.
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .state_offices import state_before
from .tokens import occurrences

WORDS = ("warring part",)
NOUN_RE = re.compile(r"warring[^\S\n]+part(?:y|ies)\b")
# What the phrase may begin with before "warring": its determiner ("both", "neither", "the"), or a
# state's possessive ("Sudan’s"), read back from the adjective.
DETERMINER_RE = re.compile(r"\b(?:[Tt]he|[Bb]oth|[Nn]either|[Ee]ither|[Aa]ll|[Ee]ach|[Tt]wo)[^\S\n]+\Z")
POSSESSIVE_RE = re.compile(r"[’']s[^\S\n]+\Z")
# "the Houthis and other warring parties": the rest of them, after one named, no actor of its own
OTHER_RE = re.compile(r"\b[Oo]ther[^\S\n]+\Z")
NAME = "Warring parties"  # one actor in a text, however its mentions begin


def warring_parties(text: str, auth: Authority) -> list[Mention]:
    """One `other` mention for each phrase naming the warring parties, all named alike."""
    out: list[Mention] = []
    if not has_any(text, WORDS):
        return out  # nearly every statement
    for pos, _ in occurrences(text, WORDS):
        noun = NOUN_RE.match(text, pos)
        if noun is None or (pos > 0 and text[pos - 1].isalnum()):
            continue
        if OTHER_RE.search(text, max(0, pos - 8), pos) is not None:
            continue
        out.append(Mention(_start(text, pos, auth), noun.end(), NAME, "other", 1))
    return out


def _start(text: str, pos: int, auth: Authority) -> int:
    """Where the phrase begins: its determiner, the state's name before its possessive, or the
    adjective itself."""
    determiner = DETERMINER_RE.search(text, max(0, pos - 10), pos)
    if determiner is not None:
        return determiner.start()
    possessive = POSSESSIVE_RE.search(text, max(0, pos - 4), pos)
    if possessive is not None:
        state = state_before(text, possessive.start(), auth)
        if state is not None:
            return state[0]
    return pos
