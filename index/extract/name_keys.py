"""Which names, written differently, name one actor: the key `_group` joins mentions by.

The finders name an actor as the text writes it when no dictionary knows it, so one body's
mentions may carry names that differ in what no reader notices or minds: the case of a
letterhead's capitals ("NICK MCKIM" read "Nick Mckim" beside "Senator Nick McKim"), spacing
of a wrapped line ("Torres  Strait Islands"), an article, an apostrophe, a full stop ("U S State
Department", "U.S. Department of State"), British or American spelling ("National Curriculum
Development Centre" … "Center"), or the order of joined words ("Initiative for Social and
Economic Rights" … "Initiative for Economic and Social Rights", "women and girls" … "girls and
women"). A person's name keeps its order: "Ali Hassan" and "Hassan Ali" are two people.
"""

from __future__ import annotations

from functools import lru_cache

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
}


@lru_cache(maxsize=32768)  # the same names recur in every statement and mention
def key(name: str) -> str:
    """A name's words in lower case, spelled one way, in their order: what any two writings of
    one name share, a person's too."""
    words = name.lower().replace("’s", "").replace("'s", "").translate(NO_PUNCTUATION).split()
    if not SPELLINGS.keys().isdisjoint(words):
        words = [SPELLINGS.get(w, w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=32768)
def unordered(key: str) -> str:
    """A body's or group's key (`key`) with its words sorted and no joining words."""
    return " ".join(sorted(w for w in key.split() if w not in JOINING))
