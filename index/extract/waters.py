"""Seas, gulfs, bays and straits named "of" a state or a place: "the Gulf of Guinea", "the Sea of
Azov", "the Gulf of Thailand", "the Strait of Hormuz".

The dictionary read such a name as two actors, neither of them the water: "Gulf" (the Persian
Gulf) and the state Guinea or Thailand, or nothing at all ("Azov"). A reader marks the whole name,
a place (State Department pages on maritime security, UN speeches on piracy, releases on fishing).
"""

from __future__ import annotations

import re

from .keywords import index
from .mention import Mention

# The water's word and its "of", as the keyword pass finds them (capitalised: "the sea of
# troubles", "a bay of the river" are no names).
WATER_WORDS = ("Gulf of ", "Sea of ", "Bay of ", "Strait of ", "Straits of ")
# The name after "of": one capitalised word, or two ("the Gulf of Saint Lawrence"); no possessive
# ("the Gulf of Guinea’s coastal states") and no hyphened compound ("Sea of Azov-bound ships").
NAME_RE = re.compile(r"[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?(?![\w’'-])")


def waters(text: str) -> list[Mention]:
    """Each "Gulf/Sea/Bay/Strait of X" in the text, a place named as written."""
    out: list[Mention] = []
    for word, starts in index(text, WATER_WORDS).items():
        if word not in WATER_WORDS:
            continue
        for start in starts:
            if start and (text[start - 1].isalnum() or text[start - 1] == "-"):
                continue  # "Southsea of …", "Mid-Sea of …": no name begins inside a word
            name = NAME_RE.match(text, start + len(word))
            if name is not None:
                written = " ".join(text[start : name.end()].split())
                out.append(Mention(start, name.end(), written, "place", 3))
    return out
