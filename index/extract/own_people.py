"""The speaker's own people in a UN speech: "my people", "our people", "our own people".

A head of state or minister at the General Debate speaks for one state, which the file's metadata
names (genres.hints), and calls its nation "my people" or "our people" far more often than by its
adjective ("The firm belief of our people and Government in enduring peace", "more than 95 per
cent of my people aged 16 and older"). The annotation guidelines mark a state's people as a
population, so these are the speaking state's people, named as the speech names them otherwise
("Jordanians", "the Turkish people") where it does, so that both writings are one actor.

Only in a UN speech: elsewhere "our people" is as often a company's staff, a party's members or a
senator's constituents. "Our peoples" (plural) is every member state's, no one population.
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
        if len(words) == 2 and words[1].lower() == "people":
            adjective = words[0]
        elif len(words) == 1 and m.name.endswith("s"):
            adjective = m.name[:-1]  # "Jordanians": the demonym
        else:
            continue
        if auth.adjectives.get(fold(adjective)) == own:
            counts[m.name] += 1
    if counts:
        return counts.most_common(1)[0][0]
    return f"People of {of_state(auth.names[own])}"
