"""Places named by a capitalised compass word and a name the dictionaries lack: "North Kivu",
"South Kivu", "North Mitrovica"; and a known place's part ("East Aleppo", "West Beirut"), one
actor with the place as the annotators group it, whose span the place's name alone cut short.

Provinces and districts split by a compass point keep the name's capital on the compass word, and
the dictionaries list few of them (CAMEO has "Nord-Kivu", as the province's French name is): the
head-word finders (places.py) read only a lower-case compass adjective ("northern Uganda"). The
phrase's shape decides: the compass word and one name word that no other capitalised word carries
on ("the North Atlantic Treaty", "South China Sea" are longer names), that is no ordinary word
("West Ham", "South Park"), no people's adjective ("North Korean", "South Sudanese") and no
state's name (compass_states.py and the dictionary read "South Sudan", "Central Uganda").
"""

from __future__ import annotations

import re

from .authority import Authority
from .capitals import CAPITALS
from .keywords import has_any
from .mention import Mention
from .tokens import fold, occurrences

COMPASS_WORDS = ("North ", "South ", "East ", "West ")
COMPASS_NAME_RE = re.compile(
    r"(?<![\w’'-])(?:North|South|East|West)[^\S\n]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w—–-])"
    r"(?![^\S\n]+[A-Z])"
)
# A people's or a language's word, whichever the dictionary lacks: "West Papuan", "South Asian".
ADJECTIVE_ENDS = ("an", "ese", "ish", "ic", "ern", "ans", "ers")
STATE_TYPES = ("state",)


def compass_places(text: str, auth: Authority, cands: list[Mention]) -> list[Mention]:
    """Each "<Compass> <Name>" the dictionary lacks, as a place; not where the finders read a
    state in the name ("South Viet-Nam", "West Germany": a state of its day, or the state's part)."""
    if not has_any(text, COMPASS_WORDS):
        return []  # most statements
    states = {c.start for c in cands if c.type == "state"}
    out: list[Mention] = []
    for at, _ in occurrences(text, COMPASS_WORDS):
        m = COMPASS_NAME_RE.match(text, at)
        if m is None:
            continue
        word = m.group(1)
        if not _name_word(word, auth) or fold(m.group()) in auth.adjectives or m.start(1) in states:
            continue
        known = auth.by_name.get(word, -1)
        if known >= 0 and auth.types[known] == "place" and word not in CAPITALS:
            # "East Aleppo", "West Beirut": the city's part, one actor with the city as the
            # annotators group them; the span is the whole name. A seat of government's part
            # keeps its own name: "on West Berlin" is no address to Germany's government
            out.append(Mention(m.start(), m.end(), auth.names[known], "place", 2))
            continue
        out.append(Mention(m.start(), m.end(), " ".join(m.group().split()), "place", 2))
    return out


def _name_word(word: str, auth: Authority) -> bool:
    """Whether the word after the compass word can be a place's own name."""
    low = fold(word)
    if low in auth.common or low in auth.adjectives or word.endswith(ADJECTIVE_ENDS):
        return False
    if word in ("North", "South", "East", "West"):
        return False  # "East West tensions"
    aid = auth.by_name.get(word, -1)
    return not (aid >= 0 and auth.types[aid] in STATE_TYPES)
