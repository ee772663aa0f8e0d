"""Which names, written differently, name one actor: the key `_group` joins mentions by.

The finders name an actor as the text writes it when no dictionary knows it, so one body's
mentions may carry names that differ in what no reader notices or minds: the case of a
letterhead's capitals ("NICK MCKIM" read "Nick Mckim" beside "Senator Nick McKim"), accents
("Félix Tshisekedi", "Felix Tshisekedi"), spacing
of a wrapped line ("Torres  Strait Islands"), an article, an apostrophe, a full stop ("U S State
Department", "U.S. Department of State"), British or American spelling ("National Curriculum
Development Centre" … "Center"), or the order of joined words ("Initiative for Social and
Economic Rights" … "Initiative for Economic and Social Rights", "women and girls" … "girls and
women"). A person's name keeps its order: "Ali Hassan" and "Hassan Ali" are two people.
Inside a body's name a state is written by its name or by its adjective ("the Sudan Liberation
Army", "the Sudanese Liberation Army"): one body.
"""

from __future__ import annotations

from functools import lru_cache

from .authority import authority
from .tokens import fold

# Marks between or around words, read as spaces: one C pass, a third of a regular expression's cost.
NO_PUNCTUATION = str.maketrans(dict.fromkeys("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~’‘“”–—\xad", " "))
# Words that join a name's others and say nothing of which body it is: "Centre of Equity
# Studies" and "Centre for Equity Studies" are one.
JOINING = frozenset("the of for and on in".split())
SPELLINGS = {
    "center": "centre",
    "organization": "organisation",
    "organizations": "organisations",
    "defense": "defence",
    "program": "programme",
    # an irregular plural's possessive scraped of its apostrophe ("the Senate Womens Caucus"):
    # the key of "Women's", which drops its "'s", is "women"; "womens" is no word of its own
    "womens": "women",
    "childrens": "children",
    "mens": "men",
}


@lru_cache(maxsize=32768)  # the same names recur in every statement and mention
def key(name: str) -> str:
    """A name's words in lower case, spelled one way, in their order: what any two writings of
    one name share, a person's too."""
    # without diacritics: a report writes "President Félix Tshisekedi" once and "Felix Tshisekedi"
    # after, one man; two actors' names differ by more than an accent
    words = fold(name).replace("’s", "").replace("'s", "").translate(NO_PUNCTUATION).split()
    if not SPELLINGS.keys().isdisjoint(words):
        words = [SPELLINGS.get(w, w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=32768)
def unordered(key: str) -> str:
    """A body's or group's key (`key`) with its words sorted and no joining words, a state's
    adjective read as its name in a name of several words ("sudanese liberation army"); alone,
    "Sudanese" is the people, not the state "Sudan", and "people in Syria" counts whoever is
    there, not only "the Syrian people"."""
    words = key.split()
    if len(words) > 1 and "in" not in words:  # marked: "syrian people" is not "people in syria"
        states = _state_names()
        words = [states[w] + "*" if w in states else w for w in words]
    return " ".join(sorted(w for w in words if w not in JOINING))


@lru_cache(maxsize=1)
def _state_names() -> dict[str, str]:
    """A state's one-word adjective, and its name, → its one-word name: "sudanese" → "sudan", "dutch" →
    "netherlands"; not "american" (two words: "United States") nor "european" (a union's), nor
    a plural ("israelis": the people) or a place the file lists as one ("tunis", a city)."""
    auth = authority()
    out = {}
    for adjective, aid in auth.adjectives.items():
        name = key(auth.names[aid])
        if " " in adjective or " " in name or adjective == name or auth.names_a_place(adjective):
            continue
        if not (adjective.endswith("s") and adjective[:-1] in auth.adjectives):
            out[adjective] = out[name] = name
    return out
