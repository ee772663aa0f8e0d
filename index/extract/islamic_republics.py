"""A state called by the form of its official name alone: "the Islamic Republic" is Iran in a
speech on Iran, Afghanistan in a 2021 briefing on the Doha talks ("the Taliban and the Islamic
Republic must deliver on their commitments").

The dictionary knows "the Islamic Republic of Iran" whole; cut short, the phrase named nothing,
though speakers and briefers use it as the state's name once they have named the state. Which
state it is follows from the text: the last state named before it whose official name it begins
(the authority's aliases say which: Afghanistan, Iran, Mauritania, Pakistan), by its name or by
an actor of its own ("the Government of Afghanistan", "the Taliban"), else the first
named after it; where the text names none of them it is left unread.
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .tokens import occurrences

WORDS = ("Islamic",)  # a UN speech's lines may break between the words ("the Islamic \nRepublic")
# "the Islamic Republic", not "… of Iran" (the dictionary's) nor "the Islamic Republic News Agency"
PHRASE_RE = re.compile(r"(?<![\w-])[Tt]he\s+Islamic\s+Republic(?![\w-])(?!\s+(?:of\b|[A-Z]))")
_REPUBLICS: dict[int, frozenset[int]] = {}


def republics(auth: Authority) -> frozenset[int]:
    """The states an official name of which begins "Islamic Republic of"."""
    found = _REPUBLICS.get(id(auth))
    if found is None:
        aliases = auth.index2.get(("islamic", "republic"), [])
        found = frozenset(
            a.actor for a in aliases if a.keys[2:3] == ("of",) and auth.types[a.actor] == "state"
        )
        _REPUBLICS[id(auth)] = found
    return found


def islamic_republics(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """Each "the Islamic Republic" standing alone, as the state the text names it for."""
    if not has_any(text, WORDS):
        return []  # most statements
    if not has_any(text, ("Republic",)):
        return []
    named = ((m.start, _state(m, auth)) for m in chosen)
    states = sorted((start, aid) for start, aid in named if aid in republics(auth))
    out: list[Mention] = []
    for at, _ in occurrences(text, WORDS):
        m = PHRASE_RE.search(text, max(0, at - 6), at + 40)
        if m is None or not m.start() < at < m.end() or not states:
            continue
        before = [aid for start, aid in states if start < m.start()]
        aid = before[-1] if before else states[0][1]
        out.append(Mention(m.start(), m.end(), auth.names[aid], "state", 2, aid=aid))
    return out


def _state(m: Mention, auth: Authority) -> int:
    """The state a mention names or belongs to ("the Government of Afghanistan"), or -1."""
    if m.type == "state" or m.country >= 0:
        return m.aid if m.type == "state" else m.country
    return auth.country[m.aid] if m.aid >= 0 else -1
