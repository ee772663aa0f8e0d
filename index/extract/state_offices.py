"""Offices named by the state they belong to, in lower case: "Israel’s justice minister", "Nepal’s
finance minister", "Ukraine’s president", "Pakistan’s newly elected prime minister".

Human Rights Watch names foreign officials so, once, and the annotation guidelines mark the office
as the one person who holds it. Alone, the state's name took the mention and the reader saw a
state where the text speaks of a person. Found from the possessive: a text has few, and the word
before it must be a state's name or a territory's ("East Timor’s president"), no person's or
body's ("Putin’s spokesperson", "Labor’s immigration spokesman" are left alone).
"""

from __future__ import annotations

import re

from . import state_names
from .authority import Authority
from .mention import Mention
from .tokens import fold

# One person's offices; "minister" alone too ("Russia’s minister of…" names the portfolio after).
OFFICE = r"(?:prime minister|minister|president|vice president|ambassador|envoy|king|queen|attorney general)"
# Up to three lower-case words before the office: the portfolio ("justice", "foreign affairs") or
# what the text says of the holder ("newly elected", "first female"), not kept in the name. One
# pattern for each apostrophe, each beginning with its literal: a first character class ("[’']s")
# stopped the engine at every character, 0.13 s over the benchmark's statements, three times the
# two patterns' cost.
STATE_OFFICE_RES = tuple(
    re.compile(rf"{q}s[^\S\n]+((?:[a-z-]+[^\S\n]+){{0,3}}?){OFFICE}\b(?![^\S\n]+[A-Z])") for q in "’'"
)
STATE_WORD_RE = re.compile(r"(?:[A-Z][\w-]*[^\S\n]+){0,2}[A-Z][\w-]*$")
WORD_RE = re.compile(r"\S+")
PLACES = ("state", "place")
# What the text says of the holder rather than of the office.
NOT_PORTFOLIO = frozenset(
    """new newly elected current first female woman next former then top interim acting military de
    facto authoritarian longtime late outgoing incoming self-declared self-proclaimed""".split()
)
# Words of a sentence, not of an office's name: "Chile’s leadership as president".
FUNCTION_WORDS = frozenset("as of and or the to for in on with by at from its his her their who".split())


def state_offices(text: str, auth: Authority) -> list[Mention]:
    out: list[Mention] = []
    if "’s" not in text and "'s" not in text:
        return out
    for m in (m for rx in STATE_OFFICE_RES for m in rx.finditer(text)):
        state = state_before(text, m.start(), auth)
        if state is None:
            continue
        start, name = state
        said = [w.removeprefix("then-") for w in m.group(1).split()]  # "then-deputy minister"
        if FUNCTION_WORDS.intersection(said):
            continue
        portfolio = [w for w in said if w not in NOT_PORTFOLIO]
        office = " ".join([*portfolio, text[m.end(1) : m.end()]]).title()
        out.append(Mention(start, m.end(), f"{office} of {name}", "person", 2))
    return out


def state_before(text: str, end: int, auth: Authority) -> tuple[int, str] | None:
    """Where the state's name before the possessive begins, and the state's own name: the
    shortest run of capitalised words ending there that names a state ("Costa Rica", "Israel"),
    else the longest that is another of a state's names ("Burma", "Ivory Coast": state_names)."""
    run = STATE_WORD_RE.search(text, max(0, end - 60), end)
    if run is None:
        return None
    starts = [run.start() + w.start() for w in WORD_RE.finditer(run.group())]
    for start in reversed(starts):
        phrase = " ".join(text[start:end].split())
        aid = auth.adjectives.get(fold(phrase))
        # the state's own name, not an adjective ("Israeli’s") nor another of its names
        if aid is not None and auth.types[aid] in PLACES and fold(auth.names[aid]) == fold(phrase):
            return start, auth.names[aid]
    for start in starts:  # another of a state's names, the longest ("Great Britain", not "Britain")
        aid = state_names.named_state(text[start:end], auth)
        if aid >= 0:
            return start, auth.names[aid]
        if " ".join(text[start:end].split()) in auth.by_name:
            return None  # "Latin America’s population": a longer name ends in the state's other name
    return None
