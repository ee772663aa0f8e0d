"""The speaker's own people in a UN speech: "my people", "our people", "our own people".

A head of state or minister at the General Debate speaks for one state, which the file's metadata
names (genres.hints), and calls its nation "my people" or "our people" far more often than by its
adjective ("The firm belief of our people and Government in enduring peace", "more than 95 per
cent of my people aged 16 and older"). The annotation guidelines mark a state's people as a
population, so these are the speaking state's people, named as the speech names them otherwise
("Jordanians", "the Turkish people") where it does, so that both writings are one actor.

Only in a UN speech: elsewhere "our people" is as often a company's staff, a party's members or a
senator's constituents. "Our peoples" (plural) is every member state's, no one population.

In any statement, "its own people", "its own citizens" after a state or its government ("the
Government of Sudan continues to support violence against its own people") are that state's
people, named alike.
"""

from __future__ import annotations

import re
from collections import Counter

from .authority import Authority
from .mention import Mention
from .organs import of_state
from .tokens import fold

# not "people-to-people ties", not "peoples"
OWN_PEOPLE_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?people\b(?![-\w])")
ITS_OWN_RE = re.compile(r"\b(?:its|their)\s+own\s+(?:people|citizens|population)\b(?![-\w])")
# Its tail, searched first: a pattern opening on a literal word is scanned for that word in C, one
# opening on "\b(?:its|their)" was tried at every letter (0.3 s over the speed benchmark, for a
# phrase that a statement in fifty holds)
OWN_TAIL_RE = re.compile(r"own\s+(?:people|citizens|population)\b(?![-\w])")
# The state "its" refers to is named shortly before, in the same sentence.
ANTECEDENT_REACH = 250
SENTENCE_ENDS = (". ", "? ", "! ", "\n\n", "; ")
STATE_TYPES = ("state", "government", "armed_force")


def own_people(text: str, mentions: list[Mention], own: int, auth: Authority) -> list[Mention]:
    """Mentions of the speaking state's people, where no other mention covers the words."""
    if own < 0 or auth.types[own] != "state" or "people" not in text:
        return []
    found = list(OWN_PEOPLE_RE.finditer(text))
    if not found:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    name = _name(mentions, own, auth)
    out = []
    for m in found:
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        out.append(Mention(m.start(), m.end(), name, "population", 1, country=own))
    return out


def _name(mentions: list[Mention], own: int, auth: Authority) -> str:
    """The name the speech gives its own people elsewhere ("Jordanians", "Turkish people"), the
    commonest of them; else "People of <state>"."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.type != "population":
            continue
        words = m.name.split()
        if len(words) in (2, 3) and words[-1].lower() == "people":
            adjective = " ".join(words[:-1])  # "Syrian people", "North Korean people"
        elif len(words) == 1 and m.name.endswith("s"):
            adjective = m.name[:-1]  # "Jordanians": the demonym
        else:
            continue
        if auth.adjectives.get(fold(adjective)) == own:
            counts[m.name] += 1
    if counts:
        return counts.most_common(1)[0][0]
    return f"People of {of_state(auth.names[own])}"


def possessed_people(text: str, mentions: list[Mention], auth: Authority) -> list[Mention]:
    """Mentions of "its own people" for the state or government their sentence names before them."""
    if "own " not in text:
        return []
    found = _its_own(text)
    if not found:
        return []
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for m in found:
        if any(x.start < m.end() and m.start() < x.end for x in ordered):
            continue
        state = _antecedent(ordered, text, m.start(), auth)
        if state >= 0:
            out.append(
                Mention(m.start(), m.end(), _name(mentions, state, auth), "population", 1, country=state)
            )
    return out


def _its_own(text: str) -> list[re.Match[str]]:
    """ITS_OWN_RE.finditer(text), read from the places of its tail: the same matches."""
    found = []
    for tail in OWN_TAIL_RE.finditer(text):
        at = tail.start()
        while at and text[at - 1].isspace():  # the pattern's \s+ before "own"
            at -= 1
        for possessor in ("its", "their") if at < tail.start() else ():
            m = ITS_OWN_RE.match(text, at - len(possessor)) if at >= len(possessor) else None
            if m is not None:
                found.append(m)
                break
    return found


def _antecedent(ordered: list[Mention], text: str, at: int, auth: Authority) -> int:
    """The state whose people "its own people" at `at` are, named earlier in its sentence: the
    government or regime named last ("the regime has perpetrated against its own people"), which
    is what acts on its people, else the state named first, the sentence's subject ("Russia … for
    its actions in Ukraine and against its own people"); -1 if the sentence names neither."""
    start = max(at - ANTECEDENT_REACH, *(text.rfind(end, 0, at) for end in SENTENCE_ENDS))
    before = [x for x in ordered if start <= x.start and x.end <= at and x.type in STATE_TYPES]
    organs = [x for x in before if x.type != "state"]
    for m in [*reversed(organs), *before]:
        state = _state_of(m, auth)
        if state >= 0:
            return state
    return -1


def _state_of(m: Mention, auth: Authority) -> int:
    """The state a state's or organ's mention belongs to, or -1."""
    state = m.country if m.country >= 0 else (auth.country[m.aid] if m.aid >= 0 else -1)
    return state if state >= 0 and auth.types[state] == "state" else -1
